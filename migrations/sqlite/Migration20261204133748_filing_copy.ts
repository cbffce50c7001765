import { Migration } from '@mikro-orm/migrations';

export class Migration20261204133748_filing_copy extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`cnil_recapitulatif\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`version\` integer not null default 1, \`notification_id\` text not null, \`pdf\` blob not null, \`sha256\` text not null, \`byte_size\` integer not null, \`uploaded_by\` text not null, \`uploaded_at\` datetime not null, constraint \`cnil_recapitulatif_notification_id_foreign\` foreign key(\`notification_id\`) references \`notification\`(\`id\`) on update cascade, primary key (\`id\`));`);
    this.addSql(`create unique index \`cnil_recapitulatif_notification_id_unique\` on \`cnil_recapitulatif\` (\`notification_id\`);`);

    this.addSql(`create table \`authority_notification\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`version\` integer not null default 1, \`exposure_id\` text not null, \`authority\` text not null, \`notified_at\` datetime not null, \`reference\` text null, \`note\` text null, \`recorded_by\` text not null, constraint \`authority_notification_exposure_id_foreign\` foreign key(\`exposure_id\`) references \`exposure\`(\`id\`) on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`authority_notification_exposure_id_index\` on \`authority_notification\` (\`exposure_id\`);`);

    this.addSql(`alter table \`notification\` add column \`recapitulatif_at\` datetime null;`);
  }

}
