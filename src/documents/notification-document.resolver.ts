import { GraphQLJSON, GraphQLJSONObject } from 'graphql-scalars';
import { Arg, Ctx, Field, FieldResolver, ID, Int, Mutation, ObjectType, registerEnumType, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../auth/context';
import { LETTER_VARIANTS, type LetterVariant, type PersonsLetterContent } from '../content/letter-content';
import { Notification } from '../notifications/notification.entity';
import { RecordFilingInput } from '../notifications/notification.inputs';
import { NotificationService, type NotificationView } from '../notifications/notification.service';
import type { RenderedPdf } from '../pdf/pdf-document';
import type { DocumentRenderer } from '../pdf/renderer';
import { DocumentService } from './document.service';
import { downloadLink, type DownloadLinkContext } from './download-link';
import { FilingService } from './filing.service';
import { RecapitulatifService } from './recapitulatif.service';

@ObjectType({ description: "The CNIL's own récapitulatif of a filed notification, as attached (kept byte for byte)." })
class CnilRecapitulatifType {
  @Field({ description: 'sha256 of the PDF as attached.' }) sha256!: string;
  @Field(() => Int) byteSize!: number;
  @Field() uploadedAt!: Date;
  @Field() uploadedBy!: string;
  @Field({ description: 'A signed link to download it, valid a few minutes for this viewer, no Authorization header needed.' })
  url!: string;
}

/** A request that may render (the shared render threads, charged to its viewer) and hand out signed download links. */
export type DocumentRequestContext = RequestContext & DownloadLinkContext & { renderer: DocumentRenderer };

const LETTER_VARIANT = Object.fromEntries(LETTER_VARIANTS.map((v) => [v, v])) as { [V in LetterVariant]: V };
registerEnumType(LETTER_VARIANT, { name: 'LetterVariant', description: 'The addressee of the letter to the persons.' });

/** `variant` of the letter's links: its signature covers it, so a link opens the one variant asked for. */
const variantArg = () =>
  Arg('variant', () => LETTER_VARIANT, {
    defaultValue: 'MEMBER',
    description: 'The addressee: MEMBER (the default), BENEFICIARY or MINOR_REPRESENTATIVE.',
  });

@ObjectType({ description: 'An item still missing or inconsistent, and whether it blocks READY for this type.' })
class CompletenessIssueType {
  @Field() code!: string;
  @Field(() => Int) section!: number;
  @Field() path!: string;
  @Field() messageFr!: string;
  @Field() messageEn!: string;
  @Field() blocksReady!: boolean;
}

@ObjectType({ description: 'An item the letter to the persons lacks; a blocking one keeps it from READY.' })
class LetterIssueType {
  @Field() code!: string;
  @Field() messageFr!: string;
  @Field() messageEn!: string;
  @Field() blocksReady!: boolean;
}

@ObjectType({ description: 'The 72-hour clock of the CNIL notification.' })
class NotificationDeadline {
  @Field(() => Date, { nullable: true }) dueAt!: Date | null;
  @Field(() => Int, { nullable: true, description: 'Seconds left (negative once past); null while awareness is unknown.' })
  remainingSeconds!: number | null;
  @Field({ description: 'Past due with no notification of the exposure filed yet.' }) overdue!: boolean;
}

@ObjectType({ description: 'What the notification says, as assembled now (or as filed), with its sha256.' })
class NotificationDocument {
  @Field(() => GraphQLJSONObject, { description: 'CnilNotificationContent: the 14 sections of the CNIL form.' }) content!: object;
  @Field() sha256!: string;
  @Field(() => [CompletenessIssueType]) completeness!: CompletenessIssueType[];
  @Field(() => GraphQLJSON, { description: 'ENISA components with their justifications, suggested gravity and art. 34 recommendation.' })
  severity!: unknown;
  @Field(() => GraphQLJSON, {
    description: 'Obligations of the exposure (CNIL, persons, processor, ACPR, ANSSI) with due instants and status.',
  })
  obligations!: unknown;
  @Field(() => NotificationDeadline) deadline!: NotificationDeadline;
  @Field(() => GraphQLJSONObject, { description: 'The letter to the persons concerned (art. 34), assembled from the same facts.' })
  letter!: object;
  @Field({ description: 'A signed link to the PDF of this filing: valid a few minutes, for this viewer, no Authorization header needed.' })
  url!: string;
  @Field({ description: 'A signed link (as `url`) to the letter of every addressee variant as a mail-merge CSV (no personal data).' })
  letterRecipientsUrl!: string;
  @Field({ description: 'DRAFT or READY: READY once a named person marked it so and nothing blocks.' }) letterStatus!: string;
  @Field(() => [LetterIssueType], { description: 'What the letter lacks, for any addressee variant.' })
  letterCompleteness!: LetterIssueType[];
  @Field({
    description:
      'A signed link (as `url`) to the internal dossier (ENISA, other regimes, provenance, missing items): never sent to the CNIL.',
  })
  dossierUrl!: string;

  /** Rendered once, on the first PDF field asked for: a dashboard listing hashes renders nothing. */
  constructor(
    private readonly pdf: () => Promise<RenderedPdf>,
    private readonly letterLink: (file: 'letter.pdf' | 'letter.docx', variant: LetterVariant) => string,
  ) {}

  @Field(() => String, { description: 'A signed link (as `url`) to the PDF of the letter to the persons of one addressee variant.' })
  letterUrl(@variantArg() variant: LetterVariant): string {
    return this.letterLink('letter.pdf', variant);
  }

  @Field(() => String, { description: 'A signed link (as `url`) to the same letter as an editable DOCX.' })
  letterDocxUrl(@variantArg() variant: LetterVariant): string {
    return this.letterLink('letter.docx', variant);
  }

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

function documentOf(
  view: NotificationView,
  now: Date,
  pdf: () => Promise<RenderedPdf>,
  id: string,
  letters: PersonsLetterContent[],
  link: (path: string) => string,
): NotificationDocument {
  const { inputs } = view;
  const dueAt = inputs.cnilDueAt;
  const letterLink = (file: string, variant: LetterVariant) =>
    link(`/notifications/${id}/${file}${variant === 'MEMBER' ? '' : `?variant=${variant}`}`);
  return Object.assign(new NotificationDocument(pdf, letterLink), {
    url: link(`/notifications/${id}/filing.pdf`),
    dossierUrl: link(`/notifications/${id}/dossier-interne.pdf`),
    letterRecipientsUrl: link(`/notifications/${id}/letter-recipients.csv`),
    letterStatus: letters[0]!.status,
    letterCompleteness: [...new Map(letters.flatMap((l) => l.completeness).map((i) => [i.code, i])).values()],
    content: view.content,
    sha256: view.contentSha256,
    completeness: view.completeness.map((i) => ({
      code: i.code,
      section: i.section,
      path: i.path,
      messageFr: i.message.fr,
      messageEn: i.message.en,
      blocksReady: i.blocksReady,
    })),
    severity: inputs.severity,
    obligations: inputs.obligations,
    letter: letters[0]!,
    deadline: {
      dueAt,
      remainingSeconds: dueAt ? Math.round((dueAt.getTime() - now.getTime()) / 1000) : null,
      overdue: inputs.overdue,
    },
  });
}

/** The documents of a notification: recording its filing (which keeps the PDF) and its PDFs and letter. */
@Resolver(() => Notification)
export class NotificationDocumentResolver {
  @Mutation(() => Notification, { description: 'READY → FILED: the content is frozen and hashed.' })
  recordNotificationFiling(
    @Arg('id', () => ID) id: string,
    @Arg('input') input: RecordFilingInput,
    @Ctx() ctx: DocumentRequestContext,
  ): Promise<Notification> {
    return new FilingService(ctx).record(id, input);
  }

  @FieldResolver(() => NotificationDocument)
  async document(@Root() notification: Notification, @Ctx() ctx: DocumentRequestContext): Promise<NotificationDocument> {
    const view = await new NotificationService(ctx).view(notification);
    let rendered: Promise<RenderedPdf> | undefined;
    const documents = new DocumentService(ctx);
    const pdf = () => (rendered ??= documents.pdfOf(notification, 'FILING', view));
    const letters = await Promise.all(LETTER_VARIANTS.map((variant) => documents.letter(notification, variant, view)));
    return documentOf(view, ctx.clock.now(), pdf, notification.id, letters, (path) => downloadLink(ctx, path));
  }

  @FieldResolver(() => CnilRecapitulatifType, {
    nullable: true,
    description: "The CNIL's récapitulatif of this filing, once attached (POST /notifications/:id/recapitulatif.pdf).",
  })
  async recapitulatif(@Root() notification: Notification, @Ctx() ctx: DocumentRequestContext): Promise<CnilRecapitulatifType | null> {
    const recapitulatif = await new RecapitulatifService(ctx).of(notification);
    if (!recapitulatif) return null;
    const { sha256, byteSize, uploadedAt, uploadedBy } = recapitulatif;
    return { sha256, byteSize, uploadedAt, uploadedBy, url: downloadLink(ctx, `/notifications/${notification.id}/recapitulatif.pdf`) };
  }
}
