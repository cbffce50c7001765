import { readFile, writeFile } from 'node:fs/promises';
import { userInfo } from 'node:os';
import type { EntityManager } from '@mikro-orm/core';
import { Role } from '../auth/roles';
import { Viewer } from '../auth/viewer';
import type { Clock } from '../config/clock';
import { verifyPdf } from './verification';
import { type DocumentKind, DocumentService } from './document.service';

/** Whoever runs the command on the host: an admin of every organisation, named after their account. */
function cliViewer(): Viewer {
  return new Viewer(`cli:${userInfo().username}`, 'cli', [Role.ADMIN], []);
}

/**
 * `breach-gateway render` and `verify`: the operator's side of the PDFs. Rendering from the CLI is
 * a download like any other (recorded in the audit trail); verifying reads the PDF, re-renders its
 * embedded content and looks the result up in the gateway's records (verification.ts, which the
 * `POST /documents/verify` route runs too).
 */
export async function renderToFile(em: EntityManager, clock: Clock, id: string, kind: DocumentKind, file: string): Promise<string> {
  const viewer = cliViewer();
  // Without a hash the caller already holds, issue always renders.
  const pdf = (await new DocumentService({ em, viewer, clock }).issue(id, kind)).pdf!;
  await writeFile(file, pdf.bytes);
  return `${file}: ${pdf.bytes.length} bytes, ${pdf.pageCount} pages, PDF sha256 ${pdf.sha256}, content sha256 ${pdf.contentSha256}`;
}

export interface Verdict {
  ok: boolean;
  lines: string[];
}

/** The operator's verify: an admin's view, so every notification of the gateway is looked up. */
export async function verifyFile(em: EntityManager, file: string): Promise<Verdict> {
  const { ok, lines } = await verifyPdf(em, cliViewer(), await readFile(file), file);
  return { ok, lines };
}
