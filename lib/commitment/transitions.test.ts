import { describe, expect, it } from "vitest";
import { COMMITMENT_STATUSES, type CommitmentStatus } from "@/lib/commitment/status";
import { allowedTransitions, checkTransition, TRANSITION_REQUIREMENTS, type StatusChangeInput } from "./transitions";

// Every field filled in validly, so the outcome below depends on the (from, to) pair alone.
const complete = (to: CommitmentStatus): StatusChangeInput => ({
  to,
  reason: "De Kamer is per brief geïnformeerd.",
  documentId: "kst-29628-1030",
  note: "Eerste deel is met de voortgangsbrief nagekomen.",
});

// Rows: from; columns: to. A kind means allowed; otherwise the exact refusal message.
const TABLE: Record<CommitmentStatus, Record<CommitmentStatus, string>> = {
  open: {
    open: "Toezegging is al open.",
    partially_fulfilled: "progress",
    fulfilled: "fulfil",
    lapsed: "lapse",
    withdrawn: "withdraw",
  },
  partially_fulfilled: {
    open: "reopen",
    partially_fulfilled: "Toezegging is al deels nagekomen. Nieuwe voortgang legt u vast als notitie.",
    fulfilled: "fulfil",
    lapsed: "lapse",
    withdrawn: "withdraw",
  },
  fulfilled: {
    open: "reopen",
    partially_fulfilled: 'Een toezegging die is nagekomen kan niet rechtstreeks "deels nagekomen" worden: heropen haar eerst (met reden).',
    fulfilled: "Toezegging is al nagekomen.",
    lapsed: 'Een toezegging die is nagekomen kan niet rechtstreeks "vervallen" worden: heropen haar eerst (met reden).',
    withdrawn: 'Een toezegging die is nagekomen kan niet rechtstreeks "ingetrokken" worden: heropen haar eerst (met reden).',
  },
  lapsed: {
    open: "reopen",
    partially_fulfilled: 'Een toezegging die is vervallen kan niet rechtstreeks "deels nagekomen" worden: heropen haar eerst (met reden).',
    fulfilled: 'Een toezegging die is vervallen kan niet rechtstreeks "nagekomen" worden: heropen haar eerst (met reden).',
    lapsed: "Toezegging is al vervallen.",
    withdrawn: 'Een toezegging die is vervallen kan niet rechtstreeks "ingetrokken" worden: heropen haar eerst (met reden).',
  },
  withdrawn: {
    open: "reopen",
    partially_fulfilled: 'Een toezegging die is ingetrokken kan niet rechtstreeks "deels nagekomen" worden: heropen haar eerst (met reden).',
    fulfilled: 'Een toezegging die is ingetrokken kan niet rechtstreeks "nagekomen" worden: heropen haar eerst (met reden).',
    lapsed: 'Een toezegging die is ingetrokken kan niet rechtstreeks "vervallen" worden: heropen haar eerst (met reden).',
    withdrawn: "Toezegging is al ingetrokken.",
  },
};

const KINDS = new Set(["progress", "fulfil", "lapse", "withdraw", "reopen"]);
const pairs = COMMITMENT_STATUSES.flatMap((from) => COMMITMENT_STATUSES.map((to) => [from, to, TABLE[from][to]] as const));

describe("checkTransition: every (from, to) pair", () => {
  it("covers all 25 pairs", () => expect(pairs).toHaveLength(25));

  it.each(pairs)("%s → %s: %s", (from, to, expected) => {
    const result = checkTransition(from, complete(to));
    if (KINDS.has(expected)) expect(result).toEqual({ ok: true, kind: expected });
    else expect(result).toEqual({ ok: false, field: "to", message: expected });
  });

  it("allowedTransitions agrees with the table", () => {
    for (const from of COMMITMENT_STATUSES) {
      const expected = COMMITMENT_STATUSES.filter((to) => KINDS.has(TABLE[from][to]));
      expect(new Set(allowedTransitions(from))).toEqual(new Set(expected));
    }
  });

  it("allowedTransitions returns a copy the caller may change", () => {
    allowedTransitions("open").pop();
    expect(allowedTransitions("open")).toHaveLength(4);
  });
});

