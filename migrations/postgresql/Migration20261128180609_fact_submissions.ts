import { Migration } from '@mikro-orm/migrations';

export class Migration20261128180609_fact_submissions extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "fact_submission" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "incident_id" uuid not null, "exposure_id" uuid null, "submitted_by_id" uuid not null, "submitted_by_subject" varchar(255) not null, "source_type" varchar(255) not null, "confidence" varchar(255) not null, "reference" text null, "idempotency_key" varchar(255) not null, "payload_hash" varchar(64) not null, "incident_facts" jsonb not null, "exposure_facts" jsonb not null, "submitted_at" timestamptz not null, constraint "fact_submission_pkey" primary key ("id"));`);
    this.addSql(`create index "fact_submission_incident_id_exposure_id_index" on "fact_submission" ("incident_id", "exposure_id");`);
    this.addSql(`alter table "fact_submission" add constraint "fact_submission_submitted_by_id_idempotency_key_unique" unique ("submitted_by_id", "idempotency_key");`);

    this.addSql(`alter table "fact_submission" add constraint "fact_submission_incident_id_foreign" foreign key ("incident_id") references "incident" ("id") on update cascade;`);
    this.addSql(`alter table "fact_submission" add constraint "fact_submission_exposure_id_foreign" foreign key ("exposure_id") references "exposure" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "fact_submission" add constraint "fact_submission_submitted_by_id_foreign" foreign key ("submitted_by_id") references "organization" ("id") on update cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "fact_submission" cascade;`);
  }

}
