import { canonicalHash, canonicalJson } from '../lib/canonical-json';
import type { CnilNotificationContent, ContentAnnexes, ContentItem, ContentSection, Provenance } from '../content/notification-content';
import { FONT } from '../lib/fonts';
import {
  confidenceLabel,
  frenchNumber,
  PARIS_TIME_CONVENTION,
  parisInstant,
  SHORT_STATUS_LABELS,
  sourceLabel,
  STATUS_LABELS,
  withoutParisSuffix,
} from './labels';
import { INK, Layout } from './layout';
import { DRAFT_WATERMARK, finishDocument, type RenderedPdf, startDocument } from './pdf-document';

/**
 * The CNIL filing: a pure function of `CnilNotificationContent`. The 14 sections in the form's order
 * with its labels, counts as a table, then the annexes (ENISA severity, obligations and deadlines,
 * provenance of every fact and, before filing, what is still missing). The content travels inside as
 * notification.json, and its sha256 is on every page.
 */
export const FILING_ATTACHMENT = 'notification.json';

export function renderFiling(content: CnilNotificationContent): Promise<RenderedPdf> {
  const sha256 = canonicalHash(content);
  const { organization, notification } = content;
  const createdAt = new Date(content.assembledAt);
  const doc = startDocument({
    title: `Notification de violation de données personnelles — ${organization.name} — ${notification.typeLabel}`,
    author: organization.name,
    subject: `Notification à la CNIL (article 33 du RGPD) n° ${notification.number ?? 'non attribué'}, SIREN ${organization.siren}`,
    keywords: ['CNIL', 'RGPD', 'article 33', 'violation de données', notification.typeLabel, organization.siren],
    createdAt,
  });
  const layout = new Layout(doc);
  const sources = new SourceIndex();

  titleBlock(layout, content, sha256);
  for (const section of content.sections) renderSection(layout, section, sources);
  const annexes = content.annexes;
  if (annexes?.severity) severityAnnex(layout, annexes.severity);
  if (annexes?.obligations.length) obligationsAnnex(layout, annexes.obligations);
  provenanceAnnex(layout, sources);
  if (annexes?.completeness.length && notification.status !== 'FILED') completenessAnnex(layout, annexes.completeness);

  return finishDocument(
    doc,
    createdAt,
    {
      name: FILING_ATTACHMENT,
      description: `CnilNotificationContent ${content.schemaVersion}, sha256 ${sha256}`,
      json: canonicalJson(content),
    },
    {
      header: [
        `${organization.name} · SIREN ${organization.siren}`,
        `${notification.typeLabel} · n° ${notification.number ?? '—'} · ${SHORT_STATUS_LABELS[notification.status] ?? notification.status}`,
      ],
      watermark: notification.status === 'FILED' ? null : DRAFT_WATERMARK,
      footer: `Contenu sha256 ${sha256}`,
    },
  );
}

function titleBlock(layout: Layout, content: CnilNotificationContent, sha256: string): void {
  const { doc } = layout;
  const { organization, notification } = content;
  const head = layout.part('Sect');
  layout.text(head, 'P', 'NOTIFICATION D’UNE VIOLATION DE DONNÉES PERSONNELLES', {
    font: FONT.sansBold,
    size: 9,
    color: INK.accent,
    gap: 1,
  });
  layout.text(head, 'P', 'à la Commission nationale de l’informatique et des libertés — article 33 du RGPD', {
    font: FONT.sans,
    size: 9,
    color: INK.muted,
    gap: 10,
  });
  layout.text(head, 'H1', organization.name, { font: FONT.serifBold, size: 21, color: INK.text, gap: 2 });
  layout.text(head, 'P', `SIREN ${organization.siren.replace(/(\d{3})(?=\d)/g, '$1 ')}`, {
    font: FONT.sans,
    size: 10,
    color: INK.muted,
    gap: 12,
  });
  layout.rule(INK.accent);
  doc.y += 8;
  layout.field(head, 'Type de notification', notification.typeLabel);
  layout.field(head, 'Numéro', notification.number);
  layout.field(head, 'Statut', STATUS_LABELS[notification.status] ?? notification.status);
  if (notification.initial) layout.field(head, 'Notification initiale', `n° ${notification.initial.number}`);
  layout.field(head, notification.status === 'FILED' ? 'Contenu arrêté au dépôt' : 'Contenu établi le', parisInstant(content.assembledAt));
  layout.field(head, 'Convention horaire', PARIS_TIME_CONVENTION);
  layout.field(head, 'Empreinte du contenu (sha256)', sha256);
  layout.field(head, 'Versions', `${content.schemaVersion} · vocabulaire ${content.vocabularyVersion}`);
}

