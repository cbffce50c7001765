import 'reflect-metadata';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import type { App } from '../src/app/app';
import { Role } from '../src/auth/roles';
import { signToken } from '../src/auth/tokens';
import { Viewer } from '../src/auth/viewer';
import { loadDemo } from '../src/demo/load-demo';
import { FiledDocument } from '../src/documents/document.entities';
import { Exposure } from '../src/incidents/exposure.entity';
import { Incident } from '../src/incidents/incident.entity';
import { Notification } from '../src/notifications/notification.entity';
import { dialectArg, pad, positiveInteger, type Run, runOf, seedDraft, withScratchApp } from './bench-support';

/**
 * `npm run bench:downloads -- --db postgres|sqlite [--seconds S]`
 *
 * Downloads beside draft updates: whether recording a download (an audited IssuedDocument) holds up
 * the writers that edit notifications. Seeds a scratch database through the services (the demo
 * scenario, whose filed notification has its PDF kept at filing, and 16 more incidents exposing that
 * notification's controller, each with a draft initial notification), starts the real gateway
 * (createApp and listen, as `serve` does; the request and render rate limits raised to 1,000,000 a
 * minute so they count but never refuse) and, as the controller's legal representative (bearer token):
 * 1. 16 connections download the filed filing (`GET /notifications/:id/filing.pdf`), alone;
 * 2. 16 connections each edit their own draft (`updateNotification` with the version its previous
 *    answer gave, a new `delayReasons` each time: scripts/bench-downloads-client.ts), alone;
 * 3. both at once.
 * Each load is warmed for a second, then run for S seconds (default 10); autocannon runs in a worker
 * thread per load, off the server's event loop. Prints req/s, p50 and p99 (whole milliseconds) of each
 * load, failures (non-2xx, errors, timeouts) and, for the updates, how many were applied (the drafts'
 * versions before and after: an update answered with an error, a CONFLICT say, applied nothing).
 * No target: the figures are reported (issue 15). Exits 0.
 */
const CONNECTIONS = 16;
const WARMUP_SECONDS = 1;
const RATE_LIMIT_MAX = '1000000';
/** How long the server must stay idle for a run's last requests to be in. */
const QUIET_MS = 1000;
const UPDATE_DRAFT =
  'mutation BenchUpdateDraft($id: ID!, $input: UpdateNotificationInput!) { updateNotification(id: $id, input: $input) { id version } }';

/** The demo, then one draft per connection on incidents of their own: the filed notification's id, its controller, the drafts. */
async function seed(app: App): Promise<{ filedId: string; controllerId: string; drafts: string[] }> {
  await loadDemo({ orm: app.orm, clock: app.clock, config: app.config });
  const now = app.clock.now().getTime();
  return app.orm.em.fork().transactional(async (em) => {
    const [kept] = await em.find(FiledDocument, {}, { orderBy: { notification: 'asc' }, limit: 1 });
    if (!kept) throw new Error('the demo filed no notification');
    const filed = await em.findOneOrFail(Notification, kept.notification.id);
    const exposure = await em.findOneOrFail(Exposure, filed.exposure.id);
    const incident = await em.findOneOrFail(Incident, exposure.incident.id);
    const ctx = { em, clock: app.clock, viewer: new Viewer('bench', 'bench', [Role.ADMIN], []) };
    const drafts: string[] = [];
    for (let i = 0; i < CONNECTIONS; i++)
      drafts.push(
        await seedDraft(ctx, { sourceOrganizationId: incident.sourceOrganization.id, controllerId: exposure.controller.id, index: i, now }),
      );
    return { filedId: filed.id, controllerId: exposure.controller.id, drafts };
  });
}

type Load = { kind: 'download'; url: string } | { kind: 'update'; url: string };

