import { Migration } from '@mikro-orm/migrations';

export class Migration20261128194959_severity_override extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table \`notification\` add column \`severity_override\` json null;`);
  }

}
