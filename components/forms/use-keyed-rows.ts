"use client";
// A list of form rows the user adds to and removes from. Each row gets a key of its own (React needs one that stays
// with the row when others are removed; an index does not).
import { useRef, useState } from "react";

export type Keyed<R> = R & { key: number };

export function useKeyedRows<R extends object>(initial: () => R[]) {
  const next = useRef(0);
  // The first rows are numbered from 0, the same on the server and in the browser (their ids must match).
  const [rows, setRows] = useState<Array<Keyed<R>>>(() => {
    const first = initial().map((row, key) => ({ ...row, key }));
    next.current = first.length;
    return first;
  });
  const keyed = (row: R): Keyed<R> => ({ ...row, key: next.current++ });
  return {
    rows,
    add: (row: R) => setRows((all) => [...all, keyed(row)]),
    remove: (key: number) => setRows((all) => all.filter((r) => r.key !== key)),
    update: (key: number, patch: Partial<R>) => setRows((all) => all.map((r) => (r.key === key ? { ...r, ...patch } : r))),
  };
}
