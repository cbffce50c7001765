import { DEADLINE_RULES, DEADLINE_RULES_VERSION, NOT_YET_IN_FORCE, type DeadlineRule, type ObligationCode } from '../cnil/deadline-rules';
import type { Regime } from '../cnil/vocabulary';
import { DEFAULT_COMPLEMENTARY_FOLLOW_UP_HOURS, NO_REGIME_SETTINGS, type RegimeSettings } from '../config/config';
import { parisDate, periodEnd } from '../lib/legal-periods';
import { displayInstant } from './display';
import { ART34_DECISION_AWAITED, GROUND_TEXT, type PersonsInformationState } from './persons-information';

/**
 * What an exposure obliges whom to do, and by when: a pure function of the timeline, the
 * organisations' regimes and what was done, over the rules of src/cnil/deadline-rules.ts. A rule
 * binds only when it is in force on the triggering event's Paris day and its entity test passes;
 * otherwise the duty is listed as not applicable, with the reason. Time comes in as `now`, never
 * from the clock.
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
  /** How the due instant was counted, and what it rests on when it is the gateway's reading rather than the text's. */
  dueBasis?: string | null;
  /** The end of the period as Regulation 1182/71 counts it (never before `dueAt`); null without a due instant. */
  legalEnd?: Date | null;
  /** The first day (Paris calendar) the rule applies; null when it waits for a national transposition. */
  effectiveFrom?: string | null;
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
  /** The CNIL follow-up of a filed initial notification (art. 33(4)); absent while none is filed. */
  complementary?: ComplementaryFollowUp | null;
  /** The configured transposition date of NIS 2 and default contract terms; none when absent. */
  settings?: RegimeSettings;
}

/** An exposure's filed initial notification and what followed it, for CNIL_COMPLEMENTARY. */
export interface ComplementaryFollowUp {
  initialFiledAt: Date;
  /** « Date à laquelle les informations complémentaires seront transmises », as the initial promised it. */
  promisedAt: Date | null;
  /** When a final complementary (or a complete) notification was filed after it; null until then. */
  finalFiledAt: Date | null;
}

function status(dueAt: Date | null, doneAt: Date | null, now: Date): ObligationStatus {
  if (doneAt) return dueAt && doneAt > dueAt ? 'DONE_LATE' : 'DONE';
  return dueAt && now > dueAt ? 'OVERDUE' : 'PENDING';
}

/** The one builder: what every obligation takes from its rule, plus what the case decides. */
function build(
  rule: DeadlineRule,
  party: Obligation['party'],
  decided: Pick<Obligation, 'status' | 'rationale'> & Partial<Pick<Obligation, 'dueAt' | 'dueBasis' | 'legalEnd' | 'doneAt'>>,
): Obligation {
  return {
    code: rule.obligation,
    authority: rule.authority,
    basis: rule.basis,
    label: rule.label,
    party,
    dueAt: decided.dueAt ?? null,
    dueBasis: decided.dueBasis ?? null,
    legalEnd: decided.legalEnd ?? null,
    effectiveFrom: rule.effectiveFrom,
    doneAt: decided.doneAt ?? null,
    status: decided.status,
    rationale: decided.rationale,
    rulesVersion: rule.version,
  };
}

/** A duty with the rule's period counted from `from` (none while `from` is unknown or the law sets no term). */
function obligation(
  code: ObligationCode,
  party: Obligation['party'],
  from: Date | null,
  input: ObligationInput,
  rationale: string,
): Obligation {
  const rule = DEADLINE_RULES[code];
  const end = from && rule.period ? periodEnd(from, rule.period) : null;
  const doneAt = input.done[code] ?? null;
  const dueAt = end?.dueAt ?? null;
  return build(rule, party, {
    dueAt,
    legalEnd: end?.legalEnd ?? null,
    dueBasis: end ? `${rule.counting} Fin du délai selon le règlement (CEE, Euratom) n° 1182/71 : ${displayInstant(end.legalEnd)}.` : null,
    doneAt,
    status: status(dueAt, doneAt, input.now),
    rationale,
  });
}

function notApplicable(code: ObligationCode, party: Obligation['party'], rationale: string): Obligation {
  return build(DEADLINE_RULES[code], party, { status: 'NOT_APPLICABLE', rationale });
}

const frenchDate = (isoDay: string) => isoDay.split('-').reverse().join('/');

