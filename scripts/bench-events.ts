import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { createClient } from 'graphql-ws';
import { Client } from 'pg';
import WebSocket from 'ws';
import { type App, createApp } from '../src/app/app';
import { Role } from '../src/auth/roles';
import { signToken } from '../src/auth/tokens';
import { Viewer } from '../src/auth/viewer';
import type { Config } from '../src/config/config';
import type { Dialect } from '../src/db/orm';
import { Notification } from '../src/notifications/notification.entity';
import { OrganizationService } from '../src/organizations/organization.service';
import { pad, positiveInteger, seedDraft, withScratchApp } from './bench-support';

/**
 * `npm run bench:events [-- --updates N]`
 *
 * How long a change takes to reach a subscriber. On a scratch PostgreSQL database, two gateway
 * instances (createApp and listen twice, as two `serve` processes would, on one database); on
 * SQLite, one process. A controller's legal officer subscribes to `notificationChanged` on instance
 * A (graphql-ws over WebSocket), then updates a draft N times (default 100) through instance B's
 * HTTP API, one after the other: each latency runs from the moment the mutation is sent to the
 * moment its event arrives on A's socket (commit, NOTIFY or SQLite's read-after-commit, the
 * outbox read, the filter, the socket); the mutation's own answer time (sent to HTTP response, its
 * commit included) is printed beside it. The floor, measured in the same run on the same database:
 * a bare NOTIFY on one pg connection to a LISTEN on another, N times. Prints a table of median and
 * max in milliseconds. Exits 0: a benchmark reports, it does not fail a build.
 */
const CONTROLLER_SIREN = '912300068';
const PROCESSOR_SIREN = '912300019';
const SUBJECT = 'legal@bench.example';
const UPDATE = `mutation UpdateNotification($id: ID!, $input: UpdateNotificationInput!) {
  updateNotification(id: $id, input: $input) { id version }
}`;
const SUBSCRIBE = `subscription NotificationChanged($notificationId: ID) {
  notificationChanged(notificationId: $notificationId) { notificationId version }
}`;

interface Figures {
  median: number;
  max: number;
}

function figures(samples: number[]): Figures {
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const median = sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  return { median, max: sorted.at(-1)! };
}

/** A controller and a processor, and one draft of an incident of the processor exposing the controller. */
async function seed(app: App): Promise<{ controller: string; draft: string }> {
  const viewer = new Viewer('bench', 'bench', [Role.ADMIN], []);
  const { processor, controller } = await app.orm.em.fork().transactional(async (em) => {
    const orgs = new OrganizationService({ em, clock: app.clock, viewer });
    const p = await orgs.create({ roles: ['PROCESSOR'], legalName: 'Opérateur du banc', siren: PROCESSOR_SIREN });
    const c = await orgs.create({ roles: ['CONTROLLER'], legalName: 'Mutuelle du banc d’essai', siren: CONTROLLER_SIREN });
    return { processor: p.id, controller: c.id };
  });
  const now = app.clock.now().getTime();
  const draft = await app.orm.em
    .fork()
    .transactional((em) =>
      seedDraft({ em, clock: app.clock, viewer }, { sourceOrganizationId: processor, controllerId: controller, index: 0, now }),
    );
  return { controller, draft };
}

