// Rendered pages by key, each valid for one fingerprint of what it shows (the register's change marker). Bounded by
// bytes, least recently used out first. Renders in flight are shared: requests for a page that is being rendered
// wait for that render instead of starting their own. Pure: no framework, no database.
import type { RenderedPage } from "./rendered-page";

interface Entry {
  fingerprint: string;
  page: RenderedPage;
}

export class PageStore {
  private readonly entries = new Map<string, Entry>();
  private readonly rendering = new Map<string, { fingerprint: string; page: Promise<RenderedPage | null> }>();
  private used = 0;

  constructor(readonly maxBytes: number) {}

  /** The page kept for `key`, if it was rendered for this fingerprint. */
  get(key: string, fingerprint: string): RenderedPage | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (entry.fingerprint !== fingerprint) {
      this.remove(key);
      return undefined;
    }
    // Map order is insertion order: re-inserting makes this the most recently used.
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry.page;
  }

  set(key: string, fingerprint: string, page: RenderedPage): void {
    this.remove(key);
    if (page.bytes > this.maxBytes) return;
    this.entries.set(key, { fingerprint, page });
    this.used += page.bytes;
    while (this.used > this.maxBytes) this.remove(this.entries.keys().next().value!);
  }

  /** A render of this page for this fingerprint that is under way, if any. */
  inFlight(key: string, fingerprint: string): Promise<RenderedPage | null> | undefined {
    const render = this.rendering.get(key);
    return render?.fingerprint === fingerprint ? render.page : undefined;
  }

  /** Registers a render: others may wait for it, and its page (if any) is kept when it is done. */
  track(key: string, fingerprint: string, page: Promise<RenderedPage | null>): void {
    const render = { fingerprint, page };
    this.rendering.set(key, render);
    page.then(
      (done) => {
        if (done) this.set(key, fingerprint, done);
      },
      () => undefined,
    ).finally(() => {
      if (this.rendering.get(key) === render) this.rendering.delete(key);
    });
  }

  get size(): { pages: number; bytes: number } {
    return { pages: this.entries.size, bytes: this.used };
  }

  private remove(key: string): void {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.entries.delete(key);
    this.used -= entry.page.bytes;
  }
}
