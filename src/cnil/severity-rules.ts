import type { DataCategory, Gravity, SensitiveDataCategory } from './vocabulary';

/**
 * The ENISA (2013) severity method as data: SE = DPC × EI + CB. Kept beside the vocabularies so a
 * revised method is a data change; `SEVERITY_METHOD` is recorded with every assessment.
 */
export const SEVERITY_METHOD = 'enisa-2013';
/** The method as the dossier cites it. */
export const SEVERITY_METHOD_REFERENCE =
  'ENISA, « Recommendations for a methodology of the assessment of severity of personal data breaches », document de travail v1.0, décembre 2013';

/** The four data types of the method (ENISA 2013, § 3.1 and annexe A1), each with its base DPC. */
export type DataKind = 'SIMPLE' | 'BEHAVIOURAL' | 'FINANCIAL' | 'SENSITIVE';
export const DATA_KINDS: readonly DataKind[] = ['SIMPLE', 'BEHAVIOURAL', 'FINANCIAL', 'SENSITIVE'];
export const DATA_KIND_BASE: Readonly<Record<DataKind, number>> = { SIMPLE: 1, BEHAVIOURAL: 2, FINANCIAL: 3, SENSITIVE: 4 };
export const DATA_KIND_LABELS: Readonly<Record<DataKind, string>> = {
  SIMPLE: 'données simples',
  BEHAVIOURAL: 'données comportementales',
  FINANCIAL: 'données financières',
  SENSITIVE: 'données sensibles',
};

/**
 * The data type of each form category. Credentials are absent on purpose: the method says they take
 * the type of the data they give access to, which only the assessor can say (`credentialsOpen`).
 */
export const DATA_CATEGORY_KIND: Readonly<Record<Exclude<DataCategory, 'IDENTIFICATION_ACCESS'>, DataKind>> = {
  CIVIL_STATUS: 'SIMPLE',
  NIR: 'SIMPLE',
  CONTACT: 'SIMPLE',
  OFFICIAL_DOCUMENTS: 'SIMPLE',
  LOCATION: 'BEHAVIOURAL',
  FINANCIAL: 'FINANCIAL',
  OFFENCES: 'SENSITIVE',
  OTHER: 'SIMPLE',
  UNKNOWN: 'SIMPLE',
};

/**
 * The contextual factors of the DPC (ENISA 2013, tableau d'évaluation 1 and annexe A2), each applying
 * to one data type or to any. The assessor records the ones that fit, each with its reason; the sum
 * is clamped to 1–4 as the method does.
 */
export type DpcFactor =
  | 'SIMPLE_PROFILING_OR_FINANCIAL_STATUS'
  | 'SIMPLE_SENSITIVE_ASSUMPTIONS'
  | 'BEHAVIOURAL_NO_INSIGHT'
  | 'BEHAVIOURAL_PROFILE'
  | 'FINANCIAL_NO_INSIGHT'
  | 'FINANCIAL_LIMITED_INSIGHT'
  | 'FINANCIAL_FULL_OR_PROFILE'
  | 'SENSITIVE_NO_INSIGHT_OR_PUBLIC'
  | 'SENSITIVE_GENERAL_ASSUMPTIONS'
  | 'SENSITIVE_ASSUMPTIONS'
  | 'PUBLICLY_AVAILABLE'
  | 'INVALID_OR_INACCURATE'
  | 'OLD_OR_INCOMPLETE';

export const DPC_FACTORS: Readonly<Record<DpcFactor, { kind: DataKind | 'ANY'; delta: number; label: string }>> = {
  SIMPLE_PROFILING_OR_FINANCIAL_STATUS: {
    kind: 'SIMPLE',
    delta: 1,
    label:
      'le volume des données ou le contexte du responsable permet un profilage ou des suppositions sur la situation sociale ou financière',
  },
  SIMPLE_SENSITIVE_ASSUMPTIONS: {
    kind: 'SIMPLE',
    delta: 2,
    label:
      'les données ou le contexte du responsable permettent des suppositions sur des données sensibles (santé, vie sexuelle, opinions)',
  },
  BEHAVIOURAL_NO_INSIGHT: {
    kind: 'BEHAVIOURAL',
    delta: -1,
    label: 'les données ne renseignent pas réellement sur le comportement, ou sont aisément accessibles par des sources publiques',
  },
  BEHAVIOURAL_PROFILE: {
    kind: 'BEHAVIOURAL',
    delta: 1,
    label: 'le volume ou le contexte permet un profil détaillé de la vie quotidienne et des habitudes',
  },
  FINANCIAL_NO_INSIGHT: {
    kind: 'FINANCIAL',
    delta: -2,
    label: 'les données ne renseignent pas réellement sur la situation financière (par exemple la seule qualité de client)',
  },
  FINANCIAL_LIMITED_INSIGHT: {
    kind: 'FINANCIAL',
    delta: -1,
    label: 'des informations financières sans aperçu significatif de la situation financière (par exemple un simple numéro de compte)',
  },
  FINANCIAL_FULL_OR_PROFILE: {
    kind: 'FINANCIAL',
    delta: 1,
    label: 'des informations financières complètes permettant la fraude, ou un profil social ou financier détaillé',
  },
  SENSITIVE_NO_INSIGHT_OR_PUBLIC: {
    kind: 'SENSITIVE',
    delta: -3,
    label: 'les données ne renseignent pas réellement sur la donnée sensible, ou sont aisément accessibles par des sources publiques',
  },
  SENSITIVE_GENERAL_ASSUMPTIONS: {
    kind: 'SENSITIVE',
    delta: -2,
    label: 'les données ne permettent que des suppositions générales',
  },
  SENSITIVE_ASSUMPTIONS: {
    kind: 'SENSITIVE',
    delta: -1,
    label: 'les données permettent des suppositions sur la donnée sensible sans la révéler',
  },
  PUBLICLY_AVAILABLE: {
    kind: 'ANY',
    delta: -1,
    label: 'les données étaient publiquement accessibles avant la violation',
  },
  INVALID_OR_INACCURATE: {
    kind: 'ANY',
    delta: -1,
    label: 'les données sont invalides ou inexactes',
  },
  OLD_OR_INCOMPLETE: {
    kind: 'ANY',
    delta: -1,
    label: 'les données sont anciennes ou incomplètes',
  },
};
/**
 * Minors or other vulnerable persons (tableau 1 : + 3) when the data are critical for their safety or
 * their physical or psychological condition: the assessor says whether they are, since the mere
 * presence of minors among the persons does not make the data critical.
 */
