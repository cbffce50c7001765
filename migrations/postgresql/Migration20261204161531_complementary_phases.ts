import { Migration } from '@mikro-orm/migrations';

export class Migration20261204161531_complementary_phases extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "notification" add column "rank" int null, add column "final" boolean not null default false, add column "complementary_follow_up_at" timestamptz null, add column "missing_item_reasons" jsonb null, add column "after_final_reason" text null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "notification" drop column "rank", drop column "final", drop column "complementary_follow_up_at", drop column "missing_item_reasons", drop column "after_final_reason";`);
  }

}
