import type { Provenance } from '../content/notification-content';

/** French words for the codes the content carries, as a reader of the filing expects them. */
export const STATUS_LABELS: Readonly<Record<string, string>> = {
  DRAFT: 'Projet',
  READY: 'Prêt à déposer',
  FILED: 'Déposé auprès de la CNIL',
};

/** The same, short enough for the running header. */
export const SHORT_STATUS_LABELS: Readonly<Record<string, string>> = { DRAFT: 'Projet', READY: 'Prêt', FILED: 'Déposé' };

const SOURCE_LABELS: Readonly<Record<string, string>> = {
  CONTROLLER_ASSESSMENT: 'Analyse du responsable de traitement',
  FORENSIC_REPORT: "Rapport d'investigation technique",
  PROCESSOR_NOTICE: 'Avis du sous-traitant',
  PUBLIC_STATEMENT: 'Communication publique',
  RECORD: 'Fiche de l’incident',
  ORGANIZATION: 'Fiche de l’organisme',
  SUBJECT_LISTS: 'Listes de personnes (décompte exact, dédupliqué)',
};

const CONFIDENCE_LABELS: Readonly<Record<string, string>> = {
  CONFIRMED: 'confirmé',
  REPORTED: 'déclaré',
  ESTIMATED: 'estimé',
};

export const sourceLabel = (p: Provenance) => SOURCE_LABELS[p.source] ?? p.source;
export const confidenceLabel = (p: Provenance) => (p.confidence ? (CONFIDENCE_LABELS[p.confidence] ?? p.confidence) : '');

/** 410 000 with the French thin space, as the form writes numbers. */
export const frenchNumber = (n: number) => n.toLocaleString('fr-FR').replace(/\u202f/g, ' ');
