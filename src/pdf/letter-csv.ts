import { csvRow } from '../lib/csv';
import type { PersonsLetterContent } from '../content/letter-content';

/**
 * The letter's variants as a mail-merge source: one line per addressee variant, one column per
 * part of the letter. It holds the letter's text only, never a person's data (no NIR, no name):
 * the controller merges it with its own address file on the `variante` column. Cells go through
 * csvRow (formula-safe, see src/lib/csv.ts).
 */
const DELIMITER = ';';

export function letterRecipientsCsv(letters: readonly PersonsLetterContent[]): string {
  const headings = [...new Set(letters.flatMap((l) => l.paragraphs.map((p) => p.heading)))];
  const header = [
    'variante',
    'statut',
    'destinataire',
    'date',
    'objet',
    'formule_appel',
    'personne_concernee',
    ...headings,
    'conseils',
    'formule_politesse',
    'signataire',
    'fonction',
    'organisme',
  ];
  const rows = letters.map((l) => [
    l.variant,
    l.status === 'READY' ? 'prête' : 'projet',
    l.addressee,
    l.dateLine ?? '',
    l.subject,
    l.salutation,
    l.concerns,
    ...headings.map((h) => l.paragraphs.find((p) => p.heading === h)?.text ?? ''),
    l.advice.join('\n'),
    l.closing.join(' '),
    l.signatory?.name ?? '',
    l.signatory?.title ?? '',
    l.organizationLine,
  ]);
  // A BOM so that spreadsheets read the accents as UTF-8; CRLF as RFC 4180 says.
  return '\uFEFF' + [header, ...rows].map((cells) => csvRow(cells, DELIMITER)).join('\r\n') + '\r\n';
}
