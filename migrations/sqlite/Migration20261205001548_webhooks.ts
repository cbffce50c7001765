import { Migration } from '@mikro-orm/migrations';

export class Migration20261205001548_webhooks extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`alert_email_setting\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`version\` integer not null default 1, \`organization_id\` text not null, \`addresses\` json not null, primary key (\`id\`));`);
    this.addSql(`create unique index \`alert_email_setting_organization_id_unique\` on \`alert_email_setting\` (\`organization_id\`);`);

    this.addSql(`create table \`webhook\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`version\` integer not null default 1, \`organization_id\` text not null, \`url\` text not null, \`events\` json not null, \`secret\` text not null, \`status\` text not null default 'ENABLED', \`disabled_reason\` text null, \`disabled_at\` datetime null, primary key (\`id\`));`);
    this.addSql(`create index \`webhook_organization_id_id_index\` on \`webhook\` (\`organization_id\`, \`id\`);`);

    this.addSql(`create table \`webhook_attempt\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`version\` integer not null default 1, \`delivery_id\` text not null, \`webhook_id\` text null, \`attempt_no\` integer not null, \`at\` datetime not null, \`ok\` integer not null, \`status_code\` integer null, \`error\` text null, \`duration_ms\` integer not null, \`replay\` integer not null, primary key (\`id\`));`);
    this.addSql(`create index \`webhook_attempt_delivery_id_index\` on \`webhook_attempt\` (\`delivery_id\`);`);
    this.addSql(`create index \`webhook_attempt_webhook_id_at_index\` on \`webhook_attempt\` (\`webhook_id\`, \`at\`);`);

    this.addSql(`create table \`webhook_delivery\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`version\` integer not null default 1, \`channel\` text not null, \`target\` text not null, \`webhook_id\` text null, \`organization_id\` text not null, \`event_id\` integer not null, \`kind\` text not null, \`status\` text not null default 'PENDING', \`attempts\` integer not null default 0, \`next_attempt_at\` datetime not null, \`lease_until\` datetime null, \`last_status_code\` integer null, \`last_error\` text null, \`delivered_at\` datetime null, \`replay_requested_at\` datetime null, primary key (\`id\`));`);
    this.addSql(`create index \`webhook_delivery_organization_id_index\` on \`webhook_delivery\` (\`organization_id\`);`);
    this.addSql(`create index \`webhook_delivery_webhook_id_id_index\` on \`webhook_delivery\` (\`webhook_id\`, \`id\`);`);
    this.addSql(`create index \`webhook_delivery_status_next_attempt_at_index\` on \`webhook_delivery\` (\`status\`, \`next_attempt_at\`);`);
    this.addSql(`create unique index \`webhook_delivery_target_event_id_unique\` on \`webhook_delivery\` (\`target\`, \`event_id\`);`);

    this.addSql(`alter table \`outbox_event\` add column \`fanned_out\` integer not null default false;`);
    // Events written before webhooks existed had no receiver: none is delivered late to a webhook registered now.
    this.addSql(`update \`outbox_event\` set \`fanned_out\` = 1;`);
    this.addSql(`create index \`outbox_event_fanned_out_id_index\` on \`outbox_event\` (\`fanned_out\`, \`id\`);`);
  }

}
