import { Migration } from '@mikro-orm/migrations';

export class Migration20261204092619_completed_batch_unique extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create unique index "ingest_batch_completed_sha256_unique" on "ingest_batch" ("incident_id", "source_organization_id", "sha256") where "status" = 'COMPLETED';`);
  }

  override async down(): Promise<void> {
    // An index, not a constraint: the generator would drop a constraint that does not exist.
    this.addSql(`drop index "ingest_batch_completed_sha256_unique";`);
  }

}
