import { canonicalJson, sha256Hex } from '../lib/canonical-json';
import type { CnilNotificationContent, ContentItem, ContentSection, FilingArchiveNote } from '../content/notification-content';
import { FONT } from '../lib/fonts';
import { vocabularyVersionText } from '../cnil/vocabulary';
import { frenchNumber, organizationIdentifier, PARIS_TIME_CONVENTION, parisInstant, withoutParisSuffix } from './labels';
import { INK, Layout } from './layout';
import { DRAFT_WATERMARK, finishDocument, type RenderedPdf, startDocument } from './pdf-document';

/**
 * The copy of the CNIL filing: a pure function of `CnilNotificationContent`. The notification itself
 * is made in the CNIL's téléservice; this PDF is the preparation copy (before) and the archive copy
 * (after) of what is entered there, and says so on its first page and in every header. It holds the
 * form's 14 sections and questions, in its order with its labels, and nothing the form does not ask:
 * the gateway's own analysis is the internal dossier's (internal-dossier.ts). The content travels
 * inside as notification.json, and its sha256 is on every page.
 */
export const FILING_ATTACHMENT = 'notification.json';
/** The archive note (FilingArchiveNote), travelling beside the content when there is one. */
export const FILING_ARCHIVE_ATTACHMENT = 'archive-cnil.json';

/** What the document is, said first: a copy of the téléservice entry, not the notification. */
export const COPY_STATEMENT =
  'Copie de préparation et d’archive de la notification saisie dans le téléservice de la CNIL — ce document n’est pas la notification.';

/** Said where the archive copy shows a date recorded after the filing: the filed content did not change. */
export const ARCHIVE_NOTE_STATEMENT =
  'date du récapitulatif enregistrée après le dépôt ; les réponses déposées et leur empreinte sont inchangées';

/** The notification's state, in words that agree with it (« la notification » is feminine). */
const STATUS_TEXT: Readonly<Record<string, string>> = {
  DRAFT: 'Projet, non saisie dans le téléservice',
  READY: 'Prête à être saisie dans le téléservice',
  FILED: 'Saisie et validée dans le téléservice de la CNIL',
};

/**
 * `archive`: what was recorded about the filing after it (the récapitulatif's date), shown in the
 * head and attached as archive-cnil.json so `verify` renders the same bytes; the content is the one
 * filed, untouched, and so is its sha256.
 */
export function renderFiling(content: CnilNotificationContent, archive: FilingArchiveNote | null = null): Promise<RenderedPdf> {
  // Serialised once: the attachment is this very text, and its hash is the content's.
  const json = canonicalJson(content);
  const sha256 = sha256Hex(json);
  const { organization, notification } = content;
  const createdAt = new Date(content.assembledAt);
  const identifier = organizationIdentifier(organization);
  const doc = startDocument({
    title: `Copie de la notification saisie dans le téléservice de la CNIL — ${organization.name} — ${notification.typeLabel}`,
    author: organization.name,
    subject: `Copie de préparation et d’archive d’une notification à la CNIL (article 33 du RGPD), n° ${notification.number ?? 'non attribué'}, ${identifier}`,
    keywords: ['CNIL', 'RGPD', 'article 33', 'violation de données', 'copie', notification.typeLabel, identifier],
    createdAt,
  });
  const layout = new Layout(doc);

  titleBlock(layout, content, sha256, archive);
  for (const section of content.sections) renderSection(layout, section);
  vocabularyNote(layout, content);

  return finishDocument(
    doc,
    createdAt,
    {
      name: FILING_ATTACHMENT,
      description: `CnilNotificationContent ${content.schemaVersion}, sha256 ${sha256}`,
      json,
    },
    {
      header: [
        `${organization.name} · ${identifier}`,
        notification.cnilReference
          ? `Copie d’archive · ${notification.typeLabel} · référence CNIL ${notification.cnilReference}`
          : `Copie de préparation · ${notification.typeLabel} · n° ${notification.number ?? '—'} · ce document n’est pas la notification`,
      ],
      watermark: notification.status === 'FILED' ? null : DRAFT_WATERMARK,
      footer: `Contenu sha256 ${sha256}`,
    },
    archive
      ? [
          {
            name: FILING_ARCHIVE_ATTACHMENT,
            description: `FilingArchiveNote recorded after the filing of content sha256 ${sha256}`,
            json: canonicalJson(archive),
          },
        ]
      : [],
  );
}

