import { Migration } from '@mikro-orm/migrations';

export class Migration20261204092659_open_complementary extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table \`notification\` add column \`open_complementary_of\` text null;`);
    this.addSql(`create unique index \`notification_open_complementary_of_unique\` on \`notification\` (\`open_complementary_of\`);`);

    // Existing open complementary drafts: the newest of each filed notification takes the place
    // (older duplicates, made before this constraint, stay as they are, without it).
    this.addSql(`update \`notification\` set \`open_complementary_of\` = \`initial_id\` where \`type\` = 'COMPLEMENTARY' and \`status\` <> 'FILED' and \`id\` = (select n2.\`id\` from \`notification\` n2 where n2.\`initial_id\` = \`notification\`.\`initial_id\` and n2.\`type\` = 'COMPLEMENTARY' and n2.\`status\` <> 'FILED' order by n2.\`id\` desc limit 1);`);
  }

}
