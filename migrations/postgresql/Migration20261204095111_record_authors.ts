import { Migration } from '@mikro-orm/migrations';

export class Migration20261204095111_record_authors extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "incident" add column "recorded_by" jsonb not null default '{}';`);

    this.addSql(`alter table "exposure" add column "recorded_by" jsonb not null default '{}';`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "exposure" drop column "recorded_by";`);

    this.addSql(`alter table "incident" drop column "recorded_by";`);
  }

}
