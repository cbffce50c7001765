import { GraphQLJSON, GraphQLJSONObject } from 'graphql-scalars';
import { Arg, Ctx, Field, FieldResolver, ID, Int, Mutation, ObjectType, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../auth/context';
import type { SectionCode } from '../cnil/form';
import { LETTER_VARIANTS, type LetterVariant, type PersonsLetterContent } from '../content/letter-content';
import type { CnilNotificationContent } from '../content/notification-content';
import { canonicalJson } from '../lib/canonical-json';
import { assessedSeverity } from '../notifications/internal-dossier';
import { Notification } from '../notifications/notification.entity';
import { ObligationType } from '../notifications/obligation.types';
import { RecordFilingInput } from '../notifications/notification.inputs';
import { NotificationService, type NotificationView } from '../notifications/notification.service';
import type { RenderedPdf } from '../pdf/pdf-document';
import type { DocumentRenderer } from '../pdf/renderer';
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
import { RecapitulatifService } from './recapitulatif.service';

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
export type DocumentRequestContext = RequestContext & DownloadLinkContext & { renderer: DocumentRenderer };

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

@ObjectType({ description: 'What the notification says, as assembled now (or as filed), with its sha256.' })
class NotificationDocument {
  @Field(() => GraphQLJSONObject, {
    description: 'CnilNotificationContent: the 14 sections of the CNIL form, as JSON.',
    deprecationReason: 'Use sections, header or canonicalJson: content is removed in 0.3.0; read the typed fields or canonicalJson.',
  })
  content!: CnilNotificationContent;
  @Field({
    description: 'The content as RFC 8785 canonical JSON: exactly the bytes sha256 is computed over, to archive or verify.',
  })
  canonicalJson!: string;
  @Field({ description: 'sha256 (hex) of canonicalJson: the content as filed, once filed.' }) sha256!: string;
  @Field(() => NotificationHeader, { description: 'What the notification is (type, number, phase) and whom it is about.' })
  header!: NotificationHeader;
  /** Every section of the form, as assembled; the `sections` field narrows it on request. */
  allSections!: FormSection[];
  @Field(() => [CompletenessIssueType], { description: 'Every item still missing or inconsistent (each also under its question).' })
  completeness!: CompletenessIssueType[];
  @Field(() => Severity, {
    description: 'The ENISA assessment, computed and chosen, with the signed-off gravity (internal: never sent to the CNIL).',
  })
  severity!: Severity;
  @Field(() => GraphQLJSON, {
    description: 'The severity as computed and chosen, with the override, as JSON.',
    deprecationReason: 'Use severity: severityJson is removed in 0.3.0; read the typed fields or canonicalJson.',
  })
  severityJson!: unknown;
  @Field(() => [ObligationType], {
    description: 'Obligations of the exposure (CNIL, persons, processor, ACPR, ANSSI) with due instants and status.',
  })
  obligations!: ObligationType[];
  @Field(() => GraphQLJSON, {
    description: 'The obligations of the exposure as JSON.',
    deprecationReason: 'Use obligations: obligationsJson is removed in 0.3.0; read the typed fields or canonicalJson.',
  })
  obligationsJson!: unknown;
  @Field(() => NotificationDeadline, { description: 'The 72-hour clock of the CNIL notification.' }) deadline!: NotificationDeadline;
  @Field(() => PersonsLetterDocument, {
    description: 'The letter to the persons concerned (art. 34) addressed to the member, assembled from the same facts.',
  })
  letter!: PersonsLetterDocument;
  @Field(() => [PersonsLetterDocument], {
    description: 'The letter of every addressee variant (member, beneficiary, minor’s representative).',
  })
  letters!: PersonsLetterDocument[];
  @Field(() => GraphQLJSONObject, {
    description: 'The letter to the member as JSON (PersonsLetterContent).',
    deprecationReason: 'Use letter: letterJson is removed in 0.3.0; read the typed fields or canonicalJson.',
  })
  letterJson!: PersonsLetterContent;
  @Field({ description: 'A signed link to the PDF of this filing: valid a few minutes, for this viewer, no Authorization header needed.' })
  url!: string;
  @Field({ description: 'A signed link (as `url`) to the letter of every addressee variant as a mail-merge CSV (no personal data).' })
  letterRecipientsUrl!: string;
  @Field(() => LETTER_STATUS, { description: 'DRAFT or READY: READY once a named person marked it so and nothing blocks.' })
  letterStatus!: PersonsLetterContent['status'];
  @Field(() => [LetterIssueType], { description: 'What the letter lacks, for any addressee variant.' })
  letterCompleteness!: LetterIssueType[];
  @Field({
    description:
      'A signed link (as `url`) to the internal dossier (ENISA, other regimes, provenance, missing items): never sent to the CNIL.',
  })
  dossierUrl!: string;

  @Field(() => [FormSection], {
    description: 'The sections of the CNIL form, each question with its typed answer, provenance and missing items.',
  })
  sections(
    @Arg('missingOnly', {
      defaultValue: false,
      description:
        'true: only the sections that still miss something, each with only its questions that do (« ce qui manque »); the section-level items stay in `missing`.',
    })
    missingOnly: boolean,
  ): FormSection[] {
    if (!missingOnly) return this.allSections;
    return this.allSections
      .filter((s) => s.missing.length > 0)
      .map((s) => ({ ...s, questions: s.questions.filter((q) => q.missing.length > 0) }));
  }

  @Field(() => FormSection, { nullable: true, description: 'One section of the form by its code; null when the content has none.' })
  section(@Arg('code', () => FORM_SECTION_CODE, { description: 'The section code, e.g. DATA.' }) code: SectionCode): FormSection | null {
    return this.allSections.find((s) => s.code === code) ?? null;
  }

  @Field(() => FormQuestion, { nullable: true, description: 'One question of the form by its path; null when the content has none.' })
  question(@Arg('path', { description: 'The form path, e.g. data.persons.' }) path: string): FormQuestion | null {
    return this.allSections.flatMap((s) => s.questions).find((q) => q.path === path) ?? null;
  }

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
    canonicalJson: canonicalJson(view.content),
    sha256: view.contentSha256,
    header: headerOf(view.content),
    allSections: formSections(view.content, view.completeness),
    completeness: view.completeness.map(completenessIssueOf),
    // The gathered inputs always carry an assessment; only a hand-built assembly may lack one.
    severity: severityOf(assessedSeverity(inputs.assembly)!),
    severityJson: inputs.severity,
    obligations: inputs.obligations,
    obligationsJson: inputs.obligations,
    letter: letterOf(letters[0]!),
    letters: letters.map(letterOf),
    letterJson: letters[0]!,
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
