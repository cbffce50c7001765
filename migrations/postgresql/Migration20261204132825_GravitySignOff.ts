import { Migration } from '@mikro-orm/migrations';

export class Migration20261204132825_GravitySignOff extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "notification" add column "gravity_signed_off_by" text null, add column "gravity_signed_off_at" timestamptz null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "notification" drop column "gravity_signed_off_by", drop column "gravity_signed_off_at";`);
  }

}
