import { Capability } from '../auth/permissions';
import { mayActOnControllerFile, notificationScope } from '../auth/scope';
import { flushOrConflict } from '../db/unit-of-work';
import { sha256Hex } from '../lib/canonical-json';
import { BadUserInputError, ConflictError, DomainError, ForbiddenError, InputProblems, NotFoundError } from '../lib/errors';
import { Exposure } from '../incidents/exposure.entity';
import { Notification } from '../notifications/notification.entity';
import type { DocumentContext } from './document.service';
import { CnilRecapitulatif, FiledDocument } from './document.entities';
import { filingArchiveOf } from './document.service';
import { FILING_CLOCK_SKEW_MS } from '../notifications/notification.service';
import { RENDERER_VERSION } from '../pdf/pdf-document';
import { inlineRenderer } from '../pdf/renderer';

/** The largest récapitulatif accepted: the téléservice's is a few pages of text, far below this. */
export const RECAPITULATIF_MAX_BYTES = 10 * 1024 * 1024;

/** Every PDF starts with this header (ISO 32000-1, 7.5.2). */
const PDF_MAGIC = Buffer.from('%PDF-', 'latin1');

/**
 * The CNIL's récapitulatif of a filed notification: attached by whoever may record its filings,
 * kept byte for byte with its sha256, downloaded by the readers of the controller's file.
 */
export class RecapitulatifService {
  constructor(private readonly ctx: DocumentContext) {}

  /**
   * `recapitulatifAt`, the date the récapitulatif bears: required when the filing was recorded
   * without it, and then kept on the notification, the archive copy drawn again to show it.
   *
   * Why drawn again rather than kept as filed: the archive copy must show the CNIL's reference and
   * the récapitulatif's date (issue 12), and the date often comes after the filing is recorded.
   * What was filed does not change: the copy is drawn from the frozen snapshot, whose content and
   * sha256 stay those recorded at filing; the date travels beside it as an archive note (shown as
   * such, and embedded as archive-cnil.json so `verify` renders the same bytes). The bytes kept at
   * filing are replaced, but their sha256 stays on the FiledDocument (supersededPdfSha256), so a
   * copy handed out before is still recognised, with the audit trail of the change.
   */
  async attach(id: string, bytes: Buffer, recapitulatifAt?: Date | null): Promise<CnilRecapitulatif> {
    const { em, viewer, clock } = this.ctx;
    const notification = await this.inScope(id);
    const exposure = await em.findOneOrFail(Exposure, notification.exposure.id);
    if (!mayActOnControllerFile(viewer, Capability.RECORD_FILINGS, exposure.controller.id))
      throw new ForbiddenError("attach the CNIL's récapitulatif of this notification");
    if (notification.status !== 'FILED')
      throw new DomainError(
        'INVALID_STATE_TRANSITION',
        `cannot attach a CNIL récapitulatif to a ${notification.status} notification (only a filed one has one: record the filing first)`,
      );
    if (bytes.length < PDF_MAGIC.length || !bytes.subarray(0, PDF_MAGIC.length).equals(PDF_MAGIC))
      throw new BadUserInputError([
        { argument: 'body', reason: 'the récapitulatif must be the PDF the téléservice gave (it starts with %PDF-)' },
      ]);
    if (await em.count(CnilRecapitulatif, { notification: notification.id }))
      throw new ConflictError(`Notification ${id} already has its CNIL récapitulatif: it is kept as attached`);
    const dated = this.checkDate(notification, recapitulatifAt ?? null);
    const recapitulatif = em.create(CnilRecapitulatif, {
      notification,
      pdf: bytes,
      sha256: sha256Hex(bytes),
      byteSize: bytes.length,
      uploadedBy: viewer.subject,
      uploadedAt: clock.now(),
    });
    if (dated) await this.redrawFilingCopy(notification, dated);
    await flushOrConflict(this.ctx, `The CNIL récapitulatif of notification ${id}`);
    return recapitulatif;
  }

  /** The date to record now, null when the filing already recorded it (and agrees). */
  private checkDate(notification: Notification, at: Date | null): Date | null {
    const problems = new InputProblems();
    const recorded = notification.recapitulatifAt;
    const filedAt = notification.filedAt!;
    const now = this.ctx.clock.now();
    if (recorded) {
      problems.check(
        !at || at.getTime() === recorded.getTime(),
        'recapitulatifAt',
        `the récapitulatif's date was recorded at filing (${recorded.toISOString()}): it is kept as recorded`,
      );
    } else if (!at) {
      problems.add('recapitulatifAt', "the récapitulatif's date is required: it was not recorded at filing");
    } else if (at.getTime() < filedAt.getTime()) {
      problems.add('recapitulatifAt', `${at.toISOString()} is before the filing (${filedAt.toISOString()}): the récapitulatif follows it`);
    } else if (at.getTime() > now.getTime() + FILING_CLOCK_SKEW_MS) {
      problems.add('recapitulatifAt', `${at.toISOString()} is in the future (now is ${now.toISOString()})`);
    }
    problems.throwIfAny();
    return recorded ? null : at;
  }

  /** The archive copy from the frozen snapshot with the récapitulatif's date, in the caller's flush. */
  private async redrawFilingCopy(notification: Notification, at: Date): Promise<void> {
    notification.recapitulatifAt = at;
    const filed = await this.ctx.em.findOneOrFail(FiledDocument, { notification: notification.id });
    const pdf = await (this.ctx.renderer ?? inlineRenderer).render(
      { kind: 'FILING', content: notification.snapshot!, archive: filingArchiveOf(notification) },
      notification.snapshotSha256!,
    );
    // Only the first replaced bytes are the ones kept at filing; there is one redraw at most (one récapitulatif).
    filed.supersededPdfSha256 ??= filed.pdfSha256;
    filed.redrawnAt = this.ctx.clock.now();
    filed.pdf = pdf.bytes;
    filed.pdfSha256 = pdf.sha256;
    filed.byteSize = pdf.bytes.length;
    filed.pageCount = pdf.pageCount;
    filed.rendererVersion = RENDERER_VERSION;
  }

  /** The récapitulatif with its bytes, for a download; NOT_FOUND when none is attached. */
  async download(id: string): Promise<{ notification: Notification; recapitulatif: CnilRecapitulatif }> {
    const notification = await this.inScope(id);
    if (!this.ctx.viewer.can(Capability.DOWNLOAD_DOCUMENTS)) throw new ForbiddenError('download the documents of notifications');
    const recapitulatif = await this.ctx.em.findOne(CnilRecapitulatif, { notification: notification.id }, { populate: ['pdf'] });
    if (!recapitulatif) throw new NotFoundError('CnilRecapitulatif', id);
    return { notification, recapitulatif };
  }

  private async inScope(id: string): Promise<Notification> {
    const notification = await this.ctx.em.findOne(Notification, { $and: [{ id }, notificationScope(this.ctx.viewer)] });
    if (!notification) throw new NotFoundError('Notification', id);
    return notification;
  }
}