async function load(target: Load, auth: Record<string, string>, seconds: number): Promise<Run> {
  const result = await autocannon({
    url: target.url,
    connections: CONNECTIONS,
    duration: seconds,
    // Off the server's event loop: each load generator gets its own thread.
    workers: 1,
    ...(target.kind === 'download'
      ? { method: 'GET', headers: auth }
      : {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...auth },
          // In a worker, autocannon takes the module's path (its types only know the function).
          setupClient: join(__dirname, 'bench-downloads-client.js') as unknown as autocannon.Options['setupClient'],
        }),
  });
  return runOf(result);
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { db: { type: 'string', default: 'postgres' }, seconds: { type: 'string', default: '10' } },
  });
  const seconds = positiveInteger('seconds', values.seconds);
  const dialect = dialectArg(values.db);

  await withScratchApp(dialect, 'bench_downloads', { RATE_LIMIT_MAX, RENDER_RATE_LIMIT_MAX: RATE_LIMIT_MAX }, async (app, config) => {
    console.error(`seeding the demo and ${CONNECTIONS} drafts on ${dialect}…`);
    const { filedId, controllerId, drafts } = await seed(app);
    const running = await app.listen(0);
    // A run ends with requests still in the server, or still on their way to it: the next load (or
    // closing the app) waits until none has been open nor arrived for QUIET_MS, so each update load
    // starts from the drafts' versions as they stand. On a saturated machine one may still land
    // later: its connection's first update is then a CONFLICT, which resyncs it (not applied).
    let open = 0;
    let arrived = 0;
    running.server.on('request', (_req, res) => {
      open += 1;
      arrived += 1;
      res.on('close', () => (open -= 1));
    });
    const drained = async () => {
      for (let seen = -1; open > 0 || seen !== arrived;) {
        seen = arrived;
        await new Promise((resolve) => setTimeout(resolve, open > 0 ? 10 : QUIET_MS));
      }
    };
    const token = await signToken(config.jwt, { sub: 'legal@bench.example', org: controllerId, roles: [Role.CONTROLLER_LEGAL] });
    const auth = { authorization: `Bearer ${token}` };
    const download: Load = { kind: 'download', url: `${running.url}/notifications/${filedId}/filing.pdf` };
    const update: Load = { kind: 'update', url: `${running.url}/graphql` };

    const versions = async () => {
      await drained();
      const found = await app.orm.em.fork().find(Notification, { id: { $in: drafts } });
      return new Map(found.map((n) => [n.id, n.version]));
    };
    /** The drafts' versions now, for the next update load's connections (each reads its own from its worker's environment). */
    const ready = async () => {
      const current = await versions();
      process.env.BENCH_DOWNLOADS_UPDATE = JSON.stringify({
        query: UPDATE_DRAFT,
        drafts: drafts.map((id) => ({ id, version: current.get(id)! })),
      });
      return current;
    };
    const applied = (before: Map<string, number>, after: Map<string, number>) =>
      drafts.reduce((sum, id) => sum + after.get(id)! - before.get(id)!, 0);

    // Both work once, on their own, before anything is timed.
    const pdf = await fetch(download.url, { headers: auth });
    if (pdf.status !== 200 || pdf.headers.get('content-type') !== 'application/pdf')
      throw new Error(`the gateway did not serve the filed PDF: ${pdf.status} ${(await pdf.text()).slice(0, 500)}`);
    const pdfBytes = (await pdf.arrayBuffer()).byteLength;
    const first = (await ready()).get(drafts[0]!)!;
    const edited = await fetch(update.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...auth },
      body: JSON.stringify({ query: UPDATE_DRAFT, variables: { id: drafts[0], input: { version: first, delayReasons: 'Premier essai' } } }),
    });
    const editedText = await edited.text();
    if (edited.status !== 200 || editedText.includes('"errors"'))
      throw new Error(`the gateway did not update a draft: ${editedText.slice(0, 500)}`);

    const rows: { phase: string; load: string; run: Run; applied?: number }[] = [];
    console.error('downloads alone…');
    await load(download, auth, WARMUP_SECONDS);
    await drained();
    rows.push({ phase: 'alone', load: 'downloads', run: await load(download, auth, seconds) });

    console.error('draft updates alone…');
    await ready();
    await load(update, auth, WARMUP_SECONDS);
    let before = await ready();
    const updatesAlone = await load(update, auth, seconds);
    rows.push({ phase: 'alone', load: 'updates', run: updatesAlone, applied: applied(before, await versions()) });

    console.error('both at once…');
    await ready();
    await Promise.all([load(download, auth, WARMUP_SECONDS), load(update, auth, WARMUP_SECONDS)]);
    before = await ready();
    const [downloads, updates] = await Promise.all([load(download, auth, seconds), load(update, auth, seconds)]);
    const after = await versions();
    rows.push({ phase: 'together', load: 'downloads', run: downloads });
    rows.push({ phase: 'together', load: 'updates', run: updates, applied: applied(before, after) });

    console.log(
      `bench:downloads on ${dialect}: ${CONNECTIONS} connections per load, ${seconds} s per run after ${WARMUP_SECONDS} s of warm-up; ` +
        `the filed filing (${pdfBytes} bytes, kept at filing) and updateNotification on ${drafts.length} drafts, one per connection`,
    );
    const widths = [8, 9, 8, 8, 8, 9, 8, 8];
    console.log(pad(['phase', 'load', 'req/s', 'p50 ms', 'p99 ms', 'requests', 'failed', 'applied'], widths));
    for (const { phase, load: name, run, applied: done } of rows)
      console.log(pad([phase, name, run.reqPerSec.toFixed(1), run.p50, run.p99, run.requests, run.failures, done ?? '–'], widths));
    // `applied` also counts the updates still running when a run ended, which `requests` leaves out.
    if (rows.some((r) => r.run.failures > 0 || (r.applied !== undefined && r.applied < r.run.requests)))
      console.log(
        'Some requests failed, or some updates were answered without being applied (a CONFLICT, say): the figures above are suspect.',
      );
    await drained();
  });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
