import { Field, ID, Int, ObjectType } from 'type-graphql';
import type { FilterQuery } from '@mikro-orm/core';
import { controllerFileScope, exposureScope } from '../auth/scope';
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
} from '../cnil/enums';
import {
  type BreachNature,
  type CommunicationStatus,
  type Consequence,
  type DataCategory,
  type Harm,
  type IncidentCause,
  type IncidentOrigin,
  type NonCommunicationJustification,
  type NotificationType,
  personCountBand,
  type SensitiveDataCategory,
  type SubjectCategory,
} from '../cnil/vocabulary';
import { codeEnum } from '../lib/code-enum';
import { SEVERITY_LEVEL } from '../cnil/severity-level';
import { SEVERITY_LEVELS, type SeverityLevel } from '../cnil/severity-rules';
import type { ServiceContext } from '../auth/context';
import { Exposure } from '../incidents/exposure.entity';
import { CnilNotificationDecision } from '../notifications/cnil-decision.entity';
import { displayInstant } from '../notifications/display';
import { Notification } from '../notifications/notification.entity';
import { applySeverityOverride, type SeverityOverride } from '../notifications/severity';
import { ART34_DECISION_AWAITED, art34Suggestion, GROUND_TEXT } from '../notifications/persons-information';
import {
  PERSONS_INFORMATION_LABELS,
  PersonsInformationChoice,
  type PersonsInformationDecision,
} from '../notifications/persons-information.entities';
import { personsInformationOf } from '../notifications/persons-information.read';
import { loadSituations } from '../notifications/situation';
import { exposuresSubjectCounts, scopeKey } from '../subjects/subject-counts';

/**
 * The register of art. 33(5): every exposure, notified or not, with its facts, effects and remedial
 * action, and the notification decision as a named person took it. The gateway never decides: until
 * someone records a decision (or files), the entry shows the tool's suggestion as a suggestion.
 */

export const REGISTER_DECISION_LABELS = {
  NOTIFIED: 'Notifiée à la CNIL',
  TO_NOTIFY: 'À notifier — décision motivée',
  NOT_NOTIFIED: 'Non notifiée — décision motivée',
  UNDECIDED: 'Non décidée',
} as const;

/** Where the notification of the exposure stands, as recorded. */
export const REGISTER_DECISION = codeEnum(
  'RegisterDecision',
  'Where the notification of an exposure to the CNIL stands, as the register records it.',
  REGISTER_DECISION_LABELS,
);
export type RegisterDecision = keyof typeof REGISTER_DECISION;

@ObjectType({ description: 'One CNIL filing of the exposure, as the register links to it.' })
export class RegisterFiling {
  @Field({ description: "The gateway's number of the notification filed: SIREN, incident and phase." }) number!: string;
  @Field(() => NOTIFICATION_TYPE.values, { description: 'Initial, complementary or complete (section 1 of the form).' })
  type!: NotificationType;
  @Field(() => String, { nullable: true, description: 'The reference the CNIL gave the filing; null when none was recorded.' })
  cnilReference!: string | null;
  @Field(() => Date, { description: 'When it was filed with the CNIL, ISO 8601 in UTC.' }) filedAt!: Date;
  @Field(() => Boolean, {
    nullable: true,
    description:
      "Whether the breach was notified after the 72 hours of art. 33(1) (a complementary one carries its initial's verdict); frozen at filing.",
  })
  filedLate!: boolean | null;
  @Field(() => String, { nullable: true, description: 'Motifs du retard, as filed.' }) delayReasons!: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'Who recorded the filing in the gateway; null for a filing recorded before it was kept.',
  })
  filedBy!: string | null;
  @Field(() => Date, { nullable: true, description: 'When the filing was recorded in the gateway; null like filedBy.' })
  filingRecordedAt!: Date | null;
}

/**
 * The controller's recorded art. 34 decision (inform the persons or not), with its ground, reasons,
 * author and date; null while none is recorded, and the register then shows the gateway's suggestion,
 * labelled as such, beside the communication facts the controller stated.
 */
