import { Migration } from '@mikro-orm/migrations';

export class Migration20261204133749_filing_copy extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "cnil_recapitulatif" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "notification_id" uuid not null, "pdf" bytea not null, "sha256" varchar(64) not null, "byte_size" int not null, "uploaded_by" varchar(255) not null, "uploaded_at" timestamptz not null, constraint "cnil_recapitulatif_pkey" primary key ("id"));`);
    this.addSql(`alter table "cnil_recapitulatif" add constraint "cnil_recapitulatif_notification_id_unique" unique ("notification_id");`);

    this.addSql(`create table "authority_notification" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "exposure_id" uuid not null, "authority" varchar(255) not null, "notified_at" timestamptz not null, "reference" varchar(255) null, "note" text null, "recorded_by" varchar(255) not null, constraint "authority_notification_pkey" primary key ("id"));`);

    this.addSql(`alter table "cnil_recapitulatif" add constraint "cnil_recapitulatif_notification_id_foreign" foreign key ("notification_id") references "notification" ("id") on update cascade;`);

    this.addSql(`alter table "authority_notification" add constraint "authority_notification_exposure_id_foreign" foreign key ("exposure_id") references "exposure" ("id") on update cascade;`);

    this.addSql(`alter table "notification" add column "recapitulatif_at" timestamptz null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "cnil_recapitulatif" cascade;`);

    this.addSql(`drop table if exists "authority_notification" cascade;`);

    this.addSql(`alter table "notification" drop column "recapitulatif_at";`);
  }

}
