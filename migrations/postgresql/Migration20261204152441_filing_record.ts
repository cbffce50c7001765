import { Migration } from '@mikro-orm/migrations';

export class Migration20261204152441_filing_record extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "notification" add column "filed_by" text null, add column "filing_recorded_at" timestamptz null, add column "dossier_snapshot" jsonb null, add column "dossier_snapshot_sha256" varchar(64) null;`);

    this.addSql(`alter table "filed_document" add column "superseded_pdf_sha256" varchar(64) null, add column "redrawn_at" timestamptz null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "filed_document" drop column "superseded_pdf_sha256", drop column "redrawn_at";`);

    this.addSql(`alter table "notification" drop column "filed_by", drop column "filing_recorded_at", drop column "dossier_snapshot", drop column "dossier_snapshot_sha256";`);
  }

}
