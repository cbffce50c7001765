import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import type { AbstractSqlConnection } from '@mikro-orm/knex';
import autocannon from 'autocannon';
import express from 'express';
import { buildSchema } from 'graphql';
import type { App } from '../src/app/app';
import { Role } from '../src/auth/roles';
import { signToken } from '../src/auth/tokens';
import { Viewer } from '../src/auth/viewer';
import { projectRoot } from '../src/lib/paths';
import { OrganizationService } from '../src/organizations/organization.service';
import { dialectArg, growByCopies, pad, positiveInteger, type Run, runOf, seedDraft, withScratchApp } from './bench-support';
import { Notification } from '../src/notifications/notification.entity';

/**
 * `npm run bench:read -- --db sqlite|postgres --exposures N [--seconds S] [--viewer dpo|admin]`
 *
 * Seeds a scratch database (four processors, one controller exposed by N incidents, one exposure
 * and one draft initial notification each, awareness four days ago so deadlines are overdue: the
 * first ten through the services, the others bulk copies with their derived state computed), starts the real gateway (createApp and listen, as `serve` does, with
 * loadConfig's settings; the rate limit raised to 1,000,000 a minute so it counts but never
 * refuses) and sends the compliance dashboard (test/operations/dashboard.graphql, first 50,
 * overdue only) as the controller's DPO, who sees all N, or as an admin.
 * The floor, measured in the same run with the same autocannon settings: a bare Apollo Server 5 on
 * the same Express 5 integration, whose schema is the gateway's own (schema/schema.graphql) and
 * whose root fields return the `data` the gateway answered, captured once: Apollo parses, validates,
 * executes and serialises the same document into the same bytes (autocannon checks every floor
 * response against them), with no database, authentication, limits or cost analysis.
 * Each server is warmed for a second, then loaded for S seconds (default 10) at 1 and at 16
 * connections; autocannon runs in a worker thread, off the servers' event loop, and keeps latencies
 * in whole milliseconds (a p99 ratio over a floor of 1 or 2 ms is coarse) of the requests completed
 * within the run: one still running at its end is in no figure but the statements. SQL statements are
 * counted during each gateway run (the ORM's knex query events, as test/support/app.ts counts them)
 * and divided by the requests whose body the gateway read in it.
 * Targets: the gateway's mean req/s at least 0.5 × the floor's; its p99 at most 2 × the floor's.
 * Exits 0 whether or not the targets hold: a benchmark reports, it does not fail a build.
 */
const CONNECTIONS = [1, 16] as const;
const WARMUP_SECONDS = 1;
const PROCESSOR_SIRENS = ['912300019', '912300035', '912300043', '912300050'];
const CONTROLLER_SIREN = '912300068';
/** What a dashboard asks for: a page of 50 and the overdue deadlines (as test/integration/graphql-hardening.test.ts). */
const VARIABLES = { first: 50, overdue: true };
/** How long the database must stay silent for a run's last statements to be in. */
const QUIET_MS = 200;
/** Far above what any run reaches, so the limiter does its per-request work without ever refusing. */
const RATE_LIMIT_MAX = '1000000';
/**
 * The deadline-alert scheduler and the webhook dispatcher query the database every second or so on
 * their own: the runs' statement counts are the dashboard's, and a run waits for the database to
 * fall silent, which it never would with them polling. Off, as on an instance kept to serving reads.
 */
const BACKGROUND_WORK_OFF = { ALERT_SCHEDULER: 'off', WEBHOOK_DISPATCH: 'off' };

/** Exposures seeded one by one through the services; the rest are copies of the last (growByCopies). */
const THROUGH_SERVICES = 10;

/**
 * The controller's id. The first THROUGH_SERVICES incidents, exposures and notifications are created
 * by an admin through the services, each in its own unit of work (one entity manager for all would
 * compare every entity it ever loaded at each flush); the others are bulk copies of the last one,
 * with their derived state computed by the gateway's own code, as in the statement-count test.
 */
async function seed(app: App, exposures: number): Promise<string> {
  const now = app.clock.now().getTime();
  const viewer = new Viewer('bench', 'bench', [Role.ADMIN], []);
  const { processors, controller } = await app.orm.em.fork().transactional(async (em) => {
    const orgs = new OrganizationService({ em, clock: app.clock, viewer });
    const created = [];
    for (const siren of PROCESSOR_SIRENS)
      created.push((await orgs.create({ roles: ['PROCESSOR'], legalName: `Opérateur ${siren}`, siren })).id);
    const own = await orgs.create({ roles: ['CONTROLLER'], legalName: 'Mutuelle du banc d’essai', siren: CONTROLLER_SIREN });
    return { processors: created, controller: own.id };
  });
  let last = '';
  for (let i = 0; i < Math.min(exposures, THROUGH_SERVICES); i++)
    last = await app.orm.em
      .fork()
      .transactional((em) =>
        seedDraft(
          { em, clock: app.clock, viewer },
          { sourceOrganizationId: processors[i % processors.length]!, controllerId: controller, index: i, now },
        ),
      );
  if (exposures > THROUGH_SERVICES) {
    const template = (await app.orm.em.fork().findOneOrFail(Notification, last)).exposure.id;
    await growByCopies(app, template, THROUGH_SERVICES, exposures - THROUGH_SERVICES);
  }
  return controller;
}

