import { Migration } from '@mikro-orm/migrations';

export class Migration20261204133519_persons_letter extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`persons_letter\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`version\` integer not null default 1, \`exposure_id\` text not null, \`measures_text\` text null, \`processor_service\` text null, \`signatory_name\` text null, \`signatory_title\` text null, \`letter_date\` text null, \`ready_at\` datetime null, \`ready_by\` text null, \`edited_by\` text not null, constraint \`persons_letter_exposure_id_foreign\` foreign key(\`exposure_id\`) references \`exposure\`(\`id\`) on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`persons_letter_exposure_id_index\` on \`persons_letter\` (\`exposure_id\`);`);
    this.addSql(`create unique index \`persons_letter_exposure_id_unique\` on \`persons_letter\` (\`exposure_id\`);`);
  }

}