/** N updates through `writer`'s HTTP API, each timed until its event reaches the subscriber on `reader`. */
async function measureGateway(reader: string, writer: string, token: string, draft: string, version: number, updates: number) {
  const arrived = new Map<number, (at: number) => void>();
  const client = createClient({
    url: `${reader.replace(/^http/, 'ws')}/graphql`,
    webSocketImpl: WebSocket,
    connectionParams: { authorization: `Bearer ${token}` },
    retryAttempts: 0,
  });
  let ready!: () => void;
  const started = new Promise<void>((resolve) => (ready = resolve));
  const stop = client.subscribe<{ notificationChanged: { version: number } }>(
    { query: SUBSCRIBE, variables: { notificationId: draft } },
    {
      next: ({ data }) => {
        const at = performance.now();
        const v = data?.notificationChanged.version;
        if (v !== undefined) arrived.get(v)?.(at);
      },
      error: (error) => console.error('subscription failed', error),
      complete: () => undefined,
    },
  );
  // The server listens once the subscribe message is handled: a first update, not timed, proves it.
  let current = version;
  const update = async () => {
    const response = await fetch(`${writer}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: UPDATE, variables: { id: draft, input: { version: current, delayReasons: `Analyse ${current}` } } }),
    });
    const body = (await response.json()) as { errors?: unknown };
    if (body.errors) throw new Error(`update refused: ${JSON.stringify(body.errors)}`);
    current += 1;
  };
  arrived.set(current + 1, () => ready());
  for (let tries = 0; ; tries++) {
    await update();
    const warmed = await Promise.race([started.then(() => true), new Promise((r) => setTimeout(() => r(false), 1000))]);
    if (warmed) break;
    if (tries > 5) throw new Error('the subscription never started');
    arrived.set(current + 1, () => ready());
  }
  const samples: number[] = [];
  const answered: number[] = [];
  for (let i = 0; i < updates; i++) {
    const received = new Promise<number>((resolve) => arrived.set(current + 1, resolve));
    const sent = performance.now();
    await update();
    answered.push(performance.now() - sent);
    samples.push((await received) - sent);
  }
  stop();
  await client.dispose();
  return { event: figures(samples), response: figures(answered) };
}

/** A bare NOTIFY from one connection to a LISTEN on another, N times: what any pushed event costs at least. */
async function measureNotify(url: string, count: number): Promise<Figures> {
  const listener = new Client({ connectionString: url });
  const notifier = new Client({ connectionString: url });
  await Promise.all([listener.connect(), notifier.connect()]);
  try {
    await listener.query('listen bench_floor');
    const waiting = new Map<string, (at: number) => void>();
    listener.on('notification', (message) => waiting.get(message.payload ?? '')?.(performance.now()));
    const samples: number[] = [];
    for (let i = 0; i < count; i++) {
      const received = new Promise<number>((resolve) => waiting.set(String(i), resolve));
      const sent = performance.now();
      await notifier.query('select pg_notify($1, $2)', ['bench_floor', String(i)]);
      samples.push((await received) - sent);
    }
    return figures(samples);
  } finally {
    await Promise.all([listener.end(), notifier.end()]);
  }
}

async function bench(dialect: Dialect, updates: number): Promise<string[]> {
  const rows: string[] = [];
  await withScratchApp(dialect, 'bench_events', { RATE_LIMIT_MAX: '0' }, async (app, config: Config) => {
    const { controller, draft } = await seed(app);
    const token = await signToken(config.jwt, { sub: SUBJECT, org: controller, roles: [Role.CONTROLLER_LEGAL] });
    const { version } = await app.orm.em.fork().findOneOrFail(Notification, draft);
    const a = await app.listen(0);
    // PostgreSQL: a second instance on the same database, as another process would be; SQLite has one process.
    const other = config.database.dialect === 'postgresql' ? await createApp(config) : null;
    try {
      const b = other ? await other.listen(0) : a;
      const { event, response } = await measureGateway(a.url, b.url, token, draft, version, updates);
      const instances = other ? 'event B→A' : 'event';
      rows.push(pad([dialect, instances, updates, event.median.toFixed(1), event.max.toFixed(1)], WIDTHS));
      rows.push(pad([dialect, 'mutation', updates, response.median.toFixed(1), response.max.toFixed(1)], WIDTHS));
      if (config.database.dialect === 'postgresql') {
        const floor = await measureNotify(config.database.url, updates);
        rows.push(pad([dialect, 'NOTIFY', updates, floor.median.toFixed(2), floor.max.toFixed(2)], WIDTHS));
      }
    } finally {
      await other?.close();
    }
  });
  return rows;
}

const WIDTHS = [10, 9, 7, 10, 8];

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { updates: { type: 'string', default: '100' } } });
  const updates = positiveInteger('updates', values.updates);
  const rows = [pad(['database', 'path', 'events', 'median ms', 'max ms'], WIDTHS)];
  for (const dialect of ['postgresql', 'sqlite'] as const) rows.push(...(await bench(dialect, updates)));
  console.log(rows.join('\n'));
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
