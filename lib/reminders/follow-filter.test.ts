import { describe, expect, it } from "vitest";
import { canonicalFilterQuery, describeFilters, followFilterSchema } from "./follow-filter";

describe("canonicalFilterQuery", () => {
  it("spells one selection one way, whatever the order, repetition or presentation parameters", () => {
    const a = canonicalFilterQuery("?status=overdue,open&ministry=JenV&page=3&sort=number");
    const b = canonicalFilterQuery("ministry=JenV&status=open&status=overdue&status=open");
    expect(a).toMatchObject({ ok: true, query: "ministry=JenV&status=open%2Coverdue" });
    expect(b.ok && b.query).toBe(a.ok && a.query);
  });

  it("keeps minister ids numbers, as the list's filters have them", () => {
    expect(canonicalFilterQuery("minister=9,10,9")).toMatchObject({ ok: true, query: "minister=10%2C9", filters: { minister: [10, 9] } });
  });

  it("accepts the empty selection (all commitments)", () => {
    expect(canonicalFilterQuery("")).toMatchObject({ ok: true, query: "" });
  });

  it("refuses what the list refuses, naming the parameter", () => {
    expect(canonicalFilterQuery("status=unknown")).toMatchObject({ ok: false, errors: { status: [expect.stringContaining("kies uit")] } });
    expect(canonicalFilterQuery("foo=1")).toMatchObject({ ok: false, errors: { foo: ["onbekende parameter"] } });
  });
});

describe("describeFilters", () => {
  const names = { ministries: [{ code: "JenV", name: "Ministerie van Justitie en Veiligheid" }], ministers: [{ id: 3, name: "F.B.J. Grapperhaus" }] };

  it("describes a selection in Dutch, with names instead of codes", () => {
    const parsed = canonicalFilterQuery("status=open,overdue&ministry=JenV&q=politie&minister=3&dossier=36200 vi");
    expect(parsed.ok && describeFilters(parsed.filters, names)).toBe(
      "zoekterm ‘politie’; status open of over de termijn; Ministerie van Justitie en Veiligheid; bewindspersoon F.B.J. Grapperhaus; dossier 36 200-VI",
    );
    const all = canonicalFilterQuery("");
    expect(all.ok && describeFilters(all.filters, names)).toBe("alle toezeggingen");
  });
});

describe("followFilterSchema", () => {
  it("needs a name", () => {
    expect(followFilterSchema.safeParse({ name: " ", query: "" }).success).toBe(false);
    expect(followFilterSchema.safeParse({ name: "Open bij JenV", query: "status=open" }).success).toBe(true);
  });
});
