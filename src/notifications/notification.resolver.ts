import { Arg, Args, Ctx, Field, FieldResolver, ID, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../auth/context';
import type { IncidentLoaders } from '../incidents/incident.loaders';
import { lookupDescription } from '../lib/errors';
import type { NotificationLoaders } from './notification.loaders';
import { Exposure } from '../incidents/exposure.entity';
import { CONTENT_CHANGE_KIND, type ContentChangeKind } from './changes';
import { type Connection, connectionType, PageArgs } from '../lib/connection';
import { Notification } from './notification.entity';
import { listNotifications, NotificationFilter, NotificationOrder, pageExposureNotifications } from './notification-list';
import { CreateNotificationInput, SignOffGravityInput, UpdateNotificationInput } from './notification.inputs';
import { NotificationService } from './notification.service';
import { AuthorityNotification } from './authority-notification.entity';
import { AuthorityNotificationInput, AuthorityNotificationService } from './authority-notification.service';

@ObjectType({ description: 'One field of the form that differs from an earlier filed notification, compared as the form shows it.' })
class ContentChangeType {
  @Field(() => Int, { description: 'The number of the CNIL form section holding the field, 1 to 14.' }) section!: number;
  @Field({ description: 'The form path of the field, e.g. data.persons.' }) path!: string;
  @Field({ description: 'The field’s French label on the form, e.g. « Nombre approximatif de personnes ».' }) label!: string;
  @Field(() => CONTENT_CHANGE_KIND, { description: 'Whether the field was added, removed or changed.' }) kind!: ContentChangeKind;
  @Field(() => String, { nullable: true, description: 'The value as the earlier notification shows it; null when it had none (ADDED).' })
  before!: string | null;
  @Field(() => String, { nullable: true, description: 'The value as this notification shows it; null when it has none (REMOVED).' })
  after!: string | null;
}

@ObjectType({ description: 'Why an art. 33(3) item is not yet available (art. 33(4)).' })
class MissingItemReasonType {
  @Field({ description: 'The form path of the item not yet available, e.g. breach.causes.' }) path!: string;
  @Field({ description: 'Why it is not yet available, as section 1 of the form prints it.' }) reason!: string;
}

const NotificationConnection = connectionType(Notification);

@Resolver(() => Notification)
export class NotificationResolver {
  @Query(() => NotificationConnection, {
    description: 'The CNIL notifications the viewer may read (its controller file), a page at a time (default: oldest first).',
  })
  notifications(
    @Ctx() ctx: RequestContext,
    @Arg('filter', () => NotificationFilter, { nullable: true, description: 'Only the notifications matching it.' })
    filter: NotificationFilter | null,
    @Arg('orderBy', () => NotificationOrder, { nullable: true, description: 'Sort key and direction; the id breaks ties.' })
    orderBy: NotificationOrder | null,
    @Args(() => PageArgs) page: PageArgs,
  ): Promise<Connection<Notification>> {
    return listNotifications(ctx, filter ?? {}, orderBy, page);
  }

  @Query(() => Notification, { nullable: true, description: lookupDescription('notification') })
  notification(
    @Arg('id', () => ID, { description: 'The notification’s id.' }) id: string,
    @Ctx() ctx: RequestContext,
  ): Promise<Notification> {
    return new NotificationService(ctx).get(id);
  }

  @Mutation(() => Notification, {
    description:
      'Starts an INITIAL or COMPLETE notification of an exposure as a DRAFT, its content assembled from the current facts. Roles: CONTROLLER_DPO, CONTROLLER_LEGAL, ADMIN.',
  })
  createNotification(
    @Arg('input', { description: 'The exposure and the type of notification.' }) input: CreateNotificationInput,
    @Ctx() ctx: RequestContext,
  ): Promise<Notification> {
    return new NotificationService(ctx).create(input);
  }

  @Mutation(() => Notification, {
    description:
      'Edits a DRAFT notification: an omitted field stays, null clears it; any change to the gravity or severity clears its sign-off. Roles: CONTROLLER_DPO, CONTROLLER_LEGAL, ADMIN.',
  })
  updateNotification(
    @Arg('id', () => ID, { description: 'The notification to edit; it must be a DRAFT.' }) id: string,
    @Arg('input', { description: 'The fields to change, with the version they were prepared against.' }) input: UpdateNotificationInput,
    @Ctx() ctx: RequestContext,
  ): Promise<Notification> {
    return new NotificationService(ctx).update(id, input);
  }

  @Mutation(() => Notification, {
    description:
      'Confirm or replace (with a reason) the suggested gravity of section 11 of a DRAFT; editing the severity or gravity later clears it. Roles: CONTROLLER_DPO, CONTROLLER_LEGAL, ADMIN.',
  })
  signOffGravity(
    @Arg('id', () => ID, { description: 'The notification; it must be a DRAFT.' }) id: string,
    @Arg('version', () => Int, { description: 'The notification’s version the sign-off was prepared against; a stale one is a CONFLICT.' })
    version: number,
    @Arg('input', { description: 'The gravity retained and, when it differs from the suggestion, why.' }) input: SignOffGravityInput,
    @Ctx() ctx: RequestContext,
  ): Promise<Notification> {
    return new NotificationService(ctx).signOffGravity(id, version, input);
  }

  @Mutation(() => Notification, {
    description:
      'DRAFT → READY, refused (INVALID_STATE_TRANSITION, listing them) while a blocking item is missing. Roles: CONTROLLER_DPO, CONTROLLER_LEGAL, ADMIN.',
  })
  markNotificationReady(
    @Arg('id', () => ID, { description: 'The notification; it must be a DRAFT.' }) id: string,
    @Arg('version', () => Int, { description: 'The version it was reviewed at; a stale one is a CONFLICT.' }) version: number,
    @Ctx() ctx: RequestContext,
  ): Promise<Notification> {
    return new NotificationService(ctx).markReady(id, version);
  }

  @Mutation(() => Notification, {
    description: 'READY → DRAFT, to edit it again before filing. Roles: CONTROLLER_DPO, CONTROLLER_LEGAL, ADMIN.',
  })
  reopenNotification(
    @Arg('id', () => ID, { description: 'The notification; it must be READY.' }) id: string,
    @Arg('version', () => Int, { description: 'The version it was reviewed at; a stale one is a CONFLICT.' }) version: number,
    @Ctx() ctx: RequestContext,
  ): Promise<Notification> {
    return new NotificationService(ctx).reopen(id, version);
  }

  @Mutation(() => Notification, {
    description:
      'A new COMPLEMENTARY draft completing a filed notification (the initial or one of its complements), ranked after the filed ones (art. 33(4)); at most one is open at a time (else CONFLICT). Roles: CONTROLLER_DPO, CONTROLLER_LEGAL, ADMIN.',
  })
  startComplementaryNotification(
    @Arg('id', () => ID, { description: 'A FILED notification: the initial or one of its complements.' }) id: string,
    @Ctx() ctx: RequestContext,
    @Arg('afterFinalReason', () => String, {
      nullable: true,
      description: 'Required once a final complementary notification was filed: why another one follows it.',
    })
    afterFinalReason?: string | null,
  ): Promise<Notification> {
    return new NotificationService(ctx).startComplementary(id, afterFinalReason);
  }

  @FieldResolver(() => ID, { description: 'The id of the exposure this notification is about.' })
  exposureId(@Root() notification: Notification): string {
    return notification.exposure.id;
  }

  @FieldResolver(() => Notification, { nullable: true, description: 'The filed notification this complementary one completes.' })
  async initial(@Root() notification: Notification, @Ctx() ctx: RequestContext): Promise<Notification | null> {
    return notification.initial ? new NotificationService(ctx).get(notification.initial.id) : null;
  }

  @FieldResolver(() => [ContentChangeType], {
    nullable: true,
    description: 'For a complementary notification: what it adds or changes against the last filed one (sections 2 to 14).',
  })
  changesSincePrevious(@Root() notification: Notification, @Ctx() ctx: RequestContext): Promise<ContentChangeType[] | null> {
    return new NotificationService(ctx).changesSincePrevious(notification);
  }

  @FieldResolver(() => [MissingItemReasonType], {
    description: 'For a complementary notification: why each art. 33(3) item left for later is not yet available.',
  })
  missingItemReasons(@Root() notification: Notification): MissingItemReasonType[] {
    return Object.entries(notification.missingItemReasons ?? {}).map(([path, reason]) => ({ path, reason }));
  }

  @FieldResolver(() => [ContentChangeType], {
    nullable: true,
    description: 'For a complementary notification: the differences from the filed initial.',
  })
  changesSinceInitial(@Root() notification: Notification, @Ctx() ctx: RequestContext): Promise<ContentChangeType[] | null> {
    return new NotificationService(ctx).changesSinceInitial(notification);
  }
}

@Resolver(() => Notification)
export class NotificationExposureResolver {
  // The controller's file lies within its exposures: a notification the viewer reads has a visible exposure.
  @FieldResolver(() => Exposure, { description: 'The exposure this notification is about (with its incident and controller).' })
  async exposure(@Root() notification: Notification, @Ctx() ctx: RequestContext<IncidentLoaders>): Promise<Exposure> {
    return (await ctx.loaders.exposureById.load(notification.exposure.id))!;
  }
}

@Resolver(() => Exposure)
export class ExposureNotificationsResolver {
  @FieldResolver(() => NotificationConnection, {
    description: 'The CNIL notifications of this exposure the viewer may read, a page at a time (default: oldest first).',
  })
  async notifications(
    @Root() exposure: Exposure,
    @Ctx() ctx: RequestContext<NotificationLoaders>,
    @Arg('filter', () => NotificationFilter, { nullable: true, description: 'Only the notifications matching it.' })
    filter: NotificationFilter | null,
    @Arg('orderBy', () => NotificationOrder, { nullable: true, description: 'Sort key and direction; the id breaks ties.' })
    orderBy: NotificationOrder | null,
    @Args(() => PageArgs) page: PageArgs,
  ): Promise<Connection<Notification>> {
    return pageExposureNotifications(exposure, await ctx.loaders.notificationsByExposure.load(exposure.id), filter ?? {}, orderBy, page);
  }
}

@Resolver(() => AuthorityNotification)
export class AuthorityNotificationResolver {
  @Mutation(() => AuthorityNotification, {
    description:
      'Records a notification of the breach made to another authority (ANSSI, ACPR, a criminal complaint…): section 14 lists these. Roles: CONTROLLER_DPO, CONTROLLER_LEGAL, ADMIN.',
  })
  recordAuthorityNotification(
    @Arg('exposureId', () => ID, { description: 'The exposure whose breach was notified: one of the viewer’s controller file.' })
    exposureId: string,
    @Arg('input', { description: 'The authority, when, and its reference.' }) input: AuthorityNotificationInput,
    @Ctx() ctx: RequestContext,
  ): Promise<AuthorityNotification> {
    return new AuthorityNotificationService(ctx).record(exposureId, input);
  }

  @FieldResolver(() => ID, { description: 'The id of the exposure whose breach was notified.' })
  exposureId(@Root() recorded: AuthorityNotification): string {
    return recorded.exposure.id;
  }
}

@Resolver(() => Exposure)
export class ExposureAuthorityNotificationsResolver {
  @FieldResolver(() => [AuthorityNotification], { description: 'Notifications made to other authorities (section 14), oldest first.' })
  authorityNotifications(@Root() exposure: Exposure, @Ctx() ctx: RequestContext): Promise<AuthorityNotification[]> {
    return new AuthorityNotificationService(ctx).listOf(exposure.id);
  }
}
