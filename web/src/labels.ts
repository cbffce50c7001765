/** French labels for the API's codes: what the screens show in place of an enum value. */

export const ROLE_LABELS: Record<string, string> = {
  CONTROLLER_DPO: 'DPO du responsable de traitement',
  CONTROLLER_LEGAL: 'Juriste du responsable de traitement',
  AUDITOR: 'Auditeur',
  PROCESSOR_SECURITY: 'Sécurité du sous-traitant',
  ADMIN: 'Administrateur',
};

/** Whom a duty is owed to. */
export const AUTHORITY_LABELS: Record<string, string> = {
  CNIL: 'CNIL',
  ACPR: 'ACPR',
  ANSSI: 'ANSSI',
  CLIENTS: 'clients',
  CONTROLLER: 'responsable de traitement',
  DATA_SUBJECTS: 'personnes concernées',
};

/** The regime of a duty: its legal basis names it first (« RGPD, article 33… », « DORA, article 19… »). */
export function regimeOf(basis: string): string {
  return basis.split(',')[0]!.trim();
}

export const OBLIGATION_STATUS_LABELS: Record<string, string> = {
  OVERDUE: 'En retard',
  PENDING: 'À faire',
  TO_CLASSIFY: 'À qualifier',
};

export const NOTIFICATION_TYPE_LABELS: Record<string, string> = {
  INITIAL: 'initiale',
  COMPLETE: 'complète',
  COMPLEMENTARY: 'complémentaire',
};

export const NOTIFICATION_STATUS_LABELS: Record<string, string> = {
  DRAFT: 'brouillon',
  READY: 'prête',
  FILED: 'déposée',
};

/** Each role's labels joined, or the raw codes of a role this app does not know yet. */
export function rolesLabel(roles: readonly string[]): string {
  return roles.map((role) => ROLE_LABELS[role] ?? role).join(', ');
}

/** Where an affected-person list stands. */
export const BATCH_STATUS_LABELS: Record<string, string> = {
  STAGING: 'En cours de lecture',
  COMPLETED: 'Comptée',
  REJECTED: 'Refusée, rien n’a été compté',
  DUPLICATE: 'Déjà reçue, rien n’a été compté',
};

/** What an invalid row does to its list. */
export const ON_ERROR_LABELS: Record<string, string> = {
  REJECT: 'Refuser toute la liste si une ligne est invalide',
  QUARANTINE: 'Mettre de côté les lignes invalides et compter les autres',
};

/** The fields of a list's row problems. */
export const INGEST_FIELD_LABELS: Record<string, string> = {
  nir: 'NIR',
  birthRank: 'rang de naissance',
  birthDate: 'date de naissance',
  controller: 'organisme',
  beneficiaryType: 'qualité',
  exposedDataItems: 'données exposées',
  row: 'ligne',
  file: 'fichier',
};

/** Every status of a duty, done ones included (a notification's screen shows its duty once met). */
export const DUTY_STATUS_LABELS: Record<string, string> = {
  ...OBLIGATION_STATUS_LABELS,
  DONE: 'Fait',
  DONE_LATE: 'Fait en retard',
  NOT_APPLICABLE: 'Non applicable',
  NOT_NOTIFIED: 'Non notifiée — décision motivée',
};
