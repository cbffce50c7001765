import { Migration } from '@mikro-orm/migrations';

export class Migration20261204152837_severity_factors extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table \`notification\` add column \`severity_factors\` json null;`);
  }

}
