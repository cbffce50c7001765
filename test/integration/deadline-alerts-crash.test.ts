import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type App, createApp } from '../../src/app/app';
import { Role } from '../../src/auth/roles';
import { Viewer } from '../../src/auth/viewer';
import { systemClock } from '../../src/config/clock';
import { createScratchDatabase, type ScratchDatabase } from '../../src/db/scratch';
import { loadDemo } from '../../src/demo/load-demo';
import { DEMO_ORGANIZATIONS } from '../../src/demo/scenario';
import { OutboxEvent } from '../../src/db/outbox/outbox.entity';
import { Organization } from '../../src/organizations/organization.entity';
import { DEADLINE_ALERT } from '../../src/notifications/notification-events';
import { DeadlineAlert } from '../../src/notifications/deadline-alert.entity';
import { Notification } from '../../src/notifications/notification.entity';
import { growByCopies, seedDraft } from '../../scripts/bench-support';
import { Webhook } from '../../src/channels/webhook.entity';
import { DISPATCHING, dialect, testConfig } from '../support/app';
import { flushFixtures } from '../support/fixtures';
import { gatewayEnv, type GatewayProcess, spawnGateway } from '../support/gateway-process';
import { WebhookReceiver } from '../support/webhook-receiver';

const H = 3_600_000;
const DAY = 24 * H;
const EXPOSURES = 300;
/** The demo, 300 exposures and two starts of `serve`: minutes on a loaded two-core machine. */
const SLOW_MS = 180_000;

/**
 * The real `serve`, killed with SIGKILL while its scheduler fires hundreds of alerts, then started
 * again: every due alert ends SENT with exactly one outbox event, none lost, none doubled, and
 * reaches Horizon's webhook receiver exactly once. The scheduler runs in the child alone; the
 * delivery, in a second instance (the test's own app) that is not killed: the crash under test is
 * the scheduler's. Real time: the exposures' CNIL notifications fall due in half an hour, so their
 * PT1H alerts are due at once.
 */
describe(`deadline alerts across a SIGKILL of serve on ${dialect}`, () => {
  let scratch: ScratchDatabase;
  let dataDir: string;
  let app: App;
  let child: GatewayProcess | undefined;
  const receiver = new WebhookReceiver();

  const alerts = () => app.orm.em.fork().find(DeadlineAlert, {}, { fields: ['id', 'status', 'fireAt', 'eventId', 'controllerId'] });
  let horizon = '';
  const sentCount = () => app.orm.em.fork().count(DeadlineAlert, { status: 'SENT' });
  const dueLeft = () => app.orm.em.fork().count(DeadlineAlert, { status: 'SCHEDULED', fireAt: { $lte: new Date() } });

  beforeAll(async () => {
    scratch = await createScratchDatabase(dialect, 'alertcrash');
    dataDir = mkdtempSync(join(tmpdir(), 'breach-gateway-alerts-'));
    const url = await receiver.start();
    app = await createApp({ ...testConfig(scratch.database), ...DISPATCHING }, { clock: systemClock, logger: pino({ level: 'silent' }) });
    await loadDemo(app);
    const orgs = await app.orm.em.fork().find(Organization, {});
    const id = (key: string) => orgs.find((o) => o.siren === DEMO_ORGANIZATIONS.find((d) => d.key === key)!.siren)!.id;
    horizon = id('horizon');
    const em = app.orm.em.fork();
    em.create(Webhook, {
      organizationId: horizon,
      url,
      events: ['DEADLINE_ALERT'],
      secret: `whsec_${Buffer.alloc(32, 5).toString('base64')}`,
    });
    await flushFixtures(em);
    // seedDraft puts awareness 4 days before `now`: shifted so that it lies 71 h 30 min ago.
    const draft = await app.orm.em
      .fork()
      .transactional((em) =>
        seedDraft(
          { em, clock: systemClock, viewer: new Viewer('seed', id('horizon'), [Role.ADMIN], []) },
          { sourceOrganizationId: id('operator-a'), controllerId: id('horizon'), index: 0, now: Date.now() + 4 * DAY - 71.5 * H },
        ),
      );
    const template = (await app.orm.em.fork().findOneOrFail(Notification, draft)).exposure.id;
    await growByCopies(app, template, 1, EXPOSURES - 1);
    // The delivering instance: its dispatcher starts with its server.
    await app.listen(0);
  }, SLOW_MS);
  afterAll(async () => {
    if (child && child.child.exitCode === null && child.child.signalCode === null) await child.kill9();
    await app?.close();
    await receiver.close();
    await scratch?.drop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  it(
    'writes every due alert exactly once when killed mid-firing and restarted, and delivers it once',
    async () => {
      const due = await dueLeft();
      expect(due).toBeGreaterThanOrEqual(EXPOSURES);
      const env = gatewayEnv(scratch, dataDir, { ALERT_POLL_MS: '50', WEBHOOK_DISPATCH: 'off', ALERT_BATCH_SIZE: '5' });

      child = await spawnGateway(env);
      const started = Date.now();
      // Killed as soon as some alerts are written and others are not: mid-firing.
      while ((await sentCount()) === 0 && Date.now() - started < 20_000) await new Promise((r) => setTimeout(r, 2));
      await child.kill9();
      const sentAtKill = await sentCount();
      expect(sentAtKill, `${sentAtKill} of ${due} sent at the kill\n${child.output()}`).toBeGreaterThan(0);
      expect(sentAtKill, `${sentAtKill} of ${due} sent at the kill`).toBeLessThan(due);
      console.info(`alerts SIGKILL (${dialect}): ${sentAtKill} of ${due} due alerts sent at the kill`);

      child = await spawnGateway(env);
      const restarted = Date.now();
      while ((await dueLeft()) > 0 && Date.now() - restarted < 30_000) await new Promise((r) => setTimeout(r, 50));
      await child.stop();
      expect(await dueLeft(), child.output()).toBe(0);

      const events = await app.orm.em.fork().find(OutboxEvent, { kind: DEADLINE_ALERT }, { fields: ['id', 'payload'] });
      const perAlert = new Map<string, number>();
      for (const e of events) perAlert.set(String(e.payload.alertId), (perAlert.get(String(e.payload.alertId)) ?? 0) + 1);
      const sent = (await alerts()).filter((a) => a.status === 'SENT');
      expect(sent.length).toBeGreaterThanOrEqual(due);
      expect([...perAlert.values()].filter((n) => n !== 1)).toEqual([]);
      expect(perAlert.size).toBe(sent.length);
      expect(events).toHaveLength(sent.length);
      const eventIds = new Set(events.map((e) => e.id));
      for (const alert of sent) {
        expect(perAlert.get(alert.id), alert.id).toBe(1);
        expect(eventIds.has(alert.eventId!)).toBe(true);
      }

      // Every alert of Horizon's reaches its receiver, each once: not once per webhook-id, once per alert.
      const horizons = sent.filter((a) => a.controllerId === horizon);
      expect(horizons.length).toBeGreaterThanOrEqual(EXPOSURES);
      await receiver.waitFor(horizons.length, 60_000);
      await new Promise((r) => setTimeout(r, 500));
      const received = new Map<string, number>();
      for (const r of receiver.received) received.set(String(r.json.data.alertId), (received.get(String(r.json.data.alertId)) ?? 0) + 1);
      expect(received.size).toBe(horizons.length);
      expect([...received.entries()].filter(([, n]) => n !== 1)).toEqual([]);
      for (const alert of horizons) expect(received.get(alert.id), alert.id).toBe(1);
    },
    SLOW_MS,
  );
});
