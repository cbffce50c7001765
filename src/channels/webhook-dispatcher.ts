import { type EntityManager, LockMode, type MikroORM } from '@mikro-orm/core';
import type { Transporter } from 'nodemailer';
import type { Logger } from 'pino';
import { Webhook as StandardWebhook } from 'standardwebhooks';
import { Role } from '../auth/roles';
import { mayReceiveEvent } from '../auth/scope';
import { Viewer } from '../auth/viewer';
import type { Clock } from '../config/clock';
import type { Config } from '../config/config';
import { flushAudited } from '../db/audit/audit.writer';
import type { EventBus } from '../db/outbox/event-bus';
import { OutboxEvent } from '../db/outbox/outbox.entity';
import { SerialRunner } from '../lib/serial-runner';
import { Organization } from '../organizations/organization.entity';
import { alertEmail, mailTransport } from './alert-email';
import type { DeadlineAlertPayload } from '../notifications/notification-events';
import { AlertEmailSetting, Webhook, WebhookAttempt, WebhookDelivery } from './webhook.entity';
import { type PostOutcome, postJson } from './webhook-post';
import { checkWebhookTarget, UnsafeUrlError } from './webhook-url';

/** Outbox events turned into deliveries per transaction. */
const FAN_OUT_PAGE = 200;
/** Deliveries claimed (and then sent in parallel) at once by one instance. */
const CLAIM_PAGE = 20;
/** Who the audit trail names when the dispatcher disables a webhook. */
const DISPATCHER = { subject: 'gateway:webhooks', organizationId: null };
/** The alert e-mails go to organisations, for DEADLINE_ALERT only. */
const EMAILED_KIND = 'DEADLINE_ALERT';

/**
 * The pause before the next attempt once `attempts` have failed: the schedule's step for it (the
 * last step repeats) as the upper bound of a full jitter, so receivers coming back up after an
 * outage are not hit by every gateway instance's retries at the same instant.
 */
export function retryDelayMs(attempts: number, schedule: readonly number[], jitter: boolean, random = Math.random): number {
  const bound = schedule[Math.min(Math.max(attempts, 1), schedule.length) - 1] ?? 0;
  return jitter ? Math.round(random() * bound) : bound;
}

/**
 * The organisation as a receiver of events: what its DPO (controller) and security team (processor)
 * would read, in the capacities it is registered in. mayReceiveEvent decides as it does for a person.
 */
function organizationViewer(id: string, roles: Organization['roles']): Viewer {
  return new Viewer(`organization:${id}`, id, [Role.CONTROLLER_DPO, Role.PROCESSOR_SECURITY], roles);
}

/**
 * Delivers the outbox to webhooks (and alert e-mails), safe on many instances on one database:
 * 1. fan-out: in one transaction, events not yet fanned out are locked (FOR UPDATE SKIP LOCKED on
 *    PostgreSQL, so two instances take different events), turned into one delivery per receiver,
 *    and marked;
 * 2. claim: due deliveries are locked the same way and leased (SENDING until leaseUntil), then committed;
 * 3. send, outside any transaction, and record the attempt and the outcome.
 * An instance that dies mid-send leaves a SENDING delivery whose lease runs out: another takes it
 * over and sends it again with the same webhook-id (at-least-once; receivers deduplicate on it).
 */
export class WebhookDispatcher {
  private timer: NodeJS.Timeout | undefined;
  private unsubscribe: (() => void) | undefined;
  private readonly passes = new SerialRunner(
    () => this.pass(),
    (error) => this.logger.warn({ err: error }, 'webhooks: a dispatch pass failed'),
  );
  private closed = false;
  private mailer: Transporter | undefined;

  constructor(
    private readonly orm: MikroORM,
    private readonly config: Config,
    private readonly clock: Clock,
    private readonly logger: Logger,
  ) {}

  start(events: EventBus): void {
    this.unsubscribe = events.subscribe(() => this.wake());
    this.timer = setInterval(() => this.wake(), this.config.webhooks.pollMs).unref();
    this.wake();
  }

  /** Runs a pass now, or once more after the running one. */
  wake(): void {
    this.passes.wake();
  }

  /** Stops claiming; what is being sent finishes (each POST is bounded by its timeout). */
  async close(): Promise<void> {
    this.closed = true;
    if (this.timer) clearInterval(this.timer);
    this.unsubscribe?.();
    await this.passes.stop();
    this.mailer?.close();
  }

  private async pass(): Promise<void> {
    while (!this.closed && (await this.fanOut()) === FAN_OUT_PAGE);
    for (;;) {
      if (this.closed) return;
      const claimed = await this.claim();
      if (claimed.length === 0) return;
      await Promise.all(claimed.map((delivery) => this.send(delivery)));
    }
  }

