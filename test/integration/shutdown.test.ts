import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { Role } from '../../src/auth/roles';
import type { ScratchDatabase } from '../../src/db/scratch';
import { DEMO_ORGANIZATIONS } from '../../src/demo/scenario';
import { IngestBatch } from '../../src/ingest/ingest-batch.entity';
import { BUILT_IN_PROFILES } from '../../src/ingest/profiles';
import { encodeForProfile, formatRow, headerRow, syntheticPeople } from '../../src/ingest/synthetic';
import { SubjectListing } from '../../src/subjects/subject.entities';
import { IncidentsDocument } from '../generated/graphql';
import { dialect, startGateway, type TestGateway } from '../support/app';
import { withDemo } from '../support/demo';
import { gatewayEnv, type GatewayProcess, spawnGateway } from '../support/gateway-process';
import { must } from '../support/must';

const GRACE_SECONDS = 2;
/** The bound on the exit: the grace period, the force-close margin (5 s) and room for closing the app. */
const EXIT_BOUND_MS = (GRACE_SECONDS + 5 + 10) * 1000;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Resolves with the exit code, or fails if the process is still running past the bound. */
function exitWithin(gateway: GatewayProcess, ms: number): Promise<number | null> {
  return Promise.race([
    gateway.exited,
    sleep(ms).then(() => {
      gateway.child.kill('SIGKILL');
      throw new Error(`the gateway had not exited ${ms} ms after SIGTERM:\n${gateway.output()}`);
    }),
  ]);
}

/** `breach-gateway serve` in a child process, stopped with SIGTERM as an orchestrator stops it. */
describe(`shutdown of a serving gateway on ${dialect}`, () => {
  let gw: TestGateway;
  let dir: string;
  let operatorB: string;
  let incidentB: string;
  const profile = must(BUILT_IN_PROFILES['operator-b-csv'], 'the operator-b-csv profile');
  const rhone = DEMO_ORGANIZATIONS.find((o) => o.key === 'rhone')!.siren;

  const env = (extra: Record<string, string> = {}) =>
    gatewayEnv({ database: gw.app.config.database } as ScratchDatabase, dir, {
      STATE_REFRESH_SECONDS: '0',
      ALERT_SCHEDULER: 'off',
      WEBHOOK_DISPATCH: 'false',
      SHUTDOWN_GRACE_SECONDS: String(GRACE_SECONDS),
      ...extra,
    });

  beforeAll(async () => {
    gw = await startGateway();
    dir = mkdtempSync(join(tmpdir(), 'breach-gateway-shutdown-'));
    const orgs = await withDemo(gw);
    operatorB = await gw.token(orgs['operator-b'], [Role.PROCESSOR_SECURITY]);
    const admin = await gw.token(orgs.horizon, [Role.ADMIN]);
    const { data } = await gw.gql(IncidentsDocument, {}, admin);
    incidentB = data!.incidents.edges.find((e) => e.node.sourceOrganization.id === orgs['operator-b'])!.node.id;
  });
  afterAll(async () => {
    await gw?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('answers an upload still arriving at the end of the grace period 503, rejects its batch, counts nothing, and exits 0', async () => {
    const listingsBefore = await gw.app.orm.em.fork().count(SubjectListing, {});
    const gateway = await spawnGateway(env());
    const people = [...syntheticPeople({ seed: 43, count: 200, controllers: [rhone], ownNirForDependants: true })];
    const rows = encodeForProfile(`${[headerRow(profile), ...people.map((p) => formatRow(p, profile))].join('\n')}\n`, profile);
    // The client sends the first half, then nothing more: an upload slower than any grace period.
    let sent = false;
    const body = new ReadableStream<Uint8Array>({
      async pull(controller) {
        if (sent) return new Promise<void>(() => {});
        sent = true;
        controller.enqueue(rows.subarray(0, rows.lastIndexOf('\n', rows.length / 2) + 1));
      },
    });
    const query = new URLSearchParams({ incident: incidentB, profile: 'operator-b-csv', fileName: 'slow.csv' });
    const answer = fetch(`${new URL(gateway.url).origin}/ingest/subjects?${query}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${operatorB}`, 'content-type': 'text/csv' },
      body,
      duplex: 'half',
    } as RequestInit);
    // The batch is open (STAGING) before the signal: the stop lands mid-upload.
    const em = gw.app.orm.em.fork();
    while (!(await em.findOne(IngestBatch, { incident: incidentB, fileName: 'slow.csv' }, { disableIdentityMap: true }))) await sleep(50);
    gateway.child.kill('SIGTERM');

    const response = await answer;
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({
      error: {
        code: 'SHUTTING_DOWN',
        message: expect.stringMatching(/server is stopping/),
        requestId: response.headers.get('x-request-id'),
      },
    });
    expect(await exitWithin(gateway, EXIT_BOUND_MS)).toBe(0);
    expect(gateway.output()).toContain('shutting down');

    const batch = await gw.app.orm.em.fork().findOneOrFail(IngestBatch, { incident: incidentB, fileName: 'slow.csv' });
    expect(batch).toMatchObject({ status: 'REJECTED', rowsAccepted: 0 });
    expect(batch.errorSummary!.first[0]!.reason).toContain('arrêt du serveur');
    expect(await gw.app.orm.em.fork().count(SubjectListing, {})).toBe(listingsBefore);
  });

  it('answers readyz 503 from the signal on, while it still accepts for SHUTDOWN_DELAY_SECONDS, livez 200, closes WebSockets with 1001, then exits 0', async () => {
    const gateway = await spawnGateway(env({ SHUTDOWN_DELAY_SECONDS: '3' }));
    const origin = new URL(gateway.url).origin;
    expect((await fetch(`${origin}/readyz`)).status).toBe(200);
    // A graphql-ws client, its token accepted: the stop closes it as "going away", for it to reconnect elsewhere.
    const socket = new WebSocket(gateway.url.replace('http', 'ws'), 'graphql-transport-ws');
    const closed = new Promise<number>((resolve) => socket.once('close', (code) => resolve(code)));
    await new Promise((resolve, reject) => {
      socket.once('open', () =>
        socket.send(JSON.stringify({ type: 'connection_init', payload: { authorization: `Bearer ${operatorB}` } })),
      );
      socket.once('message', (data) =>
        (JSON.parse(String(data)) as { type: string }).type === 'connection_ack' ? resolve(null) : reject(new Error(String(data))),
      );
      socket.once('error', reject);
    });
    gateway.child.kill('SIGTERM');
    let ready = await fetch(`${origin}/readyz`);
    while (ready.status === 200) ready = await fetch(`${origin}/readyz`);
    expect(ready.status).toBe(503);
    expect(await ready.json()).toEqual({ status: 'unavailable', checks: { shutdown: 'draining: the process is stopping' } });
    expect((await fetch(`${origin}/livez`)).status).toBe(200);
    expect(await closed).toBe(1001);
    expect(await exitWithin(gateway, EXIT_BOUND_MS + 3000)).toBe(0);
  });
});
