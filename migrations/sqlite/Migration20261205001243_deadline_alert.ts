import { Migration } from '@mikro-orm/migrations';

export class Migration20261205001243_deadline_alert extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`deadline_alert\` (\`id\` text not null, \`obligation_id\` text not null, \`exposure_id\` text not null, \`controller_id\` text not null, \`processor_id\` text null, \`code\` text not null, \`threshold\` text not null, \`due_at\` datetime not null, \`fire_at\` datetime not null, \`status\` text not null, \`sent_at\` datetime null, \`cancelled_reason\` text null, \`event_id\` integer null, constraint \`deadline_alert_exposure_id_foreign\` foreign key(\`exposure_id\`) references \`exposure\`(\`id\`) on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`deadline_alert_exposure_id_index\` on \`deadline_alert\` (\`exposure_id\`);`);
    this.addSql(`create index \`deadline_alert_status_fire_at_index\` on \`deadline_alert\` (\`status\`, \`fire_at\`);`);
    this.addSql(`create unique index \`deadline_alert_obligation_id_threshold_due_at_fire_at_unique\` on \`deadline_alert\` (\`obligation_id\`, \`threshold\`, \`due_at\`, \`fire_at\`);`);
  }

}
