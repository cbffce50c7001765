import type { EntityManager } from '@mikro-orm/core';
import { notificationScope } from '../auth/scope';
import type { Viewer } from '../auth/viewer';
import { Notification } from '../notifications/notification.entity';
import { FILING_ATTACHMENT } from '../pdf/filing';
import { DOSSIER_ATTACHMENT } from '../pdf/internal-dossier';
import { LETTER_ATTACHMENT } from '../pdf/letter';
import { FiledDocument, IssuedDocument } from './document.entities';
import { checkPdf, type PdfCheck } from './verify';

const ATTACHMENT_NAMES = { FILING: FILING_ATTACHMENT, LETTER: LETTER_ATTACHMENT, DOSSIER: DOSSIER_ATTACHMENT } as const;

/** Why a PDF is not vouched for: one code per check of `breach-gateway verify` that can fail. */
export type VerificationProblem =
  | 'NOT_A_GATEWAY_DOCUMENT'
  | 'CONTENT_EDITED'
  | 'PDF_ALTERED'
  | 'UNKNOWN_NOTIFICATION'
  | 'CONTENT_NOT_AS_FILED'
  | 'PDF_NOT_AS_FILED'
  | 'NEVER_ISSUED';

/**
 * The verdict on one PDF: the operator's lines (what the CLI prints, in English) and the same checks
 * as codes, for the HTTP route to answer in French. Both come from one pass, so the route and the
 * CLI can never disagree on a file.
 */
export interface Verification {
  ok: boolean;
  lines: string[];
  problems: VerificationProblem[];
  pdfSha256: string;
  kind: keyof typeof ATTACHMENT_NAMES | null;
  /** The notification the PDF is of, when the viewer may see it. */
  notification: { id: string; number: string; status: string } | null;
  /** The number the PDF's content claims, found or not. */
  claimedNumber: string | null;
  /** checkPdf's own words when the file carries no content of ours. */
  detail: string | null;
}

/**
 * `breach-gateway verify`'s check: read the PDF, re-render its embedded content, and look the result
 * up in the gateway's records, among the notifications `viewer` may read. The CLI's viewer is an
 * admin (every notification); the HTTP route's is the caller, so a document of another organisation
 * is reported as unknown, exactly as its notification is NOT_FOUND to them everywhere else.
 * Throws PdfReadError when the bytes are not a readable PDF.
 */
export async function verifyPdf(em: EntityManager, viewer: Viewer, bytes: Buffer, name: string): Promise<Verification> {
  const check = await checkPdf(bytes);
  const lines = [`${name}: PDF sha256 ${check.pdfSha256}`];
  const base = { pdfSha256: check.pdfSha256, notification: null, claimedNumber: null, detail: null };
  if (!check.embedded)
    return {
      ...base,
      ok: false,
      lines: [...lines, `✗ ${check.problem}`],
      problems: ['NOT_A_GATEWAY_DOCUMENT'],
      kind: null,
      detail: check.problem,
    };
  const { embedded } = check;
  const problems: VerificationProblem[] = [];
  if (!embedded.canonical) problems.push('CONTENT_EDITED');
  if (!check.bytesMatch) problems.push('PDF_ALTERED');
  lines.push(
    `  carries ${ATTACHMENT_NAMES[embedded.kind]} (${embedded.content.schemaVersion}), relationship ${embedded.relationship ?? 'none'}, content sha256 ${embedded.contentSha256}`,
    embedded.canonical ? '  ✓ the embedded JSON is in canonical form' : '✗ the embedded JSON is not in canonical form: it was edited',
    check.bytesMatch
      ? '  ✓ re-rendering the embedded content gives these exact bytes'
      : '✗ re-rendering the embedded content gives other bytes: the PDF was altered, or made by another renderer',
  );
  const record = await recordLines(em, viewer, check);
  return {
    ...base,
    ok: problems.length === 0 && record.problems.length === 0,
    lines: [...lines, ...record.lines],
    problems: [...problems, ...record.problems],
    kind: embedded.kind,
    notification: record.notification,
    claimedNumber: embedded.content.notification.number ?? null,
  };
}

