import { Migration } from '@mikro-orm/migrations';

export class Migration20261204222235_derived_state extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`notification_state\` (\`id\` text not null, \`computed_at\` datetime not null, \`valid_until\` datetime null, \`content_sha256\` text not null, \`completeness\` json not null, \`severity\` json null, \`severity_inputs\` json not null, \`obligations\` json not null, \`content\` json null, \`letters\` json not null, primary key (\`id\`));`);
    this.addSql(`create index \`notification_state_valid_until_index\` on \`notification_state\` (\`valid_until\`);`);

    this.addSql(`create table \`obligation_state\` (\`id\` text not null, \`exposure_id\` text not null, \`incident_id\` text not null, \`controller_id\` text not null, \`source_organization_id\` text not null, \`controller_name\` text not null, \`position\` integer not null, \`code\` text not null, \`party\` text not null, \`authority\` text not null, \`status\` text not null, \`due_at\` datetime null, \`done_at\` datetime null, \`obligation\` json not null, \`computed_at\` datetime not null, \`valid_until\` datetime null, constraint \`obligation_state_exposure_id_foreign\` foreign key(\`exposure_id\`) references \`exposure\`(\`id\`) on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`obligation_state_exposure_id_index\` on \`obligation_state\` (\`exposure_id\`);`);
    this.addSql(`create index \`obligation_state_valid_until_index\` on \`obligation_state\` (\`valid_until\`);`);
    this.addSql(`create index \`obligation_state_due_at_id_index\` on \`obligation_state\` (\`due_at\`, \`id\`);`);
  }

}
