import { Migration } from '@mikro-orm/migrations';

export class Migration20261129232500_filed_and_issued_documents extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`issued_document\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`version\` integer not null default 1, \`notification_id\` text not null, \`kind\` text not null, \`content_sha256\` text not null, \`pdf_sha256\` text not null, \`byte_size\` integer not null, \`issued_to\` text not null, \`organization_id\` text null, constraint \`issued_document_notification_id_foreign\` foreign key(\`notification_id\`) references \`notification\`(\`id\`) on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`issued_document_notification_id_index\` on \`issued_document\` (\`notification_id\`);`);
    this.addSql(`create index \`issued_document_pdf_sha256_index\` on \`issued_document\` (\`pdf_sha256\`);`);

    this.addSql(`create table \`filed_document\` (\`notification_id\` text not null, \`pdf\` blob not null, \`pdf_sha256\` text not null, \`byte_size\` integer not null, \`page_count\` integer not null, \`renderer_version\` text not null, constraint \`filed_document_notification_id_foreign\` foreign key(\`notification_id\`) references \`notification\`(\`id\`) on delete cascade on update cascade, primary key (\`notification_id\`));`);
  }

}
