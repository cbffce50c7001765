import { OBLIGATION_AUTHORITY_LABELS } from '../cnil/deadline-rules';
import { LIKELIHOOD_LABELS, SEVERITY_LEVELS, SEVERITY_METHOD_REFERENCE } from '../cnil/severity-rules';
import { GRAVITY, type Gravity } from '../cnil/vocabulary';
import { displayInstant } from './display';
import type { CompletenessIssue } from './completeness';
import type {
  CompletenessRow,
  ObligationRow,
  SeverityAnnex,
  SeverityComponentRow,
  SeverityFactorContentRow,
} from '../content/notification-content';
import type { Obligation, ObligationStatus } from './obligations';
import type { FactorSource, SeverityAssessment } from './severity';

/**
 * The internal dossier's analysis as plain data, labels resolved, so the renderer needs nothing but the
 * content: the ENISA assessment, the obligations and deadlines, and what is still missing.
 */
const STATUS_LABELS: Readonly<Record<ObligationStatus, string>> = {
  PENDING: 'À faire',
  DONE: 'Fait',
  DONE_LATE: 'Fait en retard',
  OVERDUE: 'En retard',
  NOT_APPLICABLE: 'Non applicable',
  NOT_NOTIFIED: 'Non notifiée — décision motivée',
  TO_CLASSIFY: 'Classification à décider',
};

/** The French name of each party, wherever a document shows one. */
export const PARTY_LABELS = { CONTROLLER: 'Responsable de traitement', PROCESSOR: 'Sous-traitant' } as const;

const levelLabel = (level: string) => SEVERITY_LEVELS.find((l) => l.level === level)?.label ?? level;

function components(assessment: SeverityAssessment): SeverityComponentRow[] {
  return [
    {
      code: 'DPC',
      label: 'Contexte du traitement des données (DPC)',
      value: assessment.dpc.value,
      justification: assessment.dpc.justification,
    },
    { code: 'EI', label: "Facilité d'identification (EI)", value: assessment.ei.value, justification: assessment.ei.justification },
    { code: 'CB', label: 'Circonstances de la violation (CB)', value: assessment.cb.value, justification: assessment.cb.justification },
  ];
}

const fr = (n: number) => n.toLocaleString('fr-FR', { maximumFractionDigits: 2 });

const SOURCE_LABELS: Readonly<Record<FactorSource, string>> = {
  ASSESSOR: 'Saisi par l’évaluateur',
  FACTS: 'Proposé d’après les faits déclarés, à confirmer',
  DEFAULT: 'Valeur par défaut, non établie',
};

/** Each factor of each component, the base of the DPC and the EI as values, the others as points added. */
function factorRows(assessment: SeverityAssessment): SeverityFactorContentRow[] {
  return (['dpc', 'ei', 'cb'] as const).flatMap((name) =>
    assessment[name].factors.map((f, i) => ({
      component: name.toUpperCase() as 'DPC' | 'EI' | 'CB',
      label: f.label,
      points: (name === 'cb' || i > 0) && f.value >= 0 ? `+${fr(f.value)}` : f.value < 0 ? `−${fr(-f.value)}` : fr(f.value),
      reason: f.reason,
      sourceLabel: SOURCE_LABELS[f.source],
    })),
  );
}

/** A named person's sign-off of the gravity: who (the viewer's subject) and when. */
export interface GravitySignOff {
  by: string;
  at: Date;
}

/**
 * The computed assessment stays visible; the chosen gravity is a decision with its author, date and
 * reason. The sentence never joins a score to a level it does not give: an override reads
 * "Niveau retenu : faible (calculé : élevé, SE 3)".
 */