/**
 * Why `rule` does not bind an event of that instant, or null when it is in force. NIS 2 rules have
 * no date of their own: they apply from the configured French transposition date, if any.
 */
function notInForce(rule: DeadlineRule, event: Date, settings: RegimeSettings): string | null {
  const day = parisDate(event);
  const from = rule.effectiveFrom ?? settings.nis2FrenchTranspositionFrom;
  if (!from) return NOT_YET_IN_FORCE[rule.regime];
  if (day < from) {
    return rule.effectiveFrom
      ? NOT_YET_IN_FORCE[rule.regime]
      : `NIS 2 non applicable à cet événement : la transposition française s’applique à compter du ${frenchDate(from)} (paramètre NIS2_FR_TRANSPOSITION_DATE). Les opérateurs désignés restaient soumis à la loi n° 2018-133 du 26 février 2018 (NIS 1).`;
  }
  if (rule.effectiveUntil && day > rule.effectiveUntil)
    return `${rule.basis} : règle applicable jusqu’au ${frenchDate(rule.effectiveUntil)} seulement.`;
  return null;
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
function cnilNotification(input: ObligationInput, settings: RegimeSettings): Obligation {
  const outOfForce = notInForce(DEADLINE_RULES.CNIL_NOTIFICATION, input.awareAt ?? input.now, settings);
  if (outOfForce) return notApplicable('CNIL_NOTIFICATION', 'CONTROLLER', outOfForce);
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

/**
 * Art. 33(2) sets no fixed term (« dans les meilleurs délais »): a due instant exists only under a
 * contract term, and lateness against it is the contract's, never presented as a breach of the RGPD.
 */
function processorAlert(detectedAt: Date, input: ObligationInput, settings: RegimeSettings): Obligation {
  const rule = DEADLINE_RULES.PROCESSOR_ALERT;
  const outOfForce = notInForce(rule, detectedAt, settings);
  if (outOfForce) return notApplicable('PROCESSOR_ALERT', 'PROCESSOR', outOfForce);
  const doneAt = input.processorAlertedAt;
  const hours = settings.processorAlertContractHours;
  if (hours === null) {
    return build(rule, 'PROCESSOR', {
      doneAt,
      status: doneAt ? 'DONE' : 'PENDING',
      rationale:
        'Le sous-traitant alerte chaque responsable de traitement dans les meilleurs délais ; aucun délai contractuel enregistré, donc pas d’échéance chiffrée.',
    });
  }
  const end = periodEnd(detectedAt, { unit: 'hours', count: hours });
  const judged = status(end.dueAt, doneAt, input.now);
  const late = judged === 'DONE_LATE' || judged === 'OVERDUE';
  return build(rule, 'PROCESSOR', {
    dueAt: end.dueAt,
    dueBasis: `Échéance contractuelle, non légale : ${hours} heures après la détection, délai par défaut des contrats de sous-traitance paramétré dans la passerelle (article 28, paragraphe 3, point f)), aucun contrat particulier n’étant enregistré.`,
    doneAt,
    status: judged,
    rationale: late
      ? `Retard au regard du contrat (délai de ${hours} heures) : le RGPD ne fixe pas de délai chiffré, ce retard n’est pas en soi un manquement à l’article 33, paragraphe 2.`
      : `Alerte dans le délai contractuel de ${hours} heures.`,
  });
}

/**
 * The duties of one regime's rules: none bind an event before the regime applies, nor an entity
 * outside its test (for now the controller's recorded scope); otherwise the reports chain.
 */
function regimeDuties(
  codes: ObligationCode[],
  regime: Regime,
  input: ObligationInput,
  settings: RegimeSettings,
  duties: (rationale: string) => Obligation[],
): Obligation[] {
  const refuse = (rationale: string) => codes.map((c) => notApplicable(c, 'CONTROLLER', rationale));
  const outOfForce = notInForce(DEADLINE_RULES[codes[0]!], input.awareAt ?? input.now, settings);
  if (outOfForce) return refuse(outOfForce);
  const scope = input.controllerRegimes.find((s) => s.regime === regime);
  if (!scope?.inScope)
    return refuse(scope?.rationale ?? `${regime === 'NIS2' ? 'NIS 2' : regime} non applicable : décision non renseignée.`);
  return duties(scope.rationale);
}

export function obligationsOf(input: ObligationInput): Obligation[] {
  const settings = input.settings ?? NO_REGIME_SETTINGS;
  const result: Obligation[] = [cnilNotification(input, settings), ...cnilComplementary(input, settings), personsCommunication(input)];
  if (input.processorDetectedAt) result.push(processorAlert(input.processorDetectedAt, input, settings));
  result.push(
    ...regimeDuties(['ACPR_INITIAL', 'ACPR_INTERMEDIATE', 'ACPR_FINAL'], 'DORA', input, settings, (rationale) =>
      chain(['ACPR_INITIAL', 'ACPR_INTERMEDIATE', 'ACPR_FINAL'], input.awareAt, input, rationale),
    ),
  );
  const nis2: ObligationCode[] = [
    'ANSSI_EARLY_WARNING',
    'ANSSI_NOTIFICATION',
    'ANSSI_INTERMEDIATE_REPORT',
    'ANSSI_PROGRESS_REPORT',
    'ANSSI_FINAL_REPORT',
  ];
  result.push(
    ...regimeDuties(nis2, 'NIS2', input, settings, (rationale) => {
      const warning = obligation('ANSSI_EARLY_WARNING', 'CONTROLLER', input.awareAt, input, rationale);
      const [notification, final] = chain(['ANSSI_NOTIFICATION', 'ANSSI_FINAL_REPORT'], input.awareAt, input, rationale);
      // Points c) and e): due on a request or an ongoing incident, neither of which is recorded yet.
      const onRequest = obligation(
        'ANSSI_INTERMEDIATE_REPORT',
        'CONTROLLER',
        null,
        input,
        `${rationale} ${DEADLINE_RULES.ANSSI_INTERMEDIATE_REPORT.counting}`,
      );
      const progress = obligation(
        'ANSSI_PROGRESS_REPORT',
        'CONTROLLER',
        null,
        input,
        `${rationale} ${DEADLINE_RULES.ANSSI_PROGRESS_REPORT.counting}`,
      );
      return [warning, notification!, onRequest, progress, final!];
    }),
  );
  return result;
}

/**
 * Art. 33(4): once an initial notification is filed, the rest follows « sans autre retard indu », by
 * the date the initial promised or else the configured default (the gateway's assumption, said in
 * `dueBasis`). Met by a final complementary or a complete notification. Without a filed initial the
 * duty does not arise, and none is listed.
 */
function cnilComplementary(input: ObligationInput, settings: RegimeSettings): Obligation[] {
  const follow = input.complementary;
  if (!follow) return [];
  const rule = DEADLINE_RULES.CNIL_COMPLEMENTARY;
  const outOfForce = notInForce(rule, follow.initialFiledAt, settings);
  if (outOfForce) return [notApplicable('CNIL_COMPLEMENTARY', 'CONTROLLER', outOfForce)];
  const hours = settings.complementaryFollowUpHours ?? DEFAULT_COMPLEMENTARY_FOLLOW_UP_HOURS;
  const end = follow.promisedAt ? null : periodEnd(follow.initialFiledAt, { unit: 'hours', count: hours });
  const dueAt = follow.promisedAt ?? end!.dueAt;
  const doneAt = follow.finalFiledAt;
  const filed = `Article 33, paragraphe 4 : la notification initiale déposée le ${displayInstant(follow.initialFiledAt)} laisse des informations à fournir de manière échelonnée, « sans autre retard indu ».`;
  return [
    build(rule, 'CONTROLLER', {
      dueAt,
      legalEnd: end?.legalEnd ?? null,
      dueBasis: follow.promisedAt
        ? `Date promise dans la notification initiale (« date à laquelle les informations complémentaires seront transmises ») : ${displayInstant(follow.promisedAt)}.`
        : `Aucune date promise dans la notification initiale : hypothèse de la passerelle, ${hours} heures après son dépôt (paramètre COMPLEMENTARY_FOLLOW_UP_HOURS), la CNIL suggérant une notification complémentaire « dans le délai de 72 heures si possible après la notification initiale » ; ce n’est pas un délai fixé par le texte.`,
      doneAt,
      status: status(dueAt, doneAt, input.now),
      rationale: doneAt
        ? `${filed} Notification complémentaire finale (ou complète) déposée le ${displayInstant(doneAt)}.`
        : `${filed} Due jusqu’au dépôt d’une notification complémentaire finale (ou d’une notification complète).`,
    }),
  ];
}
