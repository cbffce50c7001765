import type { RenderedPdf } from './pdf-document';

/**
 * Rendered PDFs by content hash, least recently used dropped first, bounded by bytes: the same
 * content gives the same bytes, so a PDF rendered once serves every later ask for it (a dashboard
 * polling `pageCount`, a second download) without a render.
 */
export class RenderCache {
  private readonly entries = new Map<string, RenderedPdf>();
  private bytes = 0;

  constructor(private readonly maxBytes: number) {}

  get(key: string): RenderedPdf | undefined {
    const pdf = this.entries.get(key);
    if (pdf) {
      // A Map keeps insertion order: re-inserting makes this the most recently used.
      this.entries.delete(key);
      this.entries.set(key, pdf);
    }
    return pdf;
  }

  set(key: string, pdf: RenderedPdf): void {
    // A PDF larger than the whole cache would only evict everything else.
    if (pdf.bytes.length > this.maxBytes || this.entries.has(key)) return;
    this.entries.set(key, pdf);
    this.bytes += pdf.bytes.length;
    for (const [oldest, old] of this.entries) {
      if (this.bytes <= this.maxBytes) break;
      this.entries.delete(oldest);
      this.bytes -= old.bytes.length;
    }
  }

  get size(): { entries: number; bytes: number } {
    return { entries: this.entries.size, bytes: this.bytes };
  }
}
