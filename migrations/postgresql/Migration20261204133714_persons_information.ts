import { Migration } from '@mikro-orm/migrations';

export class Migration20261204133714_persons_information extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "persons_communication" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "exposure_id" uuid not null, "organization_id" uuid not null, "sent_at" timestamptz not null, "channel" varchar(255) not null, "persons_reached" int not null, "failures" int not null, "is_reminder" boolean not null, "note" text null, "recorded_by" varchar(255) not null, "recorded_at" timestamptz not null, constraint "persons_communication_pkey" primary key ("id"));`);
    this.addSql(`create index "persons_communication_exposure_id_sent_at_index" on "persons_communication" ("exposure_id", "sent_at");`);

    this.addSql(`create table "persons_information_decision" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "exposure_id" uuid not null, "organization_id" uuid not null, "replaces" uuid null, "decision" varchar(255) not null, "ground" varchar(255) null, "reasoning" text not null, "decided_by" varchar(255) not null, "decided_at" timestamptz not null, "assessed_level" varchar(255) null, "communication_due_at" timestamptz null, "target_days" int null, "public_communication_at" timestamptz null, "public_communication_channel" varchar(255) null, "public_communication_reference" text null, constraint "persons_information_decision_pkey" primary key ("id"));`);
    this.addSql(`alter table "persons_information_decision" add constraint "persons_information_decision_replaces_unique" unique ("replaces");`);
    this.addSql(`create index "persons_information_decision_exposure_id_decided_at_index" on "persons_information_decision" ("exposure_id", "decided_at");`);

    this.addSql(`alter table "persons_communication" add constraint "persons_communication_exposure_id_foreign" foreign key ("exposure_id") references "exposure" ("id") on update cascade;`);
    this.addSql(`alter table "persons_communication" add constraint "persons_communication_organization_id_foreign" foreign key ("organization_id") references "organization" ("id") on update cascade;`);

    this.addSql(`alter table "persons_information_decision" add constraint "persons_information_decision_exposure_id_foreign" foreign key ("exposure_id") references "exposure" ("id") on update cascade;`);
    this.addSql(`alter table "persons_information_decision" add constraint "persons_information_decision_organization_id_foreign" foreign key ("organization_id") references "organization" ("id") on update cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "persons_communication" cascade;`);

    this.addSql(`drop table if exists "persons_information_decision" cascade;`);
  }

}
