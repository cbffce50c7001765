/** French labels for the API's codes: what the screens show in place of an enum value. */

export const ROLE_LABELS: Record<string, string> = {
  CONTROLLER_DPO: 'DPO du responsable de traitement',
  CONTROLLER_LEGAL: 'Juriste du responsable de traitement',
  AUDITOR: 'Auditeur',
  PROCESSOR_SECURITY: 'Sécurité du sous-traitant',
  ADMIN: 'Administrateur',
};

/** The regime a duty belongs to, named by whom it is owed to. */
export const REGIME_LABELS: Record<string, string> = {
  CNIL: 'RGPD — CNIL',
  DATA_SUBJECTS: 'RGPD — personnes concernées',
  CONTROLLER: 'RGPD — responsable de traitement',
  ACPR: 'DORA — ACPR',
  CLIENTS: 'DORA — clients',
  ANSSI: 'NIS 2 — ANSSI',
};

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
