import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/app/app';
import { Role } from '../../src/auth/roles';
import { AuditEvent } from '../../src/db/audit/audit.entities';
import { appendEvents, type NewEvent } from '../../src/db/outbox/outbox';
import { Notification } from '../../src/notifications/notification.entity';
import {
  DisableWebhookDocument,
  RegisterWebhookDocument,
  type RegisterWebhookInput,
  ReplayWebhookDeliveryDocument,
  UpdateNotificationDocument,
  UpdateWebhookDocument,
  WebhookDeliveriesDocument,
  WebhooksDocument,
} from '../generated/graphql';
import { dialect, DISPATCHING, type GraphQLResponse, onlyError, startGateway, testConfig, type TestGateway } from '../support/app';
import { type DemoOrgIds, withDemo } from '../support/demo';
import { first, must } from '../support/must';
import { NOTIFICATION_CHANGED_KEYS } from '../support/notification';
import { type ReceiverOptions, WebhookReceiver } from '../support/webhook-receiver';

/** The data of a response that must have succeeded; its errors otherwise. */
function dataOf<T>(response: GraphQLResponse<T>): T {
  if (!response.data) throw new Error(`expected data, got ${JSON.stringify(response.errors)}`);
  return response.data;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls until `check` returns a value (not undefined), or fails after `ms`. */
async function eventually<T>(check: () => Promise<T | undefined>, ms = 10_000): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > until) throw new Error(`not within ${ms} ms`);
    await sleep(100);
  }
}

