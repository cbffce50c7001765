import { Migration } from '@mikro-orm/migrations';

export class Migration20261204133713_persons_information extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`persons_communication\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`version\` integer not null default 1, \`exposure_id\` text not null, \`organization_id\` text not null, \`sent_at\` datetime not null, \`channel\` text not null, \`persons_reached\` integer not null, \`failures\` integer not null, \`is_reminder\` integer not null, \`note\` text null, \`recorded_by\` text not null, \`recorded_at\` datetime not null, constraint \`persons_communication_exposure_id_foreign\` foreign key(\`exposure_id\`) references \`exposure\`(\`id\`) on update cascade, constraint \`persons_communication_organization_id_foreign\` foreign key(\`organization_id\`) references \`organization\`(\`id\`) on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`persons_communication_exposure_id_index\` on \`persons_communication\` (\`exposure_id\`);`);
    this.addSql(`create index \`persons_communication_organization_id_index\` on \`persons_communication\` (\`organization_id\`);`);
    this.addSql(`create index \`persons_communication_exposure_id_sent_at_index\` on \`persons_communication\` (\`exposure_id\`, \`sent_at\`);`);

    this.addSql(`create table \`persons_information_decision\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`version\` integer not null default 1, \`exposure_id\` text not null, \`organization_id\` text not null, \`replaces\` text null, \`decision\` text not null, \`ground\` text null, \`reasoning\` text not null, \`decided_by\` text not null, \`decided_at\` datetime not null, \`assessed_level\` text null, \`communication_due_at\` datetime null, \`target_days\` integer null, \`public_communication_at\` datetime null, \`public_communication_channel\` text null, \`public_communication_reference\` text null, constraint \`persons_information_decision_exposure_id_foreign\` foreign key(\`exposure_id\`) references \`exposure\`(\`id\`) on update cascade, constraint \`persons_information_decision_organization_id_foreign\` foreign key(\`organization_id\`) references \`organization\`(\`id\`) on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`persons_information_decision_exposure_id_index\` on \`persons_information_decision\` (\`exposure_id\`);`);
    this.addSql(`create index \`persons_information_decision_organization_id_index\` on \`persons_information_decision\` (\`organization_id\`);`);
    this.addSql(`create unique index \`persons_information_decision_replaces_unique\` on \`persons_information_decision\` (\`replaces\`);`);
    this.addSql(`create index \`persons_information_decision_exposure_id_decided_at_index\` on \`persons_information_decision\` (\`exposure_id\`, \`decided_at\`);`);
  }

}
