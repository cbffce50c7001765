import { Migration } from '@mikro-orm/migrations';

export class Migration20261204162023_entity_facts_dora extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`dora_record\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`version\` integer not null default 1, \`exposure_id\` text not null, \`kind\` text not null, \`at\` datetime not null, \`concerns\` text null, \`reasons\` text null, \`reference\` text null, \`recorded_by\` text not null, constraint \`dora_record_exposure_id_foreign\` foreign key(\`exposure_id\`) references \`exposure\`(\`id\`) on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`dora_record_exposure_id_index\` on \`dora_record\` (\`exposure_id\`);`);

    this.addSql(`create table \`dora_classification\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`version\` integer not null default 1, \`exposure_id\` text not null, \`major\` integer not null, \`criteria\` json not null, \`classified_at\` datetime not null, \`classified_by\` text not null, \`reason\` text not null, \`clients_financial_interests_affected\` integer not null, constraint \`dora_classification_exposure_id_foreign\` foreign key(\`exposure_id\`) references \`exposure\`(\`id\`) on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`dora_classification_exposure_id_index\` on \`dora_classification\` (\`exposure_id\`);`);

    this.addSql(`create table \`organization_entity_facts\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`version\` integer not null default 1, \`organization_id\` text not null, \`dora_category\` text null, \`solvency2_small_undertaking\` integer null, \`dora_reason\` text null, \`dora_systemic\` integer null, \`dora_systemic_reason\` text null, \`nis2_status\` text null, \`nis2_sector\` text null, \`nis2_reason\` text null, \`nis1_designated\` integer null, \`nis1_reason\` text null, \`recorded_by\` text not null, \`recorded_at\` datetime not null, constraint \`organization_entity_facts_organization_id_foreign\` foreign key(\`organization_id\`) references \`organization\`(\`id\`) on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`organization_entity_facts_organization_id_index\` on \`organization_entity_facts\` (\`organization_id\`);`);
    this.addSql(`create index \`organization_entity_facts_organization_id_recorded_at_index\` on \`organization_entity_facts\` (\`organization_id\`, \`recorded_at\`);`);

    this.addSql(`alter table \`processor_engagement\` add column \`alert_hours\` integer null;`);
    this.addSql(`alter table \`processor_engagement\` add column \`contract_reference\` text null;`);
  }

}
