import { SEVERITY_LEVELS } from '../cnil/severity-rules';
import { GRAVITY, type Gravity } from '../cnil/vocabulary';
import { displayInstant } from './display';
import type { CompletenessIssue } from './completeness';
import type { CompletenessRow, ObligationRow, SeverityAnnex, SeverityComponentRow } from '../content/notification-content';
import type { Obligation, ObligationStatus } from './obligations';
import type { SeverityAssessment } from './severity';

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
};

const PARTY_LABELS = { CONTROLLER: 'Responsable de traitement', PROCESSOR: 'Sous-traitant' } as const;

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

export function severityAnnex(
  computed: SeverityAssessment,
  chosen: SeverityAssessment,
  overrideReason: string | null,
  gravity: { chosen: Gravity; reason: string | null },
): SeverityAnnex {
  const overridden = overrideReason !== null && JSON.stringify(computed) !== JSON.stringify(chosen);
  return {
    method: chosen.method,
    se: chosen.se,
    level: chosen.level,
    levelLabel: levelLabel(chosen.level),
    art34Recommended: chosen.art34Recommended,
    justification: chosen.justification,
    components: components(chosen),
    gravity: {
      label: GRAVITY.labels[gravity.chosen],
      suggestedLabel: GRAVITY.labels[chosen.suggestedGravity],
      reason: gravity.chosen === chosen.suggestedGravity ? null : gravity.reason,
    },
    override: overridden
      ? {
          reason: overrideReason,
          computedSe: computed.se,
          computedLevelLabel: levelLabel(computed.level),
          components: components(computed),
        }
      : null,
  };
}

export function obligationRows(obligations: readonly Obligation[]): ObligationRow[] {
  return obligations.map((o) => ({
    code: o.code,
    label: o.label,
    authority: o.authority,
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
