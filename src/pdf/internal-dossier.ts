import { canonicalJson, sha256Hex } from '../lib/canonical-json';
import type { InternalDossierContent } from '../content/internal-dossier-content';
import type { CompletenessRow, ObligationRow, Provenance, SeverityAnnex } from '../content/notification-content';
import { FONT } from '../lib/fonts';
import { confidenceLabel, frenchNumber, organizationIdentifier, parisInstant, sourceLabel, withoutParisSuffix } from './labels';
import { INK, Layout } from './layout';
import { finishDocument, type RenderedPdf, startDocument } from './pdf-document';

/**
 * The internal dossier of a notification: a pure function of `InternalDossierContent`. What the
 * gateway computed and where each answer came from (the ENISA assessment, the obligations under
 * other regimes, the provenance of each answer, the exact list counts, what is still missing): the
 * controller's working papers, never sent to the CNIL, and marked so on every page. Same guarantees
 * as the filing copy: PDF/A-3b, its content inside as dossier-interne.json, reproducible.
 */
export const DOSSIER_ATTACHMENT = 'dossier-interne.json';

export const INTERNAL_WATERMARK = 'DOCUMENT INTERNE';

export function renderInternalDossier(content: InternalDossierContent): Promise<RenderedPdf> {
  // Serialised once: the attachment is this very text, and its hash is the content's.
  const json = canonicalJson(content);
  const sha256 = sha256Hex(json);
  const { organization, notification } = content;
  const createdAt = new Date(content.assembledAt);
  const doc = startDocument({
    title: `Dossier interne de la notification ${notification.number ?? ''} — ${organization.name}`,
    author: organization.name,
    subject: `Analyse interne d’une violation de données (document interne, non transmis à la CNIL), ${organizationIdentifier(organization)}`,
    keywords: ['RGPD', 'document interne', 'ENISA', notification.typeLabel, organizationIdentifier(organization)],
    createdAt,
  });
  const layout = new Layout(doc);
  const sources = new SourceIndex();

  titleBlock(layout, content, sha256);
  if (content.severity) severityAnnex(layout, content.severity);
  if (content.obligations.length) obligationsAnnex(layout, content.obligations);
  countsSection(layout, content.exactCounts);
  provenanceSection(layout, content.facts, sources);
  if (content.completeness.length) completenessAnnex(layout, content.completeness);

  return finishDocument(
    doc,
    createdAt,
    {
      name: DOSSIER_ATTACHMENT,
      description: `InternalDossierContent ${content.schemaVersion}, sha256 ${sha256}`,
      json,
    },
    {
      header: [
        `${organization.name} · ${organizationIdentifier(organization)}`,
        `Dossier interne · ${notification.typeLabel} · n° ${notification.number ?? '—'} · non transmis à la CNIL`,
      ],
      watermark: INTERNAL_WATERMARK,
      footer: `Contenu sha256 ${sha256}`,
    },
  );
}

function titleBlock(layout: Layout, content: InternalDossierContent, sha256: string): void {
  const { doc } = layout;
  const { organization, notification } = content;
  const head = layout.part('Sect');
  layout.text(head, 'P', 'DOSSIER INTERNE — ANALYSE D’UNE VIOLATION DE DONNÉES PERSONNELLES', {
    font: FONT.sansBold,
    size: 9,
    color: INK.accent,
    gap: 1,
  });
  layout.text(
    head,
    'P',
    'Document de travail du responsable de traitement : il n’est pas transmis à la CNIL et ne fait pas partie de la notification.',
    { font: FONT.sans, size: 9, color: INK.muted, gap: 10 },
  );
  layout.text(head, 'H1', organization.name, { font: FONT.serifBold, size: 21, color: INK.text, gap: 2 });
  layout.rule(INK.accent);
  doc.y += 8;
  layout.field(head, 'Notification', `${notification.typeLabel}, n° ${notification.number ?? '—'}`);
  if (notification.cnilReference) layout.field(head, 'Référence attribuée par la CNIL', notification.cnilReference);
  layout.field(head, 'Établi le', `${parisInstant(content.assembledAt)} (heure de Paris)`);
  layout.field(head, 'Empreinte de la copie du formulaire (sha256)', content.filingContentSha256);
  layout.field(head, 'Empreinte de ce dossier (sha256)', sha256);
  layout.field(head, 'Version', content.schemaVersion);
  layout.field(head, 'État du dossier', dossierState(content));
  const { filing } = content;
  if (filing) {
    // Who stated the filing and when it was recorded: absent for a filing recorded before they were kept.
    layout.field(head, 'Dépôt enregistré par', filing.recordedBy ?? 'non enregistré (dépôt antérieur à cette information)');
    layout.field(
      head,
      'Dépôt enregistré le',
      filing.recordedAt ? `${parisInstant(filing.recordedAt)} (heure de Paris)` : 'non enregistré (dépôt antérieur à cette information)',
    );
  }
}

