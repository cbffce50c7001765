import { flush } from '../db/unit-of-work';
import type { ServiceContext } from '../auth/context';
import { canonicalHash, sha256Hex } from '../lib/canonical-json';
import { Organization } from '../organizations/organization.entity';
import type { DocumentRenderer } from '../pdf/renderer';
import { type RegisterEntry, registerEntries } from './register';
import { openDataCsv, registerCsv } from './register-csv';
import { registerContent } from './register-document';
import { RegisterExport, type RegisterExportFormat } from './register-export.entity';

export interface RegisterFile {
  bytes: Buffer;
  sha256: string;
  rows: number;
}

/** The register as a file for the viewer (full CSV, CNIL open-data CSV or dated PDF), recorded before it is handed out. */
export class RegisterExportService {
  constructor(private readonly ctx: ServiceContext) {}

  exportCsv(): Promise<RegisterFile> {
    return this.export('CSV', async (entries) => ({ bytes: Buffer.from(registerCsv(entries), 'utf8'), rows: entries.length }));
  }

  /** One row per filed notification, in the CNIL's open-data schema. */
  exportOpenData(): Promise<RegisterFile> {
    return this.export('OPEN_DATA_CSV', async (entries) => {
      const { text, rows } = openDataCsv(entries);
      return { bytes: Buffer.from(text, 'utf8'), rows };
    });
  }

  /** The register as a dated audit document, drawn by the shared renderer from its content contract. */
  exportPdf(renderer: DocumentRenderer): Promise<RegisterFile> {
    return this.export('PDF', async (entries) => {
      const { em, viewer, clock } = this.ctx;
      const organization = viewer.isAdmin ? null : await em.findOne(Organization, viewer.organizationId);
      const content = registerContent(
        entries,
        clock.now(),
        organization ? { name: organization.legalName, siren: organization.siren ?? null } : { name: 'Tous les organismes', siren: null },
      );
      const pdf = await renderer.render({ kind: 'REGISTER', content }, canonicalHash(content));
      return { bytes: pdf.bytes, rows: entries.length };
    });
  }

  /**
   * The exact bytes to send and their record, flushed with its audit event in one transaction:
   * if the record cannot be written, nothing is sent.
   */
  private async export(format: RegisterExportFormat, build: (entries: RegisterEntry[]) => Promise<{ bytes: Buffer; rows: number }>) {
    const { em, viewer } = this.ctx;
    const { bytes, rows } = await build(await registerEntries(this.ctx));
    const file = { bytes, sha256: sha256Hex(bytes), rows };
    em.create(RegisterExport, {
      issuedTo: viewer.subject,
      organizationId: viewer.organizationId,
      format,
      sha256: file.sha256,
      rows: file.rows,
      byteSize: bytes.length,
    });
    await flush(this.ctx);
    return file;
  }
}