describe("checkTransition: requirements", () => {
  const short = "te kort";
  const cases: Array<[CommitmentStatus, StatusChangeInput, string, string]> = [
    ["open", { to: "partially_fulfilled" }, "note", "Geef een toelichting van minstens 10 tekens: wat is er al nagekomen en wat nog niet?"],
    ["open", { to: "partially_fulfilled", note: short }, "note", "Geef een toelichting van minstens 10 tekens: wat is er al nagekomen en wat nog niet?"],
    // a reason is not a progress note
    [
      "open",
      { to: "partially_fulfilled", reason: "Een lange reden, maar op de verkeerde plek." },
      "note",
      "Geef een toelichting van minstens 10 tekens: wat is er al nagekomen en wat nog niet?",
    ],
    ["open", { to: "fulfilled" }, "documentId", "Om een toezegging als nagekomen te markeren is het Kamerstuk nodig dat haar nakomt."],
    [
      "partially_fulfilled",
      { to: "fulfilled", documentId: "   " },
      "documentId",
      "Om een toezegging als nagekomen te markeren is het Kamerstuk nodig dat haar nakomt.",
    ],
    ["open", { to: "lapsed" }, "reason", "Geef een reden van minstens 10 tekens waarom de toezegging vervalt."],
    ["partially_fulfilled", { to: "lapsed", reason: short }, "reason", "Geef een reden van minstens 10 tekens waarom de toezegging vervalt."],
    ["open", { to: "withdrawn", reason: null }, "reason", "Geef een reden van minstens 10 tekens waarom de toezegging wordt ingetrokken."],
    ["partially_fulfilled", { to: "withdrawn", reason: short }, "reason", "Geef een reden van minstens 10 tekens waarom de toezegging wordt ingetrokken."],
    ["fulfilled", { to: "open" }, "reason", "Geef een reden van minstens 10 tekens waarom de toezegging wordt heropend."],
    ["lapsed", { to: "open", reason: short }, "reason", "Geef een reden van minstens 10 tekens waarom de toezegging wordt heropend."],
    ["withdrawn", { to: "open", reason: "" }, "reason", "Geef een reden van minstens 10 tekens waarom de toezegging wordt heropend."],
    // a progress note is not a reason
    [
      "partially_fulfilled",
      { to: "open", note: "Een lange toelichting, maar geen reden." },
      "reason",
      "Geef een reden van minstens 10 tekens waarom de toezegging wordt heropend.",
    ],
  ];

  it.each(cases)("%s → %j is refused on %s", (from, input, field, message) => {
    expect(checkTransition(from, input)).toEqual({ ok: false, field, message });
  });

  it("uses the messages the form shows beforehand", () => {
    for (const [from, input, , message] of cases) {
      expect(TRANSITION_REQUIREMENTS[input.to].missingMessage).toBe(message);
      expect(checkTransition(from, input)).toMatchObject({ field: TRANSITION_REQUIREMENTS[input.to].field });
    }
  });

  it("counts 10 characters after trimming, and counts an accented letter or emoji as one", () => {
    expect(checkTransition("open", { to: "lapsed", reason: "123456789" }).ok).toBe(false);
    expect(checkTransition("open", { to: "lapsed", reason: "  123456789  " }).ok).toBe(false);
    expect(checkTransition("open", { to: "lapsed", reason: "1234567890" })).toEqual({ ok: true, kind: "lapse" });
    expect(checkTransition("open", { to: "lapsed", reason: "ééééééééé" }).ok).toBe(false); // 9 letters
    expect(checkTransition("open", { to: "lapsed", reason: "😀😀😀😀😀😀😀😀😀" }).ok).toBe(false); // 9 emoji, 18 UTF-16 units
  });

  it("accepts every canonical document kind as the fulfilling document", () => {
    for (const documentId of ["kst-29628-1030", "kst-34775-IV-44", "ah-tk-20202021-2065", "h-tk-20202021-36-8"]) {
      expect(checkTransition("open", { to: "fulfilled", documentId })).toEqual({ ok: true, kind: "fulfil" });
    }
  });

  it("refuses a malformed document id with the reason from the id parser", () => {
    const result = checkTransition("open", { to: "fulfilled", documentId: "Kamerstuk 29628 nr 1030" });
    expect(result).toMatchObject({ ok: false, field: "documentId" });
    expect(result.ok ? "" : result.message).toMatch(/^Het Kamerstuk dat de toezegging nakomt is niet herkend\. Ongeldig document-id "Kamerstuk 29628 nr 1030"/);
  });

  it("refuses a non-canonical spelling and names the canonical one", () => {
    expect(checkTransition("open", { to: "fulfilled", documentId: "KST-34775-iv-44" })).toEqual({
      ok: false,
      field: "documentId",
      message: 'Gebruik het document-id in de vorm "kst-34775-IV-44" (nu "KST-34775-iv-44").',
    });
  });

  it("checks the pair before the fields, so a refused pair names the real problem", () => {
    expect(checkTransition("fulfilled", { to: "partially_fulfilled" })).toMatchObject({ field: "to" });
  });

  it("refuses unknown statuses arriving at runtime", () => {
    expect(checkTransition("open", { to: "done" as CommitmentStatus })).toEqual({
      ok: false,
      field: "to",
      message: 'Onbekende status "done": kies uit open, deels nagekomen, nagekomen, vervallen, ingetrokken.',
    });
    expect(checkTransition("archived" as CommitmentStatus, complete("open"))).toMatchObject({ ok: false, field: "to" });
    expect(allowedTransitions("archived" as CommitmentStatus)).toEqual([]);
  });
});

describe("TRANSITION_REQUIREMENTS", () => {
  it("names one field per target status", () => {
    expect(Object.fromEntries(COMMITMENT_STATUSES.map((s) => [s, [TRANSITION_REQUIREMENTS[s].kind, TRANSITION_REQUIREMENTS[s].field]]))).toEqual({
      open: ["reopen", "reason"],
      partially_fulfilled: ["progress", "note"],
      fulfilled: ["fulfil", "documentId"],
      lapsed: ["lapse", "reason"],
      withdrawn: ["withdraw", "reason"],
    });
  });
});
