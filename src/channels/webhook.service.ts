import { randomBytes } from 'node:crypto';
import type { ServiceContext } from '../auth/context';
import { Capability } from '../auth/permissions';
import { mayManageWebhooks } from '../auth/scope';
import type { WebhookConfig } from '../config/config';
import { EVENT_KINDS, type EventKind } from '../db/outbox/event-kind';
import { assertVersion, flush } from '../db/unit-of-work';
import { type Connection, keysetPage, type PageArgs, SortDirection } from '../lib/connection';
import { BadUserInputError, ForbiddenError, InputProblems, NotFoundError } from '../lib/errors';
import { isUuid } from '../lib/uuid';
import { Organization } from '../organizations/organization.entity';
import { AlertEmailSetting, type DeliveryStatus, Webhook, WebhookAttempt, WebhookDelivery } from './webhook.entity';
import { checkWebhookTarget, UnsafeUrlError } from './webhook-url';

/** More would be a misuse (one endpoint per consumer is the norm); each one multiplies every event's deliveries. */
const MAX_WEBHOOKS_PER_ORGANIZATION = 20;
const MAX_ALERT_ADDRESSES = 20;
/** Standard Webhooks secrets: `whsec_` then base64 of 24 to 64 random bytes. */
const SECRET = /^whsec_[A-Za-z0-9+/]+={0,2}$/;
const ADDRESS = /^[^\s@<>,;"]+@[^\s@<>,;"]+\.[^\s@<>,;"]+$/;

export interface WebhookInput {
  organizationId?: string | null;
  url: string;
  events: EventKind[];
  secret?: string | null;
}

export interface WebhookPatch {
  url?: string | null;
  events?: EventKind[] | null;
  version?: number | null;
}

export interface DeliveryFilter {
  status?: DeliveryStatus[] | null;
}

/** A new secret: 32 random bytes, in the Standard Webhooks form. */
function newSecret(): string {
  return `whsec_${randomBytes(32).toString('base64')}`;
}

function checkSecret(secret: string, problems: InputProblems, argument: string): void {
  const bytes = SECRET.test(secret) ? Buffer.from(secret.slice(6), 'base64').length : 0;
  problems.check(
    bytes >= 24 && bytes <= 64,
    argument,
    'must be whsec_ followed by the base64 of 24 to 64 random bytes (Standard Webhooks)',
  );
}

function checkEvents(events: readonly string[], problems: InputProblems, argument: string): void {
  problems.check(events.length > 0, argument, `must name at least one kind of event (${EVENT_KINDS.join(', ')})`);
  problems.check(new Set(events).size === events.length, argument, 'names a kind twice');
}

/**
 * An organisation's webhooks and alert addresses: registered, changed and read by its people with
 * MANAGE_WEBHOOKS (its DPO) or an admin; another organisation's answer as missing ones. Every
 * change goes through the audited flush.
 */
export class WebhookService {
  constructor(
    private readonly ctx: ServiceContext,
    private readonly config: WebhookConfig,
  ) {}

  async register(input: WebhookInput): Promise<{ webhook: Webhook; secret: string }> {
    const { viewer, em } = this.ctx;
    const organizationId = input.organizationId ?? viewer.organizationId;
    if (!isUuid(organizationId))
      throw new BadUserInputError([{ argument: 'input.organizationId', reason: 'not an id returned by this API' }]);
    if (!viewer.can(Capability.MANAGE_WEBHOOKS)) throw new ForbiddenError('register webhooks');
    if (!mayManageWebhooks(viewer, organizationId) || !(await em.count(Organization, { id: organizationId })))
      throw new NotFoundError('Organization', organizationId);
    const problems = new InputProblems();
    checkEvents(input.events, problems, 'input.events');
    if (input.secret != null) checkSecret(input.secret, problems, 'input.secret');
    await this.checkUrl(input.url, problems, 'input.url');
    problems.throwIfAny();
    if ((await em.count(Webhook, { organizationId })) >= MAX_WEBHOOKS_PER_ORGANIZATION)
      throw new BadUserInputError([
        { argument: 'input.organizationId', reason: `has ${MAX_WEBHOOKS_PER_ORGANIZATION} webhooks already, the most allowed` },
      ]);
    const secret = input.secret ?? newSecret();
    const webhook = em.create(Webhook, { organizationId, url: input.url, events: input.events, secret });
    await flush(this.ctx);
    return { webhook, secret };
  }

  /** The viewer's organisation's webhooks; an admin's, every one or one organisation's. */
  list(organizationId: string | null | undefined): Promise<Webhook[]> {
    const { viewer, em } = this.ctx;
    if (organizationId != null && !isUuid(organizationId))
      throw new BadUserInputError([{ argument: 'organizationId', reason: 'not an id returned by this API' }]);
    if (!viewer.can(Capability.MANAGE_WEBHOOKS)) throw new ForbiddenError('read webhooks');
    const where = viewer.isAdmin ? (organizationId ? { organizationId } : {}) : { organizationId: organizationId ?? viewer.organizationId };
    if (!viewer.isAdmin && where.organizationId !== viewer.organizationId) return Promise.resolve([]);
    return em.find(Webhook, where, { orderBy: { id: 'asc' } });
  }

  async update(id: string, patch: WebhookPatch): Promise<Webhook> {
    const webhook = await this.manageable(id, 'change webhooks');
    assertVersion(webhook, patch.version, `Webhook ${id}`);
    const problems = new InputProblems();
    if (patch.events != null) checkEvents(patch.events, problems, 'input.events');
    if (patch.url != null) await this.checkUrl(patch.url, problems, 'input.url');
    problems.throwIfAny();
    if (patch.url != null) webhook.url = patch.url;
    if (patch.events != null) webhook.events = patch.events;
    await flush(this.ctx);
    return webhook;
  }

  /** Enables or disables; enabling clears the reason and resumes its pending deliveries. */
  async setEnabled(id: string, enabled: boolean): Promise<Webhook> {
    const webhook = await this.manageable(id, enabled ? 'enable webhooks' : 'disable webhooks');
    webhook.status = enabled ? 'ENABLED' : 'DISABLED';
    webhook.disabledAt = enabled ? null : this.ctx.clock.now();
    webhook.disabledReason = enabled ? null : `désactivé par ${this.ctx.viewer.subject}`;
    await flush(this.ctx);
    return webhook;
  }

  /** The delivery log of one webhook, newest first. */
  async deliveries(webhookId: string, filter: DeliveryFilter | null, page: PageArgs): Promise<Connection<WebhookDelivery>> {
    await this.manageable(webhookId, 'read the delivery log', 'webhookId');
    const where = () => ({ webhookId, ...(filter?.status?.length ? { status: { $in: filter.status } } : {}) });
    return keysetPage(this.ctx.em, WebhookDelivery, where, page, {
      key: { field: 'CREATED_AT', kind: 'date', value: (d: WebhookDelivery) => d.createdAt, property: 'createdAt' },
      direction: SortDirection.DESC,
    });
  }

  /** The attempts of these deliveries, oldest first, in one statement. */
  async attemptsOf(deliveryIds: readonly string[]): Promise<Map<string, WebhookAttempt[]>> {
    const attempts = await this.ctx.em.find(
      WebhookAttempt,
      { deliveryId: { $in: [...deliveryIds] } },
      { orderBy: { attemptNo: 'asc', id: 'asc' } },
    );
    const byDelivery = new Map<string, WebhookAttempt[]>(deliveryIds.map((id) => [id, []]));
    for (const attempt of attempts) byDelivery.get(attempt.deliveryId)?.push(attempt);
    return byDelivery;
  }

  /**
   * Sends a delivery again, now, with the same webhook-id (receivers that already have it drop it).
   * Delivery machinery, not a registration: the attempt it causes is logged, marked as a replay.
   */
  async replay(deliveryId: string): Promise<WebhookDelivery> {
    const { em } = this.ctx;
    if (!isUuid(deliveryId)) throw new BadUserInputError([{ argument: 'id', reason: 'not an id returned by this API' }]);
    const delivery = await em.findOne(WebhookDelivery, { id: deliveryId, channel: 'WEBHOOK' });
    if (!delivery) throw new NotFoundError('WebhookDelivery', deliveryId);
    await this.manageable(delivery.webhookId!, 'replay deliveries', 'id'); // a WEBHOOK delivery has its webhook
    if (delivery.status === 'SENDING')
      throw new BadUserInputError([{ argument: 'id', reason: 'is being sent right now; wait for its outcome' }]);
    const now = new Date();
    await em.nativeUpdate(
      WebhookDelivery,
      { id: deliveryId, status: { $ne: 'SENDING' } },
      { status: 'PENDING', nextAttemptAt: now, replayRequestedAt: now },
    );
    await em.refresh(delivery);
    return delivery;
  }

  /** The organisation's alert addresses, replaced whole (empty: no e-mail). */
  async setAlertEmails(organizationId: string, addresses: readonly string[]): Promise<AlertEmailSetting> {
    const { viewer, em } = this.ctx;
    if (!isUuid(organizationId)) throw new BadUserInputError([{ argument: 'organizationId', reason: 'not an id returned by this API' }]);
    if (!viewer.can(Capability.MANAGE_WEBHOOKS)) throw new ForbiddenError('set alert e-mail addresses');
    if (!mayManageWebhooks(viewer, organizationId) || !(await em.count(Organization, { id: organizationId })))
      throw new NotFoundError('Organization', organizationId);
    const problems = new InputProblems();
    const cleaned = [...new Set(addresses.map((a) => a.trim().toLowerCase()))];
    problems.check(cleaned.length <= MAX_ALERT_ADDRESSES, 'addresses', `at most ${MAX_ALERT_ADDRESSES} addresses`);
    cleaned.forEach((address, i) =>
      problems.check(ADDRESS.test(address) && address.length <= 254, `addresses[${i}]`, 'not an e-mail address'),
    );
    problems.throwIfAny();
    const setting =
      (await em.findOne(AlertEmailSetting, { organizationId })) ?? em.create(AlertEmailSetting, { organizationId, addresses: [] });
    setting.addresses = cleaned;
    await flush(this.ctx);
    return setting;
  }

  /** The webhook, if the viewer may manage it; another organisation's answers as a missing one. */
  private async manageable(id: string, action: string, argument = 'id'): Promise<Webhook> {
    const { viewer, em } = this.ctx;
    if (!isUuid(id)) throw new BadUserInputError([{ argument, reason: 'not an id returned by this API' }]);
    const webhook = await em.findOne(Webhook, id);
    if (!webhook || !(viewer.isAdmin || webhook.organizationId === viewer.organizationId)) throw new NotFoundError('Webhook', id);
    if (!mayManageWebhooks(viewer, webhook.organizationId)) throw new ForbiddenError(action);
    return webhook;
  }

  private async checkUrl(url: string, problems: InputProblems, argument: string): Promise<void> {
    try {
      await checkWebhookTarget(url, this.config.allowHosts);
    } catch (error) {
      if (!(error instanceof UnsafeUrlError)) throw error;
      problems.add(argument, error.message);
    }
  }
}
