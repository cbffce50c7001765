import { Migration } from '@mikro-orm/migrations';

export class Migration20261129234938_register_exports extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`register_export\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`version\` integer not null default 1, \`issued_to\` text not null, \`organization_id\` text not null, \`sha256\` text not null, \`rows\` integer not null, \`byte_size\` integer not null, primary key (\`id\`));`);
    this.addSql(`create index \`register_export_sha256_index\` on \`register_export\` (\`sha256\`);`);
  }

}
