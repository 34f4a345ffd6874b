import { describe, expect, it } from "vitest";
import { parseDashboardParams } from "./params";

describe("parseDashboardParams", () => {
  it("takes the list's filters with the list's validation, and the view", () => {
    const parsed = parseDashboardParams({ ministry: "JenV,BZK", minister: "3", deadlineFrom: "2021-01-01", weergave: "tijdlijn" });
    expect(parsed).toEqual({ ok: true, view: "tijdlijn", ignored: [], filters: { ministry: ["JenV", "BZK"], minister: [3], deadlineFrom: "2021-01-01" } });
    expect(parseDashboardParams({})).toEqual({ ok: true, view: "overzicht", ignored: [], filters: {} });
  });

  it("reports bad values and unknown parameters by name", () => {
    const parsed = parseDashboardParams({ deadlineFrom: "2022-02-30", weergave: "kaart", foo: "1" });
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(Object.keys(parsed.errors).sort()).toEqual(["deadlineFrom", "foo", "weergave"]);
    expect(parsed.errors.weergave).toEqual(["kies uit overzicht, tijdlijn"]);
  });

  it("drops the list's status, sort and paging, and says which", () => {
    const parsed = parseDashboardParams({ status: "overdue", sort: "-made", page: "2", ministry: "JenV" });
    expect(parsed).toEqual({ ok: true, view: "overzicht", ignored: ["status", "sort", "page"], filters: { ministry: ["JenV"] } });
  });
});
