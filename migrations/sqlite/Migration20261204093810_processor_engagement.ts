import { Migration } from '@mikro-orm/migrations';

export class Migration20261204093810_processor_engagement extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`processor_engagement\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`version\` integer not null default 1, \`controller_id\` text not null, \`processor_id\` text not null, constraint \`processor_engagement_controller_id_foreign\` foreign key(\`controller_id\`) references \`organization\`(\`id\`) on update cascade, constraint \`processor_engagement_processor_id_foreign\` foreign key(\`processor_id\`) references \`organization\`(\`id\`) on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`processor_engagement_controller_id_index\` on \`processor_engagement\` (\`controller_id\`);`);
    this.addSql(`create index \`processor_engagement_processor_id_index\` on \`processor_engagement\` (\`processor_id\`);`);
    this.addSql(`create index \`processor_engagement_processor_id_controller_id_index\` on \`processor_engagement\` (\`processor_id\`, \`controller_id\`);`);
    this.addSql(`create unique index \`processor_engagement_controller_id_processor_id_unique\` on \`processor_engagement\` (\`controller_id\`, \`processor_id\`);`);
  }

}
