import { Migration } from '@mikro-orm/migrations';

export class Migration20261128191538_notifications extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`notification\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`version\` integer not null default 1, \`exposure_id\` text not null, \`type\` text not null, \`status\` text not null default 'DRAFT', \`number\` text not null, \`initial_id\` text null, \`delay_reasons\` text null, \`cross_border\` integer null, \`other_dpa\` text null, \`gravity_override\` text null, \`gravity_override_reason\` text null, \`cnil_reference\` text null, \`filed_at\` datetime null, \`filed_late\` integer null, \`snapshot\` json null, \`snapshot_sha256\` text null, constraint \`notification_exposure_id_foreign\` foreign key(\`exposure_id\`) references \`exposure\`(\`id\`) on update cascade, constraint \`notification_initial_id_foreign\` foreign key(\`initial_id\`) references \`notification\`(\`id\`) on delete set null on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`notification_exposure_id_index\` on \`notification\` (\`exposure_id\`);`);
    this.addSql(`create index \`notification_initial_id_index\` on \`notification\` (\`initial_id\`);`);
  }

}
