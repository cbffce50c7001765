import { Migration } from '@mikro-orm/migrations';

export class Migration20261128182955_subject_lists extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "ingest_batch" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "incident_id" uuid not null, "source_organization_id" uuid not null, "submitted_by_subject" varchar(255) not null, "file_name" varchar(255) not null, "sha256" varchar(64) null, "profile" varchar(255) not null, "on_error" varchar(255) not null, "status" varchar(255) not null, "rows_read" int not null default 0, "rows_accepted" int not null default 0, "rows_rejected" int not null default 0, "error_summary" jsonb null, "started_at" timestamptz not null, "finished_at" timestamptz null, constraint "ingest_batch_pkey" primary key ("id"));`);
    this.addSql(`create index "ingest_batch_incident_id_source_organization_id_sha256_index" on "ingest_batch" ("incident_id", "source_organization_id", "sha256");`);

    this.addSql(`create table "subject_count" ("scope_key" varchar(255) not null, "scope" varchar(255) not null, "incident_id" uuid null, "controller_id" uuid null, "source_id" uuid null, "persons" bigint not null, "records" bigint not null, "minors" bigint not null, constraint "subject_count_pkey" primary key ("scope_key"));`);
    this.addSql(`create index "subject_count_incident_id_scope_index" on "subject_count" ("incident_id", "scope");`);

    this.addSql(`create table "subject_listing" ("subject" bytea not null, "incident_id" uuid not null, "controller_id" uuid not null, "source_id" uuid not null, constraint "subject_listing_pkey" primary key ("subject", "incident_id", "controller_id", "source_id"));`);

    this.addSql(`alter table "ingest_batch" add constraint "ingest_batch_incident_id_foreign" foreign key ("incident_id") references "incident" ("id") on update cascade;`);
    this.addSql(`alter table "ingest_batch" add constraint "ingest_batch_source_organization_id_foreign" foreign key ("source_organization_id") references "organization" ("id") on update cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "ingest_batch" cascade;`);

    this.addSql(`drop table if exists "subject_count" cascade;`);

    this.addSql(`drop table if exists "subject_listing" cascade;`);
  }

}
