import {
  DEADLINE_RULES,
  DEADLINE_RULES_VERSION,
  NOT_YET_IN_FORCE,
  type DeadlineRule,
  type ObligationAuthority,
  type ObligationCode,
} from '../cnil/deadline-rules';
import {
  doraEntityTest,
  type EntityFactsData,
  type EntityTestResult,
  type LegacyRegimeScope,
  nis1Note,
  nis2EntityTest,
  noonRuleApplies,
} from '../cnil/entity-tests';
import { DEFAULT_COMPLEMENTARY_FOLLOW_UP_HOURS, NO_REGIME_SETTINGS, type RegimeSettings } from '../config/config';
import { nextWorkingDayNoon, parisDate, periodEnd, type PeriodEnd } from '../lib/legal-periods';
import { displayInstant } from './display';
import { ART34_DECISION_AWAITED, GROUND_TEXT, type PersonsInformationState } from './persons-information';

/**
 * What an exposure obliges whom to do, and by when: a pure function of the timeline, the
 * organisations' regimes and what was done, over the rules of src/cnil/deadline-rules.ts. A rule
 * binds only when it is in force on the triggering event's Paris day and its entity test passes;
 * otherwise the duty is listed as not applicable, with the reason. Time comes in as `now`, never
 * from the clock.
 */
export type ObligationStatus = 'PENDING' | 'DONE' | 'DONE_LATE' | 'OVERDUE' | 'NOT_APPLICABLE' | 'NOT_NOTIFIED' | 'TO_CLASSIFY';

export type DoraReportKind = 'INITIAL' | 'INTERMEDIATE' | 'FINAL';

/** What was recorded of one exposure's DORA handling: the standing classification and the reports. */
export interface DoraState {
  /** The latest classification decision; null while none is recorded. */
  classification: {
    major: boolean;
    classifiedAt: Date;
    classifiedBy: string;
    reason: string;
    /** The criteria of Delegated Regulation (EU) 2024/1772 met, each with its value, in French. */
    criteria: readonly { label: string; value: string }[];
    clientsFinancialInterestsAffected: boolean;
  } | null;
  initialAt: Date | null;
  /** Every intermediate report submitted, the first one and the updated ones, oldest first. */
  intermediates: readonly Date[];
  finalAt: Date | null;
  clientsInformedAt: Date | null;
  /** The notices of late reporting sent to the authority, with their reasons. */
  lateNotices: readonly { report: DoraReportKind; at: Date; reasons: string }[];
}

export interface Obligation {
  code: ObligationCode;
  authority: ObligationAuthority;
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
  /** The controller's recorded entity facts, which decide the DORA and NIS 2 tests; null when none are recorded. */
  controllerFacts?: EntityFactsData | null;
  /** The scope decisions recorded before the entity facts existed: a fallback for migrated data only, said so in the rationale. */
  controllerRegimes?: readonly LegacyRegimeScope[];
  /** The processor's own entity facts: its own NIS 2 duties (or NIS 1 note) follow from them. */
  processorFacts?: EntityFactsData | null;
  /** The alert term of the processing contract between this controller and the processor, when recorded (art. 28(3)(f)). */
  processorContract?: { alertHours: number | null; reference: string | null } | null;
  /** The DORA classification and reports recorded for the exposure. */
  dora?: DoraState | null;
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
  const doneAt = party === 'CONTROLLER' ? (input.done[code] ?? null) : null;
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
  const contract = input.processorContract?.alertHours != null ? input.processorContract : null;
  const hours = contract?.alertHours ?? settings.processorAlertContractHours;
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
  const source = contract
    ? `délai du contrat de sous-traitance enregistré pour ce responsable de traitement${contract.reference ? ` (référence ${contract.reference})` : ''}`
    : 'délai par défaut des contrats de sous-traitance paramétré dans la passerelle, aucun contrat particulier n’étant enregistré';
  return build(rule, 'PROCESSOR', {
    dueAt: end.dueAt,
    dueBasis: `Échéance contractuelle, non légale : ${hours} heures après la détection, ${source} (article 28, paragraphe 3, point f)).`,
    doneAt,
    status: judged,
    rationale: late
      ? `Retard au regard du contrat (délai de ${hours} heures) : le RGPD ne fixe pas de délai chiffré, ce retard n’est pas en soi un manquement à l’article 33, paragraphe 2.`
      : `Alerte dans le délai contractuel de ${hours} heures.`,
  });
}

