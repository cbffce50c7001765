import { addDuration, DEADLINE_RULES, DEADLINE_RULES_VERSION, type ObligationCode } from '../cnil/deadline-rules';
import type { Regime } from '../cnil/vocabulary';
import { displayInstant } from './display';
import { ART34_DECISION_AWAITED, GROUND_TEXT, type PersonsInformationState } from './persons-information';

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
  /** What the due instant rests on when it is the gateway's assumption rather than a delay set by law. */
  dueBasis?: string | null;
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
  /** What the severity (or its override) suggests for art. 34, worded as a suggestion: only a recorded decision concludes. */
  art34: { rationale: string };
  /** The controller's recorded art. 34 decision and communications; null before any decision. */
  personsInformation?: PersonsInformationState | null;
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
 * Art. 34: before any decision, pending with no due date and the severity's suggestion, whatever the
 * level (a low one is no decision not to inform); after a decision not to inform, not applicable on
 * its recorded ground; after a decision to inform, due by the target recorded with the decision and
 * done at the first communication recorded.
 */
function personsCommunication(input: ObligationInput): Obligation {
  const code = 'DATA_SUBJECTS_COMMUNICATION';
  const decided = input.personsInformation;
  if (!decided) {
    return obligation(
      code,
      'CONTROLLER',
      null,
      input,
      `${input.art34.rationale} — ${ART34_DECISION_AWAITED} : en attente, pas d’échéance tant qu’elle ne l’est pas.`,
    );
  }
  const by = `prise le ${displayInstant(decided.decidedAt)} par ${decided.decidedBy}`;
  if (decided.decision === 'NOT_INFORM') {
    const ground = decided.ground ? GROUND_TEXT[decided.ground] : 'motif non renseigné';
    const publicNotice = decided.publicCommunication
      ? ` Communication publique du ${displayInstant(decided.publicCommunication.at)}, référence ${decided.publicCommunication.reference}.`
      : '';
    return notApplicable(code, 'CONTROLLER', `Décision de ne pas informer les personnes, ${by} : ${ground}.${publicNotice}`);
  }
  const doneAt = decided.firstCommunicationAt;
  const dueAt = decided.dueAt;
  const rule = DEADLINE_RULES[code];
  return {
    code,
    authority: rule.authority,
    basis: rule.basis,
    label: rule.label,
    party: 'CONTROLLER',
    dueAt,
    dueBasis:
      dueAt && decided.targetDays !== null
        ? `Échéance fixée à ${decided.targetDays} jour${decided.targetDays > 1 ? 's' : ''} après la décision d’informer : c’est la lecture que la passerelle retient, par paramétrage, de « dans les meilleurs délais » (article 34, paragraphe 1) ; une hypothèse, non un délai fixé par le texte.`
        : null,
    doneAt,
    status: status(dueAt, doneAt, input.now),
    rationale: `Décision d’informer les personnes, ${by}.`,
    rulesVersion: DEADLINE_RULES_VERSION,
  };
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
  const result: Obligation[] = [cnilNotification(input), personsCommunication(input)];
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
