import { Migration } from '@mikro-orm/migrations';

export class Migration20261129232500_filed_and_issued_documents extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "issued_document" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "notification_id" uuid not null, "kind" varchar(255) not null, "content_sha256" varchar(64) not null, "pdf_sha256" varchar(64) not null, "byte_size" int not null, "issued_to" varchar(255) not null, "organization_id" varchar(255) null, constraint "issued_document_pkey" primary key ("id"));`);
    this.addSql(`create index "issued_document_pdf_sha256_index" on "issued_document" ("pdf_sha256");`);

    this.addSql(`create table "filed_document" ("notification_id" uuid not null, "pdf" bytea not null, "pdf_sha256" varchar(64) not null, "byte_size" int not null, "page_count" int not null, "renderer_version" varchar(255) not null, constraint "filed_document_pkey" primary key ("notification_id"));`);

    this.addSql(`alter table "issued_document" add constraint "issued_document_notification_id_foreign" foreign key ("notification_id") references "notification" ("id") on update cascade;`);

    this.addSql(`alter table "filed_document" add constraint "filed_document_notification_id_foreign" foreign key ("notification_id") references "notification" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "issued_document" cascade;`);

    this.addSql(`drop table if exists "filed_document" cascade;`);
  }

}
