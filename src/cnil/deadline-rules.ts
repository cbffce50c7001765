/**
 * Notification deadlines as versioned data: an EU proposal would move the CNIL's 72 hours to 96, and
 * contracts set the processor's alert delay. Durations are calendar hours (weekends count) or
 * calendar months; `from` names the instant each is counted from.
 */

export const DEADLINE_RULES_VERSION = 'gdpr-dora-nis2-2025.1';

export type Duration = { hours: number } | { months: number };

export interface DeadlineRule {
  obligation: ObligationCode;
  authority: string;
  /** Legal basis, as the register and the filing cite it. */
  basis: string;
  label: string;
  /** Null where the law sets no fixed delay ("without undue delay"). */
  within: Duration | null;
  from: 'AWARENESS' | 'DETECTION' | 'PREVIOUS_STEP';
}

export type ObligationCode =
  | 'CNIL_NOTIFICATION'
  | 'DATA_SUBJECTS_COMMUNICATION'
  | 'PROCESSOR_ALERT'
  | 'ACPR_INITIAL'
  | 'ACPR_INTERMEDIATE'
  | 'ACPR_FINAL'
  | 'ANSSI_EARLY_WARNING'
  | 'ANSSI_NOTIFICATION'
  | 'ANSSI_FINAL_REPORT';

export const DEADLINE_RULES: Readonly<Record<ObligationCode, DeadlineRule>> = {
  CNIL_NOTIFICATION: {
    obligation: 'CNIL_NOTIFICATION',
    authority: 'CNIL',
    basis: 'RGPD, article 33, paragraphe 1',
    label: 'Notification à la CNIL',
    within: { hours: 72 },
    from: 'AWARENESS',
  },
  DATA_SUBJECTS_COMMUNICATION: {
    obligation: 'DATA_SUBJECTS_COMMUNICATION',
    authority: 'Personnes concernées',
    basis: 'RGPD, article 34',
    label: 'Communication aux personnes concernées',
    within: null,
    from: 'AWARENESS',
  },
  // "Without undue delay"; 24 hours is the common contractual delay, kept here as the default.
  PROCESSOR_ALERT: {
    obligation: 'PROCESSOR_ALERT',
    authority: 'Responsable de traitement',
    basis: 'RGPD, article 33, paragraphe 2',
    label: 'Alerte du responsable de traitement par le sous-traitant',
    within: { hours: 24 },
    from: 'DETECTION',
  },
  ACPR_INITIAL: {
    obligation: 'ACPR_INITIAL',
    authority: 'ACPR',
    basis: 'DORA, article 19 ; RTS 2025/301',
    label: 'Notification initiale d’incident majeur lié aux TIC',
    within: { hours: 24 },
    from: 'AWARENESS',
  },
  ACPR_INTERMEDIATE: {
    obligation: 'ACPR_INTERMEDIATE',
    authority: 'ACPR',
    basis: 'DORA, article 19',
    label: 'Rapport intermédiaire',
    within: { hours: 72 },
    from: 'PREVIOUS_STEP',
  },
  ACPR_FINAL: {
    obligation: 'ACPR_FINAL',
    authority: 'ACPR',
    basis: 'DORA, article 19',
    label: 'Rapport final',
    within: { months: 1 },
    from: 'PREVIOUS_STEP',
  },
  ANSSI_EARLY_WARNING: {
    obligation: 'ANSSI_EARLY_WARNING',
    authority: 'ANSSI',
    basis: 'NIS 2, article 23, paragraphe 4, point a)',
    label: 'Alerte précoce',
    within: { hours: 24 },
    from: 'AWARENESS',
  },
  ANSSI_NOTIFICATION: {
    obligation: 'ANSSI_NOTIFICATION',
    authority: 'ANSSI',
    basis: 'NIS 2, article 23, paragraphe 4, point b)',
    label: "Notification d'incident",
    within: { hours: 72 },
    from: 'AWARENESS',
  },
  ANSSI_FINAL_REPORT: {
    obligation: 'ANSSI_FINAL_REPORT',
    authority: 'ANSSI',
    basis: 'NIS 2, article 23, paragraphe 4, point d)',
    label: 'Rapport final',
    within: { months: 1 },
    from: 'PREVIOUS_STEP',
  },
};

export function addDuration(instant: Date, duration: Duration): Date {
  if ('hours' in duration) return new Date(instant.getTime() + duration.hours * 3_600_000);
  const next = new Date(instant);
  next.setUTCMonth(next.getUTCMonth() + duration.months);
  return next;
}
