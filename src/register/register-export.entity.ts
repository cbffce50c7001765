import { Entity, Index, Property } from '@mikro-orm/core';
import { BaseEntity } from '../db/base.entity';

/** The full register as CSV, its notified rows in the CNIL open-data schema, or the dated PDF. */
export type RegisterExportFormat = 'CSV' | 'OPEN_DATA_CSV' | 'PDF';

/**
 * One register (art. 33(5)) handed out as a file: who got it and which bytes, by their sha256. The
 * register lists every breach of the organisation, so each copy that leaves the gateway is in the
 * audit trail like any change, and a copy found later can be traced by its hash.
 */
@Entity()
export class RegisterExport extends BaseEntity<'format'> {
  @Property()
  issuedTo!: string;

  @Property()
  organizationId!: string;

  @Index()
  @Property({ length: 64 })
  sha256!: string;

  /** Exports recorded before the PDF and the open-data file existed were all the full CSV. */
  @Property({ type: 'string', default: 'CSV' })
  format: RegisterExportFormat = 'CSV';

  /** Register entries in the file, the header line not counted. */
  @Property()
  rows!: number;

  @Property()
  byteSize!: number;
}
