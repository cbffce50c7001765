import { join } from 'node:path';
import { print } from 'graphql';
import { type Client, createClient } from 'graphql-ws';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { createApp } from '../../src/app/app';
import { Role } from '../../src/auth/roles';
import { signToken } from '../../src/auth/tokens';
import { loadConfig } from '../../src/config/config';
import type { EventBus } from '../../src/db/outbox/event-bus';
import { appendEvents, type NewEvent } from '../../src/db/outbox/outbox';
import { DEMO_ORGANIZATIONS } from '../../src/demo/scenario';
import { INGEST_BATCH_PROGRESS } from '../../src/ingest/batch-events';
import { BUILT_IN_PROFILES } from '../../src/ingest/profiles';
import { encodeForProfile, formatRow, headerRow, syntheticPeople } from '../../src/ingest/synthetic';
import { DEADLINE_ALERT, type DeadlineAlertPayload } from '../../src/notifications/notification-events';
import { Notification } from '../../src/notifications/notification.entity';
import {
  DeadlineAlertsDocument,
  IncidentsDocument,
  IngestBatchProgressDocument,
  NotificationChangedDocument,
  UpdateNotificationDocument,
} from '../generated/graphql';
import { dialect, startGateway, testConfig, type TestGateway } from '../support/app';
import { type DemoOrgIds, firstDraft, withDemo } from '../support/demo';
import { must } from '../support/must';

const MANIFEST = join(__dirname, '..', 'generated', 'client', 'persisted-documents.json');

/** Long enough for SQLite's poll (250 ms) and PostgreSQL's NOTIFY several times over. */
const QUIET_MS = 1_500;

interface Closed {
  code: number;
  reason: string;
}

/** A graphql-ws client as a browser dashboard would open it, recording what it receives and how it closed. */
function connect(url: string, connectionParams: Record<string, unknown> | undefined) {
  let closedWith: (closed: Closed) => void;
  const closed = new Promise<Closed>((resolve) => (closedWith = resolve));
  const client: Client = createClient({
    url: url.replace(/^http/, 'ws'),
    webSocketImpl: WebSocket,
    connectionParams,
    retryAttempts: 0,
    lazy: false,
    on: { closed: (event) => closedWith({ code: (event as Closed).code, reason: String((event as Closed).reason) }) },
    onNonLazyError: () => undefined,
  });
  return { client, closed };
}

interface Stream {
  next: Record<string, unknown>[];
  errors: { message: string; extensions?: { code?: string } }[];
  done: Promise<void>;
  stop(): void;
}

function subscribe(client: Client, query: string, variables: Record<string, unknown> = {}): Stream {
  const stream = { next: [], errors: [] } as unknown as Stream;
  stream.done = new Promise<void>((resolve) => {
    stream.stop = client.subscribe(
      { query, variables },
      {
        next: (result) => {
          if (result.errors) stream.errors.push(...(result.errors as Stream['errors']));
          if (result.data) stream.next.push(...Object.values(result.data as Record<string, Record<string, unknown>>));
        },
        error: (error) => {
          if (Array.isArray(error)) stream.errors.push(...(error as Stream['errors']));
          resolve();
        },
        complete: resolve,
      },
    );
  });
  return stream;
}

