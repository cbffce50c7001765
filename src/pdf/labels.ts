import { DISPLAY_TIME_ZONE } from '../cnil/form';
import type { OrganizationIdentity, Provenance } from '../content/notification-content';

/** French words for the codes the content carries, as a reader of the filing expects them (a notification: feminine). */
export const STATUS_LABELS: Readonly<Record<string, string>> = {
  DRAFT: 'Projet',
  READY: 'Prête à déposer',
  FILED: 'Déposée auprès de la CNIL',
};

/** The same, short enough for the running header. */
export const SHORT_STATUS_LABELS: Readonly<Record<string, string>> = { DRAFT: 'Projet', READY: 'Prête', FILED: 'Déposée' };

/**
 * How a document names the organisation: « SIREN 912 300 035 », or for an organisation without SIREN
 * the identifier it gives instead (« Numéro RNA (association) W751234567 »), as the form records it.
 */
export function organizationIdentifier(organization: OrganizationIdentity): string {
  if (organization.siren) return `SIREN ${organization.siren.replace(/(\d{3})(?=\d)/g, '$1 ')}`;
  if (organization.otherIdentifier) return `${organization.otherIdentifier.typeLabel} ${organization.otherIdentifier.value}`;
  return 'Pas de SIREN, autre identifiant non renseigné';
}

/** Instants in a filing are Paris time, said once at the top: the line-by-line suffix goes. */
export const PARIS_TIME_CONVENTION = 'Heures exprimées en heure de Paris (Europe/Paris).';
export const withoutParisSuffix = (text: string) => text.replace(/ \(heure de Paris\)/g, '');

const paris = new Intl.DateTimeFormat('fr-FR', {
  timeZone: DISPLAY_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

/** An ISO instant of the content as the filing prints it: "02/02/2024 10:30:00", Paris time. */
export const parisInstant = (iso: string) => paris.format(new Date(iso)).replace(',', '');

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
