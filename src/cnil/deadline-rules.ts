import type { Period } from '../lib/legal-periods';

/**
 * The notification duties of each regime as data a lawyer can read and check (docs/regimes.md lists
 * them with worked examples): the legal basis, when the rule is in force, which entities it binds,
 * the event it counts from, the period and how it is counted, and the rule's version. Periods are
 * counted by src/lib/legal-periods.ts (Regulation 1182/71, Paris time); the engine that turns these
 * rules into an exposure's obligations is src/notifications/obligations.ts.
 */

export const DEADLINE_RULES_VERSION = 'regimes-2026.2';

export type ObligationCode =
  | 'CNIL_NOTIFICATION'
  | 'CNIL_COMPLEMENTARY'
  | 'DATA_SUBJECTS_COMMUNICATION'
  | 'PROCESSOR_ALERT'
  | 'ACPR_INITIAL'
  | 'ACPR_INTERMEDIATE'
  | 'ACPR_FINAL'
  | 'DORA_CLIENT_INFORMATION'
  | 'ANSSI_EARLY_WARNING'
  | 'ANSSI_NOTIFICATION'
  | 'ANSSI_INTERMEDIATE_REPORT'
  | 'ANSSI_PROGRESS_REPORT'
  | 'ANSSI_FINAL_REPORT';

/**
 * The named test an entity must pass for the rule to bind it. The DORA and NIS 2 tests are evaluated
 * from the organisation's recorded entity facts (src/cnil/entity-tests.ts).
 */
export type EntityTest =
  /** Every controller of the exposure (RGPD, articles 33 and 34). */
  | 'CONTROLLER'
  /** The incident's processor, towards each controller it serves (RGPD, article 33, paragraphe 2). */
  | 'PROCESSOR'
  /** A financial entity within DORA (règlement (UE) 2022/2554, article 2), not excluded by its article 2, paragraphe 3. */
  | 'DORA_FINANCIAL_ENTITY'
  /** An essential or important entity under the French transposition of NIS 2 (directive (UE) 2022/2555, article 3). */
  | 'NIS2_ENTITY';

/** The event the period counts from. */
export type Trigger =
  /** The controller became aware of the breach (of the incident, for DORA and NIS 2). */
  | 'AWARENESS'
  /** The processor detected the incident. */
  | 'DETECTION'
  /** The previous report of the chain was submitted, or else fell due. */
  | 'PREVIOUS_STEP'
  /** The CSIRT or the competent authority asked for it. */
  | 'AUTHORITY_REQUEST'
  /** The incident is still ongoing when the final report falls due. */
  | 'ONGOING_AT_FINAL_REPORT'
  /** The controller recorded its decision to inform the persons. */
  | 'DECISION'
  /** An initial notification was filed with the CNIL, leaving information for later (art. 33(4)). */
  | 'INITIAL_FILING'
  /** The financial entity classified the incident as major (DORA, article 18). */
  | 'CLASSIFICATION';

/** Whom an obligation is owed to: an authority, or the persons, controller or clients to inform. */
export type ObligationAuthority = 'CNIL' | 'DATA_SUBJECTS' | 'CONTROLLER' | 'ACPR' | 'CLIENTS' | 'ANSSI';

/** The French name of each, as the documents print it. */
export const OBLIGATION_AUTHORITY_LABELS: Readonly<Record<ObligationAuthority, string>> = {
  CNIL: 'CNIL',
  DATA_SUBJECTS: 'Personnes concernées',
  CONTROLLER: 'Responsable de traitement',
  ACPR: 'ACPR',
  CLIENTS: 'Clients',
  ANSSI: 'ANSSI',
};

