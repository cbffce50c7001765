import 'reflect-metadata';
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import PDFDocument from 'pdfkit';
import { createApp } from '../src/app/app';
import { Role } from '../src/auth/roles';
import { Viewer } from '../src/auth/viewer';
import { fixedClock } from '../src/config/clock';
import { loadConfig } from '../src/config/config';
import { loadDemo } from '../src/demo/load-demo';
import { canonicalJson } from '../src/lib/canonical-json';
import type { CnilNotificationContent } from '../src/content/notification-content';
import { Notification } from '../src/notifications/notification.entity';
import { NotificationService } from '../src/notifications/notification.service';
import { renderFiling } from '../src/pdf/filing';
import { FONT, fonts } from '../src/lib/fonts';
import { defaultRenderThreads } from '../src/config/config';
import { RenderPool } from '../src/pdf/render-pool';

/**
 * `npm run bench:pdf`: the demo's fullest filing rendered warm, beside a floor measured in the same
 * run (pdfkit writing the very strings the render writes, in the same fonts and sizes, one per line,
 * with no layout: no wrapping, tables, tagging, frame or PDF/A), then a batch of 100 filings on the
 * main thread and over the server's render pool (src/pdf/render-pool.ts), then one render in a
 * pool thread whose heap is capped at 50 MB.
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
    const font = Object.entries(this._registeredFonts).find(
      ([, f]) => (f as { src: unknown }).src === (this as unknown as { _fontSource: unknown })._fontSource,
    )?.[0];
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

/** Renders every content over the pool, all at once; resolves with the wall-clock milliseconds. */
async function overPool(pool: RenderPool, contents: readonly CnilNotificationContent[]): Promise<number> {
  const started = performance.now();
  await Promise.all(contents.map((content) => pool.render({ kind: 'FILING', content })));
  return performance.now() - started;
}

async function main(): Promise<void> {
  const contents = await demoContents();
  const fullest = contents.reduce((a, b) => (canonicalJson(b).length > canonicalJson(a).length ? b : a));
  const written = await writtenBy(fullest);
  const first = await renderFiling(fullest);
  console.log(
    `fullest demo filing: ${fullest.organization.name}, ${fullest.notification.typeLabel}, ${first.pageCount} pages, ${first.bytes.length} bytes, ${written.length} strings`,
  );

  const floor = await median(() => renderFloor(written));
  const render = await median(() => renderFiling(fullest));
  console.log(`floor  (pdfkit, same strings and fonts, no layout): median ${floor.toFixed(1)} ms`);
  console.log(
    `render (renderFiling):                            median ${render.toFixed(1)} ms  → ${(render / floor).toFixed(2)} × floor (target ≤ 2)`,
  );

  const sequential = performance.now();
  for (let i = 0; i < 100; i++) await renderFiling(contents[i % contents.length]!);
  console.log(`batch of 100 filings on the main thread: ${((performance.now() - sequential) / 1000).toFixed(2)} s`);

  // The server's own pool (src/pdf/render-pool.ts), sized as the server sizes it by default.
  const threads = defaultRenderThreads();
  const pool = new RenderPool({ threads, queue: 100 });
  const warmup = await overPool(
    pool,
    contents.flatMap((c) => [c, c]),
  );
  const batchMs = await overPool(
    pool,
    Array.from({ length: 100 }, (_, i) => contents[i % contents.length]!),
  );
  await pool.close();
  console.log(
    `batch of 100 filings over ${threads} warm render thread(s) (PDF_RENDER_THREADS default on ${availableParallelism()} cores): ${(batchMs / 1000).toFixed(2)} s (target ≤ 3 s; starting and warming them took ${(warmup / 1000).toFixed(2)} s)`,
  );

  // A render that fits in a thread whose heap is capped at 50 MB uses at most that much.
  const capped = new RenderPool({ threads: 1, queue: 0, resourceLimits: { maxOldGenerationSizeMb: 42, maxYoungGenerationSizeMb: 8 } });
  const limited = await capped.render({ kind: 'FILING', content: fullest }).then(
    () => 'passed',
    (error: Error) => `FAILED (${error.message})`,
  );
  await capped.close();
  console.log(`one render in a pool thread capped at 50 MB of heap (42 old + 8 young): ${limited}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