function titleBlock(layout: Layout, content: CnilNotificationContent, sha256: string, archive: FilingArchiveNote | null): void {
  const { doc } = layout;
  const { organization, notification } = content;
  const head = layout.part('Sect');
  layout.text(head, 'P', 'NOTIFICATION D’UNE VIOLATION DE DONNÉES PERSONNELLES — COPIE', {
    font: FONT.sansBold,
    size: 9,
    color: INK.accent,
    gap: 1,
  });
  layout.text(head, 'P', COPY_STATEMENT, { font: FONT.sans, size: 9, color: INK.muted, gap: 10 });
  layout.text(head, 'H1', organization.name, { font: FONT.serifBold, size: 21, color: INK.text, gap: 2 });
  layout.text(head, 'P', organizationIdentifier(organization), {
    font: FONT.sans,
    size: 10,
    color: INK.muted,
    gap: 12,
  });
  layout.rule(INK.accent);
  doc.y += 8;
  layout.field(head, 'Type de notification', notification.typeLabel);
  layout.field(head, 'Numéro interne', notification.number);
  layout.field(head, 'Statut', STATUS_TEXT[notification.status] ?? notification.status);
  if (notification.cnilReference) layout.field(head, 'Référence attribuée par la CNIL', notification.cnilReference);
  if (notification.recapitulatif) layout.field(head, 'Date du récapitulatif de la CNIL', notification.recapitulatif.display);
  else if (archive) {
    layout.field(head, 'Date du récapitulatif de la CNIL', archive.recapitulatif.display);
    layout.field(head, 'Mention d’archive', ARCHIVE_NOTE_STATEMENT);
  }
  if (notification.initial) layout.field(head, 'Notification initiale', `n° ${notification.initial.number}`);
  layout.field(head, notification.status === 'FILED' ? 'Contenu arrêté au dépôt' : 'Contenu établi le', parisInstant(content.assembledAt));
  layout.field(head, 'Convention horaire', PARIS_TIME_CONVENTION);
  layout.field(head, 'Empreinte du contenu (sha256)', sha256);
  layout.field(head, 'Versions', `${content.schemaVersion} · vocabulaire ${vocabularyVersionText(content.vocabularyVersion)}`);
}

function renderSection(layout: Layout, section: ContentSection): void {
  const sect = layout.section(`${section.number}. ${section.title}`);
  for (const item of section.items) renderItem(layout, sect, item);
}

/** The answers as the form takes them; where each came from is the internal dossier's. */
function renderItem(layout: Layout, sect: PDFKit.PDFStructureElement, item: ContentItem): void {
  switch (item.kind) {
    case 'text':
      // The head states the Paris-time convention once: instants inside answers drop their suffix.
      return layout.field(sect, item.label, item.value === null ? null : withoutParisSuffix(item.value));
    case 'number':
      return layout.field(sect, item.label, item.value === null ? null : frenchNumber(item.value));
    case 'instant':
      return layout.field(sect, item.label, item.display === null ? null : withoutParisSuffix(item.display));
    case 'choice':
      return layout.choices(
        sect,
        item.label + (item.multiple ? ' (plusieurs réponses possibles)' : ' (une seule réponse)'),
        withOtherText(item),
        null,
      );
    case 'table':
      if (!item.rows.length) return layout.field(sect, item.label, 'Néant');
      return layout.table(
        sect,
        { columns: item.columns, rows: item.rows.map((row) => row.map(withoutParisSuffix)), widths: item.columns.map(() => '*') },
        item.label,
      );
  }
}

/** « Autre (à préciser) »: the text the form asks for is printed beside the OTHER box. */
function withOtherText(item: Extract<ContentItem, { kind: 'choice' }>): { label: string; selected: boolean }[] {
  return item.options.map((o) => (o.code === 'OTHER' && item.other ? { ...o, label: `${o.label} (à préciser) : ${item.other}` } : o));
}

/**
 * Closes the copy with what its answer lists are (F2): the CNIL's lists are reconstituted from
 * secondary sources until a dated capture of the téléservice confirms them, and a reader of the copy
 * must not take its wordings for the téléservice's own.
 */
function vocabularyNote(layout: Layout, content: CnilNotificationContent): void {
  const end = layout.part('Sect');
  layout.rule(INK.accent);
  layout.doc.y += 6;
  layout.text(end, 'P', `Listes de réponses : vocabulaire ${vocabularyVersionText(content.vocabularyVersion)}.`, {
    font: FONT.sans,
    size: 8,
    color: INK.muted,
    gap: 2,
  });
}