/** The floor: the gateway's schema, its root fields answering the captured data, on bare Apollo and Express 5. */
async function startFloor(captured: string): Promise<{ url: string; stop(): Promise<void> }> {
  const response = JSON.parse(captured) as { data: Record<string, unknown>; extensions?: Record<string, unknown> };
  const schema = buildSchema(readFileSync(join(projectRoot, 'schema', 'schema.graphql'), 'utf8'));
  const fields = schema.getQueryType()!.getFields();
  for (const [name, value] of Object.entries(response.data)) fields[name]!.resolve = () => value;
  // The gateway's cost report, so the floor's bytes are the gateway's; setting it is all this plugin does.
  const sameExtensions: ApolloServerPlugin = {
    async requestDidStart() {
      return {
        async willSendResponse({ response: sent }) {
          if (sent.body.kind === 'single' && response.extensions) sent.body.singleResult.extensions = response.extensions;
        },
      };
    },
  };
  const apollo = new ApolloServer({ schema, plugins: [sameExtensions] });
  await apollo.start();
  const app = express();
  app.use('/graphql', express.json(), expressMiddleware(apollo));
  const server = createServer(app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    async stop() {
      await apollo.stop();
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

/**
 * What the gateway read and sent to its database, tallied for its whole life: a run's figures are
 * differences between two quiet moments. A request is counted once its body is read: from there it
 * executes to the end even if autocannon, ending a run, closes its connection (one closed before
 * its body was read never executes). A run ends when every request has closed and no statement
 * has arrived for a while, so its statements are all counted, and so are its requests.
 */
function gatewayTally(server: Server, knex: ReturnType<AbstractSqlConnection['getKnex']>) {
  let received = 0;
  let closed = 0;
  let read = 0;
  let statements = 0;
  server.on('request', (req, res) => {
    received += 1;
    req.on('end', () => (read += 1));
    res.on('close', () => (closed += 1));
  });
  knex.on('query', () => (statements += 1));
  return {
    now: () => ({ requests: read, statements }),
    async quiet(quietMs: number): Promise<void> {
      while (closed < received) await new Promise((resolve) => setTimeout(resolve, 10));
      for (let seen = -1; seen !== statements;) {
        seen = statements;
        await new Promise((resolve) => setTimeout(resolve, quietMs));
      }
    },
  };
}

async function load(url: string, body: string, headers: Record<string, string>, connections: number, seconds: number, expectBody?: string) {
  const result = await autocannon({
    url,
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body,
    connections,
    duration: seconds,
    // Off the servers' event loop: the load generator gets its own thread.
    workers: 1,
    ...(expectBody ? { expectBody } : {}),
  });
  return runOf(result);
}

/** Below this many requests in a run, its p99 is flagged: it is then about the slowest request. */
const FEW_REQUESTS = 100;

/**
 * The p99 ratio and whether it meets its target. A gateway that completed nothing in the run is
 * slower than the run itself: not met. autocannon keeps whole milliseconds, so a floor p99 under
 * 1 ms reads 0 and gives no ratio.
 */
function p99Verdict(floor: Run, gateway: Run, seconds: number): [string, string] {
  if (gateway.requests === 0) return [`none in ${seconds} s`, 'NOT MET'];
  if (floor.p99 === 0) return ['n/a (floor p99 0 ms)', '?'];
  const ratio = gateway.p99 / floor.p99;
  const few = floor.requests < FEW_REQUESTS || gateway.requests < FEW_REQUESTS ? ' *' : '';
  return [`${ratio.toFixed(2)} (≤ 2)${few}`, ratio <= 2 ? 'met' : 'NOT MET'];
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      db: { type: 'string', default: 'sqlite' },
      exposures: { type: 'string', default: '100' },
      seconds: { type: 'string', default: '10' },
      viewer: { type: 'string', default: 'dpo' },
    },
  });
  const exposures = positiveInteger('exposures', values.exposures);
  const seconds = positiveInteger('seconds', values.seconds);
  const dialect = dialectArg(values.db);
  if (values.viewer !== 'dpo' && values.viewer !== 'admin') throw new Error(`--viewer must be dpo or admin, got "${values.viewer}"`);
  const document = readFileSync(join(projectRoot, 'test', 'operations', 'dashboard.graphql'), 'utf8');
  const body = JSON.stringify({ operationName: 'ComplianceDashboard', query: document, variables: VARIABLES });

  let floor: Awaited<ReturnType<typeof startFloor>> | undefined;
  await withScratchApp(dialect, 'bench_read', { RATE_LIMIT_MAX, ...BACKGROUND_WORK_OFF }, async (app, config) => {
    try {
      console.error(`seeding ${exposures} incidents, exposures and notifications on ${dialect}…`);
      const controllerId = await seed(app, exposures);
      const running = await app.listen(0);
      const gatewayUrl = `${running.url}/graphql`;
      const token =
        values.viewer === 'admin'
          ? await signToken(config.jwt, { sub: 'admin@bench.example', org: controllerId, roles: [Role.ADMIN] })
          : await signToken(config.jwt, { sub: 'dpo@bench.example', org: controllerId, roles: [Role.CONTROLLER_DPO] });
      const auth = { authorization: `Bearer ${token}` };

      const tally = gatewayTally(running.server, (app.orm.em.getConnection() as AbstractSqlConnection).getKnex());
      const ask = () => fetch(gatewayUrl, { method: 'POST', headers: { 'content-type': 'application/json', ...auth }, body });
      const response = await ask();
      const captured = await response.text();
      // A second request on its own, past the first one's warming: the statements one dashboard costs.
      const beforeOne = tally.now().statements;
      await (await ask()).text();
      const oneRequestStatements = tally.now().statements - beforeOne;
      const parsed = JSON.parse(captured) as { data?: { exposures?: { totalCount: number } }; errors?: unknown[] };
      if (response.status !== 200 || parsed.errors || !parsed.data)
        throw new Error(`the gateway did not answer the dashboard: ${response.status} ${captured.slice(0, 500)}`);
      if (parsed.data.exposures?.totalCount !== exposures)
        throw new Error(`the viewer sees ${parsed.data.exposures?.totalCount} exposures, not the ${exposures} seeded`);

      floor = await startFloor(captured);
      const floorText = await (await fetch(floor.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body })).text();
      if (floorText !== captured) throw new Error('the floor does not answer the bytes the gateway answered');

      const rows: { connections: number; floor: Run; gateway: Run; statementsPerRequest: number }[] = [];
      for (const connections of CONNECTIONS) {
        console.error(`${connections} connection(s): floor…`);
        await load(floor.url, body, {}, connections, WARMUP_SECONDS, captured);
        const floorRun = await load(floor.url, body, {}, connections, seconds, captured);
        console.error(`${connections} connection(s): gateway…`);
        await load(gatewayUrl, body, auth, connections, WARMUP_SECONDS);
        await tally.quiet(QUIET_MS);
        const before = tally.now();
        const gatewayRun = await load(gatewayUrl, body, auth, connections, seconds);
        await tally.quiet(Math.max(QUIET_MS, 2 * gatewayRun.p99));
        const after = tally.now();
        const statementsPerRequest = (after.statements - before.statements) / (after.requests - before.requests);
        rows.push({ connections, floor: floorRun, gateway: gatewayRun, statementsPerRequest });
      }

      console.log(
        `bench:read on ${dialect}: ComplianceDashboard ${JSON.stringify(VARIABLES)} as ${values.viewer === 'admin' ? 'an admin' : "the controller's DPO"}, ` +
          `${exposures} exposures; a response of ${Buffer.byteLength(captured)} bytes; ${oneRequestStatements} SQL statements for one request on its own; ` +
          `${seconds} s per run after ${WARMUP_SECONDS} s of warm-up`,
      );
      const widths = [11, 8, 8, 8, 8, 9, 8, 13];
      console.log(pad(['connections', 'server', 'req/s', 'p50 ms', 'p99 ms', 'requests', 'failed', 'SQL/request'], widths));
      for (const row of rows) {
        for (const [name, run] of [
          ['floor', row.floor],
          ['gateway', row.gateway],
        ] as const) {
          console.log(
            pad(
              [
                row.connections,
                name,
                run.reqPerSec.toFixed(1),
                run.p50,
                run.p99,
                run.requests,
                run.failures,
                name === 'gateway' ? row.statementsPerRequest.toFixed(2) : '–',
              ],
              widths,
            ),
          );
        }
      }
      console.log('');
      const targetWidths = [11, 22, 8, 24, 8];
      console.log(pad(['connections', 'req/s gateway/floor', 'target', 'p99 gateway/floor', 'target'], targetWidths));
      for (const { connections, floor: f, gateway: g } of rows) {
        const ratio = g.reqPerSec / f.reqPerSec;
        console.log(
          pad([connections, `${ratio.toFixed(2)} (≥ 0.5)`, ratio >= 0.5 ? 'met' : 'NOT MET', ...p99Verdict(f, g, seconds)], targetWidths),
        );
      }
      if (rows.some((r) => r.floor.requests < FEW_REQUESTS || r.gateway.requests < FEW_REQUESTS))
        console.log(
          `* fewer than ${FEW_REQUESTS} requests completed in a run: its p99 is about its slowest request, and requests still running when it ended are not in it; run longer (--seconds).`,
        );
      if (rows.some((r) => r.floor.failures + r.gateway.failures > 0))
        console.log('Some requests failed (non-2xx, errors, timeouts or, for the floor, other bytes): the figures above are suspect.');
    } finally {
      await floor?.stop();
    }
  });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
