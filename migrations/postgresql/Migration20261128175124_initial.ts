import { Migration } from '@mikro-orm/migrations';

export class Migration20261128175124_initial extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "organization" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "roles" jsonb not null, "legal_name" varchar(255) not null, "siren" varchar(9) not null, "vat_number" varchar(255) null, "sector" varchar(255) null, "headcount" int null, "address_street" varchar(255) null, "address_postal_code" varchar(255) null, "address_city" varchar(255) null, "address_country" varchar(255) null, "legal_representative_civility" varchar(255) null, "legal_representative_last_name" varchar(255) null, "legal_representative_first_name" varchar(255) null, "legal_representative_position" varchar(255) null, "legal_representative_email" varchar(255) null, "legal_representative_phone" varchar(255) null, "contact_civility" varchar(255) null, "contact_last_name" varchar(255) null, "contact_first_name" varchar(255) null, "contact_position" varchar(255) null, "contact_email" varchar(255) null, "contact_phone" varchar(255) null, "dpo_civility" varchar(255) null, "dpo_last_name" varchar(255) null, "dpo_first_name" varchar(255) null, "dpo_position" varchar(255) null, "dpo_email" varchar(255) null, "dpo_phone" varchar(255) null, "dpo_designation_number" varchar(255) null, "regimes" jsonb not null, constraint "organization_pkey" primary key ("id"));`);
    this.addSql(`alter table "organization" add constraint "organization_siren_unique" unique ("siren");`);

    this.addSql(`create table "incident" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "title" varchar(255) not null, "source_organization_id" uuid not null, "start_precision" varchar(255) not null default 'UNKNOWN', "start_at" timestamptz null, "end_at" timestamptz null, "ongoing" boolean not null default false, "detected_at" timestamptz null, "dates_comment" text null, "natures" jsonb not null, "origins" jsonb not null, "causes" jsonb not null, "attack_vector" text null, "affected_system" text null, "description" text null, "discovery_circumstances" text null, "prior_security_measures" text null, constraint "incident_pkey" primary key ("id"));`);
    this.addSql(`create index "incident_source_organization_id_id_index" on "incident" ("source_organization_id", "id");`);

    this.addSql(`create table "exposure" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "incident_id" uuid not null, "controller_id" uuid not null, "processor_alerted_at" timestamptz null, "declared_aware_at" timestamptz null, "data_categories" jsonb not null, "sensitive_data" jsonb not null, "exposed_data_items" jsonb not null, "not_exposed_data_items" jsonb not null, "subject_categories" jsonb not null, "approx_persons" int null, "approx_records" int null, "consequences" jsonb not null, "harms" jsonb not null, "harms_description" text null, "measures_taken" text null, "measures_planned" text null, "communication_status" varchar(255) null, "communication_channels" jsonb not null, "communication_at" timestamptz null, "non_communication_justification" varchar(255) null, "communication_details" text null, constraint "exposure_pkey" primary key ("id"));`);
    this.addSql(`create index "exposure_controller_id_incident_id_index" on "exposure" ("controller_id", "incident_id");`);
    this.addSql(`alter table "exposure" add constraint "exposure_incident_id_controller_id_unique" unique ("incident_id", "controller_id");`);

    this.addSql(`alter table "incident" add constraint "incident_source_organization_id_foreign" foreign key ("source_organization_id") references "organization" ("id") on update cascade;`);

    this.addSql(`alter table "exposure" add constraint "exposure_incident_id_foreign" foreign key ("incident_id") references "incident" ("id") on update cascade;`);
    this.addSql(`alter table "exposure" add constraint "exposure_controller_id_foreign" foreign key ("controller_id") references "organization" ("id") on update cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "incident" drop constraint "incident_source_organization_id_foreign";`);

    this.addSql(`alter table "exposure" drop constraint "exposure_controller_id_foreign";`);

    this.addSql(`alter table "exposure" drop constraint "exposure_incident_id_foreign";`);

    this.addSql(`drop table if exists "organization" cascade;`);

    this.addSql(`drop table if exists "incident" cascade;`);

    this.addSql(`drop table if exists "exposure" cascade;`);
  }

}
