import { parentPort } from 'node:worker_threads';
import { fonts } from '../lib/fonts';
import { renderJob, type RenderJob } from './render';

/**
 * A render thread of the pool (render-pool.ts): renders one job at a time and answers with the
 * bytes, or with the error's message. Fonts and shaped words stay warm from one job to the next.
 */
// Parsed before the first job arrives: a thread is started ahead of need (RenderPool.warm).
fonts();

parentPort!.on('message', (job: RenderJob) => {
  renderJob(job).then(
    (pdf) => parentPort!.postMessage({ ok: true, bytes: pdf.bytes, sha256: pdf.sha256, pageCount: pdf.pageCount }),
    (error: unknown) => parentPort!.postMessage({ ok: false, message: error instanceof Error ? error.message : String(error) }),
  );
});