async function recordLines(
  em: EntityManager,
  viewer: Viewer,
  check: PdfCheck,
): Promise<Pick<Verification, 'lines' | 'problems' | 'notification'>> {
  const number = check.embedded!.content.notification.number;
  const notification = number ? await em.findOne(Notification, { $and: [{ number }, notificationScope(viewer)] }) : null;
  if (!notification)
    return {
      lines: [`✗ the gateway has no notification numbered ${number ?? '(none)'}`],
      problems: ['UNKNOWN_NOTIFICATION'],
      notification: null,
    };
  const found = { id: notification.id, number: notification.number, status: notification.status };
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
    const problems: VerificationProblem[] = [];
    if (!contentOk) problems.push('CONTENT_NOT_AS_FILED');
    if (!pdfOk) problems.push('PDF_NOT_AS_FILED');
    return { lines, problems, notification: found };
  }
  // A draft is not frozen: only the record of its download vouches for it.
  if (!issued.length) lines.push('✗ the gateway never issued this PDF, and the notification is not filed');
  return { lines, problems: issued.length ? [] : ['NEVER_ISSUED'], notification: found };
}

/** What the PDF is, in the verdict's words. */
const DESCRIBED = {
  FILING: (number: string) => `notification n° ${number} à la CNIL`,
  LETTER: (number: string) => `lettre aux personnes concernées de la notification n° ${number}`,
  DOSSIER: (number: string) => `dossier interne de la notification n° ${number}`,
} as const;
const STATUS_LABELS: Record<string, string> = { DRAFT: 'brouillon', READY: 'prête', FILED: 'déposée' };

/** Each failed check in a sentence a lawyer reads, naming what does not hold. */
function reasonInFrench(problem: VerificationProblem, verification: Verification): string {
  switch (problem) {
    case 'NOT_A_GATEWAY_DOCUMENT':
      return 'ce PDF n’est pas un document de breach-gateway : il n’embarque ni notification, ni lettre, ni dossier interne lisible';
    case 'CONTENT_EDITED':
      return 'le contenu embarqué dans le PDF a été modifié (il n’est plus sous sa forme canonique)';
    case 'PDF_ALTERED':
      return 'le PDF a été altéré : son contenu, rendu à nouveau, ne redonne pas ces octets';
    case 'UNKNOWN_NOTIFICATION':
      return `aucune notification numérotée ${verification.claimedNumber ?? '(sans numéro)'} n’est connue dans votre périmètre`;
    case 'CONTENT_NOT_AS_FILED':
      return 'son contenu diffère de celui enregistré au dépôt';
    case 'PDF_NOT_AS_FILED':
      return `il diffère du PDF conservé au dépôt de la notification n° ${verification.notification?.number ?? ''}`;
    case 'NEVER_ISSUED':
      return 'la passerelle n’a jamais délivré ce PDF et la notification n’est pas déposée';
  }
}

export interface FrenchVerdict {
  verdict: 'VERIFIED' | 'REFUSED';
  /** One sentence: « Document authentique : … » or « Document refusé : … ». */
  message: string;
  reasons: { code: VerificationProblem; message: string }[];
}

/** The verdict as the web app shows it, from the same pass as the CLI's lines. */
export function verdictInFrench(verification: Verification): FrenchVerdict {
  const reasons = verification.problems.map((code) => ({ code, message: reasonInFrench(code, verification) }));
  if (!verification.ok) return { verdict: 'REFUSED', message: `Document refusé : ${reasons.map((r) => r.message).join(' ; ')}.`, reasons };
  const { kind, notification } = verification;
  const filed = kind === 'FILING' && notification!.status === 'FILED';
  return {
    verdict: 'VERIFIED',
    message: `Document authentique : ${DESCRIBED[kind!](notification!.number)} (${STATUS_LABELS[notification!.status] ?? notification!.status}), ${filed ? 'identique au PDF conservé au dépôt' : 'tel que la passerelle l’a délivré'}.`,
    reasons,
  };
}
