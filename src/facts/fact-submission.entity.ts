import { DateTimeType, Entity, Index, ManyToOne, Property, type Ref, Unique } from '@mikro-orm/core';
import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { BaseEntity } from '../db/base.entity';
import { Node } from '../db/node';
import { Exposure } from '../incidents/exposure.entity';
import { Incident } from '../incidents/incident.entity';
import { Organization } from '../organizations/organization.entity';

/** Who the facts come from. RECORD is not submitted: it names the incident's or exposure's own fields. */
export enum FactSourceType {
  CONTROLLER_ASSESSMENT = 'CONTROLLER_ASSESSMENT',
  FORENSIC_REPORT = 'FORENSIC_REPORT',
  PROCESSOR_NOTICE = 'PROCESSOR_NOTICE',
  PUBLIC_STATEMENT = 'PUBLIC_STATEMENT',
  RECORD = 'RECORD',
}

export enum FactConfidence {
  CONFIRMED = 'CONFIRMED',
  REPORTED = 'REPORTED',
  ESTIMATED = 'ESTIMATED',
}

registerEnumType(FactSourceType, {
  name: 'FactSourceType',
  description: 'Where a fact comes from; at equal confidence the unified facts prefer them in this order.',
  valuesConfig: {
    CONTROLLER_ASSESSMENT: {
      description: "The exposure's controller's own assessment; only that controller (or an admin) may submit one.",
    },
    FORENSIC_REPORT: { description: 'A forensic or incident-response report.' },
    PROCESSOR_NOTICE: {
      description: "The processor's notice (art. 33(2)); only the incident's source organisation (or an admin) may submit one.",
    },
    PUBLIC_STATEMENT: { description: 'A public statement, press release or other second-hand source.' },
    RECORD: { description: "The incident's or exposure's own fields, not a submission; it cannot be submitted." },
  },
});
registerEnumType(FactConfidence, {
  name: 'FactConfidence',
  description: 'How sure its source is of it; the unified facts prefer the more confident.',
  valuesConfig: {
    CONFIRMED: { description: 'Established, e.g. checked in the logs or the data itself.' },
    REPORTED: { description: 'Stated by the source but not yet checked.' },
    ESTIMATED: { description: 'An estimate, e.g. an approximate count or date.' },
  },
});

/** Facts as submitted: plain JSON, dates as ISO strings, only the fields the source stated. */
export type FactValues = Record<string, unknown>;

/**
 * One submission of breach facts, kept exactly as received (who, when, what): append-only, never
 * updated. The unified view of an exposure is derived from these; see unify.ts.
 */
@Entity()
@Unique({ properties: ['submittedBy', 'idempotencyKey'] })
@Index({ properties: ['incident', 'exposure'] })
@ObjectType({ implements: Node, description: 'Breach facts as one source submitted them, unchanged.' })
export class FactSubmission extends BaseEntity {
  @ManyToOne(() => Incident, { ref: true })
  incident!: Ref<Incident>;

  /** Null for incident-level facts from the incident's source, which apply to every exposure. */
  @ManyToOne(() => Exposure, { ref: true, nullable: true })
  exposure?: Ref<Exposure>;

  @ManyToOne(() => Organization, { ref: true })
  submittedBy!: Ref<Organization>;

  @Field({ description: 'The person who submitted (token subject).' })
  @Property()
  submittedBySubject!: string;

  @Field(() => FactSourceType, { description: 'Where the facts come from.' })
  @Property({ type: 'string' })
  sourceType!: FactSourceType;

  @Field(() => FactConfidence, { description: 'How sure the source is of the facts.' })
  @Property({ type: 'string' })
  confidence!: FactConfidence;

  @Field(() => String, { nullable: true, description: "The source's own reference (report number, notice id…)." })
  @Property({ type: 'text', nullable: true })
  reference?: string;

  @Field({ description: 'Chosen by the submitter; replaying it with the same payload changes nothing.' })
  @Property()
  idempotencyKey!: string;

  @Field({ description: 'sha256 of the canonical JSON of the submission.' })
  @Property({ length: 64 })
  payloadHash!: string;

  @Field(() => GraphQLJSONObject, {
    description: 'Incident-level facts stated, by field, as JSON.',
    deprecationReason: 'Read statedIncidentFacts instead; removed in 0.3.0.',
  })
  @Property({ type: 'json' })
  incidentFacts: FactValues = {};

  @Field(() => GraphQLJSONObject, {
    description: 'Exposure-level facts stated, by field, as JSON.',
    deprecationReason: 'Read statedExposureFacts instead; removed in 0.3.0.',
  })
  @Property({ type: 'json' })
  exposureFacts: FactValues = {};

  @Field({ description: 'When the gateway received the submission (ISO 8601, UTC).' })
  @Property({ type: DateTimeType })
  submittedAt!: Date;
}
