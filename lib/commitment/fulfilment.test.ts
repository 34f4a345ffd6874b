import { describe, expect, it } from "vitest";
import { earlierFulfilments } from "./fulfilment";

describe("earlierFulfilments", () => {
  it("names the document a reopen took away, once", () => {
    const events = [
      {
        changes: [
          { field: "status", before: "open", after: "fulfilled" },
          { field: "fulfilledBy", before: null, after: "kst-29628-1030" },
        ],
      },
      {
        changes: [
          { field: "status", before: "fulfilled", after: "open" },
          { field: "fulfilledBy", before: "kst-29628-1030", after: null },
        ],
      },
      { changes: [{ field: "fulfilledBy", before: null, after: "kst-29628-1030" }] },
      { changes: [{ field: "fulfilledBy", before: "kst-29628-1030", after: null }] },
    ];
    expect(earlierFulfilments(events, [])).toEqual(["kst-29628-1030"]);
  });

  it("leaves out a document that fulfils the commitment again now", () => {
    const events = [{ changes: [{ field: "fulfilledBy", before: "kst-29628-1030", after: null }] }];
    expect(earlierFulfilments(events, ["kst-29628-1030"])).toEqual([]);
  });

  it("says nothing for a commitment that was never reopened", () => {
    expect(earlierFulfilments([{ changes: [{ field: "fulfilledBy", before: null, after: "kst-1-2" }] }], ["kst-1-2"])).toEqual([]);
  });
});
