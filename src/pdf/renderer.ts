import { canonicalHash } from '../lib/canonical-json';
import { ServiceUnavailableError } from '../lib/errors';
import type { RenderedPdf } from './pdf-document';
import { renderJob, type RenderJob } from './render';
import { RenderCache } from './render-cache';
import { RenderPool, type RenderPoolOptions, RenderQueueFullError } from './render-pool';
import { pdfRenders, pdfRenderSeconds } from '../lib/metrics';

/**
 * How services get a PDF drawn. `contentSha256` is the canonical hash of the job's content, which
 * the caller has already computed (it is the ETag): the same content always gives the same bytes,
 * so it names the PDF.
 */
export interface DocumentRenderer {
  render(job: RenderJob, contentSha256: string): Promise<RenderedPdf>;
}

/**
 * On the calling thread, with no cache or budget: for the CLI (one operator's one command, with
 * nothing else waiting on its event loop; a thread would only add its start and a second parse of
 * the fonts) and the demo loader, which runs before the server listens.
 */
export const inlineRenderer: DocumentRenderer = { render: (job) => renderJob(job) };

export interface PdfRenderingOptions extends RenderPoolOptions {
  cacheBytes: number;
}

/**
 * The server's renderer, one per process: the worker pool, a byte-bounded cache by content hash,
 * and the renders in flight, so that concurrent asks for one content (ten downloads of the same
 * draft) share a single render. Each request takes its own view of it (`forRequest`), which
 * remembers what the request already rendered and charges the caller's render budget for every
 * render that actually happens, never for a cache hit.
 */
export class PdfRendering {
  readonly pool: RenderPool;
  readonly cache: RenderCache;
  private readonly inFlight = new Map<string, Promise<RenderedPdf>>();

  constructor(options: PdfRenderingOptions) {
    this.pool = new RenderPool(options);
    this.cache = new RenderCache(options.cacheBytes);
  }

  /** `charge` is called before each render the pool runs for this request, and throws to refuse it. */
  forRequest(charge: () => Promise<void>): DocumentRenderer {
    const memo = new Map<string, Promise<RenderedPdf>>();
    return {
      render: (job, contentSha256) => {
        // A filing's archive note changes the bytes, not the content: it is part of the key.
        const key = `${job.kind}:${contentSha256}${job.kind === 'FILING' && job.archive ? `:${canonicalHash(job.archive)}` : ''}`;
        let pdf = memo.get(key);
        if (!pdf) {
          pdf = this.render(job, key, charge);
          memo.set(key, pdf);
        }
        return pdf;
      },
    };
  }

  close(): Promise<void> {
    return this.pool.close();
  }

  private async render(job: RenderJob, key: string, charge: () => Promise<void>): Promise<RenderedPdf> {
    const cached = this.cache.get(key);
    if (cached) {
      pdfRenders.inc({ kind: job.kind, cache: 'hit' });
      return cached;
    }
    const running = this.inFlight.get(key);
    if (running) return running;
    await charge();
    // Checked again: another request may have started this render while the budget was counted.
    const started = this.inFlight.get(key) ?? this.cache.get(key);
    if (started) return started;
    pdfRenders.inc({ kind: job.kind, cache: 'miss' });
    const timer = pdfRenderSeconds.startTimer({ kind: job.kind });
    const rendering = this.pool.render(job).then(
      (pdf) => {
        timer();
        this.cache.set(key, pdf);
        return pdf;
      },
      (error: unknown) => {
        if (error instanceof RenderQueueFullError)
          throw new ServiceUnavailableError(`Every PDF render thread is busy (${error.message}); retry in a moment`);
        throw error;
      },
    );
    this.inFlight.set(key, rendering);
    try {
      return await rendering;
    } finally {
      this.inFlight.delete(key);
    }
  }
}
