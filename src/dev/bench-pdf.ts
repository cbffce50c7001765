import 'reflect-metadata';
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
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
 * run (pdfkit writing the same strings in the same font, one per line, with no layout), then a
 * batch of 100 filings across worker threads, then one render under a 50 MB heap limit.
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
    const ctx = { em: app.orm.em.fork(), clock: app.clock, viewer: new Viewer('bench', 'bench', [Role.ADMIN]) };
    const service = new NotificationService(ctx);
    const contents = [];
    for (const n of await ctx.em.find(Notification, {})) contents.push((await service.view(n)).content);
    await app.close();
    return contents;
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/** Every string the filing shows, in order: what the floor writes. */
function strings(content: CnilNotificationContent): string[] {
  const out: string[] = [content.organization.name, content.organization.siren, content.notification.typeLabel];
  for (const section of content.sections) {
    out.push(section.title);
    for (const item of section.items) {
      out.push(item.label);
      if (item.kind === 'choice') out.push(...item.options.map((o) => o.label));
      else if (item.kind === 'table') out.push(...item.columns, ...item.rows.flat());
      else if (item.kind === 'instant') out.push(item.display ?? '');
      else out.push(String(item.value ?? ''));
    }
  }
  const annexes = content.annexes;
  if (annexes?.severity) out.push(annexes.severity.justification, ...annexes.severity.components.flatMap((c) => [c.label, c.justification]));
  for (const o of annexes?.obligations ?? []) out.push(o.label, o.party, o.dueDisplay ?? '', o.statusLabel, o.rationale);
  for (const c of annexes?.completeness ?? []) out.push(c.message);
  return out.filter(Boolean);
}

/** pdfkit with the same font and no layout: each string on its own line, no wrapping, no tagging. */
function renderFloor(texts: string[]): Promise<number> {
  const doc = new PDFDocument({ size: 'A4', autoFirstPage: true, info: { CreationDate: new Date(0) } });
  doc.registerFont(FONT.serif, fonts().get(FONT.serif)! as unknown as Buffer);
  doc.font(FONT.serif).fontSize(10);
  let y = 60;
  for (const text of texts) {
    if (y > 780) {
      doc.addPage();
      y = 60;
    }
    doc.text(text, 60, y, { lineBreak: false });
    y += 13;
  }
  let size = 0;
  doc.on('data', (chunk: Buffer) => (size += chunk.length));
  const done = new Promise<number>((resolve) => doc.on('end', () => resolve(size)));
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

/** `count` filings over `workers` threads, each rendering its share: wall-clock milliseconds. */
async function batch(contents: CnilNotificationContent[], count: number, workers: number): Promise<number> {
  const jobs = Array.from({ length: count }, (_, i) => contents[i % contents.length]!);
  const shares = Array.from({ length: workers }, (_, w) => jobs.filter((_, i) => i % workers === w));
  const started = performance.now();
  await Promise.all(shares.map((share) => runWorker({ mode: 'batch', contents: share })));
  return performance.now() - started;
}

function runWorker(data: unknown, resourceLimits?: { maxOldGenerationSizeMb: number; maxYoungGenerationSizeMb: number }): Promise<{ pages: number; rssMb: number }> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(__filename, { workerData: data, resourceLimits });
    worker.once('message', resolve);
    worker.once('error', reject);
    worker.once('exit', (code) => code !== 0 && reject(new Error(`worker exited with ${code}`)));
  });
}

async function workerMain(data: { mode: 'batch' | 'memory'; contents: CnilNotificationContent[] }): Promise<void> {
  let pages = 0;
  for (const content of data.contents) pages += (await renderFiling(content)).pageCount;
  parentPort!.postMessage({ pages, rssMb: process.memoryUsage().rss / 2 ** 20 });
}

async function main(): Promise<void> {
  const contents = await demoContents();
  const fullest = contents.reduce((a, b) => (canonicalJson(b).length > canonicalJson(a).length ? b : a));
  const texts = strings(fullest);
  const first = await renderFiling(fullest);
  console.log(`fullest demo filing: ${fullest.organization.name}, ${fullest.notification.typeLabel}, ${first.pageCount} pages, ${first.bytes.length} bytes, ${texts.length} strings`);

  const floor = await median(() => renderFloor(texts));
  const render = await median(() => renderFiling(fullest));
  console.log(`floor  (pdfkit, same strings and font, no layout): median ${floor.toFixed(1)} ms`);
  console.log(`render (renderFiling):                            median ${render.toFixed(1)} ms  → ${(render / floor).toFixed(2)} × floor (target ≤ 2)`);

  const workers = Math.max(1, Math.min(availableParallelism(), 4));
  await batch(contents, workers * 2, workers); // warm the workers' code paths once
  const batchMs = await batch(contents, 100, workers);
  console.log(`batch of 100 filings over ${workers} worker threads: ${(batchMs / 1000).toFixed(2)} s (target ≤ 3 s)`);

  // A render that fits in a worker whose heap is capped at 50 MB uses at most that much.
  const limited = await runWorker({ mode: 'memory', contents: [fullest] }, { maxOldGenerationSizeMb: 42, maxYoungGenerationSizeMb: 8 }).then(
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
  void workerMain(workerData as Parameters<typeof workerMain>[0]);
}
