import { Capability } from '../auth/permissions';
import { notificationScope } from '../auth/scope';
import { flush } from '../db/unit-of-work';
import type { ServiceContext } from '../auth/context';
import { ForbiddenError, NotFoundError } from '../lib/errors';
import type { RenderedPdf } from '../pdf/pdf-document';
import { type DocumentRenderer, inlineRenderer } from '../pdf/renderer';
import { canonicalHash } from '../lib/canonical-json';
import { FiledDocument, IssuedDocument } from './document.entities';
import type { CnilNotificationContent } from '../content/notification-content';
import { LETTER_VARIANTS, type LetterVariant } from '../content/letter-content';
import { assembleLetter } from '../notifications/letter';
import { PersonsLetterService } from '../notifications/persons-letter.service';
import { letterRecipientsCsv } from '../pdf/letter-csv';
import { letterDocx } from '../pdf/letter-docx';
import { createHash } from 'node:crypto';
import { Notification } from '../notifications/notification.entity';
import { NotificationService, type NotificationView } from '../notifications/notification.service';
import { assembleInternalDossier, recordedFiling } from '../notifications/internal-dossier';
import type { InternalDossierContent } from '../content/internal-dossier-content';
import type { FilingArchiveNote } from '../content/notification-content';
import { displayInstant } from '../notifications/display';

export type DocumentKind = 'FILING' | 'LETTER' | 'DOSSIER';
/** The editable forms of the letter, served besides its PDF. */
export type LetterFileKind = 'LETTER_DOCX' | 'LETTER_CSV';

export interface LetterFile {
  kind: LetterFileKind;
  contentSha256: string;
  bytes: Buffer;
  sha256: string;
  fileName: string;
  contentType: string;
}

/**
 * A service context that may render PDFs. The server always sets `renderer` (the render threads,
 * see src/pdf/renderer.ts); left out, a service renders on the calling thread, which only the CLI
 * and the demo loader do.
 */
export interface DocumentContext extends ServiceContext {
  renderer?: DocumentRenderer;
}

export interface NotificationPdf extends RenderedPdf {
  kind: DocumentKind;
  /** sha256 of the canonical content: the ETag, and for a filing the hash recorded at filing. */
  contentSha256: string;
  fileName: string;
}

/**
 * The PDFs of a notification: the copy of the CNIL filing, the letter to the persons and the
 * internal dossier (the same readers as the filing: the controller's people who read its file). A filed filing is the
 * stored one, byte for byte; everything else is rendered from the content as it stands. They are
 * the controller's documents: whoever cannot read its notifications gets NOT_FOUND, like a missing id.
 */
export class DocumentService {
  constructor(private readonly ctx: DocumentContext) {}

  /**
   * The PDF handed to the viewer, and the record that it was: who, which notification, which bytes.
   * When the client already holds this content (`ifNoneMatch`, its sha256), nothing is rendered or
   * recorded and `pdf` is null: the content decides the bytes.
   */
  async issue(
    id: string,
    kind: DocumentKind,
    ifNoneMatch?: string,
    variant: LetterVariant = 'MEMBER',
  ): Promise<{ contentSha256: string; pdf: NotificationPdf | null }> {
    const notification = await this.downloadable(id);
    // Assembled only when asked for: a filed filing and a frozen dossier are read from what was kept.
    const view = lazyView(this.ctx, notification);
    const contentSha256 =
      kind === 'LETTER'
        ? canonicalHash(await this.letter(notification, variant, await view()))
        : kind === 'DOSSIER'
          ? (await dossierOf(notification, view)).sha256
          : filingEtag(notification, (filedContent(notification) ?? (await view())).contentSha256);
    if (ifNoneMatch === contentSha256) return { contentSha256, pdf: null };
    const pdf = await this.render(notification, kind, view, variant);
    const { viewer, em } = this.ctx;
    em.create(IssuedDocument, {
      notification,
      kind,
      contentSha256: pdf.contentSha256,
      pdfSha256: pdf.sha256,
      byteSize: pdf.bytes.length,
      issuedTo: viewer.subject,
      organizationId: viewer.organizationId,
    });
    await flush(this.ctx);
    return { contentSha256, pdf };
  }

