import {
  BREACH_NATURE,
  COMMUNICATION_STATUS,
  CONSEQUENCE,
  DATA_CATEGORY,
  HARM,
  INCIDENT_CAUSE,
  INCIDENT_ORIGIN,
  NON_COMMUNICATION_JUSTIFICATION,
  NOTIFICATION_TYPE,
  SENSITIVE_DATA,
  SUBJECT_CATEGORY,
  type VocabularyList,
} from '../cnil/vocabulary';
import { SEVERITY_LEVELS } from '../cnil/severity-rules';
import { displayInstant } from '../notifications/display';
import type { RegisterEntry } from './register';

/**
 * The register's codes as French labels, for every file it is exported as: no code reaches a reader.
 * `other` is the « Autre (à préciser) » text, printed with the OTHER answer it specifies.
 */
export const labelsOf = <C extends string>(
  vocabulary: VocabularyList<C>,
  codes: readonly string[],
  other: string | null = null,
): string[] =>
  codes.map((c) => {
    const label = vocabulary.labels[c as C] ?? c;
    return c === 'OTHER' && other ? `${label} : ${other}` : label;
  });

const one = <C extends string>(vocabulary: VocabularyList<C>, code: string | null): string | null =>
  code === null ? null : (vocabulary.labels[code as C] ?? code);

export const instant = (d: Date | null): string | null => (d ? displayInstant(d) : null);

export const levelLabel = (level: string): string => SEVERITY_LEVELS.find((l) => l.level === level)?.label ?? level;

export const frenchCount = (n: number | null): string | null => (n === null ? null : n.toLocaleString('fr-FR').replace(/\u202f/g, ' '));

/** The labels of one entry, every list already in French. */
export function entryLabels(e: RegisterEntry) {
  return {
    natures: labelsOf(BREACH_NATURE, e.natures),
    origins: labelsOf(INCIDENT_ORIGIN, e.origins, e.originsOther),
    causes: labelsOf(INCIDENT_CAUSE, e.causes, e.causesOther),
    consequences: labelsOf(CONSEQUENCE, e.consequences, e.consequencesOther),
    harms: labelsOf(HARM, e.harms, e.harmsOther),
    dataCategories: labelsOf(DATA_CATEGORY, e.dataCategories, e.dataCategoriesOther),
    sensitiveData: labelsOf(SENSITIVE_DATA, e.sensitiveData),
    subjectCategories: labelsOf(SUBJECT_CATEGORY, e.subjectCategories, e.subjectCategoriesOther),
    communication: one(COMMUNICATION_STATUS, e.communication),
    nonCommunicationJustification: one(NON_COMMUNICATION_JUSTIFICATION, e.nonCommunicationJustification),
    filings: e.filings.map(
      (f) =>
        `${one(NOTIFICATION_TYPE, f.type)} n° ${f.number}, déposée le ${displayInstant(f.filedAt)}${
          f.cnilReference ? `, référence CNIL ${f.cnilReference}` : ''
        }${f.filedLate ? ', hors délai' : ''}${
          f.filedBy && f.filingRecordedAt ? ` (dépôt enregistré par ${f.filedBy} le ${displayInstant(f.filingRecordedAt)})` : ''
        }`,
    ),
    /** The art. 34 decision when recorded, else the gateway's suggestion, which never reads as a decision (R3). */
    persons: e.personsDecision
      ? `${e.personsDecision.decisionLabel} — décision de ${e.personsDecision.decidedBy}, le ${displayInstant(e.personsDecision.decidedAt)} : ${e.personsDecision.reasoning}`
      : `Non décidée — ${e.personsSuggestion}`,
  };
}
