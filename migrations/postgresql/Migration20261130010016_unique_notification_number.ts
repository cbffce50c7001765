import { Migration } from '@mikro-orm/migrations';

export class Migration20261130010016_unique_notification_number extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "notification" add constraint "notification_number_unique" unique ("number");`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "notification" drop constraint "notification_number_unique";`);
  }

}