  /**
   * The letter's DOCX (one addressee variant) or the mail-merge CSV of every variant, recorded like
   * a PDF download; the ETag is the sha256 of the letter content(s) it is made from.
   */
  async issueLetterFile(
    id: string,
    kind: LetterFileKind,
    ifNoneMatch?: string,
    variant: LetterVariant = 'MEMBER',
  ): Promise<{ contentSha256: string; file: LetterFile | null }> {
    const notification = await this.downloadable(id);
    const view = await new NotificationService(this.ctx).view(notification);
    const variants = kind === 'LETTER_CSV' ? LETTER_VARIANTS : [variant];
    const letters = await Promise.all(variants.map((v) => this.letter(notification, v, view)));
    const contentSha256 = canonicalHash(kind === 'LETTER_CSV' ? letters : letters[0]!);
    if (ifNoneMatch === contentSha256) return { contentSha256, file: null };
    const bytes = kind === 'LETTER_CSV' ? Buffer.from(letterRecipientsCsv(letters), 'utf8') : await letterDocx(letters[0]!);
    const base = `LETTRE-ART34-${notification.number}-v${notification.version}`;
    const file: LetterFile = {
      kind,
      contentSha256,
      bytes,
      sha256: createHash('sha256').update(bytes).digest('hex'),
      fileName: kind === 'LETTER_CSV' ? `${base}-destinataires.csv` : `${base}${variantSuffix(variant)}.docx`,
      contentType:
        kind === 'LETTER_CSV' ? 'text/csv; charset=utf-8' : 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    };
    const { viewer, em } = this.ctx;
    em.create(IssuedDocument, {
      notification,
      kind: kind === 'LETTER_CSV' ? kind : `${kind}_${variant}`,
      contentSha256,
      pdfSha256: file.sha256,
      byteSize: bytes.length,
      issuedTo: viewer.subject,
      organizationId: viewer.organizationId,
    });
    await flush(this.ctx);
    return { contentSha256, file };
  }

  /** The letter to one addressee, as assembled now from the facts and the letter's record. */
  async letter(notification: Notification, variant: LetterVariant, known?: NotificationView) {
    return assembleLetter(await new PersonsLetterService(this.ctx).letterInput(notification, known), variant);
  }

  /** `view`, when the caller already has it, spares assembling the content twice. */
  pdfOf(
    notification: Notification,
    kind: DocumentKind,
    known?: NotificationView,
    variant: LetterVariant = 'MEMBER',
  ): Promise<NotificationPdf> {
    return this.render(notification, kind, known ? () => Promise.resolve(known) : lazyView(this.ctx, notification), variant);
  }

  private async render(notification: Notification, kind: DocumentKind, view: LazyView, variant: LetterVariant): Promise<NotificationPdf> {
    const renderer = this.ctx.renderer ?? inlineRenderer;
    if (kind === 'LETTER') {
      const letter = await this.letter(notification, variant, await view());
      const contentSha256 = canonicalHash(letter);
      return {
        ...(await renderer.render({ kind, content: letter }, contentSha256)),
        kind,
        contentSha256,
        fileName: `LETTRE-ART34-${notification.number}-v${notification.version}${variantSuffix(variant)}.pdf`,
      };
    }
    if (kind === 'DOSSIER') {
      const { content: dossier, sha256: contentSha256 } = await dossierOf(notification, view);
      return {
        ...(await renderer.render({ kind, content: dossier }, contentSha256)),
        kind,
        contentSha256,
        fileName: `DOSSIER-INTERNE-${notification.number}-v${notification.version}.pdf`,
      };
    }
    return this.filingPdf(notification, view, () =>
      this.ctx.em.findOne(FiledDocument, { notification: notification.id }, { populate: ['pdf'] }),
    );
  }