const HOUR_MS = 3_600_000;
/**
 * A DORA report's due instant: the period's end, moved to 12:00 on the next working day when it
 * falls on a Saturday, Sunday or French public holiday and the entity is recorded as not systemic.
 */
function doraDue(end: PeriodEnd, noon: { applies: boolean; note: string }): { dueAt: Date; legalEnd: Date; noonNote: string } {
  if (!noon.applies) return { ...end, noonNote: noon.note };
  const moved = nextWorkingDayNoon(end.dueAt);
  if (moved.getTime() === end.dueAt.getTime()) return { ...end, noonNote: noon.note };
  return {
    dueAt: moved,
    legalEnd: moved > end.legalEnd ? moved : end.legalEnd,
    noonNote: `${noon.note} Échéance d’origine ${displayInstant(end.dueAt)}, reportée au ${displayInstant(moved)}.`,
  };
}

/** One DORA report, judged, with the notice of late reporting recorded for it (or its absence) when late. */
function doraReport(
  code: 'ACPR_INITIAL' | 'ACPR_INTERMEDIATE' | 'ACPR_FINAL',
  kind: DoraReportKind,
  due: { dueAt: Date; legalEnd: Date; noonNote: string },
  counted: string,
  doneAt: Date | null,
  dora: DoraState,
  now: Date,
  rationale: string,
): Obligation {
  const judged = status(due.dueAt, doneAt, now);
  let late = '';
  if (judged === 'OVERDUE' || judged === 'DONE_LATE') {
    const notice = dora.lateNotices.filter((n) => n.report === kind).at(-1);
    late = notice
      ? ` Retard signalé à l’autorité le ${displayInstant(notice.at)}, motifs : ${notice.reasons}`
      : ` Aucune notification de retard enregistrée : l’entité qui ne peut tenir le délai en informe l’autorité sans délai injustifié, avec les motifs du retard (règlement délégué (UE) 2025/301, article 5 ; rapport final des AES JC 2024 33).`;
  }
  return build(DEADLINE_RULES[code], 'CONTROLLER', {
    dueAt: due.dueAt,
    legalEnd: due.legalEnd,
    dueBasis: `${counted} ${due.noonNote} Fin du délai selon le règlement (CEE, Euratom) n° 1182/71 : ${displayInstant(due.legalEnd)}.`,
    doneAt,
    status: judged,
    rationale: `${rationale}${late}`,
  });
}

/**
 * The DORA chain (article 19, paragraphe 4; Delegated Regulation 2025/301, article 5), driven by
 * the recorded classification as major: no ACPR duty before it, none after a classification as not
 * major. The initial notification is due 4 hours after the classification, and no later than 24 hours
 * after awareness; classified after those 24 hours, 4 hours after the classification (the gateway's
 * reading, said in dueBasis). The intermediate report counts from the initial's submission, the final
 * from the latest intermediate. Client information (article 19, paragraphe 3) is its own duty.
 */
