import { GraphQLJSON, GraphQLJSONObject } from 'graphql-scalars';
import { Arg, Ctx, Field, FieldResolver, ID, Int, Mutation, ObjectType, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../auth/context';
import type { SectionCode } from '../cnil/form';
import { type LetterVariant, type PersonsLetterContent } from '../content/letter-content';
import type { CnilNotificationContent } from '../content/notification-content';
import { canonicalJson } from '../lib/canonical-json';
import { Notification } from '../notifications/notification.entity';
import { ObligationType } from '../notifications/obligation.types';
import { RecordFilingInput } from '../notifications/notification.inputs';
import type { NotificationContents, NotificationDerived } from '../notifications/derived-state.read';
import type { NotificationLoaders } from '../notifications/notification.loaders';
import type { RenderedPdf } from '../pdf/pdf-document';
import type { DocumentRenderer } from '../pdf/renderer';
import type { DocumentLoaders } from './document.loaders';
import { DocumentService } from './document.service';
import { downloadLink, type DownloadLinkContext } from './download-link';
import { FilingService } from './filing.service';
import {
  CompletenessIssueType,
  completenessIssueOf,
  FORM_SECTION_CODE,
  FormQuestion,
  FormSection,
  formSections,
  headerOf,
  LETTER_STATUS,
  LETTER_VARIANT,
  LetterIssueType,
  letterOf,
  NotificationHeader,
  PersonsLetterDocument,
  Severity,
  severityOf,
} from './notification-document.types';

@ObjectType({ description: "The CNIL's own récapitulatif of a filed notification, as attached (kept byte for byte)." })
class CnilRecapitulatifType {
  @Field({ description: 'sha256 of the PDF as attached.' }) sha256!: string;
  @Field(() => Int, { description: 'Size of the PDF in bytes.' }) byteSize!: number;
  @Field({ description: 'When it was attached, ISO 8601 in UTC.' }) uploadedAt!: Date;
  @Field({ description: 'Who attached it: the subject of their token.' }) uploadedBy!: string;
  @Field({ description: 'A signed link to download it, valid a few minutes for this viewer, no Authorization header needed.' })
  url!: string;
}

/** A request that may render (the shared render threads, charged to its viewer) and hand out signed download links. */
export type DocumentRequestContext = RequestContext<NotificationLoaders & DocumentLoaders> &
  DownloadLinkContext & { renderer: DocumentRenderer };

/** `variant` of the letter's links: its signature covers it, so a link opens the one variant asked for. */
const variantArg = () =>
  Arg('variant', () => LETTER_VARIANT, {
    defaultValue: 'MEMBER',
    description: 'The addressee: MEMBER (the default), BENEFICIARY or MINOR_REPRESENTATIVE.',
  });

@ObjectType({ description: 'The 72-hour clock of the CNIL notification.' })
class NotificationDeadline {
  @Field(() => Date, { nullable: true, description: 'When the CNIL notification falls due; null while awareness is unknown.' })
  dueAt!: Date | null;
  @Field(() => Int, { nullable: true, description: 'Seconds left (negative once past); null while awareness is unknown.' })
  remainingSeconds!: number | null;
  @Field({ description: 'Past due with no notification of the exposure filed yet.' }) overdue!: boolean;
}

/** What the fields read: the stored state, else the notification's view and its letters, each computed once. */
interface DocumentSources {
  /** Hash, completeness, severity and obligations, from the state stored when the inputs changed. */
  derived: () => Promise<NotificationDerived>;
  /** The content and the letters, stored too: read only by the fields that show them. */
  contents: () => Promise<NotificationContents>;
  letters: () => Promise<PersonsLetterContent[]>;
  /** Rendered once, on the first PDF field asked for. */
  pdf: () => Promise<RenderedPdf>;
}

/**
 * The document of one notification. Links are signed from its id alone; everything else is assembled
 * on the first field that needs it and shared by the others, so a list asking only for download links
 * (or, once filed, the sha256 recorded at filing) assembles and renders nothing.
 */
@ObjectType({ description: 'What the notification says, as assembled now (or as filed), with its sha256.' })
class NotificationDocument {
  constructor(
    private readonly id: string,
    private readonly filedSha256: string | null,
    private readonly now: Date,
    private readonly link: (path: string) => string,
    private readonly sources: DocumentSources,
  ) {}

  @Field(() => GraphQLJSONObject, {
    description: 'CnilNotificationContent: the 14 sections of the CNIL form, as JSON.',
    deprecationReason: 'Use sections, header or canonicalJson: content is removed in 0.3.0; read the typed fields or canonicalJson.',
  })
  async content(): Promise<CnilNotificationContent> {
    return (await this.sources.contents()).content;
  }

  @Field(() => String, {
    description: 'The content as RFC 8785 canonical JSON: exactly the bytes sha256 is computed over, to archive or verify.',
  })
  async canonicalJson(): Promise<string> {
    return canonicalJson((await this.sources.contents()).content);
  }

  @Field(() => String, { description: 'sha256 (hex) of canonicalJson: the content as filed, once filed.' })
  async sha256(): Promise<string> {
    return this.filedSha256 ?? (await this.sources.derived()).contentSha256;
  }

  @Field(() => NotificationHeader, { description: 'What the notification is (type, number, phase) and whom it is about.' })
  async header(): Promise<NotificationHeader> {
    return headerOf((await this.sources.contents()).content);
  }

  @Field(() => [FormSection], {
    description: 'The sections of the CNIL form, each question with its typed answer, provenance and missing items.',
  })
  async sections(
    @Arg('missingOnly', {
      defaultValue: false,
      description:
        'true: only the sections that still miss something, each with only its questions that do (« ce qui manque »); the section-level items stay in `missing`.',
    })
    missingOnly: boolean,
  ): Promise<FormSection[]> {
    const all = await this.allSections();
    if (!missingOnly) return all;
    return all.filter((s) => s.missing.length > 0).map((s) => ({ ...s, questions: s.questions.filter((q) => q.missing.length > 0) }));
  }

  @Field(() => FormSection, { nullable: true, description: 'One section of the form by its code; null when the content has none.' })
  async section(
    @Arg('code', () => FORM_SECTION_CODE, { description: 'The section code, e.g. DATA.' }) code: SectionCode,
  ): Promise<FormSection | null> {
    return (await this.allSections()).find((s) => s.code === code) ?? null;
  }

  @Field(() => FormQuestion, { nullable: true, description: 'One question of the form by its path; null when the content has none.' })
  async question(@Arg('path', { description: 'The form path, e.g. data.persons.' }) path: string): Promise<FormQuestion | null> {
    return (await this.allSections()).flatMap((s) => s.questions).find((q) => q.path === path) ?? null;
  }

  @Field(() => [CompletenessIssueType], { description: 'Every item still missing or inconsistent (each also under its question).' })
  async completeness(): Promise<CompletenessIssueType[]> {
    return (await this.sources.derived()).completeness.map(completenessIssueOf);
  }

  @Field(() => Severity, {
    description: 'The ENISA assessment, computed and chosen, with the signed-off gravity (internal: never sent to the CNIL).',
  })
  async severity(): Promise<Severity> {
    // The gathered inputs always carry an assessment; only a hand-built assembly may lack one.
    return severityOf((await this.sources.derived()).severity!);
  }

  @Field(() => GraphQLJSON, {
    description: 'The severity as computed and chosen, with the override, as JSON.',
    deprecationReason: 'Use severity: severityJson is removed in 0.3.0; read the typed fields or canonicalJson.',
  })
  async severityJson(): Promise<unknown> {
    return (await this.sources.derived()).severityInputs;
  }

  @Field(() => [ObligationType], {
    description: 'Obligations of the exposure (CNIL, persons, processor, ACPR, ANSSI) with due instants and status.',
  })
  async obligations(): Promise<ObligationType[]> {
    return (await this.sources.derived()).obligations;
  }

  @Field(() => GraphQLJSON, {
    description: 'The obligations of the exposure as JSON.',
    deprecationReason: 'Use obligations: obligationsJson is removed in 0.3.0; read the typed fields or canonicalJson.',
  })
  async obligationsJson(): Promise<unknown> {
    return (await this.sources.derived()).obligations;
  }

  @Field(() => NotificationDeadline, { description: 'The 72-hour clock of the CNIL notification.' })
  async deadline(): Promise<NotificationDeadline> {
    const { cnilDueAt: dueAt, overdue } = await this.sources.derived();
    return {
      dueAt,
      remainingSeconds: dueAt ? Math.round((dueAt.getTime() - this.now.getTime()) / 1000) : null,
      overdue,
    };
  }

  @Field(() => PersonsLetterDocument, {
    description: 'The letter to the persons concerned (art. 34) addressed to the member, assembled from the same facts.',
  })
  async letter(): Promise<PersonsLetterDocument> {
    return letterOf((await this.sources.letters())[0]!);
  }

  @Field(() => [PersonsLetterDocument], {
    description: 'The letter of every addressee variant (member, beneficiary, minor’s representative).',
  })
  async letters(): Promise<PersonsLetterDocument[]> {
    return (await this.sources.letters()).map(letterOf);
  }

  @Field(() => GraphQLJSONObject, {
    description: 'The letter to the member as JSON (PersonsLetterContent).',
    deprecationReason: 'Use letter: letterJson is removed in 0.3.0; read the typed fields or canonicalJson.',
  })
  async letterJson(): Promise<PersonsLetterContent> {
    return (await this.sources.letters())[0]!;
  }

  @Field(() => LETTER_STATUS, { description: 'DRAFT or READY: READY once a named person marked it so and nothing blocks.' })
  async letterStatus(): Promise<PersonsLetterContent['status']> {
    return (await this.sources.letters())[0]!.status;
  }

  @Field(() => [LetterIssueType], { description: 'What the letter lacks, for any addressee variant.' })
  async letterCompleteness(): Promise<LetterIssueType[]> {
    const letters = await this.sources.letters();
    return [...new Map(letters.flatMap((l) => l.completeness).map((i) => [i.code, i])).values()];
  }

  @Field({ description: 'A signed link to the PDF of this filing: valid a few minutes, for this viewer, no Authorization header needed.' })
  url(): string {
    return this.link(`/notifications/${this.id}/filing.pdf`);
  }

  @Field({ description: 'A signed link (as `url`) to the letter of every addressee variant as a mail-merge CSV (no personal data).' })
  letterRecipientsUrl(): string {
    return this.link(`/notifications/${this.id}/letter-recipients.csv`);
  }

  @Field({
    description:
      'A signed link (as `url`) to the internal dossier (ENISA, other regimes, provenance, missing items): never sent to the CNIL.',
  })
  dossierUrl(): string {
    return this.link(`/notifications/${this.id}/dossier-interne.pdf`);
  }

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
    return (await this.sources.pdf()).bytes.length;
  }

  @Field(() => Int, { description: 'Pages of the filing PDF.' })
  async pageCount(): Promise<number> {
    return (await this.sources.pdf()).pageCount;
  }

  @Field(() => String, { description: 'sha256 of the filing PDF bytes (for a filed notification, of the PDF kept at filing).' })
  async pdfSha256(): Promise<string> {
    return (await this.sources.pdf()).sha256;
  }

  private letterLink(file: 'letter.pdf' | 'letter.docx', variant: LetterVariant): string {
    return this.link(`/notifications/${this.id}/${file}${variant === 'MEMBER' ? '' : `?variant=${variant}`}`);
  }

  /** Mapped once, however many of sections, section and question a request asks for. */
  private mappedSections?: Promise<FormSection[]>;

  private allSections(): Promise<FormSection[]> {
    return (this.mappedSections ??= Promise.all([this.sources.contents(), this.sources.derived()]).then(([{ content }, { completeness }]) =>
      formSections(content, completeness),
    ));
  }
}

