import {
  ART34_LEVELS,
  CIRCUMSTANCES,
  CONFIDENTIALITY_LABELS,
  type ConfidentialityLoss,
  DATA_CATEGORY_KIND,
  DATA_KIND_BASE,
  DATA_KIND_LABELS,
  DATA_KINDS,
  type DataKind,
  DPC_FACTORS,
  DPC_MAX,
  DPC_MIN,
  type DpcFactor,
  EASE_OF_IDENTIFICATION,
  LIKELIHOOD_BELOW_HIGH_RISK,
  LIKELIHOOD_LABELS,
  type Likelihood,
  RECOVERABILITY_LABELS,
  type RecoverabilityLoss,
  SENSITIVE_CATEGORIES,
  SEVERITY_LEVELS,
  SEVERITY_METHOD,
  type SeverityLevel,
  VULNERABLE_PERSONS_DELTA,
  VULNERABLE_PERSONS_LABEL,
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
 * ENISA severity (Recommendations for a methodology of the assessment of severity of personal data
 * breaches, ENISA, décembre 2013) computed from the unified facts and the assessor's recorded
 * factors, every factor with the sentence that justifies it (in French, as it goes into the dossier).
 * Pure: the same facts and factors give the same assessment.
 */
export interface SeverityFacts {
  dataCategories: readonly DataCategory[];
  sensitiveData: readonly SensitiveDataCategory[];
  subjectCategories: readonly SubjectCategory[];
  natures: readonly BreachNature[];
  origins: readonly IncidentOrigin[];
  causes: readonly IncidentCause[];
  consequences: readonly Consequence[];
  /** Section 8's approximate number of persons: shown beside SE, never in it. */
  approxPersons?: number | null;
  /** What the assessor recorded; each replaces what the facts alone would suggest. */
  factors?: SeverityFactors | null;
}

/** A value a named assessor recorded, with why. */
export interface Reasoned<T> {
  value: T;
  reason: string;
}

/**
 * The assessor's inputs to the method. A null part leaves the facts' suggestion in place;
 * `dpcFactors`, once recorded (even empty), replaces the factors the facts suggest.
 */
export interface SeverityFactors {
  credentialsOpen?: Reasoned<DataKind> | null;
  dpcFactors?: { factor: DpcFactor; reason: string }[] | null;
  vulnerablePersons?: Reasoned<boolean> | null;
  ei?: Reasoned<number> | null;
  confidentiality?: Reasoned<ConfidentialityLoss> | null;
  integrity?: Reasoned<RecoverabilityLoss> | null;
  availability?: Reasoned<RecoverabilityLoss> | null;
  malicious?: Reasoned<boolean> | null;
  likelihood?: Reasoned<Likelihood> | null;
}

/** Who a factor rests on: the assessor's recorded input, the declared facts, or the method's default. */
export type FactorSource = 'ASSESSOR' | 'FACTS' | 'DEFAULT';

/** One step of a component: what it adds (or, for the base, what it is) and why. */
export interface SeverityFactorRow {
  label: string;
  value: number;
  reason: string;
  source: FactorSource;
}

export interface SeverityComponent {
  value: number;
  justification: string;
  factors: SeverityFactorRow[];
}

/** Beside SE, not in it: the EDPB weighs risk as likelihood × severity (lignes directrices 9/2022). */
export interface RiskContext {
  persons: number | null;
  likelihood: Reasoned<Likelihood> | null;
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
  risk: RiskContext;
}

/**
 * Where recorded factors do not fit the method: an unknown code, an EI off the scale, an empty reason,
 * a factor recorded twice. A factor of another data type than the one setting the base is not refused
 * here: the base follows the facts, which may change after the factors were recorded, so the
 * assessment shows such a factor without effect and says why.
 */
export function severityFactorProblems(
  input: Record<string, unknown> | null | undefined,
  path: string,
): { argument: string; reason: string }[] {
  const problems: { argument: string; reason: string }[] = [];
  if (!input) return problems;
  const reasoned = (name: string, allowed: readonly unknown[] | null, what: string) => {
    const part = input[name] as { value: unknown; reason: string } | null | undefined;
    if (!part) return;
    if (allowed && !allowed.includes(part.value)) problems.push({ argument: `${path}.${name}.value`, reason: what });
    if (!part.reason.trim()) problems.push({ argument: `${path}.${name}.reason`, reason: 'each factor needs its reason' });
  };
  reasoned('credentialsOpen', DATA_KINDS, `one of ${DATA_KINDS.join(', ')}`);
  reasoned('vulnerablePersons', null, '');
  reasoned('ei', Object.values(EASE_OF_IDENTIFICATION), 'EI is 0.25, 0.5, 0.75 or 1');
  reasoned(
    'confidentiality',
    Object.keys(CIRCUMSTANCES.confidentiality),
    `one of ${Object.keys(CIRCUMSTANCES.confidentiality).join(', ')}`,
  );
  for (const name of ['integrity', 'availability'])
    reasoned(name, Object.keys(CIRCUMSTANCES.recoverability), `one of ${Object.keys(CIRCUMSTANCES.recoverability).join(', ')}`);
  reasoned('malicious', null, '');
  reasoned('likelihood', Object.keys(LIKELIHOOD_LABELS), `one of ${Object.keys(LIKELIHOOD_LABELS).join(', ')}`);
  const factors = (input.dpcFactors as { factor: string; reason: string }[] | null | undefined) ?? [];
  factors.forEach(({ factor, reason }, i) => {
    if (!(factor in DPC_FACTORS)) problems.push({ argument: `${path}.dpcFactors[${i}].factor`, reason: `unknown factor ${factor}` });
    if (!reason.trim()) problems.push({ argument: `${path}.dpcFactors[${i}].reason`, reason: 'each factor needs its reason' });
    if (factors.findIndex((f) => f.factor === factor) !== i)
      problems.push({ argument: `${path}.dpcFactors[${i}].factor`, reason: `${factor} is already recorded` });
  });
  return problems;
}

const fr = (n: number) => n.toLocaleString('fr-FR', { minimumFractionDigits: n % 1 ? 2 : 0, maximumFractionDigits: 2 });
const signed = (n: number) => (n >= 0 ? `+${fr(n)}` : `−${fr(-n)}`);
const SOURCE_TEXT: Readonly<Record<FactorSource, string>> = {
  ASSESSOR: "saisi par l'évaluateur",
  FACTS: 'proposé d’après les faits déclarés, à confirmer',
  DEFAULT: 'valeur par défaut, non établie, à saisir',
};
const describe = (f: SeverityFactorRow) => `${f.label} (${f.reason} — ${SOURCE_TEXT[f.source]})`;

/** The data types present; credentials take the type of what they open (annexe A1), unknown until said. */
function dataKinds(facts: SeverityFacts): { kind: DataKind; row: SeverityFactorRow }[] {
  const kinds: { kind: DataKind; row: SeverityFactorRow }[] = [];
  const push = (kind: DataKind, reason: string, source: FactorSource) =>
    kinds.push({ kind, row: { label: `base ${DATA_KIND_LABELS[kind]}`, value: DATA_KIND_BASE[kind], reason, source } });
  const sensitive = facts.sensitiveData.filter((c) => SENSITIVE_CATEGORIES.includes(c));
  if (sensitive.length) push('SENSITIVE', 'catégories particulières de l’article 9 du RGPD déclarées', 'FACTS');
  for (const category of facts.dataCategories) {
    if (category === 'IDENTIFICATION_ACCESS') continue;
    const kind = DATA_CATEGORY_KIND[category];
    if (!kinds.some((k) => k.kind === kind)) push(kind, 'catégories de données déclarées', 'FACTS');
  }
  if (facts.dataCategories.includes('IDENTIFICATION_ACCESS')) {
    const opened = facts.factors?.credentialsOpen;
    if (opened) push(opened.value, `identifiants donnant accès à des ${DATA_KIND_LABELS[opened.value]} : ${opened.reason}`, 'ASSESSOR');
    // Unknown, they may open anything: the conservative reading until the assessor says what they open.
    else push('SENSITIVE', 'identifiants dont on ignore ce qu’ils ouvrent, comptés au plus haut par prudence', 'DEFAULT');
  }
  if (!kinds.length) push('SIMPLE', 'aucune catégorie de données déclarée', 'DEFAULT');
  return kinds;
}

function dataProcessingContext(facts: SeverityFacts): SeverityComponent {
  const base = dataKinds(facts).reduce((a, b) => (b.row.value > a.row.value ? b : a));
  const rows: SeverityFactorRow[] = [base.row];
  const recorded = facts.factors?.dpcFactors;
  if (recorded) {
    for (const { factor, reason } of recorded) {
      const { kind, delta, label } = DPC_FACTORS[factor];
      const applies = kind === 'ANY' || kind === base.kind;
      rows.push({
        label: applies
          ? label
          : `${label} (sans effet : facteur propre aux ${DATA_KIND_LABELS[kind]}, base fixée par les ${DATA_KIND_LABELS[base.kind]})`,
        value: applies ? delta : 0,
        reason,
        source: 'ASSESSOR',
      });
    }
  } else if (base.kind === 'SIMPLE' && facts.dataCategories.includes('NIR')) {
    // The NIR is not a factor of the method as such; joined to the civil status it enables profiling and fraud.
    const factor = DPC_FACTORS.SIMPLE_PROFILING_OR_FINANCIAL_STATUS;
    rows.push({ label: factor.label, value: factor.delta, reason: 'NIR, identifiant permanent, joint à l’état civil', source: 'FACTS' });
  }
  const declaredVulnerable = facts.subjectCategories.filter((c) => c === 'MINORS' || c === 'VULNERABLE');
  const vulnerable = facts.factors?.vulnerablePersons;
  if (vulnerable) {
    rows.push({
      label: vulnerable.value ? VULNERABLE_PERSONS_LABEL : 'personnes vulnérables : données non critiques pour leur sécurité',
      value: vulnerable.value ? VULNERABLE_PERSONS_DELTA : 0,
      reason: vulnerable.reason,
      source: 'ASSESSOR',
    });
  } else if (declaredVulnerable.length) {
    rows.push({
      label: 'mineurs ou personnes vulnérables parmi les personnes concernées : caractère critique non encore apprécié (+3 si critique)',
      value: 0,
      reason: declaredVulnerable.includes('MINORS') ? 'mineurs déclarés' : 'personnes vulnérables déclarées',
      source: 'DEFAULT',
    });
  }
  const sum = rows.reduce((total, r) => total + r.value, 0);
  const value = Math.min(DPC_MAX, Math.max(DPC_MIN, sum));
  const steps = rows.map((r, i) => (i === 0 ? `${fr(r.value)} : ${describe(r)}` : `${signed(r.value)} : ${describe(r)}`));
  if (value !== sum) steps.push(`total ${fr(sum)} ramené à ${value} (échelle de ${DPC_MIN} à ${DPC_MAX} de la méthode)`);
  return { value, factors: rows, justification: `DPC = ${value} : ${steps.join(' ; ')}.` };
}

function easeOfIdentification(facts: SeverityFacts): SeverityComponent {
  const recorded = facts.factors?.ei;
  if (recorded) {
    const row: SeverityFactorRow = {
      label: "facilité d'identification",
      value: recorded.value,
      reason: recorded.reason,
      source: 'ASSESSOR',
    };
    return {
      value: recorded.value,
      factors: [row],
      justification: `EI = ${fr(recorded.value)} : ${recorded.reason} (${SOURCE_TEXT.ASSESSOR}).`,
    };
  }
  const has = (c: DataCategory) => facts.dataCategories.includes(c);
  const suggest = (value: number, reason: string): SeverityComponent => ({
    value,
    factors: [{ label: "facilité d'identification", value, reason, source: 'FACTS' }],
    justification: `EI = ${fr(value)} : ${reason} (${SOURCE_TEXT.FACTS}).`,
  });
  if ((has('CIVIL_STATUS') && has('NIR')) || has('OFFICIAL_DOCUMENTS'))
    return suggest(
      EASE_OF_IDENTIFICATION.MAXIMUM,
      "personnes directement identifiables (état civil, date de naissance et NIR, ou pièce d'identité)",
    );
  if (has('CIVIL_STATUS') || has('CONTACT') || has('NIR'))
    return suggest(EASE_OF_IDENTIFICATION.SIGNIFICANT, "identification aisée à partir du nom, des coordonnées ou d'un identifiant");
  if (has('IDENTIFICATION_ACCESS'))
    return suggest(EASE_OF_IDENTIFICATION.LIMITED, "identification possible par recoupement d'identifiants");
  return suggest(EASE_OF_IDENTIFICATION.NEGLIGIBLE, 'identification difficile à partir des données concernées');
}

function confidentiality(facts: SeverityFacts): SeverityFactorRow | null {
  const recorded = facts.factors?.confidentiality;
  if (recorded)
    return {
      label: CONFIDENTIALITY_LABELS[recorded.value],
      value: CIRCUMSTANCES.confidentiality[recorded.value],
      reason: recorded.reason,
      source: 'ASSESSOR',
    };
  if (!facts.natures.includes('CONFIDENTIALITY')) return null;
  const known = facts.origins.some((o) =>
    ['WRONG_RECIPIENT', 'VERBAL_DISCLOSURE', 'WRONG_PERSON_DATA_ON_PORTAL', 'LOST_OPENED_MAIL'].includes(o),
  );
  const unknown =
    facts.origins.includes('HACKING_MALWARE_PHISHING') ||
    facts.consequences.includes('SPREAD_BEYOND_CONTROL') ||
    facts.causes.includes('EXTERNAL_MALICIOUS');
  const loss: ConfidentialityLoss = unknown || !known ? 'UNKNOWN_RECIPIENTS' : 'KNOWN_RECIPIENTS';
  return {
    label: CONFIDENTIALITY_LABELS[loss],
    value: CIRCUMSTANCES.confidentiality[loss],
    reason:
      loss === 'KNOWN_RECIPIENTS'
        ? 'origine déclarée : envoi ou divulgation à des destinataires identifiés'
        : 'origine ou conséquences déclarées : données extraites ou destinataires non identifiés',
    source: 'FACTS',
  };
}

/** Integrity or availability by recoverability: the facts say there was a loss, only the assessor how recoverable. */
function recoverability(facts: SeverityFacts, nature: 'INTEGRITY' | 'AVAILABILITY'): SeverityFactorRow | null {
  const recorded = nature === 'INTEGRITY' ? facts.factors?.integrity : facts.factors?.availability;
  const what = nature === 'INTEGRITY' ? "perte d'intégrité" : 'perte de disponibilité';
  if (recorded)
    return {
      label: `${what} : ${RECOVERABILITY_LABELS[recorded.value]}`,
      value: CIRCUMSTANCES.recoverability[recorded.value],
      reason: recorded.reason,
      source: 'ASSESSOR',
    };
  if (!facts.natures.includes(nature)) return null;
  return {
    label: `${what} : ${RECOVERABILITY_LABELS.RECOVERABLE_WITH_DIFFICULTY}`,
    value: CIRCUMSTANCES.recoverability.RECOVERABLE_WITH_DIFFICULTY,
    reason: 'perte déclarée, possibilité de récupération non renseignée',
    source: 'DEFAULT',
  };
}

function maliciousIntent(facts: SeverityFacts): SeverityFactorRow | null {
  const recorded = facts.factors?.malicious;
  if (recorded)
    return recorded.value
      ? { label: 'intention malveillante', value: CIRCUMSTANCES.malicious, reason: recorded.reason, source: 'ASSESSOR' }
      : { label: 'pas d’intention malveillante', value: 0, reason: recorded.reason, source: 'ASSESSOR' };
  if (!facts.causes.some((c) => c === 'EXTERNAL_MALICIOUS' || c === 'INTERNAL_MALICIOUS')) return null;
  return { label: 'intention malveillante', value: CIRCUMSTANCES.malicious, reason: 'cause déclarée : acte malveillant', source: 'FACTS' };
}

function circumstances(facts: SeverityFacts): SeverityComponent {
  const rows = [
    confidentiality(facts),
    recoverability(facts, 'INTEGRITY'),
    recoverability(facts, 'AVAILABILITY'),
    maliciousIntent(facts),
  ].filter((r): r is SeverityFactorRow => r !== null);
  const value = rows.reduce((sum, r) => sum + r.value, 0);
  const detail = rows.length ? rows.map((r) => `${signed(r.value)} ${describe(r)}`).join(' ; ') : 'aucune circonstance aggravante';
  return { value, factors: rows, justification: `CB = ${fr(value)} : ${detail}.` };
}

function riskContext(facts: SeverityFacts): RiskContext {
  const persons = facts.approxPersons ?? null;
  const likelihood = facts.factors?.likelihood ?? null;
  const count =
    persons === null ? 'nombre de personnes non déclaré' : `${persons.toLocaleString('fr-FR')} personnes concernées (fait déclaré)`;
  const how = likelihood
    ? `vraisemblance ${LIKELIHOOD_LABELS[likelihood.value]} (${likelihood.reason} — ${SOURCE_TEXT.ASSESSOR})`
    : 'vraisemblance non appréciée';
  return {
    persons,
    likelihood,
    justification: `Hors score SE (la méthode ENISA ne mesure que la gravité ; le risque combine vraisemblance et gravité, considérant 76 du RGPD et lignes directrices 9/2022 du CEPD) : ${count} ; ${how}.`,
  };
}

export function assessSeverity(facts: SeverityFacts): SeverityAssessment {
  const dpc = dataProcessingContext(facts);
  const ei = easeOfIdentification(facts);
  const cb = circumstances(facts);
  return conclude(dpc, ei, cb, riskContext(facts), {});
}

/**
 * SE from the components, its level (unless chosen), the gravity it suggests and whether art. 34
 * applies (unless chosen): the one conclusion shared by computed and overridden assessments.
 */
function conclude(
  dpc: SeverityComponent,
  ei: SeverityComponent,
  cb: SeverityComponent,
  risk: RiskContext,
  chosen: { level?: SeverityLevel | null; art34Recommended?: boolean | null; reason?: string },
): SeverityAssessment {
  const se = Math.round((dpc.value * ei.value + cb.value) * 100) / 100;
  const band = (chosen.level && SEVERITY_LEVELS.find((l) => l.level === chosen.level)) || SEVERITY_LEVELS.find((l) => se < l.below)!;
  // Either way a suggestion: only a named person's recorded decision concludes on art. 34.
  // The risk is high when a high severity meets a likelihood that is not negligible.
  const unlikely = risk.likelihood !== null && LIKELIHOOD_BELOW_HIGH_RISK.includes(risk.likelihood.value);
  const art34Recommended = chosen.art34Recommended ?? (ART34_LEVELS.includes(band.level) && !unlikely);
  const communication = art34Recommended
    ? ', communication aux personnes recommandée (article 34 du RGPD) sauf exemption'
    : ART34_LEVELS.includes(band.level) && unlikely && chosen.art34Recommended == null
      ? ", communication aux personnes non suggérée : vraisemblance négligeable selon l'évaluateur"
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
    risk,
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
          factors: [
            ...computed[name].factors,
            {
              label: `valeur retenue par un juriste au lieu de ${fr(computed[name].value)}`,
              value: value - computed[name].value,
              reason: override.reason,
              source: 'ASSESSOR',
            },
          ],
        };
  return conclude(component('dpc', override.dpc), component('ei', override.ei), component('cb', override.cb), computed.risk, override);
}

/**
 * For an assessment of declared sensitive data: whether its DPC is below 4 without a decrease a
 * person recorded with its reason. The method allows going down (tableau 1), as a reasoned judgement.
 */
export function sensitiveDpcLoweredWithoutReason(assessment: SeverityAssessment): boolean {
  if (assessment.dpc.value >= DATA_KIND_BASE.SENSITIVE) return false;
  return !assessment.dpc.factors.some((f) => f.value < 0 && f.source === 'ASSESSOR' && f.reason.trim() !== '');
}