export function severityAnnex(
  computed: SeverityAssessment,
  chosen: SeverityAssessment,
  overrideReason: string | null,
  gravity: { chosen: Gravity | null; reason: string | null; signOff: GravitySignOff | null },
): SeverityAnnex {
  const overridden = overrideReason !== null && JSON.stringify(computed) !== JSON.stringify(chosen);
  const signed = gravity.chosen !== null && gravity.signOff !== null;
  const chosenLevel = signed ? SEVERITY_LEVELS.find((l) => l.gravity === gravity.chosen)!.level : null;
  const reason = gravity.reason ?? (overridden ? overrideReason : null);
  const computedText = `${levelLabel(computed.level).toLowerCase()} (SE ${fr(computed.se)})`;
  let decision: string;
  if (!signed) {
    decision = `Niveau calculé : ${computedText} — à confirmer : aucune personne n’a encore validé le niveau de gravité.`;
  } else {
    const when = `le ${displayInstant(gravity.signOff!.at)}`;
    decision =
      chosenLevel === computed.level
        ? `Niveau calculé : ${computedText}, confirmé par ${gravity.signOff!.by} ${when}${reason ? ` : ${reason}` : ''}.`
        : `Niveau retenu : ${levelLabel(chosenLevel!).toLowerCase()} (calculé : ${levelLabel(computed.level).toLowerCase()}, SE ${fr(computed.se)}) — décision de ${gravity.signOff!.by} ${when}${reason ? ` : ${reason}` : ''}.`;
  }
  const { risk } = chosen;
  return {
    method: chosen.method,
    methodReference: SEVERITY_METHOD_REFERENCE,
    factors: factorRows(chosen),
    risk: {
      persons: risk.persons,
      likelihoodLabel: risk.likelihood ? LIKELIHOOD_LABELS[risk.likelihood.value] : null,
      likelihoodReason: risk.likelihood?.reason ?? null,
      justification: risk.justification,
    },
    se: chosen.se,
    level: chosen.level,
    levelLabel: levelLabel(chosen.level),
    art34Recommended: chosen.art34Recommended,
    justification: chosen.justification,
    components: components(chosen),
    gravity: {
      label: signed ? GRAVITY.labels[gravity.chosen!] : 'À confirmer',
      suggestedLabel: GRAVITY.labels[chosen.suggestedGravity],
      reason: signed && gravity.chosen !== chosen.suggestedGravity ? gravity.reason : null,
    },
    override: overridden
      ? {
          reason: overrideReason,
          computedSe: computed.se,
          computedLevelLabel: levelLabel(computed.level),
          components: components(computed),
        }
      : null,
    computed: { se: computed.se, level: computed.level, levelLabel: levelLabel(computed.level), components: components(computed) },
    chosen: signed
      ? {
          level: chosenLevel!,
          levelLabel: levelLabel(chosenLevel!),
          gravity: gravity.chosen!,
          gravityLabel: GRAVITY.labels[gravity.chosen!],
          by: gravity.signOff!.by,
          at: gravity.signOff!.at.toISOString(),
          atDisplay: displayInstant(gravity.signOff!.at),
          reason,
        }
      : null,
    decision,
  };
}

/** The French word for an obligation's status, wherever a document shows one. */
export const obligationStatusLabel = (status: ObligationStatus): string => STATUS_LABELS[status];

export function obligationRows(obligations: readonly Obligation[]): ObligationRow[] {
  return obligations.map((o) => ({
    code: o.code,
    label: o.label,
    authority: OBLIGATION_AUTHORITY_LABELS[o.authority],
    basis: o.basis,
    party: PARTY_LABELS[o.party],
    dueAt: o.dueAt ? o.dueAt.toISOString() : null,
    dueDisplay: o.dueAt ? displayInstant(o.dueAt) : null,
    doneDisplay: o.doneAt ? displayInstant(o.doneAt) : null,
    status: o.status,
    statusLabel: STATUS_LABELS[o.status],
    rationale: o.rationale,
  }));
}

export function completenessRows(issues: readonly CompletenessIssue[]): CompletenessRow[] {
  return issues.map((i) => ({ code: i.code, section: i.section, path: i.path, message: i.message.fr, blocksReady: i.blocksReady }));
}