export const VULNERABLE_PERSONS_DELTA = 3;
export const VULNERABLE_PERSONS_LABEL =
  'les caractéristiques des personnes (mineurs, personnes vulnérables) rendent les données critiques pour leur sécurité ou leur état physique ou psychologique';
export const DPC_MIN = 1;
export const DPC_MAX = 4;

/** Any art. 9 category makes the data sensitive (DPC base 4), which the method lets go down with a reason. */
export const SENSITIVE_CATEGORIES: readonly SensitiveDataCategory[] = [
  'RACIAL_ETHNIC_ORIGIN',
  'POLITICAL_OPINIONS',
  'RELIGIOUS_PHILOSOPHICAL',
  'TRADE_UNION',
  'SEXUAL_ORIENTATION',
  'HEALTH',
  'BIOMETRIC',
  'GENETIC',
];

export const EASE_OF_IDENTIFICATION = { NEGLIGIBLE: 0.25, LIMITED: 0.5, SIGNIFICANT: 0.75, MAXIMUM: 1 } as const;

/** Loss of confidentiality: none, towards known recipients, or towards unknown ones (ENISA 2013, § 3.3). */
export type ConfidentialityLoss = 'NONE' | 'KNOWN_RECIPIENTS' | 'UNKNOWN_RECIPIENTS';
/**
 * Loss of integrity or availability by recoverability (ENISA 2013, § 3.3): none, recoverable without
 * difficulty (0), temporary or recoverable with difficulty (0.25), irrecoverable or fully unavailable (0.5).
 */
export type RecoverabilityLoss = 'NONE' | 'RECOVERABLE' | 'RECOVERABLE_WITH_DIFFICULTY' | 'IRRECOVERABLE';

export const CIRCUMSTANCES = {
  confidentiality: { NONE: 0, KNOWN_RECIPIENTS: 0.25, UNKNOWN_RECIPIENTS: 0.5 },
  recoverability: { NONE: 0, RECOVERABLE: 0, RECOVERABLE_WITH_DIFFICULTY: 0.25, IRRECOVERABLE: 0.5 },
  malicious: 0.5,
} as const satisfies {
  confidentiality: Record<ConfidentialityLoss, number>;
  recoverability: Record<RecoverabilityLoss, number>;
  malicious: number;
};

export const CONFIDENTIALITY_LABELS: Readonly<Record<ConfidentialityLoss, string>> = {
  NONE: 'pas de perte de confidentialité',
  KNOWN_RECIPIENTS: 'perte de confidentialité vers des destinataires connus et limités',
  UNKNOWN_RECIPIENTS: 'perte de confidentialité vers des destinataires inconnus',
};
export const RECOVERABILITY_LABELS: Readonly<Record<RecoverabilityLoss, string>> = {
  NONE: 'aucune perte',
  RECOVERABLE: 'données récupérables sans difficulté',
  RECOVERABLE_WITH_DIFFICULTY: 'perte temporaire ou données récupérables avec difficulté',
  IRRECOVERABLE: 'données irrécupérables ou totalement indisponibles',
};

/**
 * Likelihood that the consequences materialise: outside SE, which measures severity only. With the
 * severity it gives the risk (considérant 76 du RGPD ; lignes directrices 9/2022 du CEPD) that the
 * article 34 suggestion weighs.
 */
export type Likelihood = 'NEGLIGIBLE' | 'LIMITED' | 'SIGNIFICANT' | 'MAXIMUM';
export const LIKELIHOOD_LABELS: Readonly<Record<Likelihood, string>> = {
  NEGLIGIBLE: 'négligeable',
  LIMITED: 'limitée',
  SIGNIFICANT: 'importante',
  MAXIMUM: 'maximale',
};
/** A recorded negligible likelihood keeps a high severity from suggesting a high risk. */
export const LIKELIHOOD_BELOW_HIGH_RISK: readonly Likelihood[] = ['NEGLIGIBLE'];

export type SeverityLevel = 'LOW' | 'MEDIUM' | 'HIGH' | 'VERY_HIGH';

/** Upper bounds (exclusive) of SE per level, and the CNIL gravity each suggests (an analytic alignment). */
export const SEVERITY_LEVELS: readonly { level: SeverityLevel; below: number; gravity: Gravity; label: string }[] = [
  { level: 'LOW', below: 2, gravity: 'NEGLIGIBLE', label: 'Faible' },
  { level: 'MEDIUM', below: 3, gravity: 'LIMITED', label: 'Moyen' },
  { level: 'HIGH', below: 4, gravity: 'IMPORTANT', label: 'Élevé' },
  { level: 'VERY_HIGH', below: Number.POSITIVE_INFINITY, gravity: 'MAXIMAL', label: 'Très élevé' },
];

/** A high or very high level suggests telling the persons (art. 34) unless an exemption applies. */
export const ART34_LEVELS: readonly SeverityLevel[] = ['HIGH', 'VERY_HIGH'];
