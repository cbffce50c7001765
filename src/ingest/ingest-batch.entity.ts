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

registerEnumType(BatchStatus, { name: 'BatchStatus' });
registerEnumType(OnError, { name: 'OnError', description: 'What an invalid row does to its batch.' });

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

  @Field() @Property() submittedBySubject!: string;
  @Field() @Property() fileName!: string;

  @Field(() => String, { nullable: true, description: 'sha256 of the bytes received; known once the file is read.' })
  @Property({ length: 64, nullable: true })
  sha256?: string;

  @Field() @Property() profile!: string;
  @Field(() => OnError) @Property({ type: 'string' }) onError!: OnError;
  @Field(() => BatchStatus) @Property({ type: 'string' }) status!: BatchStatus;

  @Field(() => Int) @Property() rowsRead: number = 0;
  @Field(() => Int) @Property() rowsAccepted: number = 0;
  @Field(() => Int) @Property() rowsRejected: number = 0;

  @Field(() => GraphQLJSON, { nullable: true })
  @Property({ type: 'json', nullable: true })
  errorSummary?: BatchErrorSummary;

  @Field() @Property({ type: DateTimeType }) startedAt!: Date;
  @Field(() => Date, { nullable: true }) @Property({ type: DateTimeType, nullable: true }) finishedAt?: Date;
}
