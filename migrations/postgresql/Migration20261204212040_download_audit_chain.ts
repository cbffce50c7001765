import { Migration } from '@mikro-orm/migrations';

export class Migration20261204212040_download_audit_chain extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "download_audit_event" ("seq" int not null, "at" timestamptz not null, "actor" varchar(255) not null, "organization_id" varchar(255) null, "action" varchar(255) not null, "entity_type" varchar(255) not null, "entity_id" varchar(255) not null, "before_hash" varchar(64) null, "after_hash" varchar(64) null, "prev_hash" varchar(64) not null, "hash" varchar(64) not null, constraint "download_audit_event_pkey" primary key ("seq"));`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "download_audit_event" cascade;`);
  }

}
