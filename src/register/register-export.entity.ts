import { Entity, Index, Property } from '@mikro-orm/core';
import { BaseEntity } from '../db/base.entity';

/**
 * One register (art. 33(5)) handed out as CSV: who got it and which bytes, by their sha256. The
 * register lists every breach of the organisation, so each copy that leaves the gateway is in the
 * audit trail like any change, and a copy found later can be traced by its hash.
 */
@Entity()
export class RegisterExport extends BaseEntity {
  @Property()
  issuedTo!: string;

  @Property()
  organizationId!: string;

  @Index()
  @Property({ length: 64 })
  sha256!: string;

  /** Register entries in the file, the header line not counted. */
  @Property()
  rows!: number;

  @Property()
  byteSize!: number;
}