async function until(condition: () => boolean, what: string, ms = 5_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Listeners each bus has taken: a subscription listens once the server has started it. */
const started = new Map<EventBus, number>();
function countListeners(bus: EventBus): void {
  const subscribe = bus.subscribe.bind(bus);
  bus.subscribe = (listener) => {
    started.set(bus, (started.get(bus) ?? 0) + 1);
    return subscribe(listener);
  };
}

const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const NOTIFICATION_CHANGED = print(NotificationChangedDocument);
const DEADLINE_ALERTS = print(DeadlineAlertsDocument);
const INGEST_PROGRESS = print(IngestBatchProgressDocument);

function deadlineAlert(controllerId: string, overrides: Partial<DeadlineAlertPayload> = {}): NewEvent {
  const payload: DeadlineAlertPayload = {
    alertId: crypto.randomUUID(),
    obligationId: `${crypto.randomUUID()}:CNIL_NOTIFICATION`,
    exposureId: crypto.randomUUID(),
    incidentId: crypto.randomUUID(),
    controllerId,
    code: 'CNIL_NOTIFICATION',
    authority: 'CNIL',
    party: 'CONTROLLER',
    label: 'Notifier la violation à la CNIL',
    threshold: 'PT6H',
    dueAt: '2024-02-04T12:00:00.000Z',
    firedAt: '2024-02-04T06:00:00.000Z',
    ...overrides,
  };
  return { kind: DEADLINE_ALERT, occurredAt: new Date(), audience: { controllerId }, payload: { ...payload } };
}

describe(`GraphQL subscriptions on ${dialect}`, () => {
  let gw: TestGateway;
  let orgs: DemoOrgIds;
  let horizon: string;
  let cigales: string;
  let operatorA: string;
  let operatorB: string;
  let admin: string;
  const opened: Client[] = [];

  const open = (params: Record<string, unknown> | undefined) => {
    const connection = connect(gw.url, params);
    opened.push(connection.client);
    return connection;
  };
  const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
  /** Subscribes and waits until the server listens for it: nothing committed afterwards can be missed. */
  const listen = async (client: Client, query: string, variables?: Record<string, unknown>) => {
    const before = started.get(gw.app.events) ?? 0;
    const stream = subscribe(client, query, variables);
    await until(() => (started.get(gw.app.events) ?? 0) > before || stream.errors.length > 0, 'the subscription to start');
    return stream;
  };
  const draft = () => firstDraft(gw, orgs.horizon);
  const updateDraft = async (reason: string) => {
    const { id, version } = await draft();
    const updated = await gw.gql(UpdateNotificationDocument, { id, input: { version, delayReasons: reason } }, horizon);
    expect(updated.errors).toBeUndefined();
    return { id, version };
  };
  const append = (events: NewEvent[]) => gw.app.orm.em.fork().transactional((em) => appendEvents(em, events));

  beforeAll(async () => {
    gw = await startGateway({
      config: { subscriptions: { perConnection: 3, connectionsPerPerson: 10, queueMax: 100, bufferBytes: 64 * 1024 } },
    });
    countListeners(gw.app.events);
    orgs = await withDemo(gw);
    horizon = await gw.token(orgs.horizon, [Role.CONTROLLER_LEGAL], 'legal@horizon.example');
    cigales = await gw.token(orgs.cigales, [Role.CONTROLLER_LEGAL], 'legal@cigales.example');
    operatorA = await gw.token(orgs['operator-a'], [Role.PROCESSOR_SECURITY], 'rssi@operator-a.example');
    operatorB = await gw.token(orgs['operator-b'], [Role.PROCESSOR_SECURITY], 'rssi@operator-b.example');
    admin = await gw.token(orgs.horizon, [Role.ADMIN], 'admin@gateway.example');
  });
  afterAll(async () => {
    await Promise.all(opened.map((client) => client.dispose()));
    await gw?.close();
  });

  it('pushes a draft updated over HTTP to its controller, with the change event fields', async () => {
    const { client } = open(bearer(horizon));
    const { id } = await draft();
    const stream = await listen(client, NOTIFICATION_CHANGED, { notificationId: id });
    const { version } = await updateDraft('Analyse en cours (abonnement).');
    await until(() => stream.next.length > 0, 'the change');
    const notification = await gw.app.orm.em.fork().findOneOrFail(Notification, id, { populate: ['exposure'] });
    expect(stream.next[0]).toMatchObject({
      notificationId: id,
      exposureId: notification.exposure.id,
      controllerId: orgs.horizon,
      status: 'DRAFT',
      version: version + 1,
      previousStatus: 'DRAFT',
      previousVersion: version,
      complete: expect.any(Boolean),
      missing: expect.any(Number),
      blocking: expect.any(Number),
      contentSha256: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
    expect(stream.errors).toEqual([]);
    stream.stop();
  });

  it("never sends another tenant's events, not even their ids, while an admin receives them", async () => {
    const watchers = [open(bearer(cigales)).client, open(bearer(operatorA)).client];
    const target = (await draft()).id;
    const streams = [];
    for (const client of watchers)
      streams.push(
        await listen(client, NOTIFICATION_CHANGED),
        await listen(client, DEADLINE_ALERTS),
        await listen(client, INGEST_PROGRESS),
      );
    // Horizon's own id, asked for by name: answered as a missing id would be, with nothing.
    for (const token of [cigales, operatorA])
      streams.push(await listen(open(bearer(token)).client, NOTIFICATION_CHANGED, { notificationId: target }));
    const adminClient = open(bearer(admin)).client;
    const adminChanges = await listen(adminClient, NOTIFICATION_CHANGED);
    const adminAlerts = await listen(adminClient, DEADLINE_ALERTS);
    const ownerAlerts = await listen(open(bearer(horizon)).client, DEADLINE_ALERTS, { filter: { thresholds: ['PT6H'] } });

    const { id } = await updateDraft('Analyse en cours (isolement).');
    const alert = deadlineAlert(orgs.horizon);
    await append([
      alert,
      deadlineAlert(orgs.horizon, { threshold: 'PT1H' }),
      {
        kind: INGEST_BATCH_PROGRESS,
        occurredAt: new Date(),
        audience: { submitterId: orgs['operator-b'] },
        payload: {
          batchId: crypto.randomUUID(),
          incidentId: crypto.randomUUID(),
          status: 'STAGING',
          rowsRead: 0,
          rowsAccepted: 0,
          rowsRejected: 0,
        },
      },
    ]);
    await until(() => adminChanges.next.length > 0 && adminAlerts.next.length === 2 && ownerAlerts.next.length > 0, 'the admin and owner');
    await delay(QUIET_MS);
    expect(adminChanges.next.map((c) => c.notificationId)).toContain(id);
    // The owner's filter keeps PT6H only.
    expect(ownerAlerts.next).toEqual([alert.payload]);
    for (const stream of streams) {
      expect(stream.next).toEqual([]);
      expect(stream.errors).toEqual([]);
    }
  });

  it('closes a connection when its token expires', async () => {
    const { jwt } = gw.app.config;
    const short = await signToken(jwt, { sub: 'legal@horizon.example', org: orgs.horizon, roles: [Role.CONTROLLER_LEGAL] }, '2s');
    const { client, closed } = open(bearer(short));
    await listen(client, NOTIFICATION_CHANGED);
    const started = Date.now();
    const { code, reason } = await closed;
    expect(code).toBe(4401);
    expect(reason).toMatch(/token has expired/);
    expect(Date.now() - started).toBeLessThan(3_000);
  });

  it('closes with 4401 and the reason when the token is missing or refused', async () => {
    const none = open(undefined);
    expect(await none.closed).toEqual({
      code: 4401,
      reason: 'Unauthenticated: send { authorization: "Bearer <token>" } in connection_init',
    });
    const bad = open({ token: `${horizon.slice(0, -4)}AAAA` });
    expect(await bad.closed).toEqual({ code: 4401, reason: 'Unauthenticated: the token signature is invalid' });
    const garbage = open({ authorization: 'Basic abc' });
    expect((await garbage.closed).reason).toMatch(/Bearer <token>/);
  });

  it('applies the GraphQL limits and only runs subscriptions', async () => {
    const { client } = open(bearer(horizon));
    const codeOf = async (query: string) => {
      const stream = subscribe(client, query);
      await stream.done;
      return stream.errors[0]?.extensions?.code;
    };
    const deep = `subscription { notificationChanged { ${'a { '.repeat(25)}b${' }'.repeat(25)} } }`;
    expect(await codeOf(deep)).toBe('QUERY_TOO_DEEP');
    const aliases = `subscription { notificationChanged { ${Array.from({ length: 11 }, (_, i) => `a${i}: version`).join(' ')} } }`;
    expect(await codeOf(aliases)).toBe('TOO_MANY_ALIASES');
    expect(await codeOf(`subscription { notificationChanged { ${'version '.repeat(1000)} } }`)).toBe('TOO_MANY_TOKENS');
    const introspection = subscribe(client, 'query { __schema { types { name } } }');
    await introspection.done;
    expect(introspection.errors[0]).toMatchObject({
      message: expect.stringMatching(/introspection has been disabled/),
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
    });
    expect(await codeOf('query { __typename }')).toBe('BAD_REQUEST');
    expect(await codeOf('subscription { notificationChanged(notificationId: "x") { version } }')).toBe('BAD_USER_INPUT');
    // Three subscriptions at most on one connection (the limit set for this file).
    const running = [
      await listen(client, NOTIFICATION_CHANGED),
      await listen(client, DEADLINE_ALERTS),
      await listen(client, INGEST_PROGRESS),
    ];
    expect(await codeOf(NOTIFICATION_CHANGED)).toBe('TOO_MANY_SUBSCRIPTIONS');
    running[0]!.stop();
    await delay(100);
    const again = await listen(client, NOTIFICATION_CHANGED);
    expect(again.errors).toEqual([]);
  });

  it('refuses a subscription sent over HTTP with 400, naming WebSocket', async () => {
    const answer = await gw.gql(NotificationChangedDocument, {}, horizon);
    expect(answer.status).toBe(400);
    expect(answer.errors?.[0]).toMatchObject({
      message: expect.stringMatching(/over WebSocket \(graphql-ws\)/),
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
    });
  });

  it('disconnects a client that does not read, and lets go of its subscription', async () => {
    const listeners = gw.app.events.listening;
    const connections = gw.running.liveConnections();
    const socket = new WebSocket(gw.url.replace(/^http/, 'ws'), 'graphql-transport-ws');
    await new Promise((resolve) => socket.once('open', resolve));
    socket.send(JSON.stringify({ type: 'connection_init', payload: bearer(horizon) }));
    await new Promise((resolve) => socket.once('message', resolve));
    const before = started.get(gw.app.events) ?? 0;
    socket.send(JSON.stringify({ id: '1', type: 'subscribe', payload: { query: DEADLINE_ALERTS } }));
    await until(() => (started.get(gw.app.events) ?? 0) > before, 'the subscription to start');
    socket.pause();
    // A client that reads the same stream keeps up and stays connected.
    const reader = open(bearer(horizon));
    const reading = await listen(reader.client, DEADLINE_ALERTS);
    let readerClosed = false;
    void reader.closed.then(() => (readerClosed = true));
    // 16 kB labels, in rounds a reading client keeps up with: the kernel's socket buffers fill
    // after a few megabytes, then the server's own send buffer, which is capped.
    const label = 'x'.repeat(16 * 1024);
    let sent = 0;
    for (let round = 0; round < 80 && gw.running.liveConnections() > connections + 1; round++) {
      await append(Array.from({ length: 40 }, () => deadlineAlert(orgs.horizon, { label })));
      sent += 40;
      await delay(50);
    }
    await until(() => gw.running.liveConnections() === connections + 1, 'the slow client to be disconnected', 10_000);
    expect(gw.app.events.listening).toBeLessThanOrEqual(listeners + 1);
    await until(() => reading.next.length === sent, 'the reading client to receive every event');
    expect(readerClosed).toBe(false);
    const closed = new Promise<number>((resolve) => socket.once('close', (code) => resolve(code)));
    socket.resume();
    expect([1013, 1006]).toContain(await closed);
  });

  it('pushes an upload’s progress to its submitter, ending COMPLETED, and nothing to another organisation', async () => {
    const { data } = await gw.gql(IncidentsDocument, {}, admin);
    const incidentB = must(
      data?.incidents.edges.find((e) => e.node.sourceOrganization.id === orgs['operator-b']),
      "operator-b's incident",
    ).node.id;
    const mine = await listen(open(bearer(operatorB)).client, INGEST_PROGRESS);
    const other = await listen(open(bearer(operatorA)).client, INGEST_PROGRESS);
    const profile = must(BUILT_IN_PROFILES['operator-b-csv'], 'the operator-b-csv profile');
    const rhone = DEMO_ORGANIZATIONS.find((o) => o.key === 'rhone')!.siren;
    const people = [...syntheticPeople({ seed: 77, count: 500, controllers: [rhone], ownNirForDependants: true })];
    const body = encodeForProfile(`${[headerRow(profile), ...people.map((p) => formatRow(p, profile))].join('\n')}\n`, profile);
    const query = new URLSearchParams({ incident: incidentB, profile: 'operator-b-csv', fileName: 'abonnes-dupont.csv' });
    const response = await fetch(`${gw.baseUrl}/ingest/subjects?${query}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${operatorB}`, 'content-type': 'text/csv' },
      body,
    });
    expect(response.status).toBeLessThan(300);
    await until(() => mine.next.some((p) => p.status === 'COMPLETED'), 'the batch to complete');
    await delay(QUIET_MS);
    expect(mine.next[0]).toMatchObject({ incidentId: incidentB, status: 'STAGING', rowsRead: 0 });
    expect(mine.next.at(-1)).toMatchObject({ incidentId: incidentB, status: 'COMPLETED', rowsRead: 500 });
    expect(new Set(mine.next.map((p) => p.batchId)).size).toBe(1);
    expect(JSON.stringify(mine.next)).not.toContain('dupont');
    expect(other.next).toEqual([]);
  });

  it('refuses a subscription outside the trusted documents when only they run', async () => {
    const graphql = loadConfig({ GRAPHQL_TRUSTED_DOCUMENTS: MANIFEST }, { command: 'migrate' }).graphql;
    const trusted = await createApp(
      { ...testConfig(gw.scratch.database), graphql },
      { clock: gw.app.clock, logger: pino({ level: 'silent' }) },
    );
    try {
      const running = await trusted.listen(0);
      const { client } = connect(`${running.url}/graphql`, bearer(horizon));
      try {
        const unknown = subscribe(client, 'subscription Other { notificationChanged { version } }');
        await unknown.done;
        expect(unknown.errors[0]?.extensions?.code).toBe('PERSISTED_QUERY_NOT_ALLOWED');
        const known = subscribe(client, NOTIFICATION_CHANGED);
        await delay(300);
        expect(known.errors).toEqual([]);
        known.stop();
      } finally {
        await client.dispose();
      }
    } finally {
      await trusted.close();
    }
  });

  it('counts subscribe operations and upgrades against the request budget, and caps connections per person', async () => {
    const config = {
      ...testConfig(gw.scratch.database),
      rateLimit: { max: 3, windowMs: 60_000, trustProxyHops: 0, renderMax: 0 },
      subscriptions: { perConnection: 20, connectionsPerPerson: 1, queueMax: 100, bufferBytes: 64 * 1024 },
    };
    const limited = await createApp(config, { clock: gw.app.clock, logger: pino({ level: 'silent' }) });
    const clients: Client[] = [];
    try {
      const running = await limited.listen(0);
      const url = `${running.url}/graphql`;
      const first = connect(url, bearer(horizon));
      clients.push(first.client);
      const codes = [];
      for (let i = 0; i < 4; i++) {
        const stream = subscribe(first.client, 'subscription { notificationChanged(notificationId: "bad") { version } }');
        await stream.done;
        codes.push(stream.errors[0]?.extensions?.code);
      }
      // Three subscribes spend the person's budget (the fourth is refused), and HTTP shares it.
      expect(codes).toEqual(['BAD_USER_INPUT', 'BAD_USER_INPUT', 'BAD_USER_INPUT', 'RATE_LIMITED']);
      const http = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${horizon}` },
        body: JSON.stringify({ query: '{ __typename }' }),
      });
      expect(http.status).toBe(429);
      // A second connection of the same person is closed; the upgrades spend the address's budget.
      const second = connect(url, bearer(horizon));
      clients.push(second.client);
      expect(await second.closed).toEqual({ code: 4429, reason: expect.stringMatching(/at most 1 per person/) });
      const third = connect(url, bearer(cigales));
      clients.push(third.client);
      await delay(300);
      const refused = connect(url, bearer(cigales));
      clients.push(refused.client);
      expect((await refused.closed).code).toBe(1006);
    } finally {
      await Promise.all(clients.map((client) => client.dispose()));
      await limited.close();
    }
  });

  it.runIf(dialect === 'postgresql')('pushes a change made through another instance within a second', async () => {
    const other = await createApp(testConfig(gw.scratch.database), { clock: gw.app.clock, logger: pino({ level: 'silent' }) });
    try {
      const running = await other.listen(0);
      const { client } = connect(`${running.url}/graphql`, bearer(horizon));
      try {
        const { id } = await draft();
        countListeners(other.events);
        const stream = subscribe(client, NOTIFICATION_CHANGED, { notificationId: id });
        await until(() => (started.get(other.events) ?? 0) > 0, 'the subscription on the other instance');
        const sent = Date.now();
        await updateDraft('Vu depuis une autre instance.');
        await until(() => stream.next.length > 0, 'the change on the other instance', 1_000);
        expect(Date.now() - sent).toBeLessThan(1_000);
        expect(stream.next[0]).toMatchObject({ notificationId: id });
      } finally {
        await client.dispose();
      }
    } finally {
      await other.close();
    }
  });
});