/** The documents of a notification: recording its filing (which keeps the PDF) and its PDFs and letter. */
@Resolver(() => Notification)
export class NotificationDocumentResolver {
  @Mutation(() => Notification, {
    description:
      'READY → FILED: records the filing with the CNIL; the content, its sha256, the lateness verdict and the PDF are frozen for good. Roles: CONTROLLER_LEGAL, ADMIN.',
  })
  recordNotificationFiling(
    @Arg('id', () => ID, { description: 'The notification filed; it must be READY.' }) id: string,
    @Arg('input', { description: 'The CNIL reference and filing instant, with the version the filing was prepared against.' })
    input: RecordFilingInput,
    @Ctx() ctx: DocumentRequestContext,
  ): Promise<Notification> {
    return new FilingService(ctx).record(id, input);
  }

  @FieldResolver(() => NotificationDocument, {
    description: 'The notification as the CNIL form, its PDFs and letters: assembled from the current facts, or as filed once FILED.',
  })
  document(@Root() notification: Notification, @Ctx() ctx: DocumentRequestContext): NotificationDocument {
    let rendered: Promise<RenderedPdf> | undefined;
    const sources: DocumentSources = {
      derived: () => ctx.loaders.derivedOfNotification.load(notification),
      contents: () => ctx.loaders.contentsOfNotification.load(notification),
      letters: async () => (await sources.contents()).letters,
      pdf: () =>
        (rendered ??= new DocumentService(ctx).filingPdf(
          notification,
          async () => ({ content: (await sources.contents()).content, contentSha256: (await sources.derived()).contentSha256 }),
          () => ctx.loaders.filedDocumentByNotification.load(notification.id),
        )),
    };
    const filedSha256 = notification.status === 'FILED' ? (notification.snapshotSha256 ?? null) : null;
    return new NotificationDocument(notification.id, filedSha256, ctx.clock.now(), (path) => downloadLink(ctx, path), sources);
  }

  @FieldResolver(() => CnilRecapitulatifType, {
    nullable: true,
    description: "The CNIL's récapitulatif of this filing, once attached (POST /notifications/:id/recapitulatif.pdf).",
  })
  async recapitulatif(
    @Root() notification: Notification,
    @Ctx() ctx: DocumentRequestContext & RequestContext<DocumentLoaders>,
  ): Promise<CnilRecapitulatifType | null> {
    // Batched: a list of filings asks for each one's récapitulatif in one statement.
    const recapitulatif = await ctx.loaders.recapitulatifByNotification.load(notification.id);
    if (!recapitulatif) return null;
    const { sha256, byteSize, uploadedAt, uploadedBy } = recapitulatif;
    return { sha256, byteSize, uploadedAt, uploadedBy, url: downloadLink(ctx, `/notifications/${notification.id}/recapitulatif.pdf`) };
  }
}
