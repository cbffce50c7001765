import { Migration } from '@mikro-orm/migrations';

export class Migration20261204152439_filing_record extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table \`notification\` add column \`filed_by\` text null;`);
    this.addSql(`alter table \`notification\` add column \`filing_recorded_at\` datetime null;`);
    this.addSql(`alter table \`notification\` add column \`dossier_snapshot\` json null;`);
    this.addSql(`alter table \`notification\` add column \`dossier_snapshot_sha256\` text null;`);

    this.addSql(`alter table \`filed_document\` add column \`superseded_pdf_sha256\` text null;`);
    this.addSql(`alter table \`filed_document\` add column \`redrawn_at\` datetime null;`);
  }

}