function renderSection(layout: Layout, section: ContentSection, sources: SourceIndex): void {
  const sect = layout.section(`${section.number}. ${section.title}`);
  type NumberItem = Extract<ContentItem, { kind: 'number' }>;
  // The counts of section 8 read best side by side, with their CNIL band and source.
  const counts = section.code === 'DATA' ? section.items.filter((i): i is NumberItem => i.kind === 'number') : [];
  for (const item of section.items) {
    if (item.kind === 'number' && counts.includes(item)) continue;
    renderItem(layout, sect, item, sources);
  }
  if (counts.length) {
    layout.table(
      sect,
      {
        columns: ['Décompte', 'Valeur', 'Tranche du formulaire', 'Source'],
        rows: counts.map((i) => [
          i.label,
          i.value === null ? 'Non renseigné' : frenchNumber(i.value),
          i.band?.label ?? '—',
          sources.ref(i.provenance),
        ]),
        widths: [190, 80, 120, '*'],
      },
      'Personnes et enregistrements concernés',
    );
  }
}

function renderItem(layout: Layout, sect: PDFKit.PDFStructureElement, item: ContentItem, sources: SourceIndex): void {
  // Identity comes from the organisation's own record: a source under each line would be noise.
  const note = item.provenance && item.provenance.source !== 'ORGANIZATION' ? `Source : ${sources.ref(item.provenance)}` : null;
  switch (item.kind) {
    case 'text':
      return layout.field(sect, item.label, item.value === null ? null : withoutParisSuffix(item.value), item.value === null ? null : note);
    case 'number':
      return layout.field(sect, item.label, item.value === null ? null : frenchNumber(item.value), item.value === null ? null : note);
    case 'instant':
      return layout.field(
        sect,
        item.label,
        item.display === null ? null : withoutParisSuffix(item.display),
        item.display === null ? null : note,
      );
    case 'choice':
      return layout.choices(
        sect,
        item.label + (item.multiple ? ' (plusieurs réponses possibles)' : ''),
        item.options,
        item.options.some((o) => o.selected) ? note : null,
      );
    case 'table':
      if (!item.rows.length) return layout.field(sect, item.label, 'Aucun');
      return layout.table(
        sect,
        { columns: item.columns, rows: item.rows.map((row) => row.map(withoutParisSuffix)), widths: item.columns.map(() => '*') },
        item.label,
      );
  }
}

