import { Migration } from '@mikro-orm/migrations';

export class Migration20261204212039_download_audit_chain extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`download_audit_event\` (\`seq\` integer not null, \`at\` datetime not null, \`actor\` text not null, \`organization_id\` text null, \`action\` text not null, \`entity_type\` text not null, \`entity_id\` text not null, \`before_hash\` text null, \`after_hash\` text null, \`prev_hash\` text not null, \`hash\` text not null, primary key (\`seq\`));`);
  }

}
