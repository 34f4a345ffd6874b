import { describe, expect, it } from "vitest";
import { dashboardHref, dueSoonListHref, dueWindow, listHref, overdueListHref } from "./links";

describe("links", () => {
  const filters = { ministry: ["JenV"], q: "politie" };

  it("keep the filters, on the dashboard and to the list", () => {
    expect(dashboardHref({})).toBe("/overzicht");
    expect(dashboardHref(filters, "tijdlijn")).toBe("/overzicht?ministry=JenV&q=politie&weergave=tijdlijn");
    expect(listHref(filters, { status: ["open"] })).toBe("/toezeggingen?ministry=JenV&q=politie&status=open");
    expect(overdueListHref({})).toBe("/toezeggingen?status=overdue&sort=deadline");
  });

  it("link 'due within n days' to the list's deadline window, narrowed by the filters' own window", () => {
    expect(dueWindow("2026-11-29", 30, {})).toEqual({ deadlineFrom: "2026-11-29", deadlineTo: "2026-12-29" });
    expect(dueWindow("2026-11-29", 90, { deadlineFrom: "2026-12-10", deadlineTo: "2027-12-31" })).toEqual({
      deadlineFrom: "2026-12-10",
      deadlineTo: "2027-02-27",
    });
    expect(dueWindow("2026-11-29", 30, { deadlineTo: "2026-06-30" })).toBeNull();
    expect(dueSoonListHref({}, "2026-11-29", 30)).toBe(
      "/toezeggingen?deadlineFrom=2026-11-29&deadlineTo=2026-12-29&status=open%2Cpartially_fulfilled&sort=deadline",
    );
    expect(dueSoonListHref({ deadlineTo: "2026-06-30" }, "2026-11-29", 30)).toBeNull();
  });
});
