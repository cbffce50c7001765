import { AlignmentType, Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import type { PersonsLetterContent } from '../content/letter-content';

/**
 * The letter as an editable DOCX (the `docx` library, not a string template): the same content as
 * the PDF, sentence for sentence, for a controller who lays it out on its own letterhead. A draft
 * says so in its first line, as the PDF's watermark does.
 */
export async function letterDocx(letter: PersonsLetterContent): Promise<Buffer> {
  const right = (text: string, italics = false) =>
    new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun({ text, italics })] });
  const plain = (text: string) => new Paragraph({ spacing: { after: 120 }, children: [new TextRun(text)] });
  const children: Paragraph[] = [];
  if (letter.status !== 'READY')
    children.push(new Paragraph({ children: [new TextRun({ text: 'PROJET — lettre non validée', bold: true })] }));
  children.push(new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(letter.organization.name)] }));
  children.push(right(letter.addressee));
  if (letter.dateLine) children.push(right(letter.dateLine));
  children.push(
    new Paragraph({ spacing: { before: 240, after: 240 }, children: [new TextRun({ text: `Objet : ${letter.subject}`, bold: true })] }),
  );
  children.push(plain(letter.salutation), plain(letter.concerns));
  for (const paragraph of letter.paragraphs) {
    children.push(new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun(paragraph.heading)] }));
    children.push(plain(paragraph.text));
  }
  for (const advice of letter.advice) children.push(new Paragraph({ bullet: { level: 0 }, children: [new TextRun(advice)] }));
  for (const line of letter.closing) children.push(plain(line));
  if (letter.signatory) children.push(right(letter.signatory.name, true), right(letter.signatory.title));
  children.push(right(letter.organizationLine));
  const doc = new Document({
    creator: letter.organization.name,
    title: `${letter.subject} — ${letter.organization.name}`,
    description: 'Communication aux personnes concernées (article 34 du RGPD)',
    sections: [{ children }],
  });
  return Packer.toBuffer(doc);
}
