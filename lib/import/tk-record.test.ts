import { describe, expect, it } from "vitest";
import ministries from "@/prisma/seed/ministries.json";
import { mapTkRecord, mapTkStatus, TK_STATUS_MAPPING } from "./tk-record";

const base = {
  Nummer: "TZ202106-001",
  Tekst: "De minister zegt toe de Kamer voor de zomer te informeren over de wijkagenten.",
  Status: "Openstaand",
  DatumNakoming: "0001-01-01T00:00:00",
  Ministerie: "Justitie en Veiligheid",
  Naam: "Grapperhaus, F.B.J.",
  Functie: "Minister van Justitie en Veiligheid",
  Aanmaakdatum: "2021-06-10T16:02:11.37+02:00",
};
const map = (overrides: Record<string, unknown> = {}) => mapTkRecord(3, { ...base, ...overrides }, ministries.ministries);

describe("the Tweede Kamer status table", () => {
  it("maps every known status, in any case, and nothing else", () => {
    expect(TK_STATUS_MAPPING.map((m) => [m.tk, mapTkStatus(m.tk)])).toEqual([
      ["Openstaand", "open"],
      ["Voldaan", "fulfilled"],
      ["Afgedaan", "fulfilled"],
      ["Deels voldaan", "partially_fulfilled"],
      ["Deels afgedaan", "partially_fulfilled"],
      ["Vervallen", "lapsed"],
    ]);
    expect(mapTkStatus(" deels  VOLDAAN ")).toBe("partially_fulfilled");
    for (const unknown of ["Niet nagekomen", "Ingetrokken", "open", ""]) expect(mapTkStatus(unknown)).toBeNull();
  });
});

describe("mapTkRecord", () => {
  it("maps a record to a commitment", () => {
    const mapped = map({ DatumNakoming: "2022-07-01T00:00:00" });
    expect(mapped.kind).toBe("ok");
    if (mapped.kind !== "ok") return;
    expect(mapped.commitment).toMatchObject({
      tkNummer: "TZ202106-001",
      status: "open",
      madeOn: "2021-06-10",
      ministry: "JenV",
      ministerName: "F.B.J. Grapperhaus",
      title: "De minister zegt toe de Kamer voor de zomer te informeren over de wijkagenten.",
      deadline: { phrase: "1 juli 2022", earliest: "2022-07-01", latest: "2022-07-01", precision: "day" },
    });
    expect(mapped.warnings).toEqual([]);
  });

  it("reports an unknown status for the row and does not map it", () => {
    const mapped = map({ Status: "Niet nagekomen" });
    expect(mapped).toMatchObject({
      kind: "invalid",
      problems: [{ row: 3, column: "Status", severity: "fout", message: expect.stringContaining('Onbekende status "Niet nagekomen"') }],
    });
  });

  it("reports an unknown or missing ministry, and takes it from the function when the record has none", () => {
    expect(map({ Ministerie: "Economische Zaken en Klimaat" })).toMatchObject({
      kind: "invalid",
      problems: [{ column: "Ministerie", message: 'Onbekend ministerie "Economische Zaken en Klimaat".' }],
    });
    const derived = map({ Ministerie: null });
    expect(derived.kind === "ok" && derived.commitment.ministry).toBe("JenV");
    expect(map({ Ministerie: null, Functie: "Minister voor Rechtsbescherming" })).toMatchObject({ kind: "invalid", problems: [{ column: "Ministerie" }] });
  });

  it("links KamerbriefNakoming as fulfilment when fulfilled, and warns when it is no Kamerstuk", () => {
    const fulfilled = map({ Status: "Voldaan", KamerbriefNakoming: "Kamerstuk 29628-1030" });
    expect(fulfilled.kind === "ok" && fulfilled.commitment.reference).toMatchObject({ role: "fulfilment", citation: { id: "kst-29628-1030" } });
    const related = map({ KamerbriefNakoming: "Kamerstuk 29628-1030" });
    expect(related.kind === "ok" && related.commitment.reference?.role).toBe("related");
    const unknown = map({ Status: "Voldaan", KamerbriefNakoming: "2021D27140" });
    expect(unknown.kind === "ok" && unknown.warnings.map((w) => [w.column, w.severity])).toEqual([["KamerbriefNakoming", "let op"]]);
    const none = map({ Status: "Afgedaan" });
    expect(none.kind === "ok" && none.warnings[0]!.message).toBe("Voldaan, maar zonder kamerbrief: er wordt geen Kamerstuk als nakoming gekoppeld.");
  });

  it("skips deleted records and refuses records without number, date or text", () => {
    expect(map({ Verwijderd: true }).kind).toBe("deleted");
    expect(map({ Nummer: "" })).toMatchObject({ kind: "invalid", problems: [{ column: "Nummer" }] });
    expect(map({ Aanmaakdatum: null })).toMatchObject({ kind: "invalid", problems: [{ column: "Aanmaakdatum" }] });
    expect(map({ DatumNakoming: "binnenkort" })).toMatchObject({
      kind: "invalid",
      problems: [{ column: "DatumNakoming", message: '"binnenkort" is geen datum.' }],
    });
    expect(map({ Tekst: "Kort." })).toMatchObject({
      kind: "invalid",
      problems: [{ column: "Tekst", message: "Vul de letterlijke tekst van de toezegging in (minstens 10 tekens)." }],
    });
    expect(mapTkRecord(1, "geen object", [])).toMatchObject({
      kind: "invalid",
      problems: [{ message: "Dit element is geen toezegging (geen object met velden)." }],
    });
  });

  it("reads field names in any capitalisation", () => {
    const lower = mapTkRecord(1, Object.fromEntries(Object.entries(base).map(([k, v]) => [k[0]!.toLowerCase() + k.slice(1), v])), ministries.ministries);
    expect(lower.kind).toBe("ok");
  });
});
