import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pino from 'pino';
import { createApp, type App } from '../../src/app/app';
import { Role } from '../../src/auth/roles';
import { OutboxEvent } from '../../src/db/outbox/outbox.entity';
import type { StoredEvent } from '../../src/db/outbox/outbox';
import { Notification } from '../../src/notifications/notification.entity';
import { NOTIFICATION_CHANGED, type NotificationChangedPayload } from '../../src/notifications/notification-events';
import { UpdateNotificationDocument } from '../generated/graphql';
import { dialect, startGateway, testConfig, type TestGateway } from '../support/app';
import { type DemoOrgIds, firstDraft, withDemo } from '../support/demo';
import { NOTIFICATION_CHANGED_KEYS } from '../support/notification';

/** Resolves with the first event the predicate accepts, or rejects after `ms`. */
function nextEvent(app: App, accept: (e: StoredEvent) => boolean, ms = 5_000): Promise<StoredEvent> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      stop();
      reject(new Error(`no event within ${ms} ms`));
    }, ms);
    const stop = app.events.subscribe((e) => {
      if (!accept(e)) return;
      clearTimeout(timer);
      stop();
      resolve(e);
    });
  });
}

describe(`outbox on ${dialect}`, () => {
  let gw: TestGateway;
  let orgs: DemoOrgIds;
  let horizon: string;
  const draft = () => firstDraft(gw, orgs.horizon);

  beforeAll(async () => {
    gw = await startGateway();
    orgs = await withDemo(gw);
    horizon = await gw.token(orgs.horizon, [Role.CONTROLLER_LEGAL], 'legal@horizon.example');
  });
  afterAll(() => gw?.close());

  it('writes a notification change in its own transaction and pushes it to the bus, with ids and statuses only', async () => {
    const { id, version } = await draft();
    const pushed = nextEvent(gw.app, (e) => e.kind === NOTIFICATION_CHANGED && e.payload.notificationId === id);
    const updated = await gw.gql(UpdateNotificationDocument, { id, input: { version, delayReasons: 'Analyse en cours.' } }, horizon);
    expect(updated.errors).toBeUndefined();
    const event = await pushed;
    const payload = event.payload as unknown as NotificationChangedPayload;
    expect(payload).toMatchObject({ notificationId: id, controllerId: orgs.horizon, status: 'DRAFT', version: version + 1 });
    expect(payload.previous).toEqual({ status: 'DRAFT', version });
    expect(event.audience.controllerId).toBe(orgs.horizon);
    expect(Object.keys(payload).sort()).toEqual(NOTIFICATION_CHANGED_KEYS);
  });

  it('writes nothing for a change that is refused', async () => {
    const { id, version } = await draft();
    const em = gw.app.orm.em.fork();
    const before = await em.count(OutboxEvent, {});
    const refused = await gw.gql(UpdateNotificationDocument, { id, input: { version: version - 1, delayReasons: 'Trop tard.' } }, horizon);
    expect(refused.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(await em.count(OutboxEvent, {})).toBe(before);
  });

  it('says nothing when a recomputation changes no status, version or completeness', async () => {
    const em = gw.app.orm.em.fork();
    const before = await em.count(OutboxEvent, {});
    const { recomputeStates, GATEWAY } = await import('../../src/notifications/derived-state');
    const { id } = await draft();
    const notification = await em.findOneOrFail(Notification, id);
    await em.transactional((tx) =>
      recomputeStates({ em: tx, clock: gw.app.clock, viewer: GATEWAY, regimes: gw.app.config.regimes }, [notification.exposure.id]),
    );
    expect(await em.count(OutboxEvent, {})).toBe(before);
  });

  it('answers the id of every event appended together, in order: what a caller records and NOTIFY announces', async () => {
    const { appendEvents } = await import('../../src/db/outbox/outbox');
    const at = new Date('2024-02-03T12:00:00Z');
    const made = [1, 2, 3].map((n) => ({ kind: 'TEST_EVENT', occurredAt: at, audience: { controllerId: orgs.horizon }, payload: { n } }));
    const ids = await gw.app.orm.em.fork().transactional((em) => appendEvents(em, made));
    expect(ids).toHaveLength(3);
    const stored = await gw.app.orm.em.fork().find(OutboxEvent, { id: { $in: ids } }, { orderBy: { id: 'asc' } });
    expect(stored.map((e) => [e.id, e.payload.n])).toEqual(ids.map((id, i) => [id, i + 1]));
  });

  it.runIf(dialect === 'postgresql')('wakes another instance on the same database through LISTEN/NOTIFY', async () => {
    const other = await createApp(testConfig(gw.scratch.database), { clock: gw.app.clock, logger: pino({ level: 'silent' }) });
    try {
      await other.listen(0);
      const { id, version } = await draft();
      const pushed = nextEvent(other, (e) => e.kind === NOTIFICATION_CHANGED && e.payload.notificationId === id);
      const started = Date.now();
      await gw.gql(UpdateNotificationDocument, { id, input: { version, delayReasons: 'Vu ailleurs.' } }, horizon);
      const event = await pushed;
      expect(Date.now() - started).toBeLessThan(1_000);
      expect(event.payload.version).toBe(version + 1);
    } finally {
      await other.close();
    }
  });
});
