import { raw } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/knex';
import type { AlertSettings } from '../config/config';
import { type AlertCancelReason, DeadlineAlert, type DeadlineAlertStatus, OVERDUE } from './deadline-alert.entity';
import type { ObligationState } from './derived-state.entities';

/*
 * Which alerts a duty's due instant asks for (pure rules, unit-tested), and their reconciliation with
 * what is stored, in the transaction that recomputed the duties (derived-state.ts). See docs/alerts.md.
 */

const DAY_MS = 86_400_000;

/** What the rules read of a duty: its ObligationState row. */
export type AlertDuty = Pick<ObligationState, 'id' | 'status' | 'dueAt' | 'doneAt'>;

/** An alert row as the reconciliation reads it back. */
export type StoredAlert = Pick<DeadlineAlert, 'id' | 'obligationId' | 'threshold' | 'dueAt' | 'fireAt' | 'status'>;

export interface PlannedAlert {
  threshold: string;
  fireAt: Date;
  status: Extract<DeadlineAlertStatus, 'SCHEDULED' | 'SKIPPED'>;
}

/** A duty alerts while it is open: pending or overdue, not done, with a due instant. */
export function isOpen<D extends AlertDuty>(duty: D): duty is D & { dueAt: Date } {
  return (duty.status === 'PENDING' || duty.status === 'OVERDUE') && !duty.doneAt && !!duty.dueAt;
}

const time = (d: Date | string) => new Date(d).getTime();

/**
 * Why an alert computed for `dueAt` must not fire, judged on the duty as it now stands; null when it
 * still should. A threshold no longer configured is dropped too (OVERDUE reminders always apply).
 */
export function cancelReason(
  alert: Pick<StoredAlert, 'threshold' | 'dueAt'>,
  duty: AlertDuty | undefined,
  settings: AlertSettings,
): AlertCancelReason | null {
  if (!duty) return 'NO_LONGER_LISTED';
  if (duty.doneAt || duty.status === 'DONE' || duty.status === 'DONE_LATE') return 'DONE';
  if (!isOpen(duty)) return duty.dueAt || duty.status !== 'PENDING' ? 'NOT_REQUIRED' : 'DUE_MOVED';
  if (time(duty.dueAt) !== time(alert.dueAt)) return 'DUE_MOVED';
  if (alert.threshold !== OVERDUE && !settings.thresholds.some((t) => t.label === alert.threshold)) return 'THRESHOLD_REMOVED';
  return null;
}

/**
 * The first OVERDUE reminder strictly after `after`: one every period from one period after due, or
 * with a period of 0 a single one, 24 hours after due; null when none is left.
 */
export function nextReminder(dueAt: Date, after: Date, repeatMs: number): Date | null {
  const due = time(dueAt);
  if (repeatMs === 0) return due + DAY_MS > time(after) ? new Date(due + DAY_MS) : null;
  const k = Math.max(1, Math.floor((time(after) - due) / repeatMs) + 1);
  return new Date(due + k * repeatMs);
}

/** The latest OVERDUE reminder at or before `now`, if one has come. */
function lastReminder(dueAt: Date, now: Date, repeatMs: number): Date | null {
  const due = time(dueAt);
  if (repeatMs === 0) return due + DAY_MS <= time(now) ? new Date(due + DAY_MS) : null;
  const k = Math.floor((time(now) - due) / repeatMs);
  return k >= 1 ? new Date(due + k * repeatMs) : null;
}

/**
 * The alerts of a due instant seen for the first time: each threshold ahead is SCHEDULED; of those
 * already past (an old file loaded, awareness recorded late), only the latest fires — at once,
 * saying where the clock stands — and the older ones are SKIPPED; then the next OVERDUE reminder.
 * Once overdue, the latest past alert is the latest reminder come, and every threshold is skipped.
 */
export function firstAlerts(dueAt: Date, now: Date, settings: AlertSettings): PlannedAlert[] {
  const thresholds = settings.thresholds.map((t) => ({ threshold: t.label, fireAt: new Date(time(dueAt) - t.beforeMs) }));
  const past = thresholds.filter((a) => a.fireAt <= now);
  const reminder = lastReminder(dueAt, now, settings.overdueRepeatMs);
  const latestPast = reminder ? null : past.reduce<(typeof past)[number] | null>((l, a) => (!l || a.fireAt > l.fireAt ? a : l), null);
  const planned: PlannedAlert[] = thresholds.map((a) => ({
    ...a,
    status: a.fireAt > now || a === latestPast ? 'SCHEDULED' : 'SKIPPED',
  }));
  if (reminder) planned.push({ threshold: OVERDUE, fireAt: reminder, status: 'SCHEDULED' });
  const next = nextReminder(dueAt, now, settings.overdueRepeatMs);
  if (next) planned.push({ threshold: OVERDUE, fireAt: next, status: 'SCHEDULED' });
  return planned;
}

