import { flush } from '../db/unit-of-work';
import type { ServiceContext } from '../auth/context';
import { sha256Hex } from '../lib/canonical-json';
import { registerCsv, registerEntries } from './register';
import { RegisterExport } from './register-export.entity';

export interface RegisterCsvFile {
  bytes: Buffer;
  sha256: string;
  rows: number;
}

/** The register as a CSV file for the viewer, recorded before it is handed out. */
export class RegisterExportService {
  constructor(private readonly ctx: ServiceContext) {}

  /**
   * The exact bytes to send and their record, flushed with its audit event in one transaction:
   * if the record cannot be written, nothing is sent.
   */
  async exportCsv(): Promise<RegisterCsvFile> {
    const { em, viewer } = this.ctx;
    const entries = await registerEntries(this.ctx);
    const bytes = Buffer.from(registerCsv(entries), 'utf8');
    const file = { bytes, sha256: sha256Hex(bytes), rows: entries.length };
    em.create(RegisterExport, {
      issuedTo: viewer.subject,
      organizationId: viewer.organizationId,
      sha256: file.sha256,
      rows: file.rows,
      byteSize: bytes.length,
    });
    await flush(this.ctx);
    return file;
  }
}
