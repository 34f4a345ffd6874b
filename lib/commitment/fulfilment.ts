// What the audit trail says about a commitment's fulfilment. A reopened commitment has no current nakoming, but the
// document that once fulfilled it stays part of its story: "eerder nagekomen met …". Pure.

interface Change {
  field: string;
  before: unknown;
  after: unknown;
}

/**
 * Documents that fulfilled the commitment once and no longer do, oldest first, from its events' changes
 * (`fulfilledBy` before → null is written when a commitment is reopened). `current`: its fulfilment documents now.
 */
export function earlierFulfilments(events: Array<{ changes: Change[] }>, current: readonly string[]): string[] {
  const out: string[] = [];
  for (const event of events) {
    for (const c of event.changes) {
      if (c.field !== "fulfilledBy" || typeof c.before !== "string" || c.after !== null) continue;
      if (!current.includes(c.before) && !out.includes(c.before)) out.push(c.before);
    }
  }
  return out;
}