  /** FOR UPDATE SKIP LOCKED where there are concurrent instances; SQLite has one writer. */
  private lock(): { lockMode?: LockMode.PESSIMISTIC_PARTIAL_WRITE } {
    return this.config.database.dialect === 'postgresql' ? { lockMode: LockMode.PESSIMISTIC_PARTIAL_WRITE } : {};
  }

  private fanOut(): Promise<number> {
    return this.orm.em.fork().transactional(async (em) => {
      const events = await em.find(OutboxEvent, { fannedOut: false }, { orderBy: { id: 'asc' }, limit: FAN_OUT_PAGE, ...this.lock() });
      if (events.length === 0) return 0;
      const hooks = await em.find(Webhook, { status: 'ENABLED' });
      const emails = this.config.email ? (await em.find(AlertEmailSetting, {})).filter((s) => s.addresses.length > 0) : [];
      const orgIds = [...new Set([...hooks.map((h) => h.organizationId), ...emails.map((s) => s.organizationId)])];
      const orgs = orgIds.length ? await em.find(Organization, { id: { $in: orgIds } }, { fields: ['id', 'roles'] }) : [];
      const viewers = new Map(orgs.map((o) => [o.id, organizationViewer(o.id, o.roles)]));
      const now = new Date();
      for (const event of events) {
        const audience = { controllerId: event.controllerId, processorId: event.processorId, submitterId: event.submitterId };
        const receives = (orgId: string) => {
          const viewer = viewers.get(orgId);
          return !!viewer && mayReceiveEvent(viewer, audience);
        };
        const base = { eventId: event.id, kind: event.kind as WebhookDelivery['kind'], nextAttemptAt: now };
        for (const hook of hooks)
          if (hook.events.includes(base.kind) && receives(hook.organizationId))
            em.create(WebhookDelivery, {
              ...base,
              channel: 'WEBHOOK',
              target: hook.id,
              webhookId: hook.id,
              organizationId: hook.organizationId,
            });
        if (event.kind === EMAILED_KIND)
          for (const setting of emails)
            if (receives(setting.organizationId))
              em.create(WebhookDelivery, {
                ...base,
                channel: 'EMAIL',
                target: `email:${setting.organizationId}`,
                organizationId: setting.organizationId,
              });
      }
      await em.flush();
      await em.nativeUpdate(OutboxEvent, { id: { $in: events.map((e) => e.id) } }, { fannedOut: true });
      return events.length;
    });
  }

  /**
   * Due deliveries of enabled webhooks (and e-mails, when SMTP is configured), and those whose lease
   * ran out, leased to this instance. A disabled webhook's deliveries stay PENDING, untouched.
   */
  private claim(): Promise<WebhookDelivery[]> {
    return this.orm.em.fork().transactional(async (em) => {
      const now = new Date();
      const enabled = (await em.find(Webhook, { status: 'ENABLED' }, { fields: ['id'] })).map((h) => h.id);
      const receivers = [{ channel: 'WEBHOOK', webhookId: { $in: enabled } }, ...(this.config.email ? [{ channel: 'EMAIL' }] : [])];
      const due = await em.find(
        WebhookDelivery,
        {
          $and: [
            { $or: receivers },
            {
              $or: [
                { status: 'PENDING', nextAttemptAt: { $lte: now } },
                { status: 'SENDING', leaseUntil: { $lt: now } },
              ],
            },
          ],
        } as never,
        { orderBy: { nextAttemptAt: 'asc', id: 'asc' }, limit: CLAIM_PAGE, ...this.lock() },
      );
      const leaseUntil = new Date(now.getTime() + this.config.webhooks.leaseMs);
      for (const delivery of due) {
        delivery.status = 'SENDING';
        delivery.leaseUntil = leaseUntil;
        delivery.attempts += 1;
      }
      await em.flush();
      return due;
    });
  }

  private async send(delivery: WebhookDelivery): Promise<void> {
    const em = this.orm.em.fork();
    const at = new Date();
    let outcome: PostOutcome;
    try {
      const event = await em.findOneOrFail(OutboxEvent, delivery.eventId);
      outcome = delivery.channel === 'EMAIL' ? await this.email(em, delivery, event) : await this.post(em, delivery, event);
    } catch (error) {
      outcome = { ok: false, statusCode: null, error: (error as Error).message, durationMs: Date.now() - at.getTime() };
    }
    try {
      await this.record(delivery, at, outcome);
    } catch (error) {
      this.logger.warn({ err: error, deliveryId: delivery.id }, 'webhooks: recording an attempt failed');
    }
  }

