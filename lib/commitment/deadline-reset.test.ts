import { describe, expect, it } from "vitest";
import { checkDeadlineReset } from "./deadline-reset";

const current = { phrase: "voor de zomer van 2025", earliest: null, latest: "2025-07-04" };
const later = { phrase: "voor het einde van 2025", earliest: null, latest: "2025-12-31" };
const reason = "De uitvoeringstoets duurt langer dan voorzien.";

describe("checkDeadlineReset", () => {
  it("allows a new deadline with a reason on outstanding commitments", () => {
    expect(checkDeadlineReset("open", current, later, reason)).toEqual({ ok: true });
    expect(checkDeadlineReset("partially_fulfilled", current, later, reason)).toEqual({ ok: true });
  });

  it.each(["fulfilled", "lapsed", "withdrawn"] as const)("refuses a %s commitment", (status) => {
    expect(checkDeadlineReset(status, current, later, reason)).toEqual({
      ok: false,
      field: "status",
      message: "Alleen openstaande toezeggingen krijgen een nieuwe termijn; heropen haar eerst.",
    });
  });

  it.each(["", "te kort", "   123456789   "])("refuses the reason %j", (short) => {
    expect(checkDeadlineReset("open", current, later, short)).toEqual({
      ok: false,
      field: "reason",
      message: "Geef een reden van minstens 10 tekens waarom de termijn verandert.",
    });
  });

  it("refuses a deadline equal to the current one, also when only case or spacing differs", () => {
    const same = { ok: false, field: "phrase", message: "De nieuwe termijn is gelijk aan de huidige." };
    expect(checkDeadlineReset("open", current, { ...current, phrase: current.phrase }, reason)).toEqual(same);
    expect(checkDeadlineReset("open", current, { ...current, phrase: "  Voor de  Zomer van 2025 " }, reason)).toEqual(same);
  });

  it("counts a change in any one of phrase, earliest or latest as a new deadline", () => {
    expect(checkDeadlineReset("open", current, { ...current, phrase: "uiterlijk 4 juli 2025" }, reason)).toEqual({ ok: true });
    expect(checkDeadlineReset("open", current, { ...current, phrase: current.phrase, earliest: "2025-06-01" }, reason)).toEqual({ ok: true });
    expect(checkDeadlineReset("open", current, { ...current, phrase: current.phrase, latest: "2025-06-30" }, reason)).toEqual({ ok: true });
  });

  it("lets a commitment without a deadline get its first one", () => {
    expect(checkDeadlineReset("open", { phrase: null, earliest: null, latest: null }, later, reason)).toEqual({ ok: true });
  });

  it("refuses an empty phrase and a deadline that ends before it begins", () => {
    expect(checkDeadlineReset("open", current, { phrase: "  ", earliest: null, latest: "2025-12-31" }, reason)).toMatchObject({ ok: false, field: "phrase" });
    expect(checkDeadlineReset("open", current, { phrase: "in 2025", earliest: "2025-12-31", latest: "2025-01-01" }, reason)).toEqual({
      ok: false,
      field: "phrase",
      message: "De nieuwe termijn begint (2025-12-31) na zijn einde (2025-01-01).",
    });
  });

  it("reports the status first, then the deadline, then the reason", () => {
    expect(checkDeadlineReset("fulfilled", current, current, "")).toMatchObject({ field: "status" });
    expect(checkDeadlineReset("open", current, { ...current, phrase: current.phrase }, "")).toMatchObject({ field: "phrase" });
  });
});
