import { Migration } from '@mikro-orm/migrations';

export class Migration20261128192940_audit_trail extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "audit_event" ("seq" int not null, "at" timestamptz not null, "actor" varchar(255) not null, "organization_id" varchar(255) null, "action" varchar(255) not null, "entity_type" varchar(255) not null, "entity_id" varchar(255) not null, "before_hash" varchar(64) null, "after_hash" varchar(64) null, "prev_hash" varchar(64) not null, "hash" varchar(64) not null, constraint "audit_event_pkey" primary key ("seq"));`);

    this.addSql(`create table "audit_head" ("id" int not null default 1, "seq" int not null, "hash" varchar(64) not null, constraint "audit_head_pkey" primary key ("id"));`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "audit_event" cascade;`);

    this.addSql(`drop table if exists "audit_head" cascade;`);
  }

}
