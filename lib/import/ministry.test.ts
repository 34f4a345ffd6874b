import { describe, expect, it } from "vitest";
import ministries from "@/prisma/seed/ministries.json";
import { ministryFromFunction, resolveMinistry } from "./ministry";

const list = ministries.ministries;
const code = (value: string) => resolveMinistry(value, list)?.code ?? null;

describe("resolveMinistry", () => {
  it("finds a ministry by code, by full name, and by name without 'Ministerie van'", () => {
    expect(code("JenV")).toBe("JenV");
    expect(code("jenv")).toBe("JenV");
    expect(code("Ministerie van Justitie en Veiligheid")).toBe("JenV");
    expect(code("Justitie en Veiligheid")).toBe("JenV");
    expect(code("justitie & veiligheid")).toBe("JenV");
    expect(code("Financien")).toBe("Fin");
    expect(code("Landbouw, Visserij, Voedselzekerheid en Natuur")).toBe("LVVN");
  });
  it("guesses nothing else", () => {
    expect(code("Economische Zaken en Klimaat")).toBeNull();
    expect(code("Justitie")).toBeNull();
    expect(code("")).toBeNull();
  });
  it("derives the ministry from a function that names it", () => {
    expect(ministryFromFunction("Minister van Justitie en Veiligheid", list)?.code).toBe("JenV");
    expect(ministryFromFunction("Staatssecretaris van Financiën", list)?.code).toBe("Fin");
    expect(ministryFromFunction("Minister voor Rechtsbescherming", list)).toBeNull();
  });
});
