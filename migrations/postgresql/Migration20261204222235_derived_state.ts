import { Migration } from '@mikro-orm/migrations';

export class Migration20261204222235_derived_state extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "notification_state" ("id" uuid not null, "computed_at" timestamptz not null, "valid_until" timestamptz null, "content_sha256" varchar(64) not null, "completeness" jsonb not null, "severity" jsonb null, "severity_inputs" jsonb not null, "obligations" jsonb not null, "content" jsonb null, "letters" jsonb not null, constraint "notification_state_pkey" primary key ("id"));`);
    this.addSql(`create index "notification_state_valid_until_index" on "notification_state" ("valid_until");`);

    this.addSql(`create table "obligation_state" ("id" varchar(255) not null, "exposure_id" uuid not null, "incident_id" uuid not null, "controller_id" uuid not null, "source_organization_id" uuid not null, "controller_name" varchar(255) not null, "position" int not null, "code" varchar(255) not null, "party" varchar(255) not null, "authority" varchar(255) not null, "status" varchar(255) not null, "due_at" timestamptz null, "done_at" timestamptz null, "obligation" jsonb not null, "computed_at" timestamptz not null, "valid_until" timestamptz null, constraint "obligation_state_pkey" primary key ("id"));`);
    this.addSql(`create index "obligation_state_exposure_id_index" on "obligation_state" ("exposure_id");`);
    this.addSql(`create index "obligation_state_valid_until_index" on "obligation_state" ("valid_until");`);
    this.addSql(`create index "obligation_state_due_at_id_index" on "obligation_state" ("due_at", "id");`);

    this.addSql(`alter table "obligation_state" add constraint "obligation_state_exposure_id_foreign" foreign key ("exposure_id") references "exposure" ("id") on update cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "notification_state" cascade;`);

    this.addSql(`drop table if exists "obligation_state" cascade;`);
  }

}