function doraChain(input: ObligationInput, entity: EntityTestResult): Obligation[] {
  const codes: ObligationCode[] = ['ACPR_INITIAL', 'ACPR_INTERMEDIATE', 'ACPR_FINAL', 'DORA_CLIENT_INFORMATION'];
  const dora = input.dora ?? null;
  const c = dora?.classification ?? null;
  if (!dora || !c) {
    return codes.map((code) =>
      build(DEADLINE_RULES[code], 'CONTROLLER', {
        status: 'TO_CLASSIFY',
        rationale: `${entity.rationale} Classification à décider : aucune classification de l’incident comme majeur n’est enregistrée (DORA, article 18 ; règlement délégué (UE) 2024/1772). Pas d’obligation envers l’ACPR tant que l’incident n’est pas classé majeur.`,
      }),
    );
  }
  const by = `par ${c.classifiedBy} le ${displayInstant(c.classifiedAt)}`;
  if (!c.major) {
    return codes.map((code) =>
      notApplicable(
        code,
        'CONTROLLER',
        `Incident classé non majeur ${by} : ${c.reason} L’article 19 du règlement (UE) 2022/2554 ne vise que les incidents majeurs liés aux TIC.`,
      ),
    );
  }
  const criteria = c.criteria.map((k) => `${k.label} : ${k.value}`).join(' ; ');
  const rationale = `${entity.rationale} Incident classé majeur ${by} (critères du règlement délégué (UE) 2024/1772 : ${criteria}). Motif : ${c.reason}`;
  const noon = noonRuleApplies(input.controllerFacts ?? null);

  // Initial notification: the earlier of 4 hours after classification and 24 hours after awareness.
  const fromClassification = periodEnd(c.classifiedAt, { unit: 'hours', count: 4 });
  const aware = input.awareAt;
  let initialEnd: PeriodEnd;
  let initialCounted: string;
  if (!aware) {
    initialEnd = fromClassification;
    initialCounted = `4 heures après la classification (${displayInstant(c.classifiedAt)}) ; prise de connaissance non enregistrée, la limite de 24 heures n’est pas calculée (règlement délégué (UE) 2025/301, article 5).`;
  } else {
    const fromAwareness = periodEnd(aware, { unit: 'hours', count: 24 });
    if (c.classifiedAt.getTime() > aware.getTime() + 24 * HOUR_MS) {
      initialEnd = fromClassification;
      initialCounted = `Classification enregistrée plus de 24 heures après la prise de connaissance (${displayInstant(aware)}) : la limite de 24 heures est dépassée, la passerelle retient 4 heures après la classification (${displayInstant(c.classifiedAt)}). C’est sa lecture du règlement délégué (UE) 2025/301, article 5, qui ne règle pas ce cas ; l’ACPR peut juger la classification elle-même tardive.`;
    } else if (fromClassification.dueAt <= fromAwareness.dueAt) {
      initialEnd = fromClassification;
      initialCounted = `Le plus tôt de 4 heures après la classification (${displayInstant(fromClassification.dueAt)}) et 24 heures après la prise de connaissance (${displayInstant(fromAwareness.dueAt)}) : ici, 4 heures après la classification (règlement délégué (UE) 2025/301, article 5).`;
    } else {
      initialEnd = fromAwareness;
      initialCounted = `Le plus tôt de 4 heures après la classification (${displayInstant(fromClassification.dueAt)}) et 24 heures après la prise de connaissance (${displayInstant(fromAwareness.dueAt)}) : ici, 24 heures après la prise de connaissance (règlement délégué (UE) 2025/301, article 5).`;
    }
  }
  const lecture = 'Heures écoulées depuis l’instant exact de l’événement (lecture prudente du règlement (CEE, Euratom) n° 1182/71).';
  const initialDue = doraDue(initialEnd, noon);
  const initial = doraReport(
    'ACPR_INITIAL',
    'INITIAL',
    initialDue,
    `${initialCounted} ${lecture}`,
    dora.initialAt,
    dora,
    input.now,
    rationale,
  );

  const intermediateFrom = dora.initialAt ?? initialDue.dueAt;
  const intermediateDue = doraDue(periodEnd(intermediateFrom, { unit: 'hours', count: 72 }), noon);
  const firstIntermediate = dora.intermediates[0] ?? null;
  const updates = dora.intermediates.slice(1);
  const intermediate = doraReport(
    'ACPR_INTERMEDIATE',
    'INTERMEDIATE',
    intermediateDue,
    `72 heures après ${dora.initialAt ? `la transmission de la notification initiale (${displayInstant(dora.initialAt)})` : `l’échéance de la notification initiale, non encore transmise`}. ${lecture}`,
    firstIntermediate,
    dora,
    input.now,
    updates.length ? `${rationale} Rapports intermédiaires mis à jour transmis le ${updates.map(displayInstant).join(', ')}.` : rationale,
  );

  const latest = dora.intermediates.at(-1) ?? null;
  const finalDue = doraDue(periodEnd(latest ?? intermediateDue.dueAt, { unit: 'months', count: 1 }), noon);
  const final = doraReport(
    'ACPR_FINAL',
    'FINAL',
    finalDue,
    `Un mois après ${latest ? `le dernier rapport intermédiaire transmis (${displayInstant(latest)})` : 'l’échéance du rapport intermédiaire, non encore transmis'}. ${DEADLINE_RULES.ACPR_FINAL.counting}`,
    dora.finalAt,
    dora,
    input.now,
    rationale,
  );

  const clientsRule = DEADLINE_RULES.DORA_CLIENT_INFORMATION;
  const clients = c.clientsFinancialInterestsAffected
    ? build(clientsRule, 'CONTROLLER', {
        doneAt: dora.clientsInformedAt,
        status: dora.clientsInformedAt ? 'DONE' : 'PENDING',
        rationale: `Incident majeur enregistré comme ayant un impact sur les intérêts financiers des clients ${by} : ils sont informés sans délai injustifié de l’incident et des mesures prises pour en atténuer les effets. ${clientsRule.counting}`,
      })
    : notApplicable(
        'DORA_CLIENT_INFORMATION',
        'CONTROLLER',
        `L’incident n’est pas enregistré comme ayant un impact sur les intérêts financiers des clients (article 19, paragraphe 3) : classification ${by}.`,
      );
  return [initial, intermediate, final, clients];
}

