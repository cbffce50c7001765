import { DateTimeType, Entity, Index, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { DORA_CATEGORY, type DoraCategory, type EntityFactsData, NIS2_STATUS, type Nis2Status } from '../cnil/entity-tests';
import { BaseEntity } from '../db/base.entity';
import { Organization } from './organization.entity';

/**
 * What an organisation is, for the DORA and NIS 2 entity tests (src/cnil/entity-tests.ts): each
 * group of facts with its reason, recorded by a named person, never inferred from the sector
 * string. Rows are never changed: a new record is a new row holding the whole set, the latest
 * stands and the earlier ones stay as its history.
 */
@Entity()
@Index({ properties: ['organization', 'recordedAt'] })
@ObjectType('EntityFacts', { description: 'The facts that decide whether DORA and NIS 2 bind an organisation, each with its reason.' })
export class OrganizationEntityFacts extends BaseEntity implements EntityFactsData {
  @ManyToOne(() => Organization, { ref: true })
  organization!: Ref<Organization>;

  @Field(() => DORA_CATEGORY, {
    nullable: true,
    description: 'DORA category (article 2, paragraphe 1), or MUTUELLE_LIVRE_III / NOT_A_FINANCIAL_ENTITY.',
  })
  @Property({ type: 'string', nullable: true })
  doraCategory: DoraCategory | null = null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'A small undertaking referred to in Solvency II article 4 (excluded by DORA article 2(3)(b)).',
  })
  @Property({ type: 'boolean', nullable: true, fieldName: 'solvency2_small_undertaking' })
  solvency2SmallUndertaking: boolean | null = null;

  @Field(() => String, { nullable: true, description: 'Why the DORA category applies; null when none was recorded.' })
  @Property({ type: 'text', nullable: true })
  doraReason: string | null = null;

  @Field(() => Boolean, { nullable: true, description: 'Systemic: the weekend and holiday noon rule does not apply to it.' })
  @Property({ type: 'boolean', nullable: true })
  doraSystemic: boolean | null = null;

  @Field(() => String, { nullable: true, description: 'Why the entity is or is not systemic; null when doraSystemic is null.' })
  @Property({ type: 'text', nullable: true })
  doraSystemicReason: string | null = null;

  @Field(() => NIS2_STATUS, { nullable: true, description: 'The NIS 2 status (article 3).' })
  @Property({ type: 'string', nullable: true, fieldName: 'nis2_status' })
  nis2Status: Nis2Status | null = null;

  @Field(() => String, { nullable: true, description: 'Annex and sector of NIS 2 the status rests on.' })
  @Property({ type: 'text', nullable: true, fieldName: 'nis2_sector' })
  nis2Sector: string | null = null;

  @Field(() => String, { nullable: true, description: 'Size or designation reason (NIS 2, articles 2 and 3).' })
  @Property({ type: 'text', nullable: true, fieldName: 'nis2_reason' })
  nis2Reason: string | null = null;

  @Field(() => Boolean, { nullable: true, description: 'Designated operator of essential services under loi n° 2018-133 (NIS 1).' })
  @Property({ type: 'boolean', nullable: true, fieldName: 'nis1_designated' })
  nis1Designated: boolean | null = null;

  @Field(() => String, {
    nullable: true,
    description: 'The reference of the NIS 1 designation; null when none was given (required when nis1Designated is true).',
  })
  @Property({ type: 'text', nullable: true, fieldName: 'nis1_reason' })
  nis1Reason: string | null = null;

  @Field({ description: 'Who recorded them: the subject of the token.' }) @Property() recordedBy!: string;

  @Field({ description: 'When this set was recorded (ISO 8601, UTC); the latest set stands.' })
  @Property({ type: DateTimeType })
  recordedAt!: Date;
}