@ObjectType('RegisterPersonsDecision', { description: 'The art. 34 decision as the register records it.' })
export class PersonsDecisionRecord {
  @Field(() => PersonsInformationChoice, { description: 'Inform the persons (art. 34(1)) or not.' }) decision!: PersonsInformationChoice;
  @Field({ description: 'The decision and its ground, in French.' }) decisionLabel!: string;
  @Field({ description: 'Why, as the person deciding wrote it.' }) reasoning!: string;
  @Field({ description: 'Who decided: the subject of their token.' }) decidedBy!: string;
  @Field(() => Date, { description: 'When the decision was recorded, ISO 8601 in UTC.' }) decidedAt!: Date;
}

@ObjectType({ description: 'One breach as the controller must document it (art. 33(5)), notified or not.' })
export class RegisterEntry {
  @Field(() => ID, { description: 'The id of the exposure this entry documents.' }) exposureId!: string;
  @Field(() => Date, { description: 'When the exposure was recorded in the gateway.' }) recordedAt!: Date;
  @Field({ description: 'The title of the incident, as reported.' }) incidentTitle!: string;
  @Field({ description: "The controller's legal name." }) controllerName!: string;
  @Field(() => String, { nullable: true, description: "Secteur d'activité of the controller (section 2); null when not recorded." })
  sector!: string | null;
  @Field(() => String, { nullable: true, description: 'The facts: the description of the breach.' }) description!: string | null;
  @Field(() => Date, { nullable: true, description: 'Début de la violation (section 6), ISO 8601 in UTC; null while unknown.' })
  startAt!: Date | null;
  @Field(() => Date, { nullable: true, description: 'Fin de la violation (section 6), ISO 8601 in UTC; null while unknown or ongoing.' })
  endAt!: Date | null;
  @Field(() => Boolean, { nullable: true, description: 'Whether the breach is still going on (section 6); null while unknown.' })
  ongoing!: boolean | null;
  @Field(() => Date, {
    nullable: true,
    description: 'When the source organisation detected the incident, ISO 8601 in UTC (not on the form); null while unknown.',
  })
  detectedAt!: Date | null;
  @Field(() => Date, {
    nullable: true,
    description: 'When the controller became aware of the breach, ISO 8601 in UTC: its 72 hours run from it (art. 33(1), section 6).',
  })
  awareAt!: Date | null;
  @Field(() => [BREACH_NATURE.values], { description: 'Nature de la violation: confidentiality, integrity, availability (section 7).' })
  natures!: BreachNature[];
  @Field(() => [INCIDENT_ORIGIN.values], { description: "Origine de l'incident (section 7)." }) origins!: IncidentOrigin[];
  @Field(() => [INCIDENT_CAUSE.values], { description: "Cause de l'incident (section 7)." }) causes!: IncidentCause[];
  @Field(() => String, { nullable: true, description: 'Origine « Autre (à préciser) »: its text.' }) originsOther!: string | null;
  @Field(() => String, { nullable: true, description: 'Cause « Autre (à préciser) »: its text.' }) causesOther!: string | null;
  @Field(() => String, { nullable: true, description: 'Conséquence « Autre (à préciser) »: its text.' }) consequencesOther!: string | null;
  @Field(() => String, { nullable: true, description: 'Préjudice « Autre (à préciser) »: its text.' }) harmsOther!: string | null;
  @Field(() => String, { nullable: true, description: 'Nature des données « Autre (à préciser) »: its text.' })
  dataCategoriesOther!: string | null;
  @Field(() => String, { nullable: true, description: 'Catégorie de personnes « Autre (à préciser) »: its text.' })
  subjectCategoriesOther!: string | null;
  @Field(() => [CONSEQUENCE.values], { description: 'Effects: potential consequences (form section 10).' }) consequences!: Consequence[];
  @Field(() => [HARM.values], { description: 'Effects: potential harms (form section 11).' }) harms!: Harm[];
  @Field(() => String, { nullable: true, description: 'Précisions sur les préjudices: free text (section 11); null when none.' })
  harmsDescription!: string | null;
  @Field(() => String, { nullable: true, description: 'Remedial action taken.' }) measuresTaken!: string | null;
  @Field(() => String, { nullable: true, description: 'Remedial action planned.' }) measuresPlanned!: string | null;
  @Field(() => [DATA_CATEGORY.values], { description: 'Nature des données: the categories of data concerned (art. 33(3)(a), section 8).' })
  dataCategories!: DataCategory[];
  @Field(() => [SENSITIVE_DATA.values], { description: 'Sensitive data (art. 9 and 10).' }) sensitiveData!: SensitiveDataCategory[];
  @Field(() => [SUBJECT_CATEGORY.values], { description: 'Catégories de personnes concernées (art. 33(3)(a), section 8).' })
  subjectCategories!: SubjectCategory[];
  @Field(() => Int, {
    nullable: true,
    description: 'Nombre approximatif de personnes concernées, as stated (art. 33(3)(a), section 8); null while unknown.',
  })
  approxPersons!: number | null;
  @Field(() => Int, {
    nullable: true,
    description: "Nombre approximatif d'enregistrements concernés, as stated (art. 33(3)(a), section 8); null while unknown.",
  })
  approxRecords!: number | null;
  @Field(() => Int, { nullable: true, description: 'Deduplicated count of the ingested lists, when there are any.' })
  exactPersons!: number | null;
  @Field(() => Int, { nullable: true, description: 'Rows received in the ingested lists, duplicates included; null without lists.' })
  exactRecords!: number | null;
  @Field(() => String, { nullable: true, description: 'CNIL open-data size band of the number of persons.' }) personsBand!: string | null;
  @Field(() => SEVERITY_LEVEL, { description: 'The chosen ENISA level: the override when a lawyer recorded one, else the computed one.' })
  severityLevel!: SeverityLevel;
  @Field(() => SEVERITY_LEVEL, { description: 'The ENISA level as computed from the facts, before any override.' })
  computedSeverityLevel!: SeverityLevel;
  @Field(() => String, {
    nullable: true,
    description:
      'Why a lawyer overrode the computed assessment (the latest override on any notification of the exposure); null without one.',
  })
  severityOverrideReason!: string | null;
  @Field({ description: 'How the chosen ENISA level was reached (SE = DPC × EI + CB), in French.' }) severityJustification!: string;
  @Field(() => REGISTER_DECISION, { description: 'Where the notification to the CNIL stands: notified, decided or undecided.' })
  decision!: RegisterDecision;
  @Field({ description: 'The decision in French.' }) decisionLabel!: string;
  @Field({ description: "The recorded reasons, or, while undecided, the tool's suggestion labelled as such." }) rationale!: string;
  @Field(() => String, {
    nullable: true,
    description:
      'Who took the standing decision (token subject); null while undecided, or when filed without a recorded decision to notify.',
  })
  decidedBy!: string | null;
  @Field(() => Date, {
    nullable: true,
    description: 'When the standing decision was taken (or, filed without one, the first filing), ISO 8601 in UTC; null while undecided.',
  })
  decidedAt!: Date | null;
  @Field({ description: "The gateway's suggestion, always labelled as a suggestion, never a decision." }) suggestion!: string;
  @Field(() => [CnilNotificationDecision], { description: 'Every recorded decision, oldest first; the last one stands.' })
  decisionHistory!: CnilNotificationDecision[];
  @Field(() => PersonsDecisionRecord, { nullable: true, description: 'The current art. 34 decision; null while none is recorded.' })
  personsDecision!: PersonsDecisionRecord | null;
  @Field({ description: "The gateway's art. 34 suggestion from the chosen severity, labelled as a suggestion, never a decision." })
  personsSuggestion!: string;
  @Field(() => COMMUNICATION_STATUS.values, {
    nullable: true,
    description: 'Whether the persons were, will be or will not be informed, as the facts state it (section 13); null while unknown.',
  })
  communication!: CommunicationStatus | null;
  @Field(() => Date, {
    nullable: true,
    description: 'When the persons were or will be informed (section 13), ISO 8601 in UTC; null while unknown.',
  })
  communicationAt!: Date | null;
  @Field(() => NON_COMMUNICATION_JUSTIFICATION.values, {
    nullable: true,
    description: 'Why the persons are not informed, as the facts state it: the ground of art. 34(3) (section 13); null when none.',
  })
  nonCommunicationJustification!: NonCommunicationJustification | null;
  @Field(() => [String], { description: 'Motifs du retard, from every filing that gave them.' }) delayReasons!: string[];
  @Field(() => Date, { nullable: true, description: 'When it was first filed with the CNIL, ISO 8601 in UTC; null while not notified.' })
  notifiedAt!: Date | null;
  @Field(() => String, { nullable: true, description: 'The CNIL reference of the first filing; null while not notified or not given.' })
  cnilReference!: string | null;
  @Field(() => [RegisterFiling], { description: 'Every filing with the CNIL, oldest first.' }) filings!: RegisterFiling[];
}

