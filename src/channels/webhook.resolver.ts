import DataLoader from 'dataloader';
import { Arg, Args, Ctx, Field, FieldResolver, ID, InputType, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../auth/context';
import type { WebhookConfig } from '../config/config';
import { EventKind } from '../db/outbox/event-kind';
import { type Connection, connectionType, PageArgs } from '../lib/connection';
import { AlertEmailSetting, DeliveryStatus, Webhook, WebhookAttempt, WebhookDelivery } from './webhook.entity';
import { WebhookService } from './webhook.service';

/** What the webhook resolvers read beyond the request: the SSRF allow-list. */
export type WebhookRequestContext = RequestContext & { webhookConfig: WebhookConfig };

@InputType({ description: 'A new webhook.' })
class RegisterWebhookInput {
  @Field(() => ID, {
    nullable: true,
    description: "The organisation whose events it receives; default the viewer's (an admin may name any).",
  })
  organizationId?: string | null;
  @Field({
    description: 'https URL of a public host (http or a private address only for hosts listed in WEBHOOK_ALLOW_HOSTS); no user:password@.',
  })
  url!: string;
  @Field(() => [EventKind], { description: 'The kinds of event to receive (at least one).' })
  events!: EventKind[];
  @Field(() => String, {
    nullable: true,
    description: 'whsec_<base64 of 24 to 64 bytes>; omitted, one is generated. Returned once, never readable afterwards.',
  })
  secret?: string | null;
}

@InputType({ description: "Changes to a webhook's URL or events; its secret stays." })
class UpdateWebhookInput {
  @Field(() => String, { nullable: true, description: 'A new URL, checked as at registration.' }) url?: string | null;
  @Field(() => [EventKind], { nullable: true, description: 'The new set of kinds of event.' }) events?: EventKind[] | null;
  @Field(() => Int, { nullable: true, description: 'The version this change was prepared against; a stale one is refused.' })
  version?: number | null;
}

@ObjectType({ description: 'A registered webhook, with its signing secret: shown here once, never readable afterwards.' })
class RegisterWebhookPayload {
  @Field(() => Webhook, { description: 'The webhook.' }) webhook!: Webhook;
  @Field({
    description: 'whsec_…: verify the webhook-signature header with it (Standard Webhooks). Store it now: the API never shows it again.',
  })
  secret!: string;
}

@InputType({ description: 'Narrows the delivery log.' })
class WebhookDeliveryFilter {
  @Field(() => [DeliveryStatus], { nullable: true, description: 'Deliveries in any of these statuses.' }) status?: DeliveryStatus[] | null;
}

const WebhookDeliveryConnection = connectionType(WebhookDelivery);

@Resolver(() => Webhook)
export class WebhookResolver {
  @Mutation(() => RegisterWebhookPayload, {
    description:
      "Registers a webhook for an organisation's events (MANAGE_WEBHOOKS: its DPO; or an admin). The secret is in the payload, once.",
  })
  registerWebhook(
    @Arg('input', () => RegisterWebhookInput, { description: 'Its URL, events and optional secret.' }) input: RegisterWebhookInput,
    @Ctx() ctx: WebhookRequestContext,
  ): Promise<RegisterWebhookPayload> {
    return new WebhookService(ctx, ctx.webhookConfig).register(input);
  }

  @Query(() => [Webhook], {
    description: "The viewer's organisation's webhooks (MANAGE_WEBHOOKS); an admin's: every one, or one organisation's.",
  })
  webhooks(
    @Arg('organizationId', () => ID, { nullable: true, description: "An organisation's only (admin); others see only their own." })
    organizationId: string | null,
    @Ctx() ctx: WebhookRequestContext,
  ): Promise<Webhook[]> {
    return new WebhookService(ctx, ctx.webhookConfig).list(organizationId);
  }

  @Mutation(() => Webhook, { description: "Changes a webhook's URL or events (MANAGE_WEBHOOKS)." })
  updateWebhook(
    @Arg('id', () => ID, { description: 'The webhook.' }) id: string,
    @Arg('input', () => UpdateWebhookInput, { description: 'What to change.' }) input: UpdateWebhookInput,
    @Ctx() ctx: WebhookRequestContext,
  ): Promise<Webhook> {
    return new WebhookService(ctx, ctx.webhookConfig).update(id, input);
  }

  @Mutation(() => Webhook, { description: 'Stops sending to a webhook; its pending deliveries wait (MANAGE_WEBHOOKS).' })
  disableWebhook(@Arg('id', () => ID, { description: 'The webhook.' }) id: string, @Ctx() ctx: WebhookRequestContext): Promise<Webhook> {
    return new WebhookService(ctx, ctx.webhookConfig).setEnabled(id, false);
  }

  @Mutation(() => Webhook, { description: 'Sends to a webhook again, starting with its pending deliveries (MANAGE_WEBHOOKS).' })
  enableWebhook(@Arg('id', () => ID, { description: 'The webhook.' }) id: string, @Ctx() ctx: WebhookRequestContext): Promise<Webhook> {
    return new WebhookService(ctx, ctx.webhookConfig).setEnabled(id, true);
  }

  @Query(() => WebhookDeliveryConnection, {
    description: "A webhook's delivery log, newest first, each with its attempts (MANAGE_WEBHOOKS).",
  })
  webhookDeliveries(
    @Arg('webhookId', () => ID, { description: 'The webhook.' }) webhookId: string,
    @Arg('filter', () => WebhookDeliveryFilter, { nullable: true, description: 'Only the deliveries matching it.' })
    filter: WebhookDeliveryFilter | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: WebhookRequestContext,
  ): Promise<Connection<WebhookDelivery>> {
    return new WebhookService(ctx, ctx.webhookConfig).deliveries(webhookId, filter, page);
  }

  @Mutation(() => WebhookDelivery, {
    description: 'Sends a delivery again now, with the same webhook-id (receivers deduplicate on it); the attempt is logged as a replay.',
  })
  replayWebhookDelivery(
    @Arg('id', () => ID, { description: 'The delivery.' }) id: string,
    @Ctx() ctx: WebhookRequestContext,
  ): Promise<WebhookDelivery> {
    return new WebhookService(ctx, ctx.webhookConfig).replay(id);
  }

  @Mutation(() => AlertEmailSetting, {
    description:
      "Sets the addresses an organisation's deadline alerts are e-mailed to, replacing the list (MANAGE_WEBHOOKS). Sent only when SMTP is configured.",
  })
  setAlertEmails(
    @Arg('organizationId', () => ID, { description: 'The organisation.' }) organizationId: string,
    @Arg('addresses', () => [String], { description: 'E-mail addresses; an empty list stops the e-mails.' }) addresses: string[],
    @Ctx() ctx: WebhookRequestContext,
  ): Promise<AlertEmailSetting> {
    return new WebhookService(ctx, ctx.webhookConfig).setAlertEmails(organizationId, addresses);
  }
}

/** One batched read of the attempts of every delivery a response shows, per request. */
const attemptLoaders = new WeakMap<object, DataLoader<string, WebhookAttempt[]>>();

function attemptLoader(ctx: WebhookRequestContext): DataLoader<string, WebhookAttempt[]> {
  let loader = attemptLoaders.get(ctx);
  if (!loader) {
    loader = new DataLoader(async (ids: readonly string[]) => {
      const byDelivery = await new WebhookService(ctx, ctx.webhookConfig).attemptsOf(ids);
      return ids.map((id) => byDelivery.get(id) ?? []);
    });
    attemptLoaders.set(ctx, loader);
  }
  return loader;
}

@Resolver(() => WebhookDelivery)
export class WebhookDeliveryResolver {
  @FieldResolver(() => [WebhookAttempt], { description: 'Its attempts, oldest first: when, HTTP status, error, duration.' })
  attemptLog(@Root() delivery: WebhookDelivery, @Ctx() ctx: WebhookRequestContext): Promise<WebhookAttempt[]> {
    return attemptLoader(ctx).load(delivery.id);
  }
}
