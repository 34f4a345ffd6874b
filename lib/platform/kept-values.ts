// Values kept for reuse while what they were made from is unchanged: each under a key and valid for one fingerprint
// (the register's change marker), optionally for a limited time. Bounded by size and by count, least recently used
// out first. Work in flight is shared: whoever asks for a value that is being made waits for it instead of making it
// again; a failure is not kept. One mechanism for the dashboard's sections, its rendered pages and the calendars.
// Pure: no framework, no database.

export interface KeptValuesLimits<V> {
  /** the most the kept values may take together, as measured by `sizeOf` */
  maxSize: number;
  sizeOf: (value: V) => number;
  maxEntries?: number;
  /** a value older than this is made again even when the fingerprint still matches */
  maxAgeMs?: number;
}

interface Entry<V> {
  fingerprint: string;
  value: V;
  size: number;
  keptAt: number;
}

export class KeptValues<V> {
  private readonly entries = new Map<string, Entry<V>>();
  private readonly making = new Map<string, { fingerprint: string; value: Promise<V | null> }>();
  private used = 0;

  constructor(private readonly limits: KeptValuesLimits<V>) {}

  /** The value kept for `key`, if it was made for this fingerprint (and is not too old). */
  get(key: string, fingerprint: string, now = Date.now()): V | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    const tooOld = this.limits.maxAgeMs !== undefined && now - entry.keptAt > this.limits.maxAgeMs;
    if (entry.fingerprint !== fingerprint || tooOld) {
      this.remove(key);
      return undefined;
    }
    // Map order is insertion order: re-inserting makes this the most recently used.
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry.value;
  }

  set(key: string, fingerprint: string, value: V, now = Date.now()): void {
    this.remove(key);
    const size = this.limits.sizeOf(value);
    if (size > this.limits.maxSize) return;
    this.entries.set(key, { fingerprint, value, size, keptAt: now });
    this.used += size;
    const maxEntries = this.limits.maxEntries ?? Infinity;
    while (this.used > this.limits.maxSize || this.entries.size > maxEntries) this.remove(this.entries.keys().next().value!);
  }

  /** The value for this key and fingerprint that is being made, if any. */
  inFlight(key: string, fingerprint: string): Promise<V | null> | undefined {
    const making = this.making.get(key);
    return making?.fingerprint === fingerprint ? making.value : undefined;
  }

  /** Registers work under way: others may wait for it, and its value (unless null, or a failure) is kept when done. */
  track(key: string, fingerprint: string, value: Promise<V | null>, now = Date.now()): void {
    const making = { fingerprint, value };
    this.making.set(key, making);
    value
      .then(
        (done) => {
          if (done !== null) this.set(key, fingerprint, done, now);
        },
        () => undefined,
      )
      .finally(() => {
        if (this.making.get(key) === making) this.making.delete(key);
      });
  }

  /** The kept value, the one being made, or a new one from `make()`, which is then kept. */
  async getOrMake(key: string, fingerprint: string, make: () => Promise<V>, now = Date.now()): Promise<V> {
    const kept = this.get(key, fingerprint, now);
    if (kept !== undefined) return kept;
    const underway = this.inFlight(key, fingerprint) as Promise<V> | undefined;
    if (underway) return underway;
    const value = make();
    this.track(key, fingerprint, value, now);
    return value;
  }

  get usage(): { entries: number; used: number } {
    return { entries: this.entries.size, used: this.used };
  }

  clear(): void {
    this.entries.clear();
    this.making.clear();
    this.used = 0;
  }

  private remove(key: string): void {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.entries.delete(key);
    this.used -= entry.size;
  }
}
