import { Migration } from '@mikro-orm/migrations';

export class Migration20261130010016_unique_notification_number extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create unique index \`notification_number_unique\` on \`notification\` (\`number\`);`);
  }

}
