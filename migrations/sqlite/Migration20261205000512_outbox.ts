import { Migration } from '@mikro-orm/migrations';

export class Migration20261205000512_outbox extends Migration {

  override async up(): Promise<void> {
    // Derived state, recomputed at start for every notification without one: the new columns need no backfill.
    this.addSql(`delete from \`notification_state\`;`);
    this.addSql(`create table \`outbox_event\` (\`id\` integer not null primary key autoincrement, \`kind\` text not null, \`occurred_at\` datetime not null, \`controller_id\` text null, \`processor_id\` text null, \`submitter_id\` text null, \`payload\` json not null);`);
    this.addSql(`create index \`outbox_event_occurred_at_index\` on \`outbox_event\` (\`occurred_at\`);`);
    this.addSql(`create index \`outbox_event_controller_id_index\` on \`outbox_event\` (\`controller_id\`);`);
    this.addSql(`create index \`outbox_event_processor_id_index\` on \`outbox_event\` (\`processor_id\`);`);
    this.addSql(`create index \`outbox_event_submitter_id_index\` on \`outbox_event\` (\`submitter_id\`);`);

    this.addSql(`alter table \`notification_state\` add column \`status\` text not null;`);
    this.addSql(`alter table \`notification_state\` add column \`version\` integer not null;`);
  }

}
