import { describe, expect, it } from "vitest";
import { fieldErrors } from "@/lib/validation/commitment";
import { fulfilmentChoice, letterImportFormValues, letterImportSchema } from "./schema";

function form(entries: Array<[string, string]>): FormData {
  const f = new FormData();
  for (const [k, v] of entries) f.append(k, v);
  return f;
}

const VALID: Array<[string, string]> = [
  ["text", "Geachte voorzitter, ik zal uw Kamer voor de zomer informeren."],
  ["letter.citation", "Kamerstuk 29 628, nr. 9120"],
  ["letter.date", "2022-09-20"],
  ["letter.title", ""],
  ["candidateCount", "2"],
  ["c.0.kind", "new"],
  ["c.0.decision", "accept"],
  ["c.0.title", "Kamer informeren"],
  ["c.0.ref", "Kamerstuk 29 628, nr. 1030"],
  ["c.0.ref", "  "],
  ["c.0.ref", "kst-29628-985"],
  ["c.1.kind", "fulfilled"],
  ["c.1.decision", "reject"],
  ["c.1.fulfils", "TZ-2021-0013@2"],
];

describe("letterImportFormValues + letterImportSchema", () => {
  it("reads the review form: the letter, and per candidate its decision and fields, dropping empty references", () => {
    const parsed = letterImportSchema.safeParse(letterImportFormValues(form(VALID)));
    expect(parsed.success).toBe(true);
    const value = parsed.data!;
    expect(value.letter).toEqual({ citation: "Kamerstuk 29 628, nr. 9120", date: "2022-09-20", title: null });
    expect(value.candidates).toHaveLength(2);
    expect(value.candidates[0]).toMatchObject({
      kind: "new",
      decision: "accept",
      title: "Kamer informeren",
      references: ["Kamerstuk 29 628, nr. 1030", "kst-29628-985"],
      text: "",
    });
    expect(value.candidates[1]).toMatchObject({ kind: "fulfilled", decision: "reject", fulfils: "TZ-2021-0013@2" });
  });

  it("names each missing or wrong field the way the form's ids do", () => {
    const entries = VALID.filter(([k]) => !["letter.date", "c.1.decision", "letter.citation"].includes(k));
    entries.push(["letter.citation", "Kamerstuk 29 628"]);
    const parsed = letterImportSchema.safeParse(letterImportFormValues(form(entries)));
    expect(parsed.success).toBe(false);
    const errors = fieldErrors(parsed.error!);
    expect(Object.keys(errors).sort()).toEqual(["candidates.1.decision", "letter.citation", "letter.date"]);
    expect(errors["letter.date"]).toEqual(["Vul de datum van de brief in."]);
    expect(errors["candidates.1.decision"]).toEqual(["Kies of u deze kandidaat overneemt of niet."]);
  });

  it("asks for the date when it is left empty, and refuses a date that does not exist", () => {
    const withDate = (d: string) => letterImportFormValues(form([...VALID.filter(([k]) => k !== "letter.date"), ["letter.date", d]]));
    expect(fieldErrors(letterImportSchema.safeParse(withDate("")).error!)["letter.date"]![0]).toContain("nodig om de termijnen te bepalen");
    expect(fieldErrors(letterImportSchema.safeParse(withDate("2022-02-30")).error!)["letter.date"]![0]).toContain("bestaat niet");
  });

  it("refuses a letter without text", () => {
    const parsed = letterImportSchema.safeParse(letterImportFormValues(form([...VALID.filter(([k]) => k !== "text"), ["text", "   "]])));
    expect(fieldErrors(parsed.error!).text![0]).toContain("Er is geen tekst");
  });

  it("ignores a candidate count beyond what the schema allows rather than looping forever", () => {
    const values = letterImportFormValues(form([["candidateCount", "99999999"]]));
    expect(values.candidates.length).toBe(201);
    expect(letterImportSchema.safeParse(values).success).toBe(false);
  });
});

describe("fulfilmentChoice", () => {
  it("reads a proposal with the version the reviewer saw", () => {
    expect(fulfilmentChoice({ fulfils: "TZ-2021-0013@2", otherNumber: "" })).toEqual({ number: "TZ-2021-0013", version: 2 });
  });
  it("reads a number typed by the reviewer, without a version", () => {
    expect(fulfilmentChoice({ fulfils: "other", otherNumber: " tz-2021-0010 " })).toEqual({ number: "TZ-2021-0010", version: null });
  });
  it("explains what is missing or wrong", () => {
    expect(fulfilmentChoice({ fulfils: "", otherNumber: "" })).toMatchObject({
      number: null,
      message: expect.stringContaining("Kies welke openstaande toezegging"),
    });
    expect(fulfilmentChoice({ fulfils: "other", otherNumber: "" })).toMatchObject({ number: null, message: expect.stringContaining("Vul het nummer in") });
    expect(fulfilmentChoice({ fulfils: "other", otherNumber: "2021-13" })).toMatchObject({
      number: null,
      message: expect.stringContaining("geen toezeggingsnummer"),
    });
    expect(fulfilmentChoice({ fulfils: "TZ-2021-0013; DROP", otherNumber: "" })).toMatchObject({ number: null });
  });
});
