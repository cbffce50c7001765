import { Migration } from '@mikro-orm/migrations';

export class Migration20261128180609_fact_submissions extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`fact_submission\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`version\` integer not null default 1, \`incident_id\` text not null, \`exposure_id\` text null, \`submitted_by_id\` text not null, \`submitted_by_subject\` text not null, \`source_type\` text not null, \`confidence\` text not null, \`reference\` text null, \`idempotency_key\` text not null, \`payload_hash\` text not null, \`incident_facts\` json not null, \`exposure_facts\` json not null, \`submitted_at\` datetime not null, constraint \`fact_submission_incident_id_foreign\` foreign key(\`incident_id\`) references \`incident\`(\`id\`) on update cascade, constraint \`fact_submission_exposure_id_foreign\` foreign key(\`exposure_id\`) references \`exposure\`(\`id\`) on delete set null on update cascade, constraint \`fact_submission_submitted_by_id_foreign\` foreign key(\`submitted_by_id\`) references \`organization\`(\`id\`) on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`fact_submission_incident_id_index\` on \`fact_submission\` (\`incident_id\`);`);
    this.addSql(`create index \`fact_submission_exposure_id_index\` on \`fact_submission\` (\`exposure_id\`);`);
    this.addSql(`create index \`fact_submission_submitted_by_id_index\` on \`fact_submission\` (\`submitted_by_id\`);`);
    this.addSql(`create index \`fact_submission_incident_id_exposure_id_index\` on \`fact_submission\` (\`incident_id\`, \`exposure_id\`);`);
    this.addSql(`create unique index \`fact_submission_submitted_by_id_idempotency_key_unique\` on \`fact_submission\` (\`submitted_by_id\`, \`idempotency_key\`);`);
  }

}
