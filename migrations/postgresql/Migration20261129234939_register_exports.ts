import { Migration } from '@mikro-orm/migrations';

export class Migration20261129234939_register_exports extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "register_export" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "issued_to" varchar(255) not null, "organization_id" varchar(255) not null, "sha256" varchar(64) not null, "rows" int not null, "byte_size" int not null, constraint "register_export_pkey" primary key ("id"));`);
    this.addSql(`create index "register_export_sha256_index" on "register_export" ("sha256");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "register_export" cascade;`);
  }

}
