import { Migration } from '@mikro-orm/migrations';

export class Migration20261128191539_notifications extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "notification" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "exposure_id" uuid not null, "type" varchar(255) not null, "status" varchar(255) not null default 'DRAFT', "number" varchar(255) not null, "initial_id" uuid null, "delay_reasons" text null, "cross_border" boolean null, "other_dpa" text null, "gravity_override" varchar(255) null, "gravity_override_reason" text null, "cnil_reference" varchar(255) null, "filed_at" timestamptz null, "filed_late" boolean null, "snapshot" jsonb null, "snapshot_sha256" varchar(64) null, constraint "notification_pkey" primary key ("id"));`);

    this.addSql(`alter table "notification" add constraint "notification_exposure_id_foreign" foreign key ("exposure_id") references "exposure" ("id") on update cascade;`);
    this.addSql(`alter table "notification" add constraint "notification_initial_id_foreign" foreign key ("initial_id") references "notification" ("id") on update cascade on delete set null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "notification" drop constraint "notification_initial_id_foreign";`);

    this.addSql(`drop table if exists "notification" cascade;`);
  }

}
