import { readFile, writeFile } from 'node:fs/promises';
import { userInfo } from 'node:os';
import type { EntityManager } from '@mikro-orm/core';
import { Role } from '../auth/roles';
import { Viewer } from '../auth/viewer';
import type { Clock } from '../config/clock';
import { FILING_ATTACHMENT } from '../pdf/filing';
import { DOSSIER_ATTACHMENT } from '../pdf/internal-dossier';
import { LETTER_ATTACHMENT } from '../pdf/letter';
import { checkPdf, type PdfCheck } from './verify';
import { FiledDocument, IssuedDocument } from './document.entities';
import { type DocumentKind, DocumentService } from './document.service';
import { Notification } from '../notifications/notification.entity';

/**
 * `breach-gateway render` and `verify`: the operator's side of the PDFs. Rendering from the CLI is
 * a download like any other (recorded in the audit trail); verifying reads the PDF, re-renders its
 * embedded content and looks the result up in the gateway's records.
 */
export async function renderToFile(em: EntityManager, clock: Clock, id: string, kind: DocumentKind, file: string): Promise<string> {
  const viewer = new Viewer(`cli:${userInfo().username}`, 'cli', [Role.ADMIN], []);
  // Without a hash the caller already holds, issue always renders.
  const pdf = (await new DocumentService({ em, viewer, clock }).issue(id, kind)).pdf!;
  await writeFile(file, pdf.bytes);
  return `${file}: ${pdf.bytes.length} bytes, ${pdf.pageCount} pages, PDF sha256 ${pdf.sha256}, content sha256 ${pdf.contentSha256}`;
}

const ATTACHMENT_NAMES = { FILING: FILING_ATTACHMENT, LETTER: LETTER_ATTACHMENT, DOSSIER: DOSSIER_ATTACHMENT } as const;

export interface Verdict {
  ok: boolean;
  lines: string[];
}

export async function verifyFile(em: EntityManager, file: string): Promise<Verdict> {
  const check = await checkPdf(await readFile(file));
  const lines = [`${file}: PDF sha256 ${check.pdfSha256}`];
  if (!check.embedded) return { ok: false, lines: [...lines, `✗ ${check.problem}`] };
  const { embedded } = check;
  lines.push(
    `  carries ${ATTACHMENT_NAMES[embedded.kind]} (${embedded.content.schemaVersion}), relationship ${embedded.relationship ?? 'none'}, content sha256 ${embedded.contentSha256}`,
    embedded.canonical ? '  ✓ the embedded JSON is in canonical form' : '✗ the embedded JSON is not in canonical form: it was edited',
    check.bytesMatch
      ? '  ✓ re-rendering the embedded content gives these exact bytes'
      : '✗ re-rendering the embedded content gives other bytes: the PDF was altered, or made by another renderer',
  );
  const record = await recordLines(em, check);
  return { ok: embedded.canonical && check.bytesMatch && record.ok, lines: [...lines, ...record.lines] };
}

async function recordLines(em: EntityManager, check: PdfCheck): Promise<Verdict> {
  const number = check.embedded!.content.notification.number;
  const notification = number ? await em.findOne(Notification, { number }) : null;
  if (!notification) return { ok: false, lines: [`✗ the gateway has no notification numbered ${number ?? '(none)'}`] };
  const lines = [`  notification ${notification.id} (${notification.number}), ${notification.status}`];
  const issued = await em.find(IssuedDocument, { pdfSha256: check.pdfSha256 }, { orderBy: { createdAt: 'asc' } });
  if (issued.length)
    lines.push(
      `  ✓ issued by the gateway ${issued.length} time(s), first on ${issued[0]!.createdAt.toISOString()} to ${issued[0]!.issuedTo}`,
    );
  if (check.embedded!.kind === 'FILING' && notification.status === 'FILED') {
    const filed = await em.findOne(FiledDocument, { notification: notification.id });
    const contentOk = notification.snapshotSha256 === check.embedded!.contentSha256;
    const kept = filed?.pdfSha256 === check.pdfSha256;
    // The copy kept at filing before the archive copy was drawn again with the récapitulatif's date.
    const superseded = !kept && filed?.supersededPdfSha256 === check.pdfSha256;
    const pdfOk = kept || superseded;
    lines.push(
      contentOk
        ? `  ✓ content sha256 matches the one recorded at filing (${notification.filedAt!.toISOString()})`
        : `✗ content sha256 differs from the one recorded at filing: ${notification.snapshotSha256}`,
      kept
        ? filed?.redrawnAt
          ? `  ✓ identical to the archive copy kept since ${filed.redrawnAt.toISOString()} (with the récapitulatif's date)`
          : '  ✓ identical to the PDF kept at filing'
        : superseded
          ? `  ✓ identical to the PDF kept at filing, replaced on ${filed!.redrawnAt!.toISOString()} by the archive copy with the récapitulatif's date (sha256 ${filed!.pdfSha256})`
          : `✗ differs from the PDF kept at filing (sha256 ${filed?.pdfSha256 ?? 'none kept'})`,
    );
    return { ok: contentOk && pdfOk, lines };
  }
  // A draft is not frozen: only the record of its download vouches for it.
  if (!issued.length) lines.push('✗ the gateway never issued this PDF, and the notification is not filed');
  return { ok: issued.length > 0, lines };
}
