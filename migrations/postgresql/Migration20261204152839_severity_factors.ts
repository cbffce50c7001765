import { Migration } from '@mikro-orm/migrations';

export class Migration20261204152839_severity_factors extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "notification" add column "severity_factors" jsonb null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "notification" drop column "severity_factors";`);
  }

}
