import { BlobType, Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * Pseudonymous persons, merged into with plain SQL by the ingest (see bulk-writer.ts and the writer of each dialect). No clear NIR
 * anywhere: a subject is the HMAC-SHA-256 of its normalised NIR and birth rank, under a key kept
 * outside the database. The entities exist so the migrator creates and checks the tables; the ORM
 * never loads persons row by row.
 *
 * One row per person as listed by one source for one controller's exposure to one incident. The
 * subject leads the key: one index probe finds every listing of a person, and from those few rows
 * the merge tells whether the person is new to the listing, the exposure, the incident, the
 * controller and the whole gateway. Merging a batch thus costs in proportion to the batch, and
 * counts are read from SubjectCount, never counted over persons.
 */
@Entity()
export class SubjectListing {
  @PrimaryKey({ type: BlobType }) subject!: Buffer;
  @PrimaryKey({ type: 'uuid' }) incidentId!: string;
  @PrimaryKey({ type: 'uuid' }) controllerId!: string;
  @PrimaryKey({ type: 'uuid' }) sourceId!: string;
}

export type CountScope = 'LISTING' | 'EXPOSURE' | 'INCIDENT' | 'CONTROLLER' | 'GLOBAL';

/** Persons, records and minors per scope, maintained by each merge. */
@Entity()
@Index({ properties: ['incidentId', 'scope'] })
export class SubjectCount {
  /** `SCOPE:incident:controller:source`, with empty parts where the scope has none. */
  @PrimaryKey() scopeKey!: string;
  @Property({ type: 'string' }) scope!: CountScope;
  @Property({ type: 'uuid', nullable: true }) incidentId?: string;
  @Property({ type: 'uuid', nullable: true }) controllerId?: string;
  @Property({ type: 'uuid', nullable: true }) sourceId?: string;
  @Property({ type: 'bigint' }) persons!: string;
  @Property({ type: 'bigint' }) records!: string;
  @Property({ type: 'bigint' }) minors!: string;
}