function personsDecisionOf(decision: PersonsInformationDecision | null): PersonsDecisionRecord | null {
  if (!decision) return null;
  const ground = decision.ground ? ` (${GROUND_TEXT[decision.ground]})` : '';
  return {
    decision: decision.decision,
    decisionLabel: `${PERSONS_INFORMATION_LABELS[decision.decision]}${ground}`,
    reasoning: decision.reasoning,
    decidedBy: decision.decidedBy,
    decidedAt: decision.decidedAt,
  };
}

const levelLabel = (level: string) => SEVERITY_LEVELS.find((l) => l.level === level)?.label ?? level;

/** The suggestion, worded so nobody can take it for the controller's decision. */
function suggestionOf(level: string, justification: string): string {
  const head = "suggestion de l'outil, non décidée : ";
  return level === 'LOW'
    ? `${head}violation peut-être peu susceptible d'engendrer un risque (article 33, paragraphe 1, du RGPD), niveau ${levelLabel(level).toLowerCase()} selon la méthode ENISA ; en cas de doute, la CNIL recommande de notifier. ${justification}`
    : `${head}notification à la CNIL (article 33, paragraphe 1, du RGPD), niveau ${levelLabel(level).toLowerCase()} selon la méthode ENISA. ${justification}`;
}

/** The override the register follows: the latest one a lawyer recorded on any notification of the exposure. */
function latestOverride(notifications: Notification[]): SeverityOverride | null {
  return notifications.filter((n) => n.severityOverride).at(-1)?.severityOverride ?? null;
}

