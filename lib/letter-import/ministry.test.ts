import { describe, expect, it } from "vitest";
import { letterActivity, ministryForFunction } from "./ministry";

const MINISTRIES = [
  { code: "AZ", name: "Ministerie van Algemene Zaken" },
  { code: "BZK", name: "Ministerie van Binnenlandse Zaken en Koninkrijksrelaties" },
  { code: "Fin", name: "Ministerie van Financiën" },
  { code: "JenV", name: "Ministerie van Justitie en Veiligheid" },
];

describe("ministryForFunction", () => {
  it("finds the ministry a minister or state secretary signs for", () => {
    expect(ministryForFunction("De Minister van Justitie en Veiligheid,", MINISTRIES)).toBe("JenV");
    expect(ministryForFunction("Staatssecretaris van Financien", MINISTRIES)).toBe("Fin");
    expect(ministryForFunction("minister van binnenlandse zaken en koninkrijksrelaties", MINISTRIES)).toBe("BZK");
    expect(ministryForFunction("De Minister-President, Minister van Algemene Zaken,", MINISTRIES)).toBe("AZ");
  });
  it("does not guess when the function names no ministry", () => {
    expect(ministryForFunction("Minister voor Rechtsbescherming", MINISTRIES)).toBeNull();
    expect(ministryForFunction("Minister van Defensie", MINISTRIES)).toBeNull();
    expect(ministryForFunction("Justitie en Veiligheid", MINISTRIES)).toBeNull();
    expect(ministryForFunction(null, MINISTRIES)).toBeNull();
    expect(ministryForFunction("", MINISTRIES)).toBeNull();
  });
});

describe("letterActivity", () => {
  it("reads like the seed's activity of a letter", () => {
    expect(letterActivity("Minister van Justitie en Veiligheid", "Kamerstuk 29 628, nr. 1030")).toBe(
      "Brief van de minister van Justitie en Veiligheid (Kamerstuk 29 628, nr. 1030)",
    );
    expect(letterActivity("Staatssecretaris van Financiën,", "Kamerstuk 36 200, nr. 5")).toBe(
      "Brief van de staatssecretaris van Financiën (Kamerstuk 36 200, nr. 5)",
    );
    expect(letterActivity("", "Kamerstuk 36 200, nr. 5")).toBe("Brief aan de Kamer (Kamerstuk 36 200, nr. 5)");
  });
});
