import { Migration } from '@mikro-orm/migrations';

export class Migration20261204133521_persons_letter extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "persons_letter" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "exposure_id" uuid not null, "measures_text" text null, "processor_service" text null, "signatory_name" varchar(255) null, "signatory_title" varchar(255) null, "letter_date" varchar(10) null, "ready_at" timestamptz null, "ready_by" varchar(255) null, "edited_by" varchar(255) not null, constraint "persons_letter_pkey" primary key ("id"));`);
    this.addSql(`alter table "persons_letter" add constraint "persons_letter_exposure_id_unique" unique ("exposure_id");`);

    this.addSql(`alter table "persons_letter" add constraint "persons_letter_exposure_id_foreign" foreign key ("exposure_id") references "exposure" ("id") on update cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "persons_letter" cascade;`);
  }

}