  /** The Standard Webhooks request: the delivery's id as webhook-id, its signature over id.timestamp.body. */
  private async post(em: EntityManager, delivery: WebhookDelivery, event: OutboxEvent): Promise<PostOutcome> {
    const hook = await em.findOneOrFail(Webhook, delivery.webhookId!, { populate: ['secret'] });
    const started = Date.now();
    let target;
    try {
      // Again at every attempt, on the addresses the name resolves to now: DNS rebinding.
      target = await checkWebhookTarget(hook.url, this.config.webhooks.allowHosts);
    } catch (error) {
      if (!(error instanceof UnsafeUrlError)) throw error;
      return { ok: false, statusCode: null, error: `URL refusée : ${error.message}`, durationMs: Date.now() - started };
    }
    const body = JSON.stringify({ type: event.kind, timestamp: event.occurredAt.toISOString(), data: event.payload });
    const timestamp = new Date();
    const headers = {
      'webhook-id': delivery.id,
      'webhook-timestamp': String(Math.floor(timestamp.getTime() / 1000)),
      'webhook-signature': new StandardWebhook(hook.secret).sign(delivery.id, timestamp, body),
    };
    return postJson(target, headers, body, this.config.webhooks.timeoutMs);
  }

  private async email(em: EntityManager, delivery: WebhookDelivery, event: OutboxEvent): Promise<PostOutcome> {
    const config = this.config.email!; // e-mail deliveries are claimed only when SMTP is configured
    const started = Date.now();
    const setting = await em.findOne(AlertEmailSetting, { organizationId: delivery.organizationId });
    if (!setting?.addresses.length) return { ok: true, statusCode: null, error: null, durationMs: 0 };
    const mail = alertEmail(event.payload as unknown as DeadlineAlertPayload, config.dashboardUrl);
    this.mailer ??= mailTransport(config);
    await this.mailer.sendMail({
      from: config.from,
      to: setting.addresses,
      subject: mail.subject,
      text: mail.text,
      headers: { 'X-Delivery-Id': delivery.id },
    });
    return { ok: true, statusCode: null, error: null, durationMs: Date.now() - started };
  }

  /**
   * The attempt, and the delivery's outcome if this instance still holds its lease (one that took
   * over an expired lease records its own). Then, on a failure, the webhook's consecutive failures.
   */
  private async record(delivery: WebhookDelivery, at: Date, outcome: PostOutcome): Promise<void> {
    const { webhooks } = this.config;
    await this.orm.em.fork().transactional(async (em) => {
      em.create(WebhookAttempt, {
        deliveryId: delivery.id,
        webhookId: delivery.webhookId ?? null,
        attemptNo: delivery.attempts,
        at,
        ok: outcome.ok,
        statusCode: outcome.statusCode,
        error: outcome.error,
        durationMs: outcome.durationMs,
        replay: !!delivery.replayRequestedAt,
      });
      await em.flush();
      const now = new Date();
      const last = { lastStatusCode: outcome.statusCode, lastError: outcome.error, leaseUntil: null, replayRequestedAt: null };
      const next = outcome.ok
        ? { status: 'DELIVERED' as const, deliveredAt: now }
        : delivery.attempts >= webhooks.maxAttempts
          ? { status: 'FAILED' as const }
          : {
              status: 'PENDING' as const,
              nextAttemptAt: new Date(now.getTime() + retryDelayMs(delivery.attempts, webhooks.retryScheduleMs, webhooks.jitter)),
            };
      const updated = await em.nativeUpdate(
        WebhookDelivery,
        { id: delivery.id, status: 'SENDING', leaseUntil: delivery.leaseUntil },
        { ...last, ...next },
      );
      if (updated === 0) this.logger.warn({ deliveryId: delivery.id }, 'webhooks: the lease ran out before the outcome was recorded');
    });
    if (!outcome.ok && delivery.webhookId) await this.disableIfFailing(delivery.webhookId);
  }

  /**
   * Disables a webhook whose last `disableAfterFailures` attempts all failed, counted since it was
   * last changed (re-enabling it, or a new URL, starts a fresh count). Audited: the dispatcher acts.
   */
  private async disableIfFailing(webhookId: string): Promise<void> {
    const limit = this.config.webhooks.disableAfterFailures;
    await this.orm.em.fork().transactional(async (em) => {
      const hook = await em.findOne(Webhook, { id: webhookId, status: 'ENABLED' }, this.lock());
      if (!hook) return;
      const recent = await em.find(
        WebhookAttempt,
        { webhookId, at: { $gte: hook.updatedAt } },
        { orderBy: { at: 'desc', id: 'desc' }, limit },
      );
      if (recent.length < limit || recent.some((a) => a.ok)) return;
      hook.status = 'DISABLED';
      hook.disabledAt = new Date();
      hook.disabledReason = `${limit} échecs consécutifs : ${recent[0]!.error ?? 'erreur inconnue'}`; // `limit` ≥ 1 attempts, checked above
      await flushAudited(em, DISPATCHER, this.clock);
      this.logger.warn({ webhookId, reason: hook.disabledReason }, 'webhooks: disabled after consecutive failures');
    });
  }
}
