import { describe, expect, it } from "vitest";
import { canonicalFilterQuery, describeFilters, followFilterSchema } from "./follow-filter";

describe("canonicalFilterQuery", () => {
  it("spells one selection one way, whatever the order, repetition or presentation parameters", () => {
    const a = canonicalFilterQuery("?status=overdue,open&ministry=JenV&page=3&sort=number");
    const b = canonicalFilterQuery("ministry=JenV&status=open&status=overdue&status=open");
    expect(a).toMatchObject({ ok: true, query: "ministry=JenV&status=open%2Coverdue" });
    expect(b.ok && b.query).toBe(a.ok && a.query);
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
  it("describes a selection in Dutch", () => {
    const parsed = canonicalFilterQuery("status=open,overdue&ministry=JenV&q=politie");
    expect(parsed.ok && describeFilters(parsed.filters)).toBe('zoekterm: "politie" · status: open, over de termijn · ministerie: JenV');
    const all = canonicalFilterQuery("");
    expect(all.ok && describeFilters(all.filters)).toBe("alle toezeggingen");
  });
});

describe("followFilterSchema", () => {
  it("needs a name", () => {
    expect(followFilterSchema.safeParse({ name: " ", query: "" }).success).toBe(false);
    expect(followFilterSchema.safeParse({ name: "Open bij JenV", query: "status=open" }).success).toBe(true);
  });
});
