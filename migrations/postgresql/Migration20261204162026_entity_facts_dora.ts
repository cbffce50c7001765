import { Migration } from '@mikro-orm/migrations';

export class Migration20261204162026_entity_facts_dora extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "dora_record" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "exposure_id" uuid not null, "kind" varchar(255) not null, "at" timestamptz not null, "concerns" varchar(255) null, "reasons" text null, "reference" varchar(255) null, "recorded_by" varchar(255) not null, constraint "dora_record_pkey" primary key ("id"));`);

    this.addSql(`create table "dora_classification" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "exposure_id" uuid not null, "major" boolean not null, "criteria" jsonb not null, "classified_at" timestamptz not null, "classified_by" varchar(255) not null, "reason" text not null, "clients_financial_interests_affected" boolean not null, constraint "dora_classification_pkey" primary key ("id"));`);

    this.addSql(`create table "organization_entity_facts" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "organization_id" uuid not null, "dora_category" varchar(255) null, "solvency2_small_undertaking" boolean null, "dora_reason" text null, "dora_systemic" boolean null, "dora_systemic_reason" text null, "nis2_status" varchar(255) null, "nis2_sector" text null, "nis2_reason" text null, "nis1_designated" boolean null, "nis1_reason" text null, "recorded_by" varchar(255) not null, "recorded_at" timestamptz not null, constraint "organization_entity_facts_pkey" primary key ("id"));`);
    this.addSql(`create index "organization_entity_facts_organization_id_recorded_at_index" on "organization_entity_facts" ("organization_id", "recorded_at");`);

    this.addSql(`alter table "dora_record" add constraint "dora_record_exposure_id_foreign" foreign key ("exposure_id") references "exposure" ("id") on update cascade;`);

    this.addSql(`alter table "dora_classification" add constraint "dora_classification_exposure_id_foreign" foreign key ("exposure_id") references "exposure" ("id") on update cascade;`);

    this.addSql(`alter table "organization_entity_facts" add constraint "organization_entity_facts_organization_id_foreign" foreign key ("organization_id") references "organization" ("id") on update cascade;`);

    this.addSql(`alter table "processor_engagement" add column "alert_hours" int null, add column "contract_reference" varchar(255) null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "dora_record" cascade;`);

    this.addSql(`drop table if exists "dora_classification" cascade;`);

    this.addSql(`drop table if exists "organization_entity_facts" cascade;`);

    this.addSql(`alter table "processor_engagement" drop column "alert_hours", drop column "contract_reference";`);
  }

}
