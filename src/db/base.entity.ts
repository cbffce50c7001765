import { DateTimeType, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { v7 as uuidv7 } from 'uuid';

/**
 * Identity, timestamps and the optimistic-lock version shared by every aggregate. Ids are UUIDv7:
 * time-ordered, so keyset pagination on the id follows creation order on both databases.
 */
@ObjectType({ description: 'Identity, timestamps and optimistic-lock version shared by every stored record.' })
export abstract class BaseEntity<Optional = never> {
  [OptionalProps]?: 'createdAt' | 'updatedAt' | 'version' | Optional;

  @Field(() => ID, { description: "The record's id (a UUIDv7, time-ordered)." })
  @PrimaryKey({ type: 'uuid' })
  id: string = uuidv7();

  @Field({ description: 'When the record was created (ISO 8601, UTC).' })
  @Property({ type: DateTimeType })
  createdAt: Date = new Date();

  @Field({ description: 'When the record last changed (ISO 8601, UTC).' })
  @Property({ type: DateTimeType, onUpdate: () => new Date() })
  updatedAt: Date = new Date();

  /** Incremented by every flush that changes the row; a stale version is rejected with CONFLICT. */
  @Field(() => Int, {
    description: 'Optimistic-lock version, incremented by every change; pass it back to an update to refuse a stale one.',
  })
  @Property({ version: true })
  version!: number;
}
