import { Migration } from '@mikro-orm/migrations';

export class Migration20261204133102_CnilNotificationDecision extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`cnil_notification_decision\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`version\` integer not null default 1, \`exposure_id\` text not null, \`organization_id\` text not null, \`decision\` text not null, \`reasoning\` text not null, \`decided_by\` text not null, \`decided_at\` datetime not null, constraint \`cnil_notification_decision_exposure_id_foreign\` foreign key(\`exposure_id\`) references \`exposure\`(\`id\`) on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`cnil_notification_decision_exposure_id_index\` on \`cnil_notification_decision\` (\`exposure_id\`);`);

    this.addSql(`alter table \`register_export\` add column \`format\` text not null default 'CSV';`);
  }

}
