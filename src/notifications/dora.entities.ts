import { DateTimeType, Entity, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../db/base.entity';
import { codeEnum } from '../lib/code-enum';
import { Exposure } from '../incidents/exposure.entity';

/** The classification criteria of Delegated Regulation (EU) 2024/1772 (articles 1 to 7), in French with their article. */
export const DORA_CRITERIA = {
  CLIENTS_AFFECTED: 'Clients, contreparties financières et transactions touchés (règlement délégué (UE) 2024/1772, article 1)',
  REPUTATIONAL_IMPACT: 'Incidence sur la réputation (article 2)',
  DURATION: 'Durée de l’incident et de l’indisponibilité du service (article 3)',
  GEOGRAPHICAL_SPREAD: 'Étendue géographique (article 4)',
  DATA_LOSSES: 'Pertes de données (article 5)',
  CRITICAL_SERVICES: 'Services critiques touchés (article 6)',
  ECONOMIC_IMPACT: 'Incidence économique (article 7)',
} as const;

export const DORA_CRITERION = codeEnum(
  'DoraCriterion',
  'A classification criterion of Delegated Regulation (EU) 2024/1772 (articles 1 to 7).',
  DORA_CRITERIA,
);
export type DoraCriterion = keyof typeof DORA_CRITERION;

@ObjectType('DoraCriterionMet', { description: 'A criterion of Delegated Regulation (EU) 2024/1772 met, with its value.' })
export class DoraCriterionMet {
  @Field(() => DORA_CRITERION, { description: 'The criterion met.' }) criterion!: DoraCriterion;
  @Field({ description: 'The value observed, e.g. « 12 % des clients », « 5 h d’indisponibilité ».' }) value!: string;
}

/**
 * A financial entity's decision classifying one exposure's incident as major or not (DORA,
 * article 18; Delegated Regulation (EU) 2024/1772), with the criteria met, the classification
 * instant and who classified. Never changed: a reclassification is a new row, the latest stands.
 */
@Entity()
@ObjectType({
  description: 'The classification of an incident as major or not under DORA (article 18), as the financial entity decided it.',
})
export class DoraClassification extends BaseEntity {
  @ManyToOne(() => Exposure, { ref: true })
  exposure!: Ref<Exposure>;

  @Field({ description: 'Classified as a major ICT-related incident (true), which triggers the reports to the ACPR, or not (false).' })
  @Property()
  major!: boolean;

  @Field(() => [DoraCriterionMet], { description: 'The criteria of Delegated Regulation (EU) 2024/1772 met, with their values.' })
  @Property({ type: 'json' })
  criteria!: DoraCriterionMet[];

  @Field({
    description: 'When the entity classified the incident, ISO 8601 in UTC: the 4-hour clock of the initial notification runs from it.',
  })
  @Property({ type: DateTimeType })
  classifiedAt!: Date;

  @Field({ description: 'Who classified: the subject of the token that recorded it.' }) @Property() classifiedBy!: string;

  @Field({ description: 'Why the incident was classified so, as the entity recorded it.' }) @Property({ type: 'text' }) reason!: string;

  @Field({ description: 'Whether the incident affects the clients’ financial interests (article 19, paragraphe 3).' })
  @Property()
  clientsFinancialInterestsAffected!: boolean;
}

export const DORA_RECORD_KIND = codeEnum(
  'DoraRecordKind',
  'A DORA step taken: a report to the ACPR, a notice of late reporting, the clients informed.',
  {
    INITIAL: 'Notification initiale: the initial report to the ACPR (DORA, article 19).',
    INTERMEDIATE: 'Rapport intermédiaire: an intermediate report, the first or an updated one.',
    FINAL: 'Rapport final: the final report.',
    LATE_NOTICE: 'A notice of late reporting, with the reasons for the delay.',
    CLIENT_INFORMATION: 'The clients informed (DORA, article 19, paragraphe 3).',
  },
);
export type DoraRecordKind = keyof typeof DORA_RECORD_KIND;

/** The reports a notice of late reporting may concern. */
export const DORA_REPORT = codeEnum('DoraReport', 'A DORA report to the ACPR, as a notice of late reporting names it.', {
  INITIAL: 'The initial notification.',
  INTERMEDIATE: 'An intermediate report.',
  FINAL: 'The final report.',
});
export type DoraReport = keyof typeof DORA_REPORT;

/**
 * One DORA step actually taken for an exposure: a report submitted to the ACPR (every intermediate
 * report, the first and the updated ones), a notice of late reporting with its reasons, or the
 * information of the clients. Only recorded steps meet duties.
 */
@Entity()
@ObjectType({ description: 'A DORA report submitted, a notice of late reporting, or the clients informed, as recorded.' })
export class DoraRecord extends BaseEntity {
  @ManyToOne(() => Exposure, { ref: true })
  exposure!: Ref<Exposure>;

  @Field(() => DORA_RECORD_KIND, { description: 'Which step was taken.' })
  @Property({ type: 'string' })
  kind!: DoraRecordKind;

  @Field({ description: 'When it was submitted, sent or done, ISO 8601 in UTC.' }) @Property({ type: DateTimeType }) at!: Date;

  @Field(() => DORA_REPORT, { nullable: true, description: 'For a LATE_NOTICE: the report it concerns.' })
  @Property({ type: 'string', nullable: true })
  concerns: DoraReport | null = null;

  @Field(() => String, { nullable: true, description: 'For a LATE_NOTICE: the reasons given to the authority.' })
  @Property({ type: 'text', nullable: true })
  reasons: string | null = null;

  @Field(() => String, { nullable: true, description: 'The reference the authority gave, when any.' })
  @Property({ type: 'string', nullable: true })
  reference: string | null = null;

  @Field({ description: 'Who recorded the step: the subject of their token.' }) @Property() recordedBy!: string;
}
