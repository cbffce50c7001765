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

@ObjectType({ description: 'One field that differs from the initial notification, as the form shows it.' })
class ContentChangeType {
  @Field(() => Int) section!: number;
  @Field() path!: string;
  @Field() label!: string;
  @Field(() => CONTENT_CHANGE_KIND) kind!: ContentChangeKind;
  @Field(() => String, { nullable: true }) before!: string | null;
  @Field(() => String, { nullable: true }) after!: string | null;
}

@ObjectType({ description: 'Why an art. 33(3) item is not yet available (art. 33(4)).' })
class MissingItemReasonType {
  @Field() path!: string;
  @Field() reason!: string;
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
  notification(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<Notification> {
    return new NotificationService(ctx).get(id);
  }

  @Mutation(() => Notification)
  createNotification(@Arg('input') input: CreateNotificationInput, @Ctx() ctx: RequestContext): Promise<Notification> {
    return new NotificationService(ctx).create(input);
  }

  @Mutation(() => Notification)
  updateNotification(
    @Arg('id', () => ID) id: string,
    @Arg('input') input: UpdateNotificationInput,
    @Ctx() ctx: RequestContext,
  ): Promise<Notification> {
    return new NotificationService(ctx).update(id, input);
  }

  @Mutation(() => Notification, {
    description: 'Confirm or replace (with a reason) the suggested gravity; editing the severity or gravity later clears it.',
  })
  signOffGravity(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('input') input: SignOffGravityInput,
    @Ctx() ctx: RequestContext,
  ): Promise<Notification> {
    return new NotificationService(ctx).signOffGravity(id, version, input);
  }

  @Mutation(() => Notification, { description: 'DRAFT → READY, refused while a blocking item is missing.' })
  markNotificationReady(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Ctx() ctx: RequestContext,
  ): Promise<Notification> {
    return new NotificationService(ctx).markReady(id, version);
  }

  @Mutation(() => Notification, { description: 'READY → DRAFT.' })
  reopenNotification(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Ctx() ctx: RequestContext,
  ): Promise<Notification> {
    return new NotificationService(ctx).reopen(id, version);
  }

  @Mutation(() => Notification, {
    description:
      'A new COMPLEMENTARY draft completing a filed notification (the initial or one of its complements), ranked after the filed ones.',
  })
  startComplementaryNotification(
    @Arg('id', () => ID) id: string,
    @Ctx() ctx: RequestContext,
    @Arg('afterFinalReason', () => String, {
      nullable: true,
      description: 'Required once a final complementary notification was filed: why another one follows it.',
    })
    afterFinalReason?: string | null,
  ): Promise<Notification> {
    return new NotificationService(ctx).startComplementary(id, afterFinalReason);
  }

  @FieldResolver(() => ID)
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
      'Records a notification of the breach made to another authority (ANSSI, ACPR, a criminal complaint…): section 14 lists these.',
  })
  recordAuthorityNotification(
    @Arg('exposureId', () => ID) exposureId: string,
    @Arg('input') input: AuthorityNotificationInput,
    @Ctx() ctx: RequestContext,
  ): Promise<AuthorityNotification> {
    return new AuthorityNotificationService(ctx).record(exposureId, input);
  }

  @FieldResolver(() => ID)
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