  /**
   * The filing copy: for a filed notification the PDF kept at filing, never a new render (for
   * pageCount and byteSize neither); for a draft, rendered from its content. `draft` and `kept`
   * are how the caller reads them: a list reads both in batches.
   */
  async filingPdf(
    notification: Notification,
    draft: () => Promise<{ content: CnilNotificationContent; contentSha256: string }>,
    kept: () => Promise<FiledDocument | null | undefined>,
  ): Promise<NotificationPdf> {
    const kind = 'FILING';
    const fileName = `CNIL-${notification.number}-v${notification.version}.pdf`;
    const filed = filedContent(notification);
    const pdf = filed ? await kept() : null;
    if (filed && pdf)
      return { bytes: pdf.pdf, sha256: pdf.pdfSha256, pageCount: pdf.pageCount, kind, contentSha256: filed.contentSha256, fileName };
    const { content, contentSha256 } = filed ?? (await draft());
    const renderer = this.ctx.renderer ?? inlineRenderer;
    return {
      ...(await renderer.render({ kind, content, archive: filingArchiveOf(notification) }, contentSha256)),
      kind,
      contentSha256,
      fileName,
    };
  }

  private async downloadable(id: string): Promise<Notification> {
    const { viewer, em } = this.ctx;
    const notification = await em.findOne(Notification, { $and: [{ id }, notificationScope(viewer)] });
    if (!notification) throw new NotFoundError('Notification', id);
    if (!viewer.can(Capability.DOWNLOAD_DOCUMENTS)) throw new ForbiddenError('download the PDFs of notifications');
    return notification;
  }
}

/** The notification's view (its facts read, its content assembled), built on the first call only. */
type LazyView = () => Promise<NotificationView>;

function lazyView(ctx: DocumentContext, notification: Notification): LazyView {
  let view: Promise<NotificationView> | undefined;
  return () => (view ??= new NotificationService(ctx).view(notification));
}

/**
 * The content as filed and its hash, from the notification's row alone: what `view` would answer
 * for a filed notification, without reading its facts. Null before filing.
 */
function filedContent(notification: Notification): Pick<NotificationView, 'content' | 'contentSha256'> | null {
  if (notification.status !== 'FILED' || !notification.snapshot || !notification.snapshotSha256) return null;
  return { content: notification.snapshot, contentSha256: notification.snapshotSha256 };
}

/**
 * The internal dossier: the one frozen at filing when kept (no view needed), else assembled now
 * beside the filing's content from the same inputs (a draft's live state, or a filing recorded
 * before dossiers were kept).
 */
async function dossierOf(notification: Notification, lazy: LazyView): Promise<{ content: InternalDossierContent; sha256: string }> {
  if (notification.dossierSnapshot && notification.dossierSnapshotSha256)
    return { content: notification.dossierSnapshot, sha256: notification.dossierSnapshotSha256 };
  const view = await lazy();
  const filing = recordedFiling(notification);
  const content = assembleInternalDossier(
    view.inputs.assembly,
    view.content,
    view.contentSha256,
    view.completeness,
    filing && { filing, frozenAtFiling: false },
  );
  return { content, sha256: canonicalHash(content) };
}

/**
 * The archive note of a filed notification whose récapitulatif's date was recorded after the
 * filing (RecapitulatifService.attach): the frozen content lacks it, the archive copy shows it.
 */
export function filingArchiveOf(notification: Notification): FilingArchiveNote | null {
  const at = notification.recapitulatifAt;
  if (notification.status !== 'FILED' || !at || notification.snapshot?.notification.recapitulatif) return null;
  return { recapitulatif: { at: at.toISOString(), display: displayInstant(at) } };
}

/**
 * The ETag of the filing copy: its content's sha256, and with an archive note that note too, so a
 * client holding the copy drawn before the récapitulatif's date was recorded gets the new one.
 */
export function filingEtag(notification: Notification, contentSha256: string): string {
  const archive = filingArchiveOf(notification);
  return archive ? canonicalHash({ contentSha256, archive }) : contentSha256;
}

/** The member's letter keeps the historical file name; the others say whom they are for. */
function variantSuffix(variant: LetterVariant): string {
  return variant === 'MEMBER' ? '' : variant === 'BENEFICIARY' ? '-ayant-droit' : '-representant-legal';
}
