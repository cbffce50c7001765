import { GraphQLJSON, GraphQLJSONObject } from 'graphql-scalars';
import { Arg, Ctx, Field, FieldResolver, ID, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../app/graphql/context';
import { Exposure } from '../incidents/exposure.entity';
import type { RenderedPdf } from '../pdf/pdf-document';
import { DocumentService } from '../documents/document.service';
import { Notification } from './notification.entity';
import { CreateNotificationInput, RecordFilingInput, UpdateNotificationInput } from './notification.inputs';
import { assembleLetter } from './letter';
import { NotificationService, type NotificationView } from './notification.service';

@ObjectType({ description: 'An item still missing or inconsistent, and whether it blocks READY for this type.' })
class CompletenessIssueType {
  @Field() code!: string;
  @Field(() => Int) section!: number;
  @Field() path!: string;
  @Field() messageFr!: string;
  @Field() messageEn!: string;
  @Field() blocksReady!: boolean;
}

@ObjectType({ description: 'One field that differs from the initial notification, as the form shows it.' })
class ContentChangeType {
  @Field(() => Int) section!: number;
  @Field() path!: string;
  @Field() label!: string;
  @Field({ description: 'ADDED, REMOVED or CHANGED.' }) kind!: string;
  @Field(() => String, { nullable: true }) before!: string | null;
  @Field(() => String, { nullable: true }) after!: string | null;
}

@ObjectType({ description: 'The 72-hour clock of the CNIL notification.' })
class NotificationDeadline {
  @Field(() => Date, { nullable: true }) dueAt!: Date | null;
  @Field(() => Int, { nullable: true, description: 'Seconds left (negative once past); null while awareness is unknown.' }) remainingSeconds!: number | null;
  @Field({ description: "Past due with no notification of the exposure filed yet." }) overdue!: boolean;
}

@ObjectType({ description: 'What the notification says, as assembled now (or as filed), with its sha256.' })
class NotificationDocument {
  @Field(() => GraphQLJSONObject, { description: 'CnilNotificationContent: the 14 sections of the CNIL form.' }) content!: object;
  @Field() sha256!: string;
  @Field(() => [CompletenessIssueType]) completeness!: CompletenessIssueType[];
  @Field(() => GraphQLJSON, { description: 'ENISA components with their justifications, suggested gravity and art. 34 recommendation.' })
  severity!: unknown;
  @Field(() => GraphQLJSON, { description: 'Obligations of the exposure (CNIL, persons, processor, ACPR, ANSSI) with due instants and status.' })
  obligations!: unknown;
  @Field(() => NotificationDeadline) deadline!: NotificationDeadline;
  @Field(() => GraphQLJSONObject, { description: 'The letter to the persons concerned (art. 34), assembled from the same facts.' }) letter!: object;
  @Field({ description: 'Where the PDF of this filing downloads (authenticated, same scope).' }) url!: string;
  @Field({ description: 'Where the PDF of the letter to the persons downloads.' }) letterUrl!: string;

  /** Rendered once, on the first PDF field asked for: a dashboard listing hashes renders nothing. */
  constructor(private readonly pdf: () => Promise<RenderedPdf>) {}

  @Field(() => Int, { description: 'Size of the filing PDF in bytes.' })
  async byteSize(): Promise<number> {
    return (await this.pdf()).bytes.length;
  }

  @Field(() => Int, { description: 'Pages of the filing PDF.' })
  async pageCount(): Promise<number> {
    return (await this.pdf()).pageCount;
  }

  @Field(() => String, { description: 'sha256 of the filing PDF bytes (for a filed notification, of the PDF kept at filing).' })
  async pdfSha256(): Promise<string> {
    return (await this.pdf()).sha256;
  }
}

function documentOf(view: NotificationView, now: Date, pdf: () => Promise<RenderedPdf>, id: string): NotificationDocument {
  const { inputs } = view;
  const dueAt = inputs.cnilDueAt;
  return Object.assign(new NotificationDocument(pdf), {
    url: `/notifications/${id}/filing.pdf`,
    letterUrl: `/notifications/${id}/letter.pdf`,
    content: view.content,
    sha256: view.contentSha256,
    completeness: view.completeness.map((i) => ({ code: i.code, section: i.section, path: i.path, messageFr: i.message.fr, messageEn: i.message.en, blocksReady: i.blocksReady })),
    severity: inputs.severity,
    obligations: inputs.obligations,
    letter: assembleLetter(inputs.assembly),
    deadline: {
      dueAt,
      remainingSeconds: dueAt ? Math.round((dueAt.getTime() - now.getTime()) / 1000) : null,
      overdue: inputs.overdue,
    },
  });
}

@Resolver(() => Notification)
export class NotificationResolver {
  @Query(() => Notification)
  notification(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<Notification> {
    return new NotificationService(ctx).get(id);
  }

  @Mutation(() => Notification)
  createNotification(@Arg('input') input: CreateNotificationInput, @Ctx() ctx: RequestContext): Promise<Notification> {
    return new NotificationService(ctx).create(input);
  }

  @Mutation(() => Notification)
  updateNotification(@Arg('id', () => ID) id: string, @Arg('input') input: UpdateNotificationInput, @Ctx() ctx: RequestContext): Promise<Notification> {
    return new NotificationService(ctx).update(id, input);
  }

  @Mutation(() => Notification, { description: 'DRAFT → READY, refused while a blocking item is missing.' })
  markNotificationReady(@Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number, @Ctx() ctx: RequestContext): Promise<Notification> {
    return new NotificationService(ctx).markReady(id, version);
  }

  @Mutation(() => Notification, { description: 'READY → DRAFT.' })
  reopenNotification(@Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number, @Ctx() ctx: RequestContext): Promise<Notification> {
    return new NotificationService(ctx).reopen(id, version);
  }

  @Mutation(() => Notification, { description: 'READY → FILED: the content is frozen and hashed.' })
  recordNotificationFiling(@Arg('id', () => ID) id: string, @Arg('input') input: RecordFilingInput, @Ctx() ctx: RequestContext): Promise<Notification> {
    return new NotificationService(ctx).recordFiling(id, input);
  }

  @Mutation(() => Notification, { description: 'A new COMPLEMENTARY draft completing a filed notification.' })
  startComplementaryNotification(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<Notification> {
    return new NotificationService(ctx).startComplementary(id);
  }

  @FieldResolver(() => ID)
  exposureId(@Root() notification: Notification): string {
    return notification.exposure.id;
  }

  @FieldResolver(() => Notification, { nullable: true, description: 'The filed notification this complementary one completes.' })
  async initial(@Root() notification: Notification, @Ctx() ctx: RequestContext): Promise<Notification | null> {
    return notification.initial ? new NotificationService(ctx).get(notification.initial.id) : null;
  }

  @FieldResolver(() => [ContentChangeType], { nullable: true, description: 'For a complementary notification: the differences from the filed initial.' })
  changesSinceInitial(@Root() notification: Notification, @Ctx() ctx: RequestContext): Promise<ContentChangeType[] | null> {
    return new NotificationService(ctx).changesSinceInitial(notification);
  }

  @FieldResolver(() => NotificationDocument)
  async document(@Root() notification: Notification, @Ctx() ctx: RequestContext): Promise<NotificationDocument> {
    const view = await new NotificationService(ctx).view(notification);
    let rendered: Promise<RenderedPdf> | undefined;
    const pdf = () => (rendered ??= new DocumentService(ctx).pdfOf(notification, 'FILING', view));
    return documentOf(view, ctx.clock.now(), pdf, notification.id);
  }
}

@Resolver(() => Exposure)
export class ExposureNotificationsResolver {
  @FieldResolver(() => [Notification], { description: 'The CNIL notifications of this exposure, oldest first.' })
  notifications(@Root() exposure: Exposure, @Ctx() ctx: RequestContext): Promise<Notification[]> {
    return ctx.loaders.notificationsByExposure.load(exposure.id);
  }
}
