import { Migration } from '@mikro-orm/migrations';

export class Migration20261205001549_webhooks extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "alert_email_setting" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "organization_id" uuid not null, "addresses" jsonb not null, constraint "alert_email_setting_pkey" primary key ("id"));`);
    this.addSql(`alter table "alert_email_setting" add constraint "alert_email_setting_organization_id_unique" unique ("organization_id");`);

    this.addSql(`create table "webhook" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "organization_id" uuid not null, "url" text not null, "events" jsonb not null, "secret" varchar(255) not null, "status" varchar(16) not null default 'ENABLED', "disabled_reason" text null, "disabled_at" timestamptz null, constraint "webhook_pkey" primary key ("id"));`);
    this.addSql(`create index "webhook_organization_id_id_index" on "webhook" ("organization_id", "id");`);

    this.addSql(`create table "webhook_attempt" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "delivery_id" uuid not null, "webhook_id" uuid null, "attempt_no" int not null, "at" timestamptz not null, "ok" boolean not null, "status_code" int null, "error" text null, "duration_ms" int not null, "replay" boolean not null, constraint "webhook_attempt_pkey" primary key ("id"));`);
    this.addSql(`create index "webhook_attempt_delivery_id_index" on "webhook_attempt" ("delivery_id");`);
    this.addSql(`create index "webhook_attempt_webhook_id_at_index" on "webhook_attempt" ("webhook_id", "at");`);

    this.addSql(`create table "webhook_delivery" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "channel" varchar(16) not null, "target" varchar(60) not null, "webhook_id" uuid null, "organization_id" uuid not null, "event_id" int not null, "kind" varchar(40) not null, "status" varchar(16) not null default 'PENDING', "attempts" int not null default 0, "next_attempt_at" timestamptz not null, "lease_until" timestamptz null, "last_status_code" int null, "last_error" text null, "delivered_at" timestamptz null, "replay_requested_at" timestamptz null, constraint "webhook_delivery_pkey" primary key ("id"));`);
    this.addSql(`create index "webhook_delivery_organization_id_index" on "webhook_delivery" ("organization_id");`);
    this.addSql(`create index "webhook_delivery_webhook_id_id_index" on "webhook_delivery" ("webhook_id", "id");`);
    this.addSql(`create index "webhook_delivery_status_next_attempt_at_index" on "webhook_delivery" ("status", "next_attempt_at");`);
    this.addSql(`alter table "webhook_delivery" add constraint "webhook_delivery_target_event_id_unique" unique ("target", "event_id");`);

    this.addSql(`alter table "outbox_event" add column "fanned_out" boolean not null default false;`);
    // Events written before webhooks existed had no receiver: none is delivered late to a webhook registered now.
    this.addSql(`update "outbox_event" set "fanned_out" = true;`);
    this.addSql(`create index "outbox_event_fanned_out_id_index" on "outbox_event" ("fanned_out", "id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "alert_email_setting" cascade;`);

    this.addSql(`drop table if exists "webhook" cascade;`);

    this.addSql(`drop table if exists "webhook_attempt" cascade;`);

    this.addSql(`drop table if exists "webhook_delivery" cascade;`);

    this.addSql(`drop index "outbox_event_fanned_out_id_index";`);
    this.addSql(`alter table "outbox_event" drop column "fanned_out";`);
  }

}
