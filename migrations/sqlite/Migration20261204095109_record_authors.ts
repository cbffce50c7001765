import { Migration } from '@mikro-orm/migrations';

export class Migration20261204095109_record_authors extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table \`incident\` add column \`recorded_by\` json not null default '{}';`);

    this.addSql(`alter table \`exposure\` add column \`recorded_by\` json not null default '{}';`);
  }

}