function countsSection(layout: Layout, counts: InternalDossierContent['exactCounts']): void {
  const sect = layout.section('3. Décomptes exacts des listes de personnes');
  if (!counts) return layout.field(sect, 'Listes de personnes', 'Aucune liste reçue');
  layout.paragraph(
    sect,
    'Décomptes dédupliqués des listes reçues. La section 8 du formulaire porte le nombre approximatif déclaré par le responsable de traitement.',
    { size: 9, color: INK.muted },
  );
  layout.field(sect, 'Personnes', frenchNumber(counts.persons));
  layout.field(sect, 'Enregistrements', frenchNumber(counts.records));
  layout.field(sect, 'Dont mineurs', frenchNumber(counts.minors));
}

function severityAnnex(layout: Layout, severity: SeverityAnnex): void {
  const sect = layout.section('1. Évaluation de la gravité (méthode ENISA)');
  const fr = (n: number) => n.toLocaleString('fr-FR', { maximumFractionDigits: 2 });
  if (severity.methodReference) layout.field(sect, 'Méthode', `${severity.methodReference} — SE = DPC × EI + CB`);
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
    // The level suggests; the decision, once recorded, is in the obligations below (persons' communication).
    severity.art34Recommended ? 'Suggestion : recommandée par ce niveau' : 'Suggestion : non recommandée par ce niveau',
  );
  layout.field(sect, 'Conclusion', severity.justification);
  if (severity.factors?.length) {
    // Each factor with its reason and whom it rests on, so a reader can redo the arithmetic.
    layout.subheading(sect, 'Facteurs retenus et leurs motifs');
    layout.table(sect, {
      columns: ['Composante', 'Facteur', 'Points', 'Motif', 'Source'],
      rows: severity.factors.map((f) => [f.component, f.label, f.points, f.reason, f.sourceLabel]),
      widths: [50, '*', 35, 120, 80],
    });
  }
  if (severity.risk) {
    layout.subheading(sect, 'À côté du score, hors SE : nombre de personnes et vraisemblance');
    layout.field(
      sect,
      'Nombre de personnes concernées',
      severity.risk.persons === null ? 'Non déclaré' : frenchNumber(severity.risk.persons),
    );
    layout.field(
      sect,
      'Vraisemblance',
      severity.risk.likelihoodLabel ? `${severity.risk.likelihoodLabel} — motif : ${severity.risk.likelihoodReason}` : 'Non appréciée',
    );
    layout.field(sect, 'Risque (suggestion, article 34 du RGPD)', severity.risk.justification);
  }
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

function obligationsAnnex(layout: Layout, obligations: ObligationRow[]): void {
  const sect = layout.section('2. Obligations au titre d’autres régimes et échéances');
  layout.table(sect, {
    columns: ['Obligation', 'Qui', 'Échéance (Paris)', 'Réalisée (Paris)', 'Statut', 'Motif'],
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

function provenanceSection(layout: Layout, facts: InternalDossierContent['facts'], sources: SourceIndex): void {
  const sect = layout.section('4. Provenance des réponses du formulaire');
  layout.paragraph(
    sect,
    'Chaque réponse renvoie à la source retenue par la règle d’unification (confiance, puis rang de la source, puis la plus récente).',
    { size: 9, color: INK.muted },
  );
  layout.table(sect, {
    columns: ['Section', 'Question', 'Source'],
    rows: facts.map((f) => [String(f.section), f.label, sources.ref(f.provenance)]),
    widths: [45, '*', 45],
  });
  layout.table(
    sect,
    {
      columns: ['Réf.', 'Source', 'Référence', 'Soumission', 'Confiance'],
      rows: sources.rows(),
      widths: [30, 150, 110, '*', 55],
    },
    'Sources',
  );
}

function completenessAnnex(layout: Layout, issues: CompletenessRow[]): void {
  const sect = layout.section('5. Éléments manquants ou incohérents');
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

/** In a table whose header says "Paris", the instant without its suffix. */
const parisTime = (display: string | null) => display?.replace(' (heure de Paris)', '') ?? '—';

/** Whether this analysis is the one that supported the filing, or the state of the facts today. */
function dossierState(content: InternalDossierContent): string {
  if (content.frozenAtFiling && content.filing)
    return `état figé au dépôt du ${parisInstant(content.filing.filedAt)} (heure de Paris) : les faits reçus depuis ne le modifient pas`;
  if (content.filing)
    return 'état actuel des faits, recalculé à chaque téléchargement : ce dépôt a été enregistré avant que le dossier ne soit figé au dépôt';
  return `état actuel, établi le ${parisInstant(content.assembledAt)} (heure de Paris) à partir des faits enregistrés : il suit les faits jusqu’au dépôt`;
}
