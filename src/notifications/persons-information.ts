import { ART34_LEVELS, type SeverityLevel } from '../cnil/severity-rules';
import type { CommunicationChannel, DataCategory, NonCommunicationJustification } from '../cnil/vocabulary';
import type { SeverityAssessment } from './severity';

/**
 * The art. 34 decision's rules, as pure functions: which grounds contradict the recorded facts or
 * the chosen severity, and how a ground reads in French.
 */
export type PersonsDecision = 'INFORM' | 'NOT_INFORM';

/** Each ground with the provision it rests on, in French citation style, for rationales and documents. */
export const GROUND_TEXT: Readonly<Record<NonCommunicationJustification, string>> = {
  RISK_NOT_HIGH:
    'la violation n’est pas susceptible d’engendrer un risque élevé pour les droits et libertés des personnes (article 34, paragraphe 1)',
  DATA_UNINTELLIGIBLE:
    'les données sont incompréhensibles pour toute personne non autorisée à y avoir accès (article 34, paragraphe 3, point a))',
  SUBSEQUENT_MEASURES: 'des mesures ultérieures rendent le risque élevé improbable (article 34, paragraphe 3, point b))',
  DISPROPORTIONATE_EFFORT_PUBLIC_COMMUNICATION:
    'la communication individuelle exigerait des efforts disproportionnés : communication publique à la place (article 34, paragraphe 3, point c))',
};

export interface DecisionToCheck {
  decision: PersonsDecision;
  ground: NonCommunicationJustification | null;
  reasoning: string;
  publicCommunicationAt: Date | null;
  publicCommunicationChannel: CommunicationChannel | null;
  publicCommunicationReference: string | null;
  /** The chosen severity: the computed one, or a lawyer's override with its reason. */
  severity: { level: SeverityLevel; overridden: boolean };
  dataCategories: readonly DataCategory[];
  exposedDataItems: readonly string[];
}

export interface DecisionIssue {
  argument: string;
  message: { fr: string; en: string };
}

const NIR_ITEM = /\bNIR\b|s[ée]curit[ée] sociale|social security/i;
const NAME_ITEM = /\bnoms?\b|pr[ée]noms?|\bnames?\b|[ée]tat civil/i;
/** An item the sources describe as encrypted or hashed is not "in clear". */
const PROTECTED_ITEM = /chiffr|encrypt|hach|hash/i;

/**
 * Identifying data exposed in clear: a NIR or a name, named by an exposed item or by the exposed
 * categories, unless the items say that very data was encrypted or hashed.
 */
export function identifyingDataInClear(dataCategories: readonly DataCategory[], exposedDataItems: readonly string[]): string[] {
  const found: string[] = [];
  for (const [pattern, category, label] of [
    [NIR_ITEM, 'NIR', 'NIR'],
    [NAME_ITEM, 'CIVIL_STATUS', 'nom / état civil'],
  ] as const) {
    const items = exposedDataItems.filter((item) => pattern.test(item));
    const clear = items.filter((item) => !PROTECTED_ITEM.test(item));
    const protectedOnly = items.length > 0 && clear.length === 0;
    if (clear.length) found.push(...clear);
    else if (dataCategories.includes(category) && !protectedOnly) found.push(label);
  }
  return found;
}

/** What makes a decision inconsistent with itself, the facts or the chosen severity: each blocks it. */
export function decisionIssues(input: DecisionToCheck): DecisionIssue[] {
  const issues: DecisionIssue[] = [];
  const add = (argument: string, fr: string, en: string) => issues.push({ argument, message: { fr, en } });
  if (!input.reasoning.trim()) add('input.reasoning', 'La décision doit être motivée.', 'the decision needs its reasoning');
  if (input.decision === 'INFORM') {
    if (input.ground)
      add('input.ground', 'Un motif d’exemption n’a pas de sens si les personnes sont informées.', 'a ground is for not informing');
    return issues;
  }
  if (!input.ground) {
    add(
      'input.ground',
      'Ne pas informer les personnes exige un motif (article 34, paragraphe 1 ou paragraphe 3).',
      'not informing the persons needs a ground (art. 34(1) or 34(3))',
    );
    return issues;
  }
  if (input.ground === 'RISK_NOT_HIGH') {
    const contradiction = riskNotHighContradiction(input.severity);
    if (contradiction) add('input.ground', contradiction.fr, contradiction.en);
  }
  if (input.ground === 'DATA_UNINTELLIGIBLE') {
    const clear = identifyingDataInClear(input.dataCategories, input.exposedDataItems);
    if (clear.length)
      add(
        'input.ground',
        `« Données incompréhensibles » est contredit par des données identifiantes exposées en clair (${clear.join(', ')}) : l’exemption de l’article 34, paragraphe 3, point a) suppose des données rendues incompréhensibles, par exemple chiffrées.`,
        `"data unintelligible" contradicts identifying data exposed in clear (${clear.join(', ')}): art. 34(3)(a) needs the data made unintelligible, e.g. encrypted`,
      );
  }
  if (input.ground === 'DISPROPORTIONATE_EFFORT_PUBLIC_COMMUNICATION') {
    const missing = (
      [
        ['input.publicCommunicationAt', input.publicCommunicationAt, 'sa date est requise', 'its date'],
        ['input.publicCommunicationChannel', input.publicCommunicationChannel, 'son moyen est requis', 'its channel'],
        ['input.publicCommunicationReference', input.publicCommunicationReference?.trim(), 'sa référence est requise', 'its reference'],
      ] as const
    ).filter(([, value]) => !value);
    for (const [argument, , fr, en] of missing)
      add(
        argument,
        `L’article 34, paragraphe 3, point c) remplace la communication individuelle par une communication publique : ${fr}.`,
        `art. 34(3)(c) replaces the individual communication by a public one: ${en} is required`,
      );
  }
  return issues;
}

const LEVEL_FR: Readonly<Record<SeverityLevel, string>> = {
  LOW: 'faible',
  MEDIUM: 'moyen',
  HIGH: 'élevé',
  VERY_HIGH: 'très élevé',
};

/**
 * « Risque non élevé » (article 34, paragraphe 1) against a high or very high chosen severity: the
 * one check shared by the decision and by section 13's justification, so both say the same.
 */
export function riskNotHighContradiction(severity: { level: SeverityLevel; overridden: boolean }): DecisionIssue['message'] | null {
  const { level, overridden } = severity;
  if (!ART34_LEVELS.includes(level)) return null;
  const assessed = overridden ? 'retenue (avec dérogation motivée)' : 'calculée';
  return {
    fr: `« Risque non élevé » contredit la gravité ${assessed} de niveau ${LEVEL_FR[level]} : l’information des personnes est due (article 34, paragraphe 1), sauf à réviser l’évaluation par une dérogation motivée.`,
    en: `"risk not high" contradicts the ${overridden ? 'chosen (overridden)' : 'computed'} severity ${level}: record an override of the assessment with its reason first (art. 34(1))`,
  };
}

/**
 * What the chosen severity suggests for art. 34, worded as a suggestion: the ENISA method measures
 * severity, not the likelihood art. 34 also turns on (recital 76), so only a named person's
 * recorded decision concludes, whatever the level (legal review E7, R3).
 */
export function art34Suggestion(chosen: SeverityAssessment, computed: SeverityAssessment): string {
  const se = (a: SeverityAssessment) => `SE ${a.se.toLocaleString('fr-FR')}`;
  // An override reads "niveau retenu : faible ; calculé : élevé, SE 3", never as what the score gives (E6).
  const level =
    chosen.level === computed.level
      ? se(chosen)
      : `niveau retenu : ${LEVEL_FR[chosen.level]} ; calculé : ${LEVEL_FR[computed.level]}, ${se(computed)}`;
  return `Suggestion : risque ${chosen.art34Recommended ? 'élevé' : 'non élevé'} (ENISA, ${level})`;
}

/** What stays to be done until a decision is recorded, in every text that shows the suggestion. */
export const ART34_DECISION_AWAITED = 'décision d’informer ou non les personnes à enregistrer (article 34)';

/** Where the art. 34 decision stands, as the obligation reads it. */
export interface PersonsInformationState {
  decision: PersonsDecision;
  ground: NonCommunicationJustification | null;
  decidedAt: Date;
  decidedBy: string;
  dueAt: Date | null;
  targetDays: number | null;
  publicCommunication: { at: Date; channel: CommunicationChannel; reference: string } | null;
  /** The first communication recorded after the decision to inform; reminders do not count. */
  firstCommunicationAt: Date | null;
}
