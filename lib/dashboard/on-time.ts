// The on-time fulfilment rate: of the fulfilled commitments that had a latest deadline (and a known fulfilment
// date), the share fulfilled on or before that deadline. Nothing to measure is not 0%: it is "—".

export interface OnTimeCounts {
  /** fulfilled, with a latest deadline and a fulfilment date */
  measured: number;
  /** of those, fulfilled on or before the latest deadline */
  onTime: number;
}

export function onTimeRate({ measured, onTime }: OnTimeCounts): number | null {
  if (!Number.isFinite(measured) || measured <= 0) return null;
  if (onTime < 0 || onTime > measured) throw new RangeError(`op tijd (${onTime}) hoort tussen 0 en ${measured} te liggen`);
  return onTime / measured;
}

/** "67%", or "—" when there was nothing to measure. A rate short of 100% is never shown as 100%, nor one above 0% as 0%. */
export function formatOnTimeRate(counts: OnTimeCounts): string {
  const rate = onTimeRate(counts);
  if (rate === null) return "—";
  let whole = Math.round(rate * 100);
  if (whole === 100 && rate < 1) whole = 99;
  if (whole === 0 && rate > 0) whole = 1;
  return `${whole}%`;
}

/** Column totals of a breakdown table; the rate of the total is computed from the summed counts, not averaged. */
export function sumCounts<T extends Record<K, number>, K extends string>(rows: T[], keys: readonly K[]): Record<K, number> {
  const total = Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;
  for (const row of rows) for (const k of keys) total[k] += row[k];
  return total;
}
