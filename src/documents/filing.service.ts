import { flushOrConflict } from '../db/unit-of-work';
import { Notification } from '../notifications/notification.entity';
import type { RecordFilingInput } from '../notifications/notification.inputs';
import { NotificationService } from '../notifications/notification.service';
import { RENDERER_VERSION } from '../pdf/pdf-document';
import { inlineRenderer } from '../pdf/renderer';
import { FiledDocument } from './document.entities';
import type { DocumentContext } from './document.service';

/**
 * Recording a filing: the notification moves to FILED with its content frozen (NotificationService
 * checks and applies the transition), and the PDF as filed is kept beside it, in the same flush.
 */
export class FilingService {
  constructor(private readonly ctx: DocumentContext) {}

  async record(id: string, input: RecordFilingInput): Promise<Notification> {
    const { notification, content, contentSha256 } = await new NotificationService(this.ctx).prepareFiling(id, input);
    // Filed means frozen, the PDF included: kept as rendered now, whatever later renderers do.
    const pdf = await (this.ctx.renderer ?? inlineRenderer).render({ kind: 'FILING', content }, contentSha256);
    this.ctx.em.create(FiledDocument, {
      notification,
      pdf: pdf.bytes,
      pdfSha256: pdf.sha256,
      byteSize: pdf.bytes.length,
      pageCount: pdf.pageCount,
      rendererVersion: RENDERER_VERSION,
    });
    await flushOrConflict(this.ctx, `Notification ${id}`);
    return notification;
  }
}
