import { Migration } from '@mikro-orm/migrations';

export class Migration20261128195000_severity_override extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "notification" add column "severity_override" jsonb null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "notification" drop column "severity_override";`);
  }

}
