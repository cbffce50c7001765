import { DateTimeType, Entity, Index, ManyToOne, Property, type Ref, Unique } from '@mikro-orm/core';
import { GraphQLJSON } from 'graphql-scalars';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { BaseEntity } from '../db/base.entity';
import { Node } from '../db/node';
import { Incident } from '../incidents/incident.entity';
import { Organization } from '../organizations/organization.entity';

export enum BatchStatus {
  /** Rows are being read and staged; nothing is counted yet. */
  STAGING = 'STAGING',
  /** Merged and counted, in the same transaction that set this status. */
  COMPLETED = 'COMPLETED',
  /** `--on-error reject` and some row was invalid: nothing was counted. */
  REJECTED = 'REJECTED',
  /** The same file was already completed for this incident and source: nothing to do. */
  DUPLICATE = 'DUPLICATE',
}

export enum OnError {
  REJECT = 'REJECT',
  QUARANTINE = 'QUARANTINE',
}

registerEnumType(BatchStatus, {
  name: 'BatchStatus',
  description: 'Where an ingest batch stands; only COMPLETED counts its persons.',
  valuesConfig: {
    STAGING: { description: 'Rows are being read and staged; nothing is counted yet.' },
    COMPLETED: { description: 'Merged and counted, in the same transaction that set this status.' },
    REJECTED: { description: 'Nothing was counted: some row was invalid under REJECT, or the ingest stopped before completing.' },
    DUPLICATE: { description: 'The same file was already completed for this incident and source: nothing to do.' },
  },
});
registerEnumType(OnError, {
  name: 'OnError',
  description: 'What an invalid row does to its batch.',
  valuesConfig: {
    REJECT: { description: 'Any invalid row rejects the whole batch: nothing is counted.' },
    QUARANTINE: { description: 'Invalid rows are set aside and reported; the valid ones are counted.' },
  },
});

/** Masked, located row problems kept with the batch; the full list goes to the error report. */
export interface BatchErrorSummary {
  total: number;
  byField: Record<string, number>;
  /** The first problems, with file, line, field and a reason that never holds a NIR in clear. */
  first: { file: string; line: number; field: string; reason: string }[];
}

/** One affected-person file as ingested: what it was, how it went, what it counted. */
@Entity()
@Index({ properties: ['incident', 'sourceOrganization', 'sha256'] })
// One file counts once per incident and source, whatever arrives concurrently: the database itself
// refuses a second COMPLETED batch of the same bytes (the writers check first, under a lock).
@Unique({
  name: 'ingest_batch_completed_sha256_unique',
  expression: `create unique index "ingest_batch_completed_sha256_unique" on "ingest_batch" ("incident_id", "source_organization_id", "sha256") where "status" = 'COMPLETED'`,
})
@ObjectType({ implements: Node, description: 'One affected-person list as ingested.' })
export class IngestBatch extends BaseEntity<'rowsRead' | 'rowsAccepted' | 'rowsRejected'> {
  @ManyToOne(() => Incident, { ref: true })
  incident!: Ref<Incident>;

  @ManyToOne(() => Organization, { ref: true })
  sourceOrganization!: Ref<Organization>;

  @Field({ description: 'The person who sent the list (token subject).' }) @Property() submittedBySubject!: string;
  @Field({ description: 'The file name as sent; shown in error reports only.' }) @Property() fileName!: string;

  @Field(() => String, { nullable: true, description: 'sha256 of the bytes received; known once the file is read.' })
  @Property({ length: 64, nullable: true })
  sha256?: string;

  @Field({ description: 'The name of the file layout read (e.g. canonical-jsonl); see src/ingest/profiles.ts.' })
  @Property()
  profile!: string;
  @Field(() => OnError, { description: 'What an invalid row does to this batch.' }) @Property({ type: 'string' }) onError!: OnError;
  @Field(() => BatchStatus, { description: 'Where the batch stands.' }) @Property({ type: 'string' }) status!: BatchStatus;

  @Field(() => Int, { description: 'Data rows read from the file.' }) @Property() rowsRead: number = 0;
  @Field(() => Int, { description: 'Rows counted; 0 unless the batch is COMPLETED.' }) @Property() rowsAccepted: number = 0;
  @Field(() => Int, { description: 'Invalid rows, quarantined or causing the rejection.' }) @Property() rowsRejected: number = 0;

  @Field(() => GraphQLJSON, {
    nullable: true,
    description:
      'Row problems as JSON: total, count by field, and the first ones with file, line, field and a reason (no NIR in clear); null without any.',
    deprecationReason: 'Read errors instead; removed in 0.3.0.',
  })
  @Property({ type: 'json', nullable: true })
  errorSummary?: BatchErrorSummary;

  @Field({ description: 'When the ingest started (ISO 8601, UTC).' }) @Property({ type: DateTimeType }) startedAt!: Date;
  @Field(() => Date, { nullable: true, description: 'When the batch left STAGING (ISO 8601, UTC); null while staging.' })
  @Property({ type: DateTimeType, nullable: true })
  finishedAt?: Date;
}
