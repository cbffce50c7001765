import { LockMode, type MikroORM } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/knex';
import type { Logger } from 'pino';
import { v7 as uuidv7 } from 'uuid';
import type { Clock } from '../config/clock';
import type { AlertSettings } from '../config/config';
import { appendEvents, type NewEvent } from '../db/outbox/outbox';
import { type AlertCancelReason, DeadlineAlert, OVERDUE } from './deadline-alert.entity';
import { cancelAlerts, cancelReason, insertAlerts, type NewAlertRow, nextReminder, perAlert } from './deadline-alerts';
import { ObligationState } from './derived-state.entities';
import { DEADLINE_ALERT, type DeadlineAlertPayload } from './notification-events';

export interface AlertRun {
  sent: number;
  cancelled: number;
}

/**
 * Writes due deadline alerts to the outbox, exactly once across instances and crashes: one
 * transaction claims due SCHEDULED alerts (PostgreSQL: FOR UPDATE SKIP LOCKED, so instances share
 * the work without waiting; SQLite: the write lock first, one writer), checks each against the
 * duty as it now stands, writes the DEADLINE_ALERT events, marks the alerts SENT with their event
 * ids and schedules the next OVERDUE reminder. A crash before the commit leaves them SCHEDULED and
 * writes nothing; a commit wrote each once. Runs every poll, and wakes at the earliest scheduled alert.
 */
export class AlertScheduler {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | null = null;
  private stopped = true;
  private wakeUp: (() => void) | undefined;

  constructor(
    private readonly orm: MikroORM,
    private readonly clock: Clock,
    private readonly settings: AlertSettings,
    private readonly logger: Logger,
  ) {}

  start(): void {
    if (!this.stopped) return;
    this.stopped = false;
    this.running = this.loop();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.wakeUp?.();
    await this.running;
  }

  /** One transaction: up to ALERT_BATCH_SIZE due alerts fired (or cancelled). */
  async runOnce(): Promise<AlertRun> {
    return this.orm.em.fork().transactional(async (tx) => {
      const em = tx as SqlEntityManager;
      const now = this.clock.now();
      const postgres = em.getDriver().constructor.name === 'PostgreSqlDriver';
      // SQLite: take the write lock before reading, so another process's scheduler waits here
      // instead of failing at its first write on a snapshot this one has changed.
      if (!postgres) await em.execute(`update deadline_alert set status = status where 0 = 1`);
      const claimed = await em.find(
        DeadlineAlert,
        { status: 'SCHEDULED', fireAt: { $lte: now } },
        {
          orderBy: { fireAt: 'asc', id: 'asc' },
          limit: this.settings.batch,
          disableIdentityMap: true,
          ...(postgres ? { lockMode: LockMode.PESSIMISTIC_PARTIAL_WRITE } : {}),
        },
      );
      if (claimed.length === 0) return { sent: 0, cancelled: 0 };
      const duties = new Map(
        (
          await em.find(ObligationState, { id: { $in: [...new Set(claimed.map((a) => a.obligationId))] } }, { disableIdentityMap: true })
        ).map((d) => [d.id, d]),
      );
      const cancel: { id: string; reason: AlertCancelReason }[] = [];
      const fired: { alert: DeadlineAlert; event: NewEvent }[] = [];
      const reminders: NewAlertRow[] = [];
      for (const alert of claimed) {
        const duty = duties.get(alert.obligationId);
        const reason = cancelReason(alert, duty, this.settings);
        if (reason || !duty) {
          cancel.push({ id: alert.id, reason: reason ?? 'NO_LONGER_LISTED' });
          continue;
        }
        fired.push({ alert, event: alertEvent(alert, duty, now) });
        const next = alert.threshold === OVERDUE ? nextReminder(alert.dueAt, now, this.settings.overdueRepeatMs) : null;
        if (next)
          reminders.push({
            id: uuidv7(),
            obligationId: alert.obligationId,
            exposure: alert.exposure.id,
            controllerId: alert.controllerId,
            processorId: alert.processorId ?? null,
            code: alert.code,
            threshold: OVERDUE,
            dueAt: alert.dueAt,
            fireAt: next,
            status: 'SCHEDULED',
          });
      }
      await cancelAlerts(em, cancel);
      const eventIds = await appendEvents(
        em,
        fired.map((f) => f.event),
      );
      if (fired.length)
        await em
          .createQueryBuilder(DeadlineAlert)
          .update({ status: 'SENT', sentAt: now, eventId: perAlert(new Map(fired.map((f, i) => [f.alert.id, eventIds[i]!]))) })
          .where({ id: { $in: fired.map((f) => f.alert.id) } })
          .execute();
      await insertAlerts(em, reminders);
      return { sent: fired.length, cancelled: cancel.length };
    });
  }

  /** Runs until no alert is due: what a test calls after moving its clock. */
  async runDue(): Promise<AlertRun> {
    const total = { sent: 0, cancelled: 0 };
    for (;;) {
      const run = await this.runOnce();
      total.sent += run.sent;
      total.cancelled += run.cancelled;
      if (run.sent + run.cancelled < this.settings.batch) return total;
    }
  }

  private async loop(): Promise<void> {
    while (!this.stopped) {
      try {
        await this.runDue();
        await this.sleep(await this.untilNext());
      } catch (error) {
        this.logger.error({ err: error }, 'deadline alerts: firing failed; retrying at the next poll');
        await this.sleep(this.settings.pollMs);
      }
    }
  }

  /**
   * The poll interval, or less when a scheduled alert falls due sooner; never under 10 ms, so an
   * alert another instance holds locked is not asked for in a tight loop.
   */
  private async untilNext(): Promise<number> {
    const [earliest] = await this.orm.em
      .fork()
      .find(DeadlineAlert, { status: 'SCHEDULED' }, { orderBy: { fireAt: 'asc' }, limit: 1, fields: ['fireAt'], disableIdentityMap: true });
    const poll = this.settings.pollMs;
    return earliest ? Math.max(10, Math.min(poll, earliest.fireAt.getTime() - this.clock.now().getTime())) : poll;
  }

  private sleep(ms: number): Promise<void> {
    if (this.stopped) return Promise.resolve();
    return new Promise((resolve) => {
      this.wakeUp = resolve;
      this.timer = setTimeout(resolve, ms);
    });
  }
}

/** The event of a due alert: ids, the duty and instants, never anything about a person. */
function alertEvent(alert: DeadlineAlert, duty: ObligationState, now: Date): NewEvent {
  const payload: DeadlineAlertPayload = {
    alertId: alert.id,
    obligationId: alert.obligationId,
    exposureId: alert.exposure.id,
    incidentId: duty.incidentId,
    controllerId: alert.controllerId,
    code: alert.code,
    authority: duty.authority,
    party: duty.party,
    label: duty.obligation.label,
    threshold: alert.threshold,
    dueAt: alert.dueAt.toISOString(),
    firedAt: now.toISOString(),
  };
  return {
    kind: DEADLINE_ALERT,
    occurredAt: now,
    audience: { controllerId: alert.controllerId, ...(alert.processorId ? { processorId: alert.processorId } : {}) },
    payload: { ...payload },
  };
}
