import { Migration } from '@mikro-orm/migrations';

export class Migration20261204133103_CnilNotificationDecision extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "cnil_notification_decision" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "exposure_id" uuid not null, "organization_id" uuid not null, "decision" varchar(255) not null, "reasoning" text not null, "decided_by" varchar(255) not null, "decided_at" timestamptz not null, constraint "cnil_notification_decision_pkey" primary key ("id"));`);

    this.addSql(`alter table "cnil_notification_decision" add constraint "cnil_notification_decision_exposure_id_foreign" foreign key ("exposure_id") references "exposure" ("id") on update cascade;`);

    this.addSql(`alter table "register_export" add column "format" varchar(255) not null default 'CSV';`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "cnil_notification_decision" cascade;`);

    this.addSql(`alter table "register_export" drop column "format";`);
  }

}
