// Rendered pages by key, each valid for one fingerprint of what it shows (the register's change marker), bounded by
// bytes: the shared KeptValues with a page's size. Pure: no framework, no database.
import { KeptValues } from "@/lib/platform/kept-values";
import type { RenderedPage } from "./rendered-page";

export class PageStore extends KeptValues<RenderedPage> {
  constructor(readonly maxBytes: number) {
    super({ maxSize: maxBytes, sizeOf: (page) => page.bytes });
  }

  get size(): { pages: number; bytes: number } {
    return { pages: this.usage.entries, bytes: this.usage.used };
  }
}