const NIS2_CODES: ObligationCode[] = [
  'ANSSI_EARLY_WARNING',
  'ANSSI_NOTIFICATION',
  'ANSSI_INTERMEDIATE_REPORT',
  'ANSSI_PROGRESS_REPORT',
  'ANSSI_FINAL_REPORT',
];

/**
 * One entity's NIS 2 duties (article 23, paragraphe 4): none before a French transposition is in
 * force on the day of awareness, nor for an entity its recorded facts put outside articles 2 and 3.
 * `party` is the controller, or the processor for its own duties as an operator.
 */
function nis2Duties(
  party: Obligation['party'],
  awareAt: Date | null,
  facts: EntityFactsData | null,
  legacyScopes: readonly LegacyRegimeScope[],
  input: ObligationInput,
  settings: RegimeSettings,
): Obligation[] {
  const refuse = (rationale: string) => NIS2_CODES.map((c) => notApplicable(c, party, rationale));
  const outOfForce = notInForce(DEADLINE_RULES.ANSSI_EARLY_WARNING, awareAt ?? input.now, settings);
  if (outOfForce) return refuse(`${outOfForce}${nis1Note(facts)}`);
  const entity = nis2EntityTest(facts, legacyScopes);
  if (!entity.inScope) return refuse(`${entity.rationale}${nis1Note(facts)}`);
  const own = party === 'PROCESSOR' ? ' Obligation propre de l’opérateur, à compter de sa propre détection de l’incident.' : '';
  const rationale = `${entity.rationale}${own}`;
  const warning = obligation('ANSSI_EARLY_WARNING', party, awareAt, input, rationale);
  const notification = obligation('ANSSI_NOTIFICATION', party, awareAt, input, rationale);
  const final = obligation('ANSSI_FINAL_REPORT', party, notification.doneAt ?? notification.dueAt, input, rationale);
  // Points c) and e): due on a request or an ongoing incident, neither of which is recorded yet.
  const onRequest = obligation(
    'ANSSI_INTERMEDIATE_REPORT',
    party,
    null,
    input,
    `${rationale} ${DEADLINE_RULES.ANSSI_INTERMEDIATE_REPORT.counting}`,
  );
  const progress = obligation('ANSSI_PROGRESS_REPORT', party, null, input, `${rationale} ${DEADLINE_RULES.ANSSI_PROGRESS_REPORT.counting}`);
  return [warning, notification, onRequest, progress, final];
}

export function obligationsOf(input: ObligationInput): Obligation[] {
  const settings = input.settings ?? NO_REGIME_SETTINGS;
  const result: Obligation[] = [cnilNotification(input, settings), ...cnilComplementary(input, settings), personsCommunication(input)];
  if (input.processorDetectedAt) result.push(processorAlert(input.processorDetectedAt, input, settings));
  const legacyScopes = input.controllerRegimes ?? [];
  const doraCodes: ObligationCode[] = ['ACPR_INITIAL', 'ACPR_INTERMEDIATE', 'ACPR_FINAL', 'DORA_CLIENT_INFORMATION'];
  const doraOutOfForce = notInForce(DEADLINE_RULES.ACPR_INITIAL, input.awareAt ?? input.now, settings);
  const doraEntity = doraEntityTest(input.controllerFacts ?? null, legacyScopes);
  if (doraOutOfForce) result.push(...doraCodes.map((c) => notApplicable(c, 'CONTROLLER', doraOutOfForce)));
  else if (!doraEntity.inScope) result.push(...doraCodes.map((c) => notApplicable(c, 'CONTROLLER', doraEntity.rationale)));
  else result.push(...doraChain(input, doraEntity));
  result.push(...nis2Duties('CONTROLLER', input.awareAt, input.controllerFacts ?? null, legacyScopes, input, settings));
  // The operator's own duties, from its own facts: only when it recorded some (O8, O11).
  const operator = input.processorFacts;
  if (input.processorDetectedAt && (operator?.nis2Status || operator?.nis1Designated))
    result.push(...nis2Duties('PROCESSOR', input.processorDetectedAt, operator, [], input, settings));
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
