import { Migration } from '@mikro-orm/migrations';

export class Migration20261205001243_deadline_alert extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "deadline_alert" ("id" uuid not null, "obligation_id" varchar(255) not null, "exposure_id" uuid not null, "controller_id" uuid not null, "processor_id" uuid null, "code" varchar(255) not null, "threshold" varchar(20) not null, "due_at" timestamptz not null, "fire_at" timestamptz not null, "status" varchar(10) not null, "sent_at" timestamptz null, "cancelled_reason" varchar(20) null, "event_id" int null, constraint "deadline_alert_pkey" primary key ("id"));`);
    this.addSql(`create index "deadline_alert_exposure_id_index" on "deadline_alert" ("exposure_id");`);
    this.addSql(`create index "deadline_alert_status_fire_at_index" on "deadline_alert" ("status", "fire_at");`);
    this.addSql(`alter table "deadline_alert" add constraint "deadline_alert_obligation_id_threshold_due_at_fire_at_unique" unique ("obligation_id", "threshold", "due_at", "fire_at");`);

    this.addSql(`alter table "deadline_alert" add constraint "deadline_alert_exposure_id_foreign" foreign key ("exposure_id") references "exposure" ("id") on update cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "deadline_alert" cascade;`);
  }

}
