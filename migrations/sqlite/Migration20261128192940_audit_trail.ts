import { Migration } from '@mikro-orm/migrations';

export class Migration20261128192940_audit_trail extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`audit_event\` (\`seq\` integer not null, \`at\` datetime not null, \`actor\` text not null, \`organization_id\` text null, \`action\` text not null, \`entity_type\` text not null, \`entity_id\` text not null, \`before_hash\` text null, \`after_hash\` text null, \`prev_hash\` text not null, \`hash\` text not null, primary key (\`seq\`));`);

    this.addSql(`create table \`audit_head\` (\`id\` integer not null default 1, \`seq\` integer not null, \`hash\` text not null, primary key (\`id\`));`);
  }

}
