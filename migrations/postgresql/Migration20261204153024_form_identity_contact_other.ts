import { Migration } from '@mikro-orm/migrations';

export class Migration20261204153024_form_identity_contact_other extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "organization" add column "no_siren" boolean not null default false, add column "other_identifier_type" varchar(255) null, add column "other_identifier" varchar(255) null, add column "contact_is_legal_representative" boolean not null default false;`);
    this.addSql(`alter table "organization" alter column "siren" type varchar(9) using ("siren"::varchar(9));`);
    this.addSql(`alter table "organization" alter column "siren" drop not null;`);

    this.addSql(`alter table "incident" add column "origins_other" text null, add column "causes_other" text null;`);

    this.addSql(`alter table "exposure" add column "data_categories_other" text null, add column "subject_categories_other" text null, add column "consequences_other" text null, add column "harms_other" text null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "exposure" drop column "data_categories_other", drop column "subject_categories_other", drop column "consequences_other", drop column "harms_other";`);

    this.addSql(`alter table "incident" drop column "origins_other", drop column "causes_other";`);

    this.addSql(`alter table "organization" drop column "no_siren", drop column "other_identifier_type", drop column "other_identifier", drop column "contact_is_legal_representative";`);

    this.addSql(`alter table "organization" alter column "siren" type varchar(9) using ("siren"::varchar(9));`);
    this.addSql(`alter table "organization" alter column "siren" set not null;`);
  }

}
