import { canonicalJson, sha256Hex } from '../lib/canonical-json';
import type { PersonsLetterContent } from '../content/letter-content';
import { FONT } from '../lib/fonts';
import { organizationIdentifier } from './labels';
import { INK, Layout } from './layout';
import { DRAFT_WATERMARK, finishDocument, type RenderedPdf, startDocument } from './pdf-document';

/**
 * The letter to the persons concerned (art. 34), through the same shell as the filing: PDF/A-3b,
 * fonts embedded, its content attached as letter.json, reproducible, its sha256 in the footer.
 * A letter not marked ready (or with a blocking item) is a draft, and says so on every page.
 */
export const LETTER_ATTACHMENT = 'letter.json';

export function renderLetter(letter: PersonsLetterContent): Promise<RenderedPdf> {
  // Serialised once: the attachment is this very text, and its hash is the content's.
  const json = canonicalJson(letter);
  const sha256 = sha256Hex(json);
  const createdAt = new Date(letter.assembledAt);
  const doc = startDocument({
    title: `${letter.subject} — ${letter.organization.name}`,
    author: letter.organization.name,
    subject: 'Communication aux personnes concernées (article 34 du RGPD)',
    keywords: ['RGPD', 'article 34', 'violation de données', 'information des personnes', organizationIdentifier(letter.organization)],
    createdAt,
  });
  const layout = new Layout(doc);
  const body = layout.part('Art');
  layout.text(body, 'P', letter.organization.name, { font: FONT.serifBold, size: 15, color: INK.accent, gap: 18 });
  layout.text(body, 'P', letter.addressee, { font: FONT.serif, size: 10.5, align: 'right', gap: 4 });
  if (letter.dateLine) layout.text(body, 'P', letter.dateLine, { font: FONT.serif, size: 10.5, align: 'right', gap: 14 });
  layout.text(body, 'H1', `Objet : ${letter.subject}`, { font: FONT.serifBold, size: 11.5, gap: 14 });
  layout.paragraph(body, letter.salutation, { gap: 8 });
  layout.paragraph(body, letter.concerns);
  for (const paragraph of letter.paragraphs) {
    layout.subheading(body, paragraph.heading);
    layout.paragraph(body, paragraph.text);
  }
  for (const advice of letter.advice) layout.paragraph(body, `•  ${advice}`, { size: 10 });
  doc.y += 10;
  for (const line of letter.closing) layout.paragraph(body, line);
  if (letter.signatory) {
    layout.text(body, 'P', letter.signatory.name, { font: FONT.serifItalic, size: 10.5, align: 'right', gap: 0 });
    layout.text(body, 'P', letter.signatory.title, { font: FONT.serif, size: 10, align: 'right', gap: 0 });
  }
  layout.text(body, 'P', letter.organizationLine, { font: FONT.serif, size: 10, align: 'right', gap: 0 });

  return finishDocument(
    doc,
    createdAt,
    { name: LETTER_ATTACHMENT, description: `PersonsLetterContent ${letter.schemaVersion}, sha256 ${sha256}`, json },
    {
      header: [
        `${letter.organization.name} · ${organizationIdentifier(letter.organization)}`,
        'Information des personnes concernées (article 34 du RGPD)',
      ],
      watermark: letter.status === 'READY' ? null : DRAFT_WATERMARK,
      footer: `Contenu sha256 ${sha256}`,
    },
  );
}
