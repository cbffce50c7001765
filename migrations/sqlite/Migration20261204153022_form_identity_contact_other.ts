import { Migration } from '@mikro-orm/migrations';

/**
 * The form's « pas de SIREN » (the SIREN becomes optional, with another identifier), « même personne
 * que le responsable légal », and the « Autre (à préciser) » texts. SQLite cannot drop a NOT NULL in
 * place: the organisation table is rebuilt. Other tables reference it, so the foreign keys are
 * deferred to the commit; the rows inserted back under the same ids satisfy them again.
 */
export class Migration20261204153022_form_identity_contact_other extends Migration {
  override async up(): Promise<void> {
    this.addSql(`pragma defer_foreign_keys = on;`);
    this.addSql(`create table \`organization__previous\` as select * from \`organization\`;`);
    this.addSql(`drop table \`organization\`;`);
    this.addSql(`create table \`organization\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`version\` integer not null default 1, \`roles\` json not null, \`legal_name\` text not null, \`siren\` text null, \`vat_number\` text null, \`sector\` text null, \`headcount\` integer null, \`address_street\` text null, \`address_postal_code\` text null, \`address_city\` text null, \`address_country\` text null, \`legal_representative_civility\` text null, \`legal_representative_last_name\` text null, \`legal_representative_first_name\` text null, \`legal_representative_position\` text null, \`legal_representative_email\` text null, \`legal_representative_phone\` text null, \`contact_civility\` text null, \`contact_last_name\` text null, \`contact_first_name\` text null, \`contact_position\` text null, \`contact_email\` text null, \`contact_phone\` text null, \`dpo_civility\` text null, \`dpo_last_name\` text null, \`dpo_first_name\` text null, \`dpo_position\` text null, \`dpo_email\` text null, \`dpo_phone\` text null, \`dpo_designation_number\` text null, \`regimes\` json not null, \`no_siren\` integer not null default false, \`other_identifier_type\` text null, \`other_identifier\` text null, \`contact_is_legal_representative\` integer not null default false, primary key (\`id\`));`);
    this.addSql(`insert into \`organization\` (\`id\`, \`created_at\`, \`updated_at\`, \`version\`, \`roles\`, \`legal_name\`, \`siren\`, \`vat_number\`, \`sector\`, \`headcount\`, \`address_street\`, \`address_postal_code\`, \`address_city\`, \`address_country\`, \`legal_representative_civility\`, \`legal_representative_last_name\`, \`legal_representative_first_name\`, \`legal_representative_position\`, \`legal_representative_email\`, \`legal_representative_phone\`, \`contact_civility\`, \`contact_last_name\`, \`contact_first_name\`, \`contact_position\`, \`contact_email\`, \`contact_phone\`, \`dpo_civility\`, \`dpo_last_name\`, \`dpo_first_name\`, \`dpo_position\`, \`dpo_email\`, \`dpo_phone\`, \`dpo_designation_number\`, \`regimes\`) select \`id\`, \`created_at\`, \`updated_at\`, \`version\`, \`roles\`, \`legal_name\`, \`siren\`, \`vat_number\`, \`sector\`, \`headcount\`, \`address_street\`, \`address_postal_code\`, \`address_city\`, \`address_country\`, \`legal_representative_civility\`, \`legal_representative_last_name\`, \`legal_representative_first_name\`, \`legal_representative_position\`, \`legal_representative_email\`, \`legal_representative_phone\`, \`contact_civility\`, \`contact_last_name\`, \`contact_first_name\`, \`contact_position\`, \`contact_email\`, \`contact_phone\`, \`dpo_civility\`, \`dpo_last_name\`, \`dpo_first_name\`, \`dpo_position\`, \`dpo_email\`, \`dpo_phone\`, \`dpo_designation_number\`, \`regimes\` from \`organization__previous\`;`);
    this.addSql(`drop table \`organization__previous\`;`);
    this.addSql(`create unique index \`organization_siren_unique\` on \`organization\` (\`siren\`);`);

    this.addSql(`alter table \`incident\` add column \`origins_other\` text null;`);
    this.addSql(`alter table \`incident\` add column \`causes_other\` text null;`);

    this.addSql(`alter table \`exposure\` add column \`data_categories_other\` text null;`);
    this.addSql(`alter table \`exposure\` add column \`subject_categories_other\` text null;`);
    this.addSql(`alter table \`exposure\` add column \`consequences_other\` text null;`);
    this.addSql(`alter table \`exposure\` add column \`harms_other\` text null;`);
  }
}
