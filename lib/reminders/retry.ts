// How long a digest whose send failed waits before the next attempt, and when to give up. Doubling from five
// minutes rides out a short SMTP outage within a run or two, and a long one within a day, without hammering it.
export const MAX_SEND_ATTEMPTS = 12;
/** How long one runner may take to send a digest before another may assume it crashed and send it instead. */
export const SEND_LEASE_MINUTES = 10;

/** Minutes to wait after the `attempts`-th failed attempt: 5, 10, 20, … at most 6 hours. */
export function retryDelayMinutes(attempts: number): number {
  return Math.min(5 * 2 ** Math.max(0, attempts - 1), 360);
}

export function shouldGiveUp(attempts: number): boolean {
  return attempts >= MAX_SEND_ATTEMPTS;
}
