import 'reflect-metadata';
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { isMainThread, MessageChannel, type MessagePort, parentPort, Worker, workerData } from 'node:worker_threads';
import pino from 'pino';
import PDFDocument from 'pdfkit';
import { createApp } from '../app';
import { Role } from '../auth/roles';
import { Viewer } from '../auth/viewer';
import { fixedClock } from '../config/clock';
import { loadConfig } from '../config/config';
import { loadDemo } from '../demo/load-demo';
import { canonicalJson } from '../lib/canonical-json';
import type { CnilNotificationContent } from '../notifications/content';
import { Notification } from '../notifications/notification.entity';
import { NotificationService } from '../notifications/notification.service';
import { renderFiling } from '../pdf/filing';
import { FONT, fonts } from '../pdf/fonts';

/**
 * `npm run bench:pdf`: the demo's fullest filing rendered warm, beside a floor measured in the same
 * run (pdfkit writing the very strings the render writes, in the same fonts and sizes, one per line,
 * with no layout: no wrapping, tables, tagging, frame or PDF/A), then a batch of 100 filings on the
 * main thread and over warm worker threads, then one render under a 50 MB heap limit.
 * Targets: median render at most 2 × the floor; the batch in at most 3 s; at most 50 MB per render.
 */
const RUNS = 30;

async function demoContents(): Promise<CnilNotificationContent[]> {
  const dataDir = mkdtempSync(join(tmpdir(), 'bench-pdf-'));
  try {
    const app = await createApp(loadConfig({ DATA_DIR: dataDir, LOG_LEVEL: 'silent' }, { demo: true }), {
      clock: fixedClock('2024-02-06T12:00:00Z'),
      logger: pino({ level: 'silent' }),
    });
    await loadDemo(app);
    const ctx = { em: app.orm.em.fork(), clock: app.clock, viewer: new Viewer('bench', 'bench', [Role.ADMIN], []) };
    const service = new NotificationService(ctx);
    const contents = [];
    for (const n of await ctx.em.find(Notification, {})) contents.push((await service.view(n)).content);
    await app.close();
    return contents;
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

interface Written {
  text: string;
  font: string;
  size: number;
}

/**
 * Every string the renderer hands pdfkit, with its font and size, recorded during one render:
 * exactly the text the floor writes.
 */
async function writtenBy(content: CnilNotificationContent): Promise<Written[]> {
  const proto = PDFDocument.prototype as unknown as { text(this: PDFKit.PDFDocument, text: string, ...rest: unknown[]): unknown };
  const original = proto.text;
  const written: Written[] = [];
  proto.text = function (this: PDFKit.PDFDocument & { _fontSize: number; _registeredFonts: object }, text: string, ...rest: unknown[]) {
    const font = Object.entries(this._registeredFonts).find(([, f]) => (f as { src: unknown }).src === (this as unknown as { _fontSource: unknown })._fontSource)?.[0];
    written.push({ text, font: font ?? FONT.serif, size: this._fontSize });
    return original.call(this, text, ...rest);
  };
  try {
    await renderFiling(content);
  } finally {
    proto.text = original;
  }
  return written;
}

/** pdfkit with the same fonts and no layout: each string on its own line, no wrapping, tagging or PDF/A. */
function renderFloor(written: readonly Written[]): Promise<number> {
  const doc = new PDFDocument({ size: 'A4', info: { CreationDate: new Date(0) } });
  for (const [name, font] of fonts()) doc.registerFont(name, font as unknown as Buffer);
  let y = 60;
  for (const { text, font, size } of written) {
    if (y > 780) {
      doc.addPage();
      y = 60;
    }
    doc.font(font).fontSize(size).text(text, 60, y, { lineBreak: false });
    y += size + 3;
  }
  let bytes = 0;
  doc.on('data', (chunk: Buffer) => (bytes += chunk.length));
  const done = new Promise<number>((resolve) => doc.on('end', () => resolve(bytes)));
  doc.end();
  return done;
}

async function median(work: () => Promise<unknown>): Promise<number> {
  for (let i = 0; i < 5; i++) await work();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    await work();
    times.push(performance.now() - started);
  }
  return times.sort((a, b) => a - b)[Math.floor(times.length / 2)]!;
}

/** Render threads kept alive, as a server would keep them: each renders what it is sent. */
class RenderPool {
  private readonly workers: Worker[];
  private next = 0;

  constructor(size: number) {
    this.workers = Array.from({ length: size }, () => new Worker(__filename, { workerData: { mode: 'pool' } }));
  }

  /** Renders every content, spread over the threads; resolves with the wall-clock milliseconds. */
  async render(contents: readonly CnilNotificationContent[]): Promise<number> {
    const started = performance.now();
    await Promise.all(contents.map((content) => this.send(content)));
    return performance.now() - started;
  }

  private send(content: CnilNotificationContent): Promise<void> {
    const worker = this.workers[this.next++ % this.workers.length]!;
    return new Promise((resolve, reject) => {
      const channel = new MessageChannel();
      channel.port1.once('message', (reply: { error?: string }) => {
        channel.port1.close();
        if (reply.error) reject(new Error(reply.error));
        else resolve();
      });
      worker.postMessage({ content, port: channel.port2 }, [channel.port2]);
    });
  }

  close(): Promise<number[]> {
    return Promise.all(this.workers.map((w) => w.terminate()));
  }
}

/** One render in a thread whose heap is capped: it fails if the render needs more. */
function renderCapped(content: CnilNotificationContent, resourceLimits: { maxOldGenerationSizeMb: number; maxYoungGenerationSizeMb: number }): Promise<void> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(__filename, { workerData: { mode: 'once', content }, resourceLimits });
    worker.once('message', () => resolve());
    worker.once('error', reject);
    worker.once('exit', (code) => code !== 0 && reject(new Error(`worker exited with ${code}`)));
  });
}