function severityAnnex(layout: Layout, severity: NonNullable<ContentAnnexes['severity']>): void {
  const sect = layout.section('Annexe A. Évaluation de la gravité (méthode ENISA)');
  const fr = (n: number) => n.toLocaleString('fr-FR', { maximumFractionDigits: 2 });
  layout.table(sect, {
    columns: ['Composante', 'Valeur', 'Justification'],
    rows: severity.components.map((c) => [c.label, fr(c.value), c.justification]),
    widths: [130, 45, '*'],
  });
  const { gravity } = severity;
  if (severity.decision !== undefined) {
    // Since cnil-notification/3: the computed level stays visible, the retained one is a signed decision.
    layout.field(sect, 'Niveau de gravité', withoutParisSuffix(severity.decision));
    layout.field(sect, 'Niveau de gravité retenu (section 11)', gravity.label);
  } else {
    layout.field(sect, 'Score de gravité (SE)', `${fr(severity.se)} — niveau ${severity.levelLabel.toLowerCase()}`);
    layout.field(
      sect,
      'Niveau de gravité retenu',
      gravity.reason ? `${gravity.label} (suggéré : ${gravity.suggestedLabel.toLowerCase()}) — motif : ${gravity.reason}` : gravity.label,
    );
  }
  layout.field(
    sect,
    'Communication aux personnes (article 34 du RGPD)',
    severity.art34Recommended ? 'Recommandée' : 'Non requise par ce niveau',
  );
  layout.field(sect, 'Conclusion', severity.justification);
  if (severity.override) {
    layout.subheading(sect, 'Évaluation calculée, avant modification');
    layout.field(sect, 'Motif de la modification', severity.override.reason);
    layout.table(sect, {
      columns: ['Composante', 'Valeur', 'Justification'],
      rows: severity.override.components.map((c) => [c.label, fr(c.value), c.justification]),
      widths: [130, 45, '*'],
    });
    layout.field(
      sect,
      'Score calculé',
      `${fr(severity.override.computedSe)} — niveau ${severity.override.computedLevelLabel.toLowerCase()}`,
    );
  }
}

function obligationsAnnex(layout: Layout, obligations: ContentAnnexes['obligations']): void {
  const sect = layout.section('Annexe B. Obligations et échéances');
  layout.table(sect, {
    columns: ['Obligation', 'Qui', 'Échéance', 'Réalisée', 'Statut', 'Motif'],
    rows: obligations.map((o) => [
      `${o.label} (${o.authority}, ${o.basis})`,
      o.party,
      parisTime(o.dueDisplay),
      parisTime(o.doneDisplay),
      o.statusLabel,
      withoutParisSuffix(o.rationale),
    ]),
    widths: [120, 70, 62, 62, 48, '*'],
  });
}

function provenanceAnnex(layout: Layout, sources: SourceIndex): void {
  const sect = layout.section('Annexe C. Provenance des faits');
  layout.paragraph(
    sect,
    'Chaque valeur du formulaire renvoie à la source retenue par la règle d’unification (confiance, puis rang de la source, puis la plus récente).',
    { size: 9, color: INK.muted },
  );
  layout.table(sect, {
    columns: ['Réf.', 'Source', 'Référence', 'Soumission', 'Confiance'],
    rows: sources.rows(),
    widths: [30, 150, 110, '*', 55],
  });
}

function completenessAnnex(layout: Layout, issues: ContentAnnexes['completeness']): void {
  const sect = layout.section('Annexe D. Éléments manquants ou incohérents');
  layout.table(sect, {
    columns: ['Section', 'Élément', 'Bloquant'],
    rows: issues.map((i) => [String(i.section), i.message, i.blocksReady ? 'Oui' : 'Non']),
    widths: [45, '*', 55],
  });
}

/** The sources in order of first use, numbered S1, S2… so a row can point to its annex line. */
class SourceIndex {
  private readonly index = new Map<string, { ref: string; provenance: Provenance }>();

  ref(provenance: Provenance | null): string {
    if (!provenance) return '—';
    const key = JSON.stringify([
      provenance.source,
      provenance.organizationId,
      provenance.submissionId,
      provenance.reference,
      provenance.confidence,
    ]);
    let entry = this.index.get(key);
    if (!entry) {
      entry = { ref: `S${this.index.size + 1}`, provenance };
      this.index.set(key, entry);
    }
    return entry.ref;
  }

  rows(): string[][] {
    return [...this.index.values()].map(({ ref, provenance: p }) => [
      ref,
      sourceLabel(p),
      p.reference ?? '—',
      p.submissionId ?? '—',
      confidenceLabel(p) || '—',
    ]);
  }
}

/** In a filing whose head states the Paris-time convention, the instant without its suffix. */
const parisTime = (display: string | null) => (display ? withoutParisSuffix(display) : '—');