export interface DeadlineRule {
  obligation: ObligationCode;
  regime: 'RGPD' | 'DORA' | 'NIS2';
  /** A code: the documents print OBLIGATION_AUTHORITY_LABELS of it. */
  authority: ObligationAuthority;
  /** The legal basis in French citation style, as the register and the filing cite it. */
  basis: string;
  label: string;
  /** First day (Paris calendar, `YYYY-MM-DD`) the rule applies to a triggering event; null for NIS 2: the configured French transposition date. */
  effectiveFrom: string | null;
  /** Last day it applies, when a later text replaces it. */
  effectiveUntil: string | null;
  entityTest: EntityTest;
  trigger: Trigger;
  /** Null where the law sets no fixed term (« sans délai injustifié », « sur demande »). */
  period: Period | null;
  /** How the period is counted, or what stands in for it when there is none: the gateway's reading, said in the output. */
  counting: string;
  version: string;
}

const VERSION = DEADLINE_RULES_VERSION;

const HOURS_FROM_INSTANT =
  'Délai décompté en heures écoulées à partir de l’instant exact de l’événement, week-ends, jours fériés et changements d’heure compris : lecture prudente de l’article 3, paragraphe 1, du règlement (CEE, Euratom) n° 1182/71, qui ne compte pas l’heure de l’événement.';

const MONTH_FROM_STEP =
  'Délai d’un mois décompté à partir du rapport précédent (sa transmission, ou à défaut son échéance), à la même heure du même quantième, ou du dernier jour d’un mois plus court (article 3, paragraphe 2, point c), du règlement (CEE, Euratom) n° 1182/71) : lecture prudente, le règlement faisant courir le délai jusqu’à la fin de ce jour.';

