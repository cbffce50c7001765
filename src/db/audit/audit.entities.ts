import { DateTimeType, Entity, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * A link of an append-only hash chain (art. 33(5): document everything). Each event names who
 * changed what, with hashes of the row before and after, and is chained to the previous event of its
 * chain by its hash, so an edited, deleted, inserted or reordered event breaks the chain. `seq` is
 * assigned by the writer, not the database, so a gap is visible too.
 */
abstract class ChainedEvent {
  @PrimaryKey({ autoincrement: false }) seq!: number;
  @Property({ type: DateTimeType }) at!: Date;
  @Property() actor!: string;
  @Property({ nullable: true }) organizationId?: string;
  /** CREATE, UPDATE or DELETE of an entity; READ for audited reads (downloads, exports). */
  @Property() action!: string;
  @Property() entityType!: string;
  @Property() entityId!: string;
  @Property({ length: 64, nullable: true }) beforeHash?: string;
  @Property({ length: 64, nullable: true }) afterHash?: string;
  @Property({ length: 64 }) prevHash!: string;
  @Property({ length: 64 }) hash!: string;
}

/** The main chain: every audited change but the download records (AuditHead 1). */
@Entity()
export class AuditEvent extends ChainedEvent {}

/**
 * The downloads chain: the records of PDFs handed out (IssuedDocument, AuditHead 2), on a chain and
 * a lock of their own so that a download never waits for, nor holds up, the writers of the main one.
 */
@Entity()
export class DownloadAuditEvent extends ChainedEvent {}

/** A chain's last link, written with it: removing the newest events shows as a mismatch here. */
@Entity()
export class AuditHead {
  @PrimaryKey({ autoincrement: false }) id: number = 1;
  @Property() seq!: number;
  @Property({ length: 64 }) hash!: string;
}
