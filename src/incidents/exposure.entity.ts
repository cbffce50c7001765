import { Entity, Index, ManyToOne, Property, type Ref, Unique, DateTimeType } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import {
  COMMUNICATION_CHANNEL,
  COMMUNICATION_STATUS,
  CONSEQUENCE,
  DATA_CATEGORY,
  HARM,
  NON_COMMUNICATION_JUSTIFICATION,
  SENSITIVE_DATA,
  SUBJECT_CATEGORY,
} from '../cnil/enums';
import { FACT_CATALOGUE, type ExposureFactValues, type FactColumnMismatches, type NoMismatch } from '../cnil/fact-catalogue';
import type {
  CommunicationChannel,
  CommunicationStatus,
  Consequence,
  DataCategory,
  Harm,
  NonCommunicationJustification,
  SensitiveDataCategory,
  SubjectCategory,
} from '../cnil/vocabulary';
import { BaseEntity } from '../db/base.entity';
import { Node } from '../db/node';
import type { RecordAuthors } from './record-authors';
import { Organization } from '../organizations/organization.entity';
import { Incident } from './incident.entity';

type Defaulted =
  | 'recordedBy'
  | 'dataCategories'
  | 'sensitiveData'
  | 'exposedDataItems'
  | 'notExposedDataItems'
  | 'subjectCategories'
  | 'consequences'
  | 'harms'
  | 'communicationChannels';

/**
 * One incident as one controller lives it: its own awareness instant, data, persons and measures,
 * and later its own CNIL filing and 72-hour clock.
 */
// The unique key serves lookups by incident; this one serves a controller's own exposures.
@Entity()
@Index({ properties: ['controller', 'incident'] })
@Unique({ properties: ['incident', 'controller'] })
@ObjectType({ implements: Node, description: 'An incident as it affects one controller (form sections 5, 6, 8, 10 to 13).' })
export class Exposure extends BaseEntity<Defaulted> {
  @ManyToOne(() => Incident, { ref: true })
  incident!: Ref<Incident>;

  @ManyToOne(() => Organization, { ref: true })
  controller!: Ref<Organization>;

  @Field({ nullable: true, description: 'When the processor alerted this controller (art. 33(2)).' })
  @Property({ type: DateTimeType, nullable: true })
  processorAlertedAt?: Date;

  /** Stored only when the controller declared it; see `awareAt` on the GraphQL type. */
  @Property({ type: DateTimeType, nullable: true })
  declaredAwareAt?: Date;

  @Field(() => [DATA_CATEGORY.values], { description: FACT_CATALOGUE.dataCategories.description })
  @Property({ type: 'json' })
  dataCategories: DataCategory[] = [];

  @Field({ nullable: true, description: FACT_CATALOGUE.dataCategoriesOther.description })
  @Property({ type: 'text', nullable: true })
  dataCategoriesOther?: string;

  @Field(() => [SENSITIVE_DATA.values], { description: FACT_CATALOGUE.sensitiveData.description })
  @Property({ type: 'json' })
  sensitiveData: SensitiveDataCategory[] = [];

  @Field(() => [String], { description: FACT_CATALOGUE.exposedDataItems.description })
  @Property({ type: 'json' })
  exposedDataItems: string[] = [];

  @Field(() => [String], { description: FACT_CATALOGUE.notExposedDataItems.description })
  @Property({ type: 'json' })
  notExposedDataItems: string[] = [];

  @Field(() => [SUBJECT_CATEGORY.values], { description: FACT_CATALOGUE.subjectCategories.description })
  @Property({ type: 'json' })
  subjectCategories: SubjectCategory[] = [];

  @Field({ nullable: true, description: FACT_CATALOGUE.subjectCategoriesOther.description })
  @Property({ type: 'text', nullable: true })
  subjectCategoriesOther?: string;

  @Field(() => Int, { nullable: true, description: FACT_CATALOGUE.approxPersons.description })
  @Property({ type: 'integer', nullable: true })
  approxPersons?: number;

  @Field(() => Int, { nullable: true, description: FACT_CATALOGUE.approxRecords.description })
  @Property({ type: 'integer', nullable: true })
  approxRecords?: number;

  @Field(() => [CONSEQUENCE.values], { description: FACT_CATALOGUE.consequences.description })
  @Property({ type: 'json' })
  consequences: Consequence[] = [];

  @Field({ nullable: true, description: FACT_CATALOGUE.consequencesOther.description })
  @Property({ type: 'text', nullable: true })
  consequencesOther?: string;

  @Field(() => [HARM.values], { description: FACT_CATALOGUE.harms.description })
  @Property({ type: 'json' })
  harms: Harm[] = [];

  @Field({ nullable: true, description: FACT_CATALOGUE.harmsOther.description })
  @Property({ type: 'text', nullable: true })
  harmsOther?: string;

  @Field({ nullable: true, description: FACT_CATALOGUE.harmsDescription.description })
  @Property({ type: 'text', nullable: true })
  harmsDescription?: string;

  @Field({ nullable: true, description: FACT_CATALOGUE.measuresTaken.description })
  @Property({ type: 'text', nullable: true })
  measuresTaken?: string;

  @Field({ nullable: true, description: FACT_CATALOGUE.measuresPlanned.description })
  @Property({ type: 'text', nullable: true })
  measuresPlanned?: string;

  @Field(() => COMMUNICATION_STATUS.values, { nullable: true, description: FACT_CATALOGUE.communicationStatus.description })
  @Property({ type: 'string', nullable: true })
  communicationStatus?: CommunicationStatus;

  @Field(() => [COMMUNICATION_CHANNEL.values], { description: FACT_CATALOGUE.communicationChannels.description })
  @Property({ type: 'json' })
  communicationChannels: CommunicationChannel[] = [];

  @Field({ nullable: true, description: FACT_CATALOGUE.communicationAt.description })
  @Property({ type: DateTimeType, nullable: true })
  communicationAt?: Date;

  @Field(() => NON_COMMUNICATION_JUSTIFICATION.values, {
    nullable: true,
    description: FACT_CATALOGUE.nonCommunicationJustification.description,
  })
  @Property({ type: 'string', nullable: true })
  nonCommunicationJustification?: NonCommunicationJustification;

  @Field({ nullable: true, description: FACT_CATALOGUE.communicationDetails.description })
  @Property({ type: 'text', nullable: true })
  communicationDetails?: string;

  /**
   * Who last set each fact field of this record, and when: the RECORD source of the unified facts.
   * Rows older than this column start with `{}` (nobody named).
   */
  @Property({ type: 'json', defaultRaw: `'{}'` })
  recordedBy: RecordAuthors = {};

  /**
   * The controller's awareness instant (art. 33(1)): what it declared, or else, for a processor
   * incident, the instant the processor alerted it: the controller is aware once told.
   */
  @Field(() => Date, {
    nullable: true,
    description: "Prise de connaissance: the controller's declared awareness, else when the processor alerted it.",
  })
  get awareAt(): Date | undefined {
    return this.declaredAwareAt ?? this.processorAlertedAt;
  }
}

/**
 * Compile-time check: every exposure fact of the catalogue is a column, of the catalogue's type;
 * `awareAt` is kept as `declaredAwareAt` (the `awareAt` getter adds the processor's alert).
 */
export type ExposureFactColumns = NoMismatch<
  FactColumnMismatches<Omit<Exposure, 'awareAt'> & { awareAt: Exposure['declaredAwareAt'] }, ExposureFactValues>
>;
