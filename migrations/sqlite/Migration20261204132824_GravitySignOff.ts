import { Migration } from '@mikro-orm/migrations';

export class Migration20261204132824_GravitySignOff extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table \`notification\` add column \`gravity_signed_off_by\` text null;`);
    this.addSql(`alter table \`notification\` add column \`gravity_signed_off_at\` datetime null;`);
  }

}
