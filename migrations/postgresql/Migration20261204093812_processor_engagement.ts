import { Migration } from '@mikro-orm/migrations';

export class Migration20261204093812_processor_engagement extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "processor_engagement" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "controller_id" uuid not null, "processor_id" uuid not null, constraint "processor_engagement_pkey" primary key ("id"));`);
    this.addSql(`create index "processor_engagement_processor_id_controller_id_index" on "processor_engagement" ("processor_id", "controller_id");`);
    this.addSql(`alter table "processor_engagement" add constraint "processor_engagement_controller_id_processor_id_unique" unique ("controller_id", "processor_id");`);

    this.addSql(`alter table "processor_engagement" add constraint "processor_engagement_controller_id_foreign" foreign key ("controller_id") references "organization" ("id") on update cascade;`);
    this.addSql(`alter table "processor_engagement" add constraint "processor_engagement_processor_id_foreign" foreign key ("processor_id") references "organization" ("id") on update cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "processor_engagement" cascade;`);
  }

}
