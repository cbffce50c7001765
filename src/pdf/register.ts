import { canonicalJson, sha256Hex } from '../lib/canonical-json';
import type { RegisterContent } from '../content/register-content';
import { FONT } from '../lib/fonts';
import { INK, Layout } from './layout';
import { finishDocument, type RenderedPdf, startDocument } from './pdf-document';

/**
 * The register of breaches (art. 33(5)) as an audit document: a pure function of `RegisterContent`,
 * through the same shell as the filing (PDF/A-3b, fonts embedded, reproducible), its content attached
 * as register.json and its sha256 on every page. It is dated by its content's issue instant: a copy
 * of the register as it stood then, not a draft, so it carries no watermark.
 */
export const REGISTER_ATTACHMENT = 'register.json';

export function renderRegister(content: RegisterContent): Promise<RenderedPdf> {
  // Serialised once: the attachment is this very text, and its hash is the content's.
  const json = canonicalJson(content);
  const sha256 = sha256Hex(json);
  const createdAt = new Date(content.issuedAt);
  const { organization } = content;
  const doc = startDocument({
    title: `Registre des violations de données personnelles — ${organization.name}`,
    author: organization.name,
    subject: `Registre des violations (article 33, paragraphe 5, du RGPD) au ${content.issuedAtLabel}`,
    keywords: [
      'RGPD',
      'article 33',
      'registre des violations',
      'violation de données',
      ...(organization.siren ? [organization.siren] : []),
    ],
    createdAt,
  });
  const layout = new Layout(doc);
  const head = layout.part('Sect');
  layout.text(head, 'P', 'REGISTRE DES VIOLATIONS DE DONNÉES PERSONNELLES', { font: FONT.sansBold, size: 9, color: INK.accent, gap: 1 });
  layout.text(head, 'P', 'article 33, paragraphe 5, du RGPD', { font: FONT.sans, size: 9, color: INK.muted, gap: 10 });
  layout.text(head, 'H1', organization.name, { font: FONT.serifBold, size: 21, color: INK.text, gap: 2 });
  if (organization.siren)
    layout.text(head, 'P', `SIREN ${organization.siren.replace(/(\d{3})(?=\d)/g, '$1 ')}`, {
      font: FONT.sans,
      size: 10,
      color: INK.muted,
      gap: 6,
    });
  // The one date of the document; every instant in it reads in Paris time, as this line says.
  layout.text(head, 'P', `Registre arrêté au ${content.issuedAtLabel}. Violations enregistrées : ${content.entries.length}.`, {
    font: FONT.serif,
    size: 10.5,
    gap: 8,
  });
  layout.rule(INK.accent);
  doc.y += 8;
  const notes = layout.section('Hypothèses retenues par l’outil');
  for (const assumption of content.assumptions) layout.paragraph(notes, `•  ${assumption}`, { size: 9.5 });

  content.entries.forEach((entry, i) => {
    const sect = layout.section(`${i + 1}. ${entry.title} — ${entry.controller}`);
    for (const group of entry.groups) {
      layout.subheading(sect, group.heading);
      for (const row of group.rows) layout.field(sect, row.label, row.value);
    }
  });

  return finishDocument(
    doc,
    createdAt,
    { name: REGISTER_ATTACHMENT, description: `RegisterContent ${content.schemaVersion}, sha256 ${sha256}`, json },
    {
      header: [
        organization.siren ? `${organization.name} · SIREN ${organization.siren}` : organization.name,
        `Registre des violations au ${content.issuedAtLabel}`,
      ],
      watermark: null,
      footer: `Contenu sha256 ${sha256}`,
    },
  );
}
