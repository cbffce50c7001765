import { BlobType, Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * Pseudonymous persons, as sets the ingest merges into with plain SQL (see bulk-writer.ts). No
 * clear NIR anywhere: a subject is the HMAC-SHA-256 of its normalised NIR and birth rank, under a
 * key kept outside the database. The entities exist so the migrator creates and checks the tables;
 * the ORM never loads them row by row.
 *
 * Each membership table answers "was this person already counted in this scope?" by a primary-key
 * lookup, so merging a batch costs in proportion to the batch, and counts are read from SubjectCount
 * without ever counting distinct rows.
 */

/** Rows of a batch in flight: pseudonymised, validated, not yet counted. */
@Entity()
export class SubjectStaging {
  @PrimaryKey({ type: 'uuid' }) batchId!: string;
  @PrimaryKey() line!: number;
  @Property({ type: BlobType }) subject!: Buffer;
  @Property({ type: 'uuid' }) controllerId!: string;
  @Property() minor!: boolean;
}

/** A person as listed by one source for one controller's exposure to one incident. */
@Entity()
export class SubjectListing {
  @PrimaryKey({ type: 'uuid' }) incidentId!: string;
  @PrimaryKey({ type: 'uuid' }) controllerId!: string;
  @PrimaryKey({ type: BlobType }) subject!: Buffer;
  @PrimaryKey({ type: 'uuid' }) sourceId!: string;
}

/** A person exposed by an incident, whichever controller or source listed it. */
@Entity()
export class IncidentSubject {
  @PrimaryKey({ type: 'uuid' }) incidentId!: string;
  @PrimaryKey({ type: BlobType }) subject!: Buffer;
}

/** A person of a controller exposed by any incident: one count across both operators. */
@Entity()
export class ControllerSubject {
  @PrimaryKey({ type: 'uuid' }) controllerId!: string;
  @PrimaryKey({ type: BlobType }) subject!: Buffer;
}

/** A person exposed by any incident, for any controller. */
@Entity()
export class Subject {
  @PrimaryKey({ type: BlobType }) subject!: Buffer;
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
