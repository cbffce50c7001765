import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type App, createApp } from '../../src/app/app';
import { Role } from '../../src/auth/roles';
import { Viewer } from '../../src/auth/viewer';
import { OutboxEvent } from '../../src/db/outbox/outbox.entity';
import { DEADLINE_ALERT } from '../../src/notifications/notification-events';
import { DeadlineAlert } from '../../src/notifications/deadline-alert.entity';
import { Notification } from '../../src/notifications/notification.entity';
import { growByCopies, seedDraft } from '../../scripts/bench-support';
import { dialect, startGateway, testConfig, type TestGateway } from '../support/app';
import { movableClock } from '../support/clock';
import { withDemo } from '../support/demo';

const T0 = new Date('2024-02-06T12:00:00Z');
const EXPOSURES = 200;

/** Alerts due and never fired: what the schedulers still have to write. */
const dueLeft = (app: App) => app.orm.em.fork().count(DeadlineAlert, { status: 'SCHEDULED', fireAt: { $lte: app.clock.now() } });

/** Counts outbox events per alert: a second scheduler must never write an alert the first wrote. */
async function eventsPerAlert(app: App): Promise<Map<string, number>> {
  const events = await app.orm.em.fork().find(OutboxEvent, { kind: DEADLINE_ALERT }, { fields: ['payload'] });
  const counts = new Map<string, number>();
  for (const e of events) counts.set(String(e.payload.alertId), (counts.get(String(e.payload.alertId)) ?? 0) + 1);
  return counts;
}

describe(`two alert schedulers at once on ${dialect}`, () => {
  const clock = movableClock(T0);
  let gw: TestGateway;
  let other: App;

  beforeAll(async () => {
    gw = await startGateway({ clock });
    const orgs = await withDemo(gw);
    // One overdue exposure through the services, copied: each has one alert due now (its latest reminder).
    const draft = await gw.app.orm.em
      .fork()
      .transactional((em) =>
        seedDraft(
          { em, clock, viewer: new Viewer('seed', orgs.horizon, [Role.ADMIN], []) },
          { sourceOrganizationId: orgs['operator-a'], controllerId: orgs.horizon, index: 0, now: T0.getTime() },
        ),
      );
    const template = (await gw.app.orm.em.fork().findOneOrFail(Notification, draft)).exposure.id;
    await growByCopies(gw.app, template, 1, EXPOSURES - 1);
    other = await createApp(
      { ...testConfig(gw.scratch.database), alerts: { ...gw.app.config.alerts, scheduler: true, pollMs: 10 } },
      { clock, logger: pino({ level: 'silent' }) },
    );
  });
  afterAll(async () => {
    await other?.close();
    await gw?.close();
  });

  it('writes each of hundreds of due alerts exactly once', async () => {
    const due = await dueLeft(gw.app);
    expect(due).toBeGreaterThanOrEqual(EXPOSURES);
    // One scheduler started by listen (ALERT_SCHEDULER on), the other by hand: both poll every 10 ms.
    await other.listen(0);
    gw.app.alerts.start();
    const started = Date.now();
    while ((await dueLeft(gw.app)) > 0 && Date.now() - started < 30_000) await new Promise((r) => setTimeout(r, 50));
    await Promise.all([gw.app.alerts.stop(), other.alerts.stop()]);
    expect(await dueLeft(gw.app)).toBe(0);

    const counts = await eventsPerAlert(gw.app);
    const sent = await gw.app.orm.em.fork().find(DeadlineAlert, { status: 'SENT' });
    expect(sent.length).toBeGreaterThanOrEqual(due);
    expect(counts.size).toBe(sent.length);
    expect([...counts.values()].filter((n) => n !== 1)).toEqual([]);
    for (const alert of sent) expect(counts.get(alert.id), alert.id).toBe(1);
    // Each alert points at its own event.
    expect(new Set(sent.map((a) => a.eventId)).size).toBe(sent.length);
  });
});
