// The scheduler asks a clock instead of `new Date()`, so tests can step through days and hours.
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };
