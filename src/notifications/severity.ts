import {
  ART34_LEVELS,
  CIRCUMSTANCES,
  DPC_BASE,
  EASE_OF_IDENTIFICATION,
  SENSITIVE_CATEGORIES,
  SENSITIVE_DPC_BASE,
  SEVERITY_LEVELS,
  SEVERITY_METHOD,
  type SeverityLevel,
} from '../cnil/severity-rules';
import type {
  BreachNature,
  Consequence,
  DataCategory,
  Gravity,
  IncidentCause,
  IncidentOrigin,
  SensitiveDataCategory,
  SubjectCategory,
} from '../cnil/vocabulary';

/**
 * ENISA severity computed from the unified facts, every component with the sentence that justifies
 * it (in French, as it goes into the filing). Pure: the same facts give the same assessment.
 */
export interface SeverityFacts {
  dataCategories: readonly DataCategory[];
  sensitiveData: readonly SensitiveDataCategory[];
  subjectCategories: readonly SubjectCategory[];
  natures: readonly BreachNature[];
  origins: readonly IncidentOrigin[];
  causes: readonly IncidentCause[];
  consequences: readonly Consequence[];
  /** The controller's line of business reveals more about the persons (a health insurer's members). */
  revealingContext: boolean;
}

export interface SeverityComponent {
  value: number;
  justification: string;
}

export interface SeverityAssessment {
  method: string;
  dpc: SeverityComponent;
  ei: SeverityComponent;
  cb: SeverityComponent;
  se: number;
  level: SeverityLevel;
  suggestedGravity: Gravity;
  art34Recommended: boolean;
  justification: string;
}

const fr = (n: number) => n.toLocaleString('fr-FR', { minimumFractionDigits: n % 1 ? 2 : 0, maximumFractionDigits: 2 });

function dataProcessingContext(facts: SeverityFacts): SeverityComponent {
  const sensitive = facts.sensitiveData.filter((c) => SENSITIVE_CATEGORIES.includes(c));
  const base = sensitive.length ? SENSITIVE_DPC_BASE : Math.max(1, ...facts.dataCategories.map((c) => DPC_BASE[c]));
  const reasons = [
    sensitive.length ? `données sensibles (article 9 du RGPD) : base ${base}` : `données les plus sensibles de niveau ${base}`,
  ];
  let value = base;
  const context: string[] = [];
  if (facts.dataCategories.includes('NIR')) context.push('identifiant permanent (NIR) permettant la fraude');
  if (facts.revealingContext)
    context.push("le responsable de traitement (organisme d'assurance santé) en révèle davantage sur les personnes");
  if (context.length) {
    value += 1;
    reasons.push(`+1 : ${context.join(' ; ')}`);
  }
  if (facts.subjectCategories.includes('VULNERABLE')) {
    value += 1;
    reasons.push('+1 : personnes vulnérables');
  }
  const clamped = Math.min(4, Math.max(1, value));
  if (clamped !== value) reasons.push(`ramené à ${clamped} (échelle de 1 à 4)`);
  return { value: clamped, justification: `DPC = ${clamped} : ${reasons.join(', ')}.` };
}

function easeOfIdentification(facts: SeverityFacts): SeverityComponent {
  const has = (c: DataCategory) => facts.dataCategories.includes(c);
  if ((has('CIVIL_STATUS') && has('NIR')) || has('OFFICIAL_DOCUMENTS')) {
    return {
      value: EASE_OF_IDENTIFICATION.MAXIMUM,
      justification: "EI = 1 : personnes directement identifiables (état civil, date de naissance et NIR, ou pièce d'identité).",
    };
  }
  if (has('CIVIL_STATUS') || has('CONTACT') || has('NIR')) {
    return {
      value: EASE_OF_IDENTIFICATION.SIGNIFICANT,
      justification: "EI = 0,75 : identification aisée à partir du nom, des coordonnées ou d'un identifiant.",
    };
  }
  if (has('IDENTIFICATION_ACCESS')) {
    return { value: EASE_OF_IDENTIFICATION.LIMITED, justification: "EI = 0,5 : identification possible par recoupement d'identifiants." };
  }
  return {
    value: EASE_OF_IDENTIFICATION.NEGLIGIBLE,
    justification: 'EI = 0,25 : identification difficile à partir des données concernées.',
  };
}

function circumstances(facts: SeverityFacts): SeverityComponent {
  const parts: { value: number; reason: string }[] = [];
  if (facts.natures.includes('CONFIDENTIALITY')) {
    const known = facts.origins.some((o) =>
      ['WRONG_RECIPIENT', 'VERBAL_DISCLOSURE', 'WRONG_PERSON_DATA_ON_PORTAL', 'LOST_OPENED_MAIL'].includes(o),
    );
    const unknown =
      facts.origins.includes('HACKING_MALWARE_PHISHING') ||
      facts.consequences.includes('SPREAD_BEYOND_CONTROL') ||
      facts.causes.includes('EXTERNAL_MALICIOUS');
    parts.push(
      unknown || !known
        ? {
            value: CIRCUMSTANCES.confidentiality.UNKNOWN_RECIPIENTS,
            reason: 'perte de confidentialité vers des destinataires inconnus (données extraites)',
          }
        : {
            value: CIRCUMSTANCES.confidentiality.KNOWN_RECIPIENTS,
            reason: 'perte de confidentialité vers des destinataires connus et limités',
          },
    );
  }
  if (facts.natures.includes('INTEGRITY')) {
    parts.push({ value: CIRCUMSTANCES.integrity.RECOVERABLE, reason: "perte d'intégrité, données récupérables" });
  }
  if (facts.natures.includes('AVAILABILITY')) {
    parts.push({ value: CIRCUMSTANCES.availability.TEMPORARY, reason: 'perte de disponibilité temporaire' });
  }
  if (facts.causes.some((c) => c === 'EXTERNAL_MALICIOUS' || c === 'INTERNAL_MALICIOUS')) {
    parts.push({ value: CIRCUMSTANCES.malicious, reason: 'acte malveillant' });
  }
  const value = parts.reduce((sum, p) => sum + p.value, 0);
  const detail = parts.length ? parts.map((p) => `+${fr(p.value)} ${p.reason}`).join(', ') : 'aucune circonstance aggravante';
  return { value, justification: `CB = ${fr(value)} : ${detail}.` };
}

export function assessSeverity(facts: SeverityFacts): SeverityAssessment {
  const dpc = dataProcessingContext(facts);
  const ei = easeOfIdentification(facts);
  const cb = circumstances(facts);
  return conclude(dpc, ei, cb, {});
}

/**
 * SE from the components, its level (unless chosen), the gravity it suggests and whether art. 34
 * applies (unless chosen): the one conclusion shared by computed and overridden assessments.
 */
function conclude(
  dpc: SeverityComponent,
  ei: SeverityComponent,
  cb: SeverityComponent,
  chosen: { level?: SeverityLevel | null; art34Recommended?: boolean | null; reason?: string },
): SeverityAssessment {
  const se = Math.round((dpc.value * ei.value + cb.value) * 100) / 100;
  const band = (chosen.level && SEVERITY_LEVELS.find((l) => l.level === chosen.level)) || SEVERITY_LEVELS.find((l) => se < l.below)!;
  const art34Recommended = chosen.art34Recommended ?? ART34_LEVELS.includes(band.level);
  // Either way a suggestion: only a named person's recorded decision concludes on art. 34.
  const communication = art34Recommended
    ? ', communication aux personnes recommandée (article 34 du RGPD) sauf exemption'
    : ', communication aux personnes non recommandée par ce niveau';
  const modified = chosen.reason ? ` (évaluation modifiée : ${chosen.reason})` : '';
  // A chosen level never reads as what the score gives: "SE 3 : niveau faible" would misstate the method.
  const computedBand = SEVERITY_LEVELS.find((l) => se < l.below)!;
  const level =
    band.level === computedBand.level
      ? `niveau ${band.label.toLowerCase()}`
      : `niveau calculé ${computedBand.label.toLowerCase()} ; niveau retenu : ${band.label.toLowerCase()}`;
  return {
    method: SEVERITY_METHOD,
    dpc,
    ei,
    cb,
    se,
    level: band.level,
    suggestedGravity: band.gravity,
    art34Recommended,
    justification: `SE = DPC × EI + CB = ${fr(dpc.value)} × ${fr(ei.value)} + ${fr(cb.value)} = ${fr(se)} : ${level}${communication}${modified}.`,
  };
}

/** A lawyer's choice over the computed assessment, each part optional, always with its reason. */
export interface SeverityOverride {
  dpc?: number | null;
  ei?: number | null;
  cb?: number | null;
  level?: SeverityLevel | null;
  art34Recommended?: boolean | null;
  reason: string;
}

/**
 * The chosen assessment: overridden components replace the computed ones (their justification
 * says so), SE is recomputed from them, and the level follows SE unless it is overridden itself.
 */
export function applySeverityOverride(computed: SeverityAssessment, override: SeverityOverride | null | undefined): SeverityAssessment {
  if (!override) return computed;
  const component = (name: 'dpc' | 'ei' | 'cb', value: number | null | undefined): SeverityComponent =>
    value === null || value === undefined || value === computed[name].value
      ? computed[name]
      : {
          value,
          justification: `${name.toUpperCase()} = ${fr(value)} retenu au lieu de ${fr(computed[name].value)} calculé : ${override.reason}`,
        };
  return conclude(component('dpc', override.dpc), component('ei', override.ei), component('cb', override.cb), override);
}
