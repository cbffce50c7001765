import { Capability } from '../auth/permissions';
import { mayActOnControllerFile, notificationScope } from '../auth/scope';
import { flushOrConflict } from '../db/unit-of-work';
import { sha256Hex } from '../lib/canonical-json';
import { BadUserInputError, ConflictError, DomainError, ForbiddenError, NotFoundError } from '../lib/errors';
import { Exposure } from '../incidents/exposure.entity';
import { Notification } from '../notifications/notification.entity';
import type { DocumentContext } from './document.service';
import { CnilRecapitulatif } from './document.entities';

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

  async attach(id: string, bytes: Buffer): Promise<CnilRecapitulatif> {
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
    const recapitulatif = em.create(CnilRecapitulatif, {
      notification,
      pdf: bytes,
      sha256: sha256Hex(bytes),
      byteSize: bytes.length,
      uploadedBy: viewer.subject,
      uploadedAt: clock.now(),
    });
    await flushOrConflict(this.ctx, `The CNIL récapitulatif of notification ${id}`);
    return recapitulatif;
  }

  /** The récapitulatif with its bytes, for a download; NOT_FOUND when none is attached. */
  async download(id: string): Promise<{ notification: Notification; recapitulatif: CnilRecapitulatif }> {
    const notification = await this.inScope(id);
    if (!this.ctx.viewer.can(Capability.DOWNLOAD_DOCUMENTS)) throw new ForbiddenError('download the documents of notifications');
    const recapitulatif = await this.ctx.em.findOne(CnilRecapitulatif, { notification: notification.id }, { populate: ['pdf'] });
    if (!recapitulatif) throw new NotFoundError('CnilRecapitulatif', id);
    return { notification, recapitulatif };
  }

  /** Its record, without the bytes (for the API); null when none is attached. */
  of(notification: Notification): Promise<CnilRecapitulatif | null> {
    return this.ctx.em.findOne(CnilRecapitulatif, { notification: notification.id });
  }

  private async inScope(id: string): Promise<Notification> {
    const notification = await this.ctx.em.findOne(Notification, { $and: [{ id }, notificationScope(this.ctx.viewer)] });
    if (!notification) throw new NotFoundError('Notification', id);
    return notification;
  }
}