export interface Reconciliation<D extends AlertDuty = AlertDuty> {
  cancel: { id: string; reason: AlertCancelReason }[];
  /** Cancelled alerts of a due instant that is back (an awareness corrected, then restored), scheduled again. */
  revive: string[];
  /** New alerts, per duty. */
  insert: { duty: D & { dueAt: Date }; alert: PlannedAlert }[];
}

/**
 * What to change so the stored alerts of these duties match what they now ask: every scheduled alert
 * of a duty done, not required, gone or moved is cancelled; a due instant never seen gets its
 * first alerts; one seen before gets its thresholds still ahead that it lacks or had cancelled
 * (the instant moved away and back, a threshold added to the configuration) and its next reminder if
 * none is scheduled. `stored` holds the scheduled and cancelled alerts and every threshold alert of
 * the exposures: what says a due instant was seen.
 */
export function reconcile<D extends AlertDuty>(
  duties: readonly D[],
  stored: readonly StoredAlert[],
  now: Date,
  settings: AlertSettings,
): Reconciliation<D> {
  const byId = new Map(duties.map((d) => [d.id, d]));
  const cancel: Reconciliation['cancel'] = [];
  for (const alert of stored) {
    if (alert.status !== 'SCHEDULED') continue;
    const reason = cancelReason(alert, byId.get(alert.obligationId), settings);
    if (reason) cancel.push({ id: alert.id, reason });
  }
  const insert: Reconciliation<D>['insert'] = [];
  const revive: string[] = [];
  for (const duty of duties) {
    if (!isOpen<D>(duty)) continue;
    const seen = stored.filter((a) => a.obligationId === duty.id && time(a.dueAt) === time(duty.dueAt));
    if (seen.length === 0) {
      for (const alert of firstAlerts(duty.dueAt, now, settings)) insert.push({ duty, alert });
      continue;
    }
    const ahead = settings.thresholds.map((t) => ({ threshold: t.label, fireAt: new Date(time(duty.dueAt) - t.beforeMs) }));
    const next = nextReminder(duty.dueAt, now, settings.overdueRepeatMs);
    if (next && !seen.some((a) => a.threshold === OVERDUE && a.status === 'SCHEDULED')) ahead.push({ threshold: OVERDUE, fireAt: next });
    for (const alert of ahead) {
      if (alert.fireAt <= now) continue;
      const had = seen.find((a) => a.threshold === alert.threshold && time(a.fireAt) === time(alert.fireAt));
      if (!had) insert.push({ duty, alert: { ...alert, status: 'SCHEDULED' } });
      else if (had.status === 'CANCELLED') revive.push(had.id);
    }
  }
  return { cancel, revive, insert };
}

/** The row of a new alert for a duty; `processorId` is the incident's source for a processor's own duty. */
export type NewAlertRow = Pick<
  DeadlineAlert,
  'id' | 'obligationId' | 'controllerId' | 'processorId' | 'code' | 'threshold' | 'dueAt' | 'fireAt' | 'status'
> & { exposure: string };

/**
 * Rows per insert: knex writes SQLite's multi-row insert with ON CONFLICT as a compound SELECT,
 * which SQLite caps at 500 terms. A recomputation of a few exposures needs one statement.
 */
const INSERT_ROWS = 200;

/**
 * Inserts alerts, leaving alone one already there (same duty, threshold, due and fire instants): a
 * scheduler firing a reminder and a recomputation may both plan the next one.
 */
export async function insertAlerts(em: SqlEntityManager, rows: readonly NewAlertRow[]): Promise<void> {
  for (let at = 0; at < rows.length; at += INSERT_ROWS)
    await em
      .createQueryBuilder(DeadlineAlert)
      .insert(rows.slice(at, at + INSERT_ROWS) as never)
      .onConflict(['obligationId', 'threshold', 'dueAt', 'fireAt'])
      .ignore()
      .execute();
}

/** Sets a column of each alert to its own value, in one statement: `case id when … then … end`. */
export function perAlert<V>(values: ReadonlyMap<string, V>) {
  const entries = [...values];
  return raw(`case id ${entries.map(() => 'when ? then ?').join(' ')} end`, entries.flat() as unknown[]);
}

/**
 * Cancels scheduled alerts with their reasons and schedules revived ones again, in one statement;
 * an alert fired meanwhile stays SENT.
 */
export async function cancelAlerts(
  em: SqlEntityManager,
  cancel: Reconciliation['cancel'],
  revive: Reconciliation['revive'] = [],
): Promise<void> {
  if (cancel.length + revive.length === 0) return;
  const ids = [...cancel.map((c) => c.id), ...revive];
  await em
    .createQueryBuilder(DeadlineAlert)
    .update({
      status: perAlert(new Map([...cancel.map((c) => [c.id, 'CANCELLED'] as const), ...revive.map((id) => [id, 'SCHEDULED'] as const)])),
      cancelledReason: perAlert(new Map([...cancel.map((c) => [c.id, c.reason] as const), ...revive.map((id) => [id, null] as const)])),
    })
    .where({ id: { $in: ids }, status: { $in: ['SCHEDULED', 'CANCELLED'] } })
    .execute();
}
