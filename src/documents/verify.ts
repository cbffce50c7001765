import { decodePDFRawStream, PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFRawStream, PDFString } from 'pdf-lib';
import { canonicalHash, canonicalJson, sha256Hex } from '../lib/canonical-json';
import type { CnilNotificationContent, FilingArchiveNote } from '../content/notification-content';
import type { PersonsLetterContent } from '../content/letter-content';
import type { InternalDossierContent } from '../content/internal-dossier-content';
import { FILING_ARCHIVE_ATTACHMENT, FILING_ATTACHMENT } from '../pdf/filing';
import { DOSSIER_ATTACHMENT } from '../pdf/internal-dossier';
import { renderJob } from '../pdf/render';
import { LETTER_ATTACHMENT } from '../pdf/letter';

/**
 * What a PDF says about itself: the content it carries (notification.json or letter.json), whether
 * rendering that content again gives exactly these bytes, and the hashes to compare with the
 * gateway's record. Reads any PDF; one that is not ours is reported, not thrown at.
 */
export type EmbeddedDocument =
  | { kind: 'FILING'; content: CnilNotificationContent; archive?: FilingArchiveNote | null }
  | { kind: 'LETTER'; content: PersonsLetterContent }
  | { kind: 'DOSSIER'; content: InternalDossierContent };

export interface PdfCheck {
  pdfSha256: string;
  /** Null when the file carries no content of ours. */
  embedded: (EmbeddedDocument & { contentSha256: string; canonical: boolean; relationship: string | null }) | null;
  /** Rendering the embedded content again gives these exact bytes. */
  bytesMatch: boolean;
  problem: string | null;
}

export class PdfReadError extends Error {}

/** The embedded files of a PDF by name, with their AFRelationship. */
export async function readAttachments(bytes: Uint8Array): Promise<Map<string, { data: Buffer; relationship: string | null }>> {
  let pdf: PDFDocument;
  try {
    pdf = await PDFDocument.load(bytes, { updateMetadata: false, throwOnInvalidObject: true });
  } catch (error) {
    throw new PdfReadError(`not a readable PDF: ${(error as Error).message}`);
  }
  const found = new Map<string, { data: Buffer; relationship: string | null }>();
  let names: PDFArray | undefined;
  try {
    const tree = pdf.catalog.lookupMaybe(PDFName.of('Names'), PDFDict)?.lookupMaybe(PDFName.of('EmbeddedFiles'), PDFDict);
    names = tree?.lookupMaybe(PDFName.of('Names'), PDFArray);
  } catch (error) {
    // pdf-lib loads a file with no catalog, or a damaged one, and fails only when it is read.
    throw new PdfReadError(`not a readable PDF: ${(error as Error).message}`);
  }
  if (!names) return found;
  for (let i = 0; i + 1 < names.size(); i += 2) {
    const name = names.lookup(i);
    const spec = names.lookupMaybe(i + 1, PDFDict);
    const stream = spec?.lookupMaybe(PDFName.of('EF'), PDFDict)?.lookup(PDFName.of('F'));
    if (!(name instanceof PDFString || name instanceof PDFHexString) || !(stream instanceof PDFRawStream)) continue;
    const relationship = spec?.lookupMaybe(PDFName.of('AFRelationship'), PDFName)?.decodeText() ?? null;
    let data: Buffer;
    try {
      data = Buffer.from(decodePDFRawStream(stream).decode());
    } catch (error) {
      // A damaged stream is the file's fault, told as such (400 on the route), not a crash of the check.
      throw new PdfReadError(`the embedded file ${name.decodeText()} does not decode: ${(error as Error).message}`);
    }
    found.set(name.decodeText(), { data, relationship });
  }
  return found;
}

export async function checkPdf(bytes: Buffer): Promise<PdfCheck> {
  const pdfSha256 = sha256Hex(bytes);
  const attachments = await readAttachments(bytes);
  const kinds = [
    ['FILING', FILING_ATTACHMENT],
    ['LETTER', LETTER_ATTACHMENT],
    ['DOSSIER', DOSSIER_ATTACHMENT],
  ] as const;
  const found = kinds.find(([, name]) => attachments.has(name));
  if (!found)
    return {
      pdfSha256,
      embedded: null,
      bytesMatch: false,
      problem: `no ${kinds.map(([, name]) => name).join(', ')} inside: not a breach-gateway document`,
    };
  const attached = attachments.get(found[1])!;
  let content: unknown;
  try {
    content = JSON.parse(attached.data.toString('utf8'));
  } catch {
    return { pdfSha256, embedded: null, bytesMatch: false, problem: 'the embedded JSON does not parse' };
  }
  let archive: FilingArchiveNote | null = null;
  const note = found[0] === 'FILING' ? attachments.get(FILING_ARCHIVE_ATTACHMENT) : undefined;
  if (note) {
    try {
      archive = JSON.parse(note.data.toString('utf8')) as FilingArchiveNote;
    } catch {
      return { pdfSha256, embedded: null, bytesMatch: false, problem: `the embedded ${FILING_ARCHIVE_ATTACHMENT} does not parse` };
    }
  }
  const embedded = (archive ? { kind: found[0], content, archive } : { kind: found[0], content }) as EmbeddedDocument;
  let rerendered: string;
  try {
    rerendered = (await renderJob(embedded)).sha256;
  } catch (error) {
    return { pdfSha256, embedded: null, bytesMatch: false, problem: `the embedded content does not render: ${(error as Error).message}` };
  }
  return {
    pdfSha256,
    embedded: {
      ...embedded,
      contentSha256: canonicalHash(content),
      canonical: canonicalJson(content) === attached.data.toString('utf8'),
      relationship: attached.relationship,
    },
    bytesMatch: rerendered === pdfSha256,
    problem: null,
  };
}
