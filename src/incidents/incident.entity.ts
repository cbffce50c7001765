import { Collection, Entity, Index, ManyToOne, OneToMany, Property, type Ref, DateTimeType } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { BREACH_NATURE, DATE_PRECISION, INCIDENT_CAUSE, INCIDENT_ORIGIN } from '../cnil/enums';
import { FACT_CATALOGUE, type FactColumnMismatches, type IncidentFactValues, type NoMismatch } from '../cnil/fact-catalogue';
import type { BreachNature, DatePrecision, IncidentCause, IncidentOrigin } from '../cnil/vocabulary';
import { BaseEntity } from '../db/base.entity';
import { Node } from '../db/node';
import type { RecordAuthors } from './record-authors';
import { Organization } from '../organizations/organization.entity';
import type { Exposure } from './exposure.entity';

/**
 * The event where it happened: at a processor serving many controllers, or at a controller itself.
 * What each affected controller knows and must file lives in its Exposure.
 */
// Serves the processor's scoped, id-ordered listing (PostgreSQL does not index foreign keys itself).
@Entity()
@Index({ properties: ['sourceOrganization', 'id'] })
@ObjectType({ implements: Node, description: 'A security incident at its source organisation (form sections 6, 7 and 9).' })
export class Incident extends BaseEntity<'startPrecision' | 'ongoing' | 'natures' | 'origins' | 'causes' | 'recordedBy'> {
  @Field({ description: 'A short title naming the incident in lists and in the register.' })
  @Property()
  title!: string;

  /** Resolved through a loader; see IncidentResolver. */
  @ManyToOne(() => Organization, { ref: true })
  sourceOrganization!: Ref<Organization>;

  @Field(() => DATE_PRECISION.values, { description: FACT_CATALOGUE.startPrecision.description })
  @Property({ type: 'string' })
  startPrecision: DatePrecision = 'UNKNOWN';

  @Field({ nullable: true, description: FACT_CATALOGUE.startAt.description })
  @Property({ type: DateTimeType, nullable: true })
  startAt?: Date;

  @Field({ nullable: true, description: FACT_CATALOGUE.endAt.description })
  @Property({ type: DateTimeType, nullable: true })
  endAt?: Date;

  @Field({ description: FACT_CATALOGUE.ongoing.description })
  @Property()
  ongoing: boolean = false;

  @Field({ nullable: true, description: FACT_CATALOGUE.detectedAt.description })
  @Property({ type: DateTimeType, nullable: true })
  detectedAt?: Date;

  @Field({ nullable: true, description: FACT_CATALOGUE.datesComment.description })
  @Property({ type: 'text', nullable: true })
  datesComment?: string;

  @Field(() => [BREACH_NATURE.values], { description: FACT_CATALOGUE.natures.description })
  @Property({ type: 'json' })
  natures: BreachNature[] = [];

  @Field(() => [INCIDENT_ORIGIN.values], { description: FACT_CATALOGUE.origins.description })
  @Property({ type: 'json' })
  origins: IncidentOrigin[] = [];

  @Field({ nullable: true, description: FACT_CATALOGUE.originsOther.description })
  @Property({ type: 'text', nullable: true })
  originsOther?: string;

  @Field(() => [INCIDENT_CAUSE.values], { description: FACT_CATALOGUE.causes.description })
  @Property({ type: 'json' })
  causes: IncidentCause[] = [];

  @Field({ nullable: true, description: FACT_CATALOGUE.causesOther.description })
  @Property({ type: 'text', nullable: true })
  causesOther?: string;

  @Field({ nullable: true, description: FACT_CATALOGUE.attackVector.description })
  @Property({ type: 'text', nullable: true })
  attackVector?: string;

  @Field({ nullable: true, description: FACT_CATALOGUE.affectedSystem.description })
  @Property({ type: 'text', nullable: true })
  affectedSystem?: string;

  @Field({ nullable: true, description: FACT_CATALOGUE.description.description })
  @Property({ type: 'text', nullable: true })
  description?: string;

  @Field({ nullable: true, description: FACT_CATALOGUE.discoveryCircumstances.description })
  @Property({ type: 'text', nullable: true })
  discoveryCircumstances?: string;

  @Field({ nullable: true, description: FACT_CATALOGUE.priorSecurityMeasures.description })
  @Property({ type: 'text', nullable: true })
  priorSecurityMeasures?: string;

  @OneToMany('Exposure', 'incident')
  exposures = new Collection<Exposure>(this);

  /**
   * Who last set each fact field of this record, and when: the RECORD source of the unified facts.
   * Rows older than this column start with `{}` (nobody named).
   */
  @Property({ type: 'json', defaultRaw: `'{}'` })
  recordedBy: RecordAuthors = {};
}

/** Compile-time check: every incident fact of the catalogue is a column, of the catalogue's type. */
export type IncidentFactColumns = NoMismatch<FactColumnMismatches<Incident, IncidentFactValues>>;