type WorkerData = { mode: 'pool' } | { mode: 'once'; content: CnilNotificationContent };

function workerMain(data: WorkerData): void {
  if (data.mode === 'once') {
    void renderFiling(data.content).then((pdf) => parentPort!.postMessage(pdf.pageCount));
    return;
  }
  parentPort!.on('message', ({ content, port }: { content: CnilNotificationContent; port: MessagePort }) => {
    renderFiling(content).then(
      () => port.postMessage({}),
      (error: Error) => port.postMessage({ error: error.message }),
    );
  });
}

async function main(): Promise<void> {
  const contents = await demoContents();
  const fullest = contents.reduce((a, b) => (canonicalJson(b).length > canonicalJson(a).length ? b : a));
  const written = await writtenBy(fullest);
  const first = await renderFiling(fullest);
  console.log(`fullest demo filing: ${fullest.organization.name}, ${fullest.notification.typeLabel}, ${first.pageCount} pages, ${first.bytes.length} bytes, ${written.length} strings`);

  const floor = await median(() => renderFloor(written));
  const render = await median(() => renderFiling(fullest));
  console.log(`floor  (pdfkit, same strings and fonts, no layout): median ${floor.toFixed(1)} ms`);
  console.log(`render (renderFiling):                            median ${render.toFixed(1)} ms  → ${(render / floor).toFixed(2)} × floor (target ≤ 2)`);

  const sequential = performance.now();
  for (let i = 0; i < 100; i++) await renderFiling(contents[i % contents.length]!);
  console.log(`batch of 100 filings on the main thread: ${((performance.now() - sequential) / 1000).toFixed(2)} s`);

  const threads = Math.max(1, Math.min(availableParallelism(), 4));
  const pool = new RenderPool(threads);
  const warmup = await pool.render(contents.flatMap((c) => [c, c]));
  const batchMs = await pool.render(Array.from({ length: 100 }, (_, i) => contents[i % contents.length]!));
  await pool.close();
  console.log(`batch of 100 filings over ${threads} warm render threads: ${(batchMs / 1000).toFixed(2)} s (target ≤ 3 s; starting and warming them took ${(warmup / 1000).toFixed(2)} s)`);

  // A render that fits in a worker whose heap is capped at 50 MB uses at most that much.
  const limited = await renderCapped(fullest, { maxOldGenerationSizeMb: 42, maxYoungGenerationSizeMb: 8 }).then(
    () => 'passed',
    (error: Error) => `FAILED (${error.message})`,
  );
  console.log(`one render in a worker capped at 50 MB of heap (42 old + 8 young): ${limited}`);
}

if (isMainThread) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
} else {
  workerMain(workerData as WorkerData);
}
