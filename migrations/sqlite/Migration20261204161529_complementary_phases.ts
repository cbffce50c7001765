import { Migration } from '@mikro-orm/migrations';

export class Migration20261204161529_complementary_phases extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table \`notification\` add column \`rank\` integer null;`);
    this.addSql(`alter table \`notification\` add column \`final\` integer not null default false;`);
    this.addSql(`alter table \`notification\` add column \`complementary_follow_up_at\` datetime null;`);
    this.addSql(`alter table \`notification\` add column \`missing_item_reasons\` json null;`);
    this.addSql(`alter table \`notification\` add column \`after_final_reason\` text null;`);
  }

}
