import { Migration } from '@mikro-orm/migrations';

export class Migration20261128182955_subject_lists extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`ingest_batch\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`version\` integer not null default 1, \`incident_id\` text not null, \`source_organization_id\` text not null, \`submitted_by_subject\` text not null, \`file_name\` text not null, \`sha256\` text null, \`profile\` text not null, \`on_error\` text not null, \`status\` text not null, \`rows_read\` integer not null default 0, \`rows_accepted\` integer not null default 0, \`rows_rejected\` integer not null default 0, \`error_summary\` json null, \`started_at\` datetime not null, \`finished_at\` datetime null, constraint \`ingest_batch_incident_id_foreign\` foreign key(\`incident_id\`) references \`incident\`(\`id\`) on update cascade, constraint \`ingest_batch_source_organization_id_foreign\` foreign key(\`source_organization_id\`) references \`organization\`(\`id\`) on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`ingest_batch_incident_id_index\` on \`ingest_batch\` (\`incident_id\`);`);
    this.addSql(`create index \`ingest_batch_source_organization_id_index\` on \`ingest_batch\` (\`source_organization_id\`);`);
    this.addSql(`create index \`ingest_batch_incident_id_source_organization_id_sha256_index\` on \`ingest_batch\` (\`incident_id\`, \`source_organization_id\`, \`sha256\`);`);

    this.addSql(`create table \`subject_count\` (\`scope_key\` text not null, \`scope\` text not null, \`incident_id\` text null, \`controller_id\` text null, \`source_id\` text null, \`persons\` bigint not null, \`records\` bigint not null, \`minors\` bigint not null, primary key (\`scope_key\`));`);
    this.addSql(`create index \`subject_count_incident_id_scope_index\` on \`subject_count\` (\`incident_id\`, \`scope\`);`);

    this.addSql(`create table \`subject_listing\` (\`subject\` blob not null, \`incident_id\` text not null, \`controller_id\` text not null, \`source_id\` text not null, primary key (\`subject\`, \`incident_id\`, \`controller_id\`, \`source_id\`));`);
  }

}
