import { addDuration, DEADLINE_RULES, DEADLINE_RULES_VERSION, type ObligationCode } from '../cnil/deadline-rules';
import type { Regime } from '../cnil/vocabulary';
import { displayInstant } from './display';

/**
 * What an exposure obliges whom to do, and by when: a pure function of the timeline, the
 * organisations' regimes and what was done. Time comes in as `now`, never from the clock.
 */
export type ObligationStatus = 'PENDING' | 'DONE' | 'DONE_LATE' | 'OVERDUE' | 'NOT_APPLICABLE' | 'NOT_NOTIFIED';

export interface Obligation {
  code: ObligationCode;
  authority: string;
  basis: string;
  label: string;
  /** Who must act: the controller, or the processor that must alert it. */
  party: 'CONTROLLER' | 'PROCESSOR';
  dueAt: Date | null;
  doneAt: Date | null;
  status: ObligationStatus;
  /** Why it applies or not; required when not applicable. */
  rationale: string;
  /** The version of the deadline rules the due instant was computed with. */
  rulesVersion: string;
}

export interface ObligationInput {
  now: Date;
  awareAt: Date | null;
  /** When the processor detected the incident; null when the incident is the controller's own. */
  processorDetectedAt: Date | null;
  processorAlertedAt: Date | null;
  controllerRegimes: readonly { regime: Regime; inScope: boolean; rationale: string }[];
  /** When each obligation was met, as recorded (CNIL filing, ACPR report…). */
  done: Partial<Record<ObligationCode, Date>>;
  /**
   * The controller's standing decision whether to notify the CNIL, if recorded. NOT_NOTIFY closes
   * the CNIL obligation (art. 33(1): no notification when the breach is unlikely to result in a
   * risk) unless a filing was made anyway: the filing is the record of NOTIFY.
   */
  cnilDecision?: { decision: 'NOTIFY' | 'NOT_NOTIFY'; reasoning: string; decidedBy: string; decidedAt: Date } | null;
  /** From the severity assessment, or its override: art. 34 applies unless an exemption is recorded. */
  art34: { required: boolean; rationale: string };
}

function status(dueAt: Date | null, doneAt: Date | null, now: Date): ObligationStatus {
  if (doneAt) return dueAt && doneAt > dueAt ? 'DONE_LATE' : 'DONE';
  return dueAt && now > dueAt ? 'OVERDUE' : 'PENDING';
}

function obligation(
  code: ObligationCode,
  party: Obligation['party'],
  from: Date | null,
  input: ObligationInput,
  rationale: string,
): Obligation {
  const rule = DEADLINE_RULES[code];
  const dueAt = from && rule.within ? addDuration(from, rule.within) : null;
  const doneAt = input.done[code] ?? null;
  return {
    code,
    authority: rule.authority,
    basis: rule.basis,
    label: rule.label,
    party,
    dueAt,
    doneAt,
    status: status(dueAt, doneAt, input.now),
    rationale,
    rulesVersion: DEADLINE_RULES_VERSION,
  };
}

function notApplicable(code: ObligationCode, party: Obligation['party'], rationale: string): Obligation {
  const rule = DEADLINE_RULES[code];
  return {
    code,
    authority: rule.authority,
    basis: rule.basis,
    label: rule.label,
    party,
    dueAt: null,
    doneAt: null,
    status: 'NOT_APPLICABLE',
    rationale,
    rulesVersion: DEADLINE_RULES_VERSION,
  };
}

/** A chain of reports (initial → intermediate → final): each step counts from the previous one. */
function chain(codes: ObligationCode[], from: Date | null, input: ObligationInput, rationale: string): Obligation[] {
  const steps: Obligation[] = [];
  let previous = from;
  for (const code of codes) {
    const step = obligation(code, 'CONTROLLER', previous, input, rationale);
    steps.push(step);
    // The next delay runs from when this step was done, or else from when it was due.
    previous = step.doneAt ?? step.dueAt;
  }
  return steps;
}

/**
 * The CNIL notification, 72 hours from awareness (art. 33(1)). A reasoned decision not to notify
 * closes it as NOT_NOTIFIED: the due instant stays as the law computes it, but it is never OVERDUE.
 */
function cnilNotification(input: ObligationInput): Obligation {
  const due = obligation(
    'CNIL_NOTIFICATION',
    'CONTROLLER',
    input.awareAt,
    input,
    '72 heures à compter de la prise de connaissance par le responsable de traitement.',
  );
  const decision = input.cnilDecision;
  if (due.doneAt || decision?.decision !== 'NOT_NOTIFY') return due;
  return {
    ...due,
    status: 'NOT_NOTIFIED',
    rationale: `Non notifiée — décision motivée de ${decision.decidedBy}, le ${displayInstant(decision.decidedAt)} : ${decision.reasoning}`,
  };
}

export function obligationsOf(input: ObligationInput): Obligation[] {
  const regime = (r: Regime) => input.controllerRegimes.find((s) => s.regime === r);
  const result: Obligation[] = [
    cnilNotification(input),
    input.art34.required
      ? obligation('DATA_SUBJECTS_COMMUNICATION', 'CONTROLLER', input.awareAt, input, input.art34.rationale)
      : notApplicable('DATA_SUBJECTS_COMMUNICATION', 'CONTROLLER', input.art34.rationale),
  ];
  if (input.processorDetectedAt) {
    const alert = obligation(
      'PROCESSOR_ALERT',
      'PROCESSOR',
      input.processorDetectedAt,
      { ...input, done: { ...input.done, PROCESSOR_ALERT: input.processorAlertedAt ?? undefined } },
      'Le sous-traitant alerte chaque responsable de traitement dans les meilleurs délais.',
    );
    result.push(alert);
  }
  const dora = regime('DORA');
  if (dora?.inScope) result.push(...chain(['ACPR_INITIAL', 'ACPR_INTERMEDIATE', 'ACPR_FINAL'], input.awareAt, input, dora.rationale));
  else
    result.push(
      ...(['ACPR_INITIAL', 'ACPR_INTERMEDIATE', 'ACPR_FINAL'] as const).map((c) =>
        notApplicable(c, 'CONTROLLER', dora?.rationale ?? 'DORA non applicable : décision non renseignée.'),
      ),
    );
  const nis2 = regime('NIS2');
  if (nis2?.inScope) {
    const warning = obligation('ANSSI_EARLY_WARNING', 'CONTROLLER', input.awareAt, input, nis2.rationale);
    result.push(warning, ...chain(['ANSSI_NOTIFICATION', 'ANSSI_FINAL_REPORT'], input.awareAt, input, nis2.rationale));
  } else {
    result.push(
      ...(['ANSSI_EARLY_WARNING', 'ANSSI_NOTIFICATION', 'ANSSI_FINAL_REPORT'] as const).map((c) =>
        notApplicable(c, 'CONTROLLER', nis2?.rationale ?? 'NIS 2 non applicable : décision non renseignée.'),
      ),
    );
  }
  return result;
}
