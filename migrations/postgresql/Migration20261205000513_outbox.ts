import { Migration } from '@mikro-orm/migrations';

export class Migration20261205000513_outbox extends Migration {

  override async up(): Promise<void> {
    // Derived state, recomputed at start for every notification without one: the new columns need no backfill.
    this.addSql(`delete from "notification_state";`);
    this.addSql(`create table "outbox_event" ("id" serial primary key, "kind" varchar(40) not null, "occurred_at" timestamptz not null, "controller_id" uuid null, "processor_id" uuid null, "submitter_id" uuid null, "payload" jsonb not null);`);
    this.addSql(`create index "outbox_event_occurred_at_index" on "outbox_event" ("occurred_at");`);
    this.addSql(`create index "outbox_event_controller_id_index" on "outbox_event" ("controller_id");`);
    this.addSql(`create index "outbox_event_processor_id_index" on "outbox_event" ("processor_id");`);
    this.addSql(`create index "outbox_event_submitter_id_index" on "outbox_event" ("submitter_id");`);

    this.addSql(`alter table "notification_state" add column "status" varchar(255) not null, add column "version" int not null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "outbox_event" cascade;`);

    this.addSql(`alter table "notification_state" drop column "status", drop column "version";`);
  }

}
