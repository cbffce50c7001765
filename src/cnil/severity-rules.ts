import type { DataCategory, Gravity, SensitiveDataCategory } from './vocabulary';

/**
 * The ENISA (2013) severity method as data: SE = DPC × EI + CB. Kept beside the vocabularies so a
 * revised method is a data change; `SEVERITY_METHOD` is recorded with every assessment.
 */
export const SEVERITY_METHOD = 'enisa-2013';

/** Base data-processing context by the most severe data category present (1 simple … 4 sensitive). */
export const DPC_BASE: Readonly<Record<DataCategory, number>> = {
  CIVIL_STATUS: 1,
  NIR: 1,
  CONTACT: 1,
  // Credentials take the category of what they open; without knowing it, they count as simple data.
  IDENTIFICATION_ACCESS: 1,
  OFFICIAL_DOCUMENTS: 1,
  LOCATION: 2,
  FINANCIAL: 3,
  OFFENCES: 4,
  OTHER: 1,
  UNKNOWN: 1,
};

/** Any art. 9 category makes the data sensitive: DPC base 4. */
export const SENSITIVE_DPC_BASE = 4;
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

export const CIRCUMSTANCES = {
  confidentiality: { KNOWN_RECIPIENTS: 0.25, UNKNOWN_RECIPIENTS: 0.5 },
  integrity: { RECOVERABLE: 0.25, NOT_RECOVERABLE: 0.5 },
  availability: { TEMPORARY: 0.25, PERMANENT: 0.5 },
  malicious: 0.5,
} as const;

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
