import { describe, expect, it } from 'vitest';
import { type AlertSettings, DEFAULT_ALERT_SETTINGS } from '../../src/config/config';
import {
  type AlertDuty,
  type StoredAlert,
  cancelReason,
  firstAlerts,
  nextReminder,
  reconcile,
} from '../../src/notifications/deadline-alerts';

const H = 3_600_000;
const DUE = new Date('2024-02-04T18:00:00Z');
const at = (hoursFromDue: number) => new Date(DUE.getTime() + hoursFromDue * H);
const plan = (now: Date, settings: AlertSettings = DEFAULT_ALERT_SETTINGS) =>
  firstAlerts(DUE, now, settings).map((a) => `${a.threshold}@${(a.fireAt.getTime() - DUE.getTime()) / H}:${a.status}`);
const duty = (over: Partial<AlertDuty> = {}): AlertDuty => ({
  id: 'e1:CNIL_NOTIFICATION',
  status: 'PENDING',
  dueAt: DUE,
  doneAt: null,
  ...over,
});

describe('deadline alerts a due instant asks for', () => {
  it('schedules every threshold ahead and the first OVERDUE reminder a period after due', () => {
    expect(plan(at(-72))).toEqual([
      'PT24H@-24:SCHEDULED',
      'PT6H@-6:SCHEDULED',
      'PT1H@-1:SCHEDULED',
      'PT0S@0:SCHEDULED',
      'OVERDUE@24:SCHEDULED',
    ]);
  });

  it('keeps only the latest threshold already past, firing at once, and skips the older ones', () => {
    expect(plan(at(-3))).toEqual([
      'PT24H@-24:SKIPPED',
      'PT6H@-6:SCHEDULED',
      'PT1H@-1:SCHEDULED',
      'PT0S@0:SCHEDULED',
      'OVERDUE@24:SCHEDULED',
    ]);
    expect(plan(at(0))).toEqual(['PT24H@-24:SKIPPED', 'PT6H@-6:SKIPPED', 'PT1H@-1:SKIPPED', 'PT0S@0:SCHEDULED', 'OVERDUE@24:SCHEDULED']);
  });

  it('for a duty long overdue (old data loaded), fires only the latest reminder come and schedules the next', () => {
    expect(plan(at(24 * 700 + 5))).toEqual([
      'PT24H@-24:SKIPPED',
      'PT6H@-6:SKIPPED',
      'PT1H@-1:SKIPPED',
      'PT0S@0:SKIPPED',
      `OVERDUE@${24 * 700}:SCHEDULED`,
      `OVERDUE@${24 * 701}:SCHEDULED`,
    ]);
  });

  it('repeats OVERDUE every period, or once 24 hours after due when the period is 0', () => {
    expect(nextReminder(DUE, at(0), 6 * H)).toEqual(at(6));
    expect(nextReminder(DUE, at(6), 6 * H)).toEqual(at(12));
    expect(nextReminder(DUE, at(-50), 6 * H)).toEqual(at(6));
    expect(nextReminder(DUE, at(1), 0)).toEqual(at(24));
    expect(nextReminder(DUE, at(24), 0)).toBeNull();
    expect(plan(at(30), { ...DEFAULT_ALERT_SETTINGS, overdueRepeatMs: 0 }).filter((a) => a.startsWith('OVERDUE'))).toEqual([
      'OVERDUE@24:SCHEDULED',
    ]);
  });

  it('cancels, with the reason, the alerts of a duty done, not required, gone or moved', () => {
    const alert = { threshold: 'PT6H', dueAt: DUE };
    expect(cancelReason(alert, duty(), DEFAULT_ALERT_SETTINGS)).toBeNull();
    expect(cancelReason(alert, duty({ status: 'DONE', doneAt: at(-2) }), DEFAULT_ALERT_SETTINGS)).toBe('DONE');
    expect(cancelReason(alert, duty({ status: 'NOT_NOTIFIED' }), DEFAULT_ALERT_SETTINGS)).toBe('NOT_REQUIRED');
    expect(cancelReason(alert, duty({ dueAt: at(5) }), DEFAULT_ALERT_SETTINGS)).toBe('DUE_MOVED');
    expect(cancelReason(alert, duty({ dueAt: null }), DEFAULT_ALERT_SETTINGS)).toBe('DUE_MOVED');
    expect(cancelReason(alert, undefined, DEFAULT_ALERT_SETTINGS)).toBe('NO_LONGER_LISTED');
    expect(cancelReason({ threshold: 'PT2H', dueAt: DUE }, duty(), DEFAULT_ALERT_SETTINGS)).toBe('THRESHOLD_REMOVED');
  });

  it('reconciles: a moved deadline gets new alerts, a seen one only thresholds added since and a missing reminder', () => {
    const stored: StoredAlert[] = [
      { id: 'a', obligationId: duty().id, threshold: 'PT24H', dueAt: DUE, fireAt: at(-24), status: 'SENT' },
      { id: 'b', obligationId: duty().id, threshold: 'PT6H', dueAt: DUE, fireAt: at(-6), status: 'SCHEDULED' },
    ];
    const seen = reconcile([duty()], stored, at(-20), DEFAULT_ALERT_SETTINGS);
    expect(seen.cancel).toEqual([]);
    expect(seen.insert.map((i) => i.alert.threshold)).toEqual(['PT1H', 'PT0S', 'OVERDUE']);
    const moved = reconcile([duty({ dueAt: at(10) })], stored, at(-20), DEFAULT_ALERT_SETTINGS);
    expect(moved.cancel).toEqual([{ id: 'b', reason: 'DUE_MOVED' }]);
    expect(moved.insert.map((i) => `${i.alert.threshold}:${i.alert.status}`)).toEqual([
      'PT24H:SCHEDULED',
      'PT6H:SCHEDULED',
      'PT1H:SCHEDULED',
      'PT0S:SCHEDULED',
      'OVERDUE:SCHEDULED',
    ]);
    const done = reconcile([duty({ status: 'DONE', doneAt: at(-19) })], stored, at(-19), DEFAULT_ALERT_SETTINGS);
    expect(done).toEqual({ cancel: [{ id: 'b', reason: 'DONE' }], revive: [], insert: [] });
  });

  it('schedules again the cancelled alerts still ahead of a due instant that comes back', () => {
    const stored: StoredAlert[] = [
      { id: 'a', obligationId: duty().id, threshold: 'PT24H', dueAt: DUE, fireAt: at(-24), status: 'CANCELLED' },
      { id: 'b', obligationId: duty().id, threshold: 'PT6H', dueAt: DUE, fireAt: at(-6), status: 'CANCELLED' },
      { id: 'c', obligationId: duty().id, threshold: 'PT1H', dueAt: DUE, fireAt: at(-1), status: 'CANCELLED' },
      { id: 'd', obligationId: duty().id, threshold: 'PT0S', dueAt: DUE, fireAt: at(0), status: 'CANCELLED' },
      { id: 'e', obligationId: duty().id, threshold: 'OVERDUE', dueAt: DUE, fireAt: at(24), status: 'CANCELLED' },
    ];
    const back = reconcile([duty()], stored, at(-10), DEFAULT_ALERT_SETTINGS);
    expect(back).toEqual({ cancel: [], revive: ['b', 'c', 'd', 'e'], insert: [] });
  });
});