describe(`webhooks on ${dialect}`, () => {
  let gw: TestGateway;
  let orgs: DemoOrgIds;
  let horizonDpo: string;
  let cigalesDpo: string;
  let admin: string;
  const receivers: WebhookReceiver[] = [];

  const receiver = async (options?: ReceiverOptions) => {
    const r = new WebhookReceiver(options);
    receivers.push(r);
    return { receiver: r, url: await r.start() };
  };
  const register = async (token: string, input: RegisterWebhookInput) => {
    const response = await gw.gql(RegisterWebhookDocument, { input }, token);
    expect(response.errors).toBeUndefined();
    return dataOf(response).registerWebhook;
  };
  const append = (events: NewEvent[]) => gw.app.orm.em.fork().transactional((em) => appendEvents(em, events));
  const deliveries = async (webhookId: string, token: string) => {
    const response = await gw.gql(WebhookDeliveriesDocument, { webhookId, first: 50 }, token);
    expect(response.errors).toBeUndefined();
    return dataOf(response).webhookDeliveries;
  };

  beforeAll(async () => {
    gw = await startGateway({ config: DISPATCHING });
    orgs = await withDemo(gw);
    horizonDpo = await gw.token(orgs.horizon, [Role.CONTROLLER_DPO], 'dpo@horizon.example');
    cigalesDpo = await gw.token(orgs.cigales, [Role.CONTROLLER_DPO], 'dpo@cigales.example');
    admin = await gw.token(orgs.horizon, [Role.ADMIN], 'admin@test.example');
  });
  afterAll(async () => {
    await gw?.close();
    await Promise.all(receivers.map((r) => r.close()));
  });

  it('refuses an unsafe URL, naming input.url and why', async () => {
    const refused: [string, RegExp][] = [
      ['http://example.com/hooks', /must be https/],
      ['https://user:secret@example.com/hooks', /credentials/],
      ['https://10.0.0.1/hooks', /10\.0\.0\.1, a private address/],
      ['https://[::1]/hooks', /loopback/],
      ['https://169.254.169.254/latest/meta-data', /linkLocal/],
      ['https://[fd00::1]/hooks', /uniqueLocal/],
      ['https://[::ffff:192.168.1.1]/hooks', /private/],
      ['https://0.0.0.0/hooks', /unspecified/],
      ['https://224.0.0.1/hooks', /multicast/],
      // A name is judged by what it resolves to: localhost is 127.0.0.1 (listed as an address only).
      ['https://localhost/hooks', /loopback/],
      ['http://localhost:8080/hooks', /must be https/],
      ['pas une URL', /not an absolute URL/],
    ];
    for (const [url, why] of refused) {
      const error = onlyError(await gw.gql(RegisterWebhookDocument, { input: { url, events: ['NOTIFICATION_CHANGED'] } }, horizonDpo));
      expect(error.extensions?.code, url).toBe('BAD_USER_INPUT');
      expect(error.extensions?.argument, url).toBe('input.url');
      expect(error.message, url).toMatch(why);
    }
    const bad = onlyError(
      await gw.gql(RegisterWebhookDocument, { input: { url: 'https://8.8.8.8/hooks', events: [], secret: 'whsec_court' } }, horizonDpo),
    );
    expect(bad.extensions?.problems?.map((p) => p.argument)).toEqual(['input.events', 'input.secret']);
    expect(dataOf(await gw.gql(WebhooksDocument, {}, horizonDpo)).webhooks).toEqual([]);
  });

  it('lets the DPO and an admin register, refuses the auditor and the processor, and hides another organisation’s webhooks', async () => {
    const { url } = await receiver();
    const { webhook, secret } = await register(horizonDpo, { url, events: ['DEADLINE_ALERT'] });
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    expect(webhook).toMatchObject({ organizationId: orgs.horizon, status: 'ENABLED' });
    // The secret is nowhere to be read again: the type has no such field.
    const schema = readFileSync(join(__dirname, '..', '..', 'schema', 'schema.graphql'), 'utf8');
    expect(/type Webhook \{[^}]*\}/.exec(schema)?.[0]).toMatch(/url: String!/);
    expect(/type Webhook \{[^}]*\}/.exec(schema)?.[0]).not.toMatch(/secret/i);
    // Registered as a change a person made: in the audit trail.
    expect(await gw.app.orm.em.fork().count(AuditEvent, { entityId: webhook.id, action: 'CREATE', actor: 'dpo@horizon.example' })).toBe(1);

    const auditor = await gw.token(orgs.horizon, [Role.AUDITOR]);
    const processor = await gw.token(orgs['operator-a'], [Role.PROCESSOR_SECURITY]);
    for (const token of [auditor, processor]) {
      const error = onlyError(await gw.gql(RegisterWebhookDocument, { input: { url, events: ['DEADLINE_ALERT'] } }, token));
      expect(error.extensions?.code).toBe('FORBIDDEN');
    }
    const foreign = onlyError(
      await gw.gql(RegisterWebhookDocument, { input: { organizationId: orgs.cigales, url, events: ['DEADLINE_ALERT'] } }, horizonDpo),
    );
    expect(foreign.extensions?.code).toBe('NOT_FOUND');

    expect(dataOf(await gw.gql(WebhooksDocument, {}, cigalesDpo)).webhooks).toEqual([]);
    expect(dataOf(await gw.gql(WebhooksDocument, { organizationId: orgs.horizon }, cigalesDpo)).webhooks).toEqual([]);
    const foreignCodes = [
      onlyError(await gw.gql(UpdateWebhookDocument, { id: webhook.id, input: { events: ['NOTIFICATION_CHANGED'] } }, cigalesDpo)),
      onlyError(await gw.gql(DisableWebhookDocument, { id: webhook.id }, cigalesDpo)),
      onlyError(await gw.gql(WebhookDeliveriesDocument, { webhookId: webhook.id }, cigalesDpo)),
    ].map((error) => error.extensions?.code);
    expect(foreignCodes).toEqual(['NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND']);
    const seenByAdmin = dataOf(await gw.gql(WebhooksDocument, { organizationId: orgs.horizon }, admin)).webhooks;
    expect(seenByAdmin.map((w) => w.id)).toContain(webhook.id);
    // Out of the way of the tests below: this one would receive Horizon's alerts too.
    expect(dataOf(await gw.gql(DisableWebhookDocument, { id: webhook.id }, horizonDpo)).disableWebhook.status).toBe('DISABLED');
  });

  it('delivers a change made through the API, signed, with no person’s data; another organisation receives nothing; a replay resends the same webhook-id', async () => {
    const horizon = await receiver();
    const cigales = await receiver();
    const { webhook, secret } = await register(horizonDpo, { url: horizon.url, events: ['NOTIFICATION_CHANGED'] });
    await register(cigalesDpo, { url: cigales.url, events: ['NOTIFICATION_CHANGED', 'DEADLINE_ALERT', 'INGEST_BATCH_PROGRESS'] });
    const draft = first(
      await gw.app.orm.em
        .fork()
        .find(Notification, { exposure: { controller: orgs.horizon }, status: 'DRAFT' }, { orderBy: { id: 'asc' } }),
      'a draft of Horizon',
    );
    const updated = await gw.gql(
      UpdateNotificationDocument,
      { id: draft.id, input: { version: draft.version, delayReasons: 'Analyse en cours.' } },
      horizonDpo,
    );
    expect(updated.errors).toBeUndefined();

    await horizon.receiver.waitFor(1);
    const received = must(horizon.receiver.received[0], 'the delivery');
    expect(() => WebhookReceiver.verify(secret, received)).not.toThrow();
    expect(() => WebhookReceiver.verify(`whsec_${Buffer.alloc(32, 1).toString('base64')}`, received)).toThrow();
    expect(received.json.type).toBe('NOTIFICATION_CHANGED');
    expect(received.json.data).toMatchObject({ notificationId: draft.id, controllerId: orgs.horizon, version: draft.version + 1 });
    // Ids, statuses and counts: the agreed payload, nothing about a person.
    expect(Object.keys(received.json.data).sort()).toEqual(NOTIFICATION_CHANGED_KEYS);
    expect(received.body).not.toMatch(/@|\b[12]\d{12}\b/);

    const log = await eventually(async () => {
      const page = await deliveries(webhook.id, horizonDpo);
      return page.edges[0]?.node.status === 'DELIVERED' ? page : undefined;
    });
    expect(log.totalCount).toBe(1);
    const delivery = must(log.edges[0], 'the delivery').node;
    expect(delivery.id).toBe(received.id);
    expect(delivery.attemptLog).toMatchObject([{ attemptNo: 1, ok: true, statusCode: 200, replay: false }]);

    // Cigales's webhook takes every kind, but none of Horizon's events.
    await sleep(1_000);
    expect(cigales.receiver.received).toEqual([]);

    const replay = await gw.gql(ReplayWebhookDeliveryDocument, { id: delivery.id }, horizonDpo);
    expect(replay.errors).toBeUndefined();
    await horizon.receiver.waitFor(2);
    const again = must(horizon.receiver.received[1], 'the replay');
    expect(again.id).toBe(received.id);
    expect(again.body).toBe(received.body);
    expect(() => WebhookReceiver.verify(secret, again)).not.toThrow();
    const replayed = await eventually(async () => {
      const node = (await deliveries(webhook.id, horizonDpo)).edges[0]?.node;
      return node?.attemptLog.length === 2 && node.status === 'DELIVERED' ? node : undefined;
    });
    expect(replayed.attemptLog.map((a) => [a.attemptNo, a.replay, a.statusCode])).toEqual([
      [1, false, 200],
      [2, true, 200],
    ]);
    expect(onlyError(await gw.gql(ReplayWebhookDeliveryDocument, { id: delivery.id }, cigalesDpo)).extensions?.code).toBe('NOT_FOUND');
  });

  it('retries a failing receiver with growing delays, then disables the webhook and logs every attempt', async () => {
    const failing = await receiver({ status: () => 500 });
    const { webhook } = await register(admin, { organizationId: orgs.rhone, url: failing.url, events: ['INGEST_BATCH_PROGRESS'] });
    await append([
      {
        kind: 'INGEST_BATCH_PROGRESS',
        occurredAt: new Date(),
        audience: { submitterId: orgs.rhone },
        payload: { batchId: 'b-1', incidentId: 'i-1', status: 'STAGING', rowsRead: 10, rowsAccepted: 9, rowsRejected: 1 },
      },
    ]);
    await failing.receiver.waitFor(3, 15_000);
    const [a, b, c] = failing.receiver.received.map((r) => r.at) as [number, number, number];
    // The schedule is 300 ms, 900 ms (no jitter in tests): each pause longer than the one before.
    expect(b - a).toBeGreaterThanOrEqual(280);
    expect(c - b).toBeGreaterThanOrEqual(880);
    expect(c - b).toBeGreaterThan(b - a);
    expect(new Set(failing.receiver.received.map((r) => r.id)).size).toBe(1);

    const disabled = await eventually(async () => {
      const hooks = dataOf(await gw.gql(WebhooksDocument, { organizationId: orgs.rhone }, admin)).webhooks;
      const hook = hooks.find((h) => h.id === webhook.id);
      return hook?.status === 'DISABLED' ? hook : undefined;
    });
    expect(disabled.disabledReason).toMatch(/^3 échecs consécutifs : HTTP 500/);
    expect(await gw.app.orm.em.fork().count(AuditEvent, { entityId: webhook.id, action: 'UPDATE', actor: 'gateway:webhooks' })).toBe(1);

    const log = await deliveries(webhook.id, await gw.token(orgs.rhone, [Role.CONTROLLER_DPO]));
    const delivery = must(log.edges[0], 'the delivery').node;
    expect(delivery).toMatchObject({ status: 'PENDING', attempts: 3, lastStatusCode: 500, kind: 'INGEST_BATCH_PROGRESS' });
    expect(delivery.attemptLog.map((x) => [x.attemptNo, x.ok, x.statusCode])).toEqual([
      [1, false, 500],
      [2, false, 500],
      [3, false, 500],
    ]);
    expect(delivery.attemptLog.every((x) => /HTTP 500/.test(x.error ?? ''))).toBe(true);
    // A disabled webhook's deliveries wait: nothing more is sent.
    await sleep(1_500);
    expect(failing.receiver.received).toHaveLength(3);
  });

  it('checks the URL again before every attempt, and contacts nothing it now refuses', async () => {
    const target = await receiver();
    const { webhook } = await register(admin, { organizationId: orgs.lumiere, url: target.url, events: ['INGEST_BATCH_PROGRESS'] });
    // The rules run again at delivery (as for a name that now resolves to a private address): allowed at registration, refused now.
    const allowed = gw.app.config.webhooks;
    gw.app.config.webhooks = { ...allowed, allowHosts: [] };
    try {
      await append([
        {
          kind: 'INGEST_BATCH_PROGRESS',
          occurredAt: new Date(),
          audience: { submitterId: orgs.lumiere },
          payload: { batchId: 'b-2', incidentId: 'i-2', status: 'STAGING', rowsRead: 1, rowsAccepted: 1, rowsRejected: 0 },
        },
      ]);
      const attempt = await eventually(async () => (await deliveries(webhook.id, admin)).edges[0]?.node.attemptLog[0]);
      expect(attempt).toMatchObject({ ok: false, statusCode: null });
      expect(attempt.error).toMatch(/^URL refusée : .*must be https/);
      expect(target.receiver.received).toEqual([]);
    } finally {
      gw.app.config.webhooks = allowed;
    }
  });

  it.runIf(dialect === 'postgresql')('delivers each of 200 events once with two instances on one database', async () => {
    const other = await createApp(
      { ...testConfig(gw.scratch.database), ...DISPATCHING },
      { clock: gw.app.clock, logger: pino({ level: 'silent' }) },
    );
    try {
      await other.listen(0);
      const target = await receiver({ delayMs: 20 });
      await register(admin, { organizationId: orgs.atlantique, url: target.url, events: ['DEADLINE_ALERT'] });
      for (let batch = 0; batch < 4; batch++)
        await append(
          Array.from({ length: 50 }, (_, i) => ({
            kind: 'DEADLINE_ALERT',
            occurredAt: new Date(),
            audience: { controllerId: orgs.atlantique },
            payload: { alertId: `a-${batch * 50 + i}`, threshold: 'PT24H' },
          })),
        );
      await target.receiver.waitFor(200, 30_000);
      await sleep(1_000);
      const ids = target.receiver.received.map((r) => r.id);
      expect(ids).toHaveLength(200);
      expect(new Set(ids).size).toBe(200);
      expect(new Set(target.receiver.received.map((r) => r.json.data.alertId)).size).toBe(200);
    } finally {
      await other.close();
    }
  });
});