export const DEADLINE_RULES: Readonly<Record<ObligationCode, DeadlineRule>> = {
  CNIL_NOTIFICATION: {
    obligation: 'CNIL_NOTIFICATION',
    regime: 'RGPD',
    authority: 'CNIL',
    basis: 'RGPD, article 33, paragraphe 1',
    label: 'Notification à la CNIL',
    effectiveFrom: '2018-05-25',
    effectiveUntil: null,
    entityTest: 'CONTROLLER',
    trigger: 'AWARENESS',
    period: { unit: 'hours', count: 72 },
    counting: HOURS_FROM_INSTANT,
    version: VERSION,
  },
  CNIL_COMPLEMENTARY: {
    obligation: 'CNIL_COMPLEMENTARY',
    regime: 'RGPD',
    authority: 'CNIL',
    basis: 'RGPD, article 33, paragraphe 4',
    label: 'Notification complémentaire à la CNIL (informations échelonnées)',
    effectiveFrom: '2018-05-25',
    effectiveUntil: null,
    entityTest: 'CONTROLLER',
    trigger: 'INITIAL_FILING',
    // The default only: the date the initial promised comes first (COMPLEMENTARY_FOLLOW_UP_HOURS changes it).
    period: { unit: 'hours', count: 72 },
    counting:
      'Le texte ne fixe pas de délai (« sans autre retard indu », article 33, paragraphe 4). Échéance : la date à laquelle les informations complémentaires seront transmises, promise dans la notification initiale ; à défaut, hypothèse de la passerelle, paramétrable (COMPLEMENTARY_FOLLOW_UP_HOURS) : 72 heures après le dépôt de la notification initiale, délai que la CNIL suggère « si possible » (« Règlement européen : quand faut-il notifier une violation de données à la CNIL ? »). Remplie par le dépôt d’une notification complémentaire finale ou d’une notification complète.',
    version: VERSION,
  },
  DATA_SUBJECTS_COMMUNICATION: {
    obligation: 'DATA_SUBJECTS_COMMUNICATION',
    regime: 'RGPD',
    authority: 'DATA_SUBJECTS',
    basis: 'RGPD, article 34',
    label: 'Communication aux personnes concernées',
    effectiveFrom: '2018-05-25',
    effectiveUntil: null,
    entityTest: 'CONTROLLER',
    trigger: 'DECISION',
    period: null,
    counting:
      '« Dans les meilleurs délais » (article 34, paragraphe 1) : pas de délai fixé par le texte ; l’échéance est la cible paramétrée après la décision d’informer.',
    version: VERSION,
  },
  PROCESSOR_ALERT: {
    obligation: 'PROCESSOR_ALERT',
    regime: 'RGPD',
    authority: 'CONTROLLER',
    basis: 'RGPD, article 33, paragraphe 2',
    label: 'Alerte du responsable de traitement par le sous-traitant',
    effectiveFrom: '2018-05-25',
    effectiveUntil: null,
    entityTest: 'PROCESSOR',
    trigger: 'DETECTION',
    period: null,
    counting:
      '« Dans les meilleurs délais » après en avoir pris connaissance (article 33, paragraphe 2) : le RGPD ne fixe pas de délai chiffré. Seul un délai prévu au contrat de sous-traitance (article 28, paragraphe 3, point f)) donne une échéance, et un dépassement s’entend au regard du contrat.',
    version: VERSION,
  },
  ACPR_INITIAL: {
    obligation: 'ACPR_INITIAL',
    regime: 'DORA',
    authority: 'ACPR',
    basis: 'DORA, article 19, paragraphe 4, point a) ; règlement délégué (UE) 2025/301, article 5',
    label: 'Notification initiale d’incident majeur lié aux TIC',
    effectiveFrom: '2025-01-17',
    effectiveUntil: null,
    entityTest: 'DORA_FINANCIAL_ENTITY',
    trigger: 'CLASSIFICATION',
    period: { unit: 'hours', count: 4 },
    counting: `4 heures après la classification de l’incident comme majeur, au plus tard 24 heures après la prise de connaissance (règlement délégué (UE) 2025/301, article 5). ${HOURS_FROM_INSTANT}`,
    version: VERSION,
  },
  ACPR_INTERMEDIATE: {
    obligation: 'ACPR_INTERMEDIATE',
    regime: 'DORA',
    authority: 'ACPR',
    basis: 'DORA, article 19, paragraphe 4, point b) ; règlement délégué (UE) 2025/301, article 5',
    label: 'Rapport intermédiaire',
    effectiveFrom: '2025-01-17',
    effectiveUntil: null,
    entityTest: 'DORA_FINANCIAL_ENTITY',
    trigger: 'PREVIOUS_STEP',
    period: { unit: 'hours', count: 72 },
    counting: `72 heures après la transmission de la notification initiale (à défaut, son échéance) ; des rapports intermédiaires mis à jour peuvent suivre. ${HOURS_FROM_INSTANT}`,
    version: VERSION,
  },
  ACPR_FINAL: {
    obligation: 'ACPR_FINAL',
    regime: 'DORA',
    authority: 'ACPR',
    basis: 'DORA, article 19, paragraphe 4, point c) ; règlement délégué (UE) 2025/301, article 5',
    label: 'Rapport final',
    effectiveFrom: '2025-01-17',
    effectiveUntil: null,
    entityTest: 'DORA_FINANCIAL_ENTITY',
    trigger: 'PREVIOUS_STEP',
    period: { unit: 'months', count: 1 },
    counting:
      'Un mois après le dernier rapport intermédiaire mis à jour (sa transmission, ou à défaut l’échéance du premier), à la même heure du même quantième, ou du dernier jour d’un mois plus court (article 3, paragraphe 2, point c), du règlement (CEE, Euratom) n° 1182/71) : lecture prudente, le règlement faisant courir le délai jusqu’à la fin de ce jour.',
    version: VERSION,
  },
  DORA_CLIENT_INFORMATION: {
    obligation: 'DORA_CLIENT_INFORMATION',
    regime: 'DORA',
    authority: 'CLIENTS',
    basis: 'DORA, article 19, paragraphe 3',
    label: 'Information des clients dont les intérêts financiers sont affectés',
    effectiveFrom: '2025-01-17',
    effectiveUntil: null,
    entityTest: 'DORA_FINANCIAL_ENTITY',
    trigger: 'CLASSIFICATION',
    period: null,
    counting:
      '« Sans délai injustifié » dès que l’entité a connaissance de l’incident majeur ayant un impact sur les intérêts financiers de ses clients (article 19, paragraphe 3) : pas de délai chiffré, donc pas d’échéance.',
    version: VERSION,
  },
  ANSSI_EARLY_WARNING: {
    obligation: 'ANSSI_EARLY_WARNING',
    regime: 'NIS2',
    authority: 'ANSSI',
    basis: 'NIS 2, article 23, paragraphe 4, point a)',
    label: 'Alerte précoce',
    effectiveFrom: null,
    effectiveUntil: null,
    entityTest: 'NIS2_ENTITY',
    trigger: 'AWARENESS',
    period: { unit: 'hours', count: 24 },
    counting: HOURS_FROM_INSTANT,
    version: VERSION,
  },
  ANSSI_NOTIFICATION: {
    obligation: 'ANSSI_NOTIFICATION',
    regime: 'NIS2',
    authority: 'ANSSI',
    basis: 'NIS 2, article 23, paragraphe 4, point b)',
    label: 'Notification d’incident',
    effectiveFrom: null,
    effectiveUntil: null,
    entityTest: 'NIS2_ENTITY',
    trigger: 'AWARENESS',
    period: { unit: 'hours', count: 72 },
    counting: HOURS_FROM_INSTANT,
    version: VERSION,
  },
  ANSSI_INTERMEDIATE_REPORT: {
    obligation: 'ANSSI_INTERMEDIATE_REPORT',
    regime: 'NIS2',
    authority: 'ANSSI',
    basis: 'NIS 2, article 23, paragraphe 4, point c)',
    label: 'Rapport intermédiaire (sur demande)',
    effectiveFrom: null,
    effectiveUntil: null,
    entityTest: 'NIS2_ENTITY',
    trigger: 'AUTHORITY_REQUEST',
    period: null,
    counting:
      'Dû à la demande du CSIRT ou de l’autorité compétente, dans le délai qu’elle fixe : pas d’échéance tant qu’aucune demande n’est enregistrée.',
    version: VERSION,
  },
  ANSSI_PROGRESS_REPORT: {
    obligation: 'ANSSI_PROGRESS_REPORT',
    regime: 'NIS2',
    authority: 'ANSSI',
    basis: 'NIS 2, article 23, paragraphe 4, point e)',
    label: 'Rapport d’avancement (incident en cours)',
    effectiveFrom: null,
    effectiveUntil: null,
    entityTest: 'NIS2_ENTITY',
    trigger: 'ONGOING_AT_FINAL_REPORT',
    period: null,
    counting:
      'Dû, au lieu du rapport final, si l’incident est encore en cours à l’échéance du rapport final ; le rapport final suit alors dans le mois qui suit le traitement de l’incident. Pas d’échéance tant que cette situation n’est pas enregistrée.',
    version: VERSION,
  },
  ANSSI_FINAL_REPORT: {
    obligation: 'ANSSI_FINAL_REPORT',
    regime: 'NIS2',
    authority: 'ANSSI',
    basis: 'NIS 2, article 23, paragraphe 4, point d)',
    label: 'Rapport final',
    effectiveFrom: null,
    effectiveUntil: null,
    entityTest: 'NIS2_ENTITY',
    trigger: 'PREVIOUS_STEP',
    period: { unit: 'months', count: 1 },
    counting: MONTH_FROM_STEP,
    version: VERSION,
  },
};

/** Why a rule of a regime does not apply to an event before its date of application. */
export const NOT_YET_IN_FORCE: Readonly<Record<DeadlineRule['regime'], string>> = {
  RGPD: 'RGPD non applicable : il s’applique à compter du 25 mai 2018 (article 99, paragraphe 2).',
  DORA: 'DORA non applicable à cet événement : le règlement (UE) 2022/2554 s’applique à compter du 17 janvier 2025 (article 64).',
  NIS2: 'NIS 2 non applicable : pas de transposition française en vigueur à la date de l’événement. Les opérateurs désignés restent soumis à la loi n° 2018-133 du 26 février 2018 (NIS 1), qui ne relève pas de cette passerelle.',
};