/** Every entry the viewer may read, oldest exposure first; `narrowed` adds conditions on the exposures. */
export async function registerEntries(ctx: ServiceContext, narrowed: FilterQuery<Exposure>[] = []): Promise<RegisterEntry[]> {
  const exposures = await ctx.em.find(
    Exposure,
    { $and: [exposureScope(ctx.viewer), controllerFileScope(ctx.viewer), ...narrowed] },
    { orderBy: { id: 'asc' } },
  );
  const [situations, notifications] = await Promise.all([
    loadSituations(ctx, exposures),
    ctx.em.find(Notification, { exposure: { $in: exposures.map((e) => e.id) } }, { orderBy: { createdAt: 'asc', id: 'asc' } }),
  ]);
  const counts = await exposuresSubjectCounts(
    ctx.em,
    situations.map((s) => ({ incidentId: s.incident.id, controllerId: s.controller.id })),
  );
  const personsFiles = await personsInformationOf(
    ctx.em,
    exposures.map((e) => e.id),
  );
  return situations.map(({ exposure, incident, controller, facts, severity: computed, cnilDecisions }) => {
    const own = notifications.filter((n) => n.exposure.id === exposure.id);
    const override = latestOverride(own);
    const chosen = applySeverityOverride(computed, override);
    const filings = own
      .filter((n) => n.status === 'FILED' && n.filedAt)
      .sort((a, b) => a.filedAt!.getTime() - b.filedAt!.getTime())
      .map((n) => ({
        number: n.number,
        type: n.type,
        cnilReference: n.cnilReference ?? null,
        filedAt: n.filedAt!,
        filedLate: n.filedLate ?? null,
        delayReasons: n.delayReasons ?? null,
        filedBy: n.filedBy ?? null,
        filingRecordedAt: n.filingRecordedAt ?? null,
      }));
    const first = filings[0];
    const standing = cnilDecisions.at(-1);
    const suggestion = suggestionOf(chosen.level, chosen.justification);
    const decided = (): Pick<RegisterEntry, 'decision' | 'rationale' | 'decidedBy' | 'decidedAt'> => {
      // The filing is the record of the decision to notify, whatever was decided before it.
      if (first)
        return {
          decision: 'NOTIFIED',
          rationale: `Notifiée à la CNIL le ${displayInstant(first.filedAt)}${first.cnilReference ? ` (référence ${first.cnilReference})` : ''}.${
            standing?.decision === 'NOTIFY' ? ` ${standing.reasoning}` : ''
          }`,
          decidedBy: standing?.decision === 'NOTIFY' ? standing.decidedBy : null,
          decidedAt: standing?.decision === 'NOTIFY' ? standing.decidedAt : first.filedAt,
        };
      if (standing)
        return {
          decision: standing.decision === 'NOT_NOTIFY' ? 'NOT_NOTIFIED' : 'TO_NOTIFY',
          rationale: standing.reasoning,
          decidedBy: standing.decidedBy,
          decidedAt: standing.decidedAt,
        };
      return { decision: 'UNDECIDED', rationale: suggestion, decidedBy: null, decidedAt: null };
    };
    const decision = decided();
    const exact = counts.get(scopeKey('EXPOSURE', incident.id, controller.id)) ?? null;
    // The band follows the approximate number the form asks for (art. 33(3)(a)); ingested lists may be partial.
    const persons = facts.approxPersons?.value ?? exact?.persons ?? null;
    return {
      exposureId: exposure.id,
      recordedAt: exposure.createdAt,
      incidentTitle: incident.title,
      controllerName: controller.legalName,
      sector: controller.sector ?? null,
      description: facts.description?.value ?? null,
      startAt: facts.startAt?.value ?? null,
      endAt: facts.endAt?.value ?? null,
      ongoing: facts.ongoing?.value ?? null,
      detectedAt: facts.detectedAt?.value ?? null,
      awareAt: facts.awareAt?.value ?? null,
      natures: facts.natures?.value ?? [],
      origins: facts.origins?.value ?? [],
      causes: facts.causes?.value ?? [],
      originsOther: facts.originsOther?.value ?? null,
      causesOther: facts.causesOther?.value ?? null,
      consequencesOther: facts.consequencesOther?.value ?? null,
      harmsOther: facts.harmsOther?.value ?? null,
      dataCategoriesOther: facts.dataCategoriesOther?.value ?? null,
      subjectCategoriesOther: facts.subjectCategoriesOther?.value ?? null,
      consequences: facts.consequences?.value ?? [],
      harms: facts.harms?.value ?? [],
      harmsDescription: facts.harmsDescription?.value ?? null,
      measuresTaken: facts.measuresTaken?.value ?? null,
      measuresPlanned: facts.measuresPlanned?.value ?? null,
      dataCategories: facts.dataCategories?.value ?? [],
      sensitiveData: facts.sensitiveData?.value ?? [],
      subjectCategories: facts.subjectCategories?.value ?? [],
      approxPersons: facts.approxPersons?.value ?? null,
      approxRecords: facts.approxRecords?.value ?? null,
      exactPersons: exact?.persons ?? null,
      exactRecords: exact?.records ?? null,
      personsBand: persons === null ? null : personCountBand(persons).openData,
      severityLevel: chosen.level,
      computedSeverityLevel: computed.level,
      severityOverrideReason: override?.reason ?? null,
      severityJustification: chosen.justification,
      ...decision,
      decisionLabel: REGISTER_DECISION_LABELS[decision.decision],
      suggestion,
      decisionHistory: cnilDecisions,
      personsDecision: personsDecisionOf(personsFiles.get(exposure.id)?.decision ?? null),
      personsSuggestion: `${art34Suggestion(chosen, computed)} — ${ART34_DECISION_AWAITED}.`,
      communication: facts.communicationStatus?.value ?? null,
      communicationAt: facts.communicationAt?.value ?? null,
      nonCommunicationJustification: facts.nonCommunicationJustification?.value ?? null,
      delayReasons: filings.flatMap((f) => (f.delayReasons ? [f.delayReasons] : [])),
      notifiedAt: first?.filedAt ?? null,
      cnilReference: first?.cnilReference ?? null,
      filings,
    };
  });
}
