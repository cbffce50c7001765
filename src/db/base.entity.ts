import { DateTimeType, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { v7 as uuidv7 } from 'uuid';

/**
 * Identity, timestamps and the optimistic-lock version shared by every aggregate. Ids are UUIDv7:
 * time-ordered, so keyset pagination on the id follows creation order on both databases.
 */
@ObjectType()
export abstract class BaseEntity<Optional = never> {
  [OptionalProps]?: 'createdAt' | 'updatedAt' | 'version' | Optional;

  @Field(() => ID, { description: 'Globally unique id, a UUIDv7: ids sort in creation order.' })
  @PrimaryKey({ type: 'uuid' })
  id: string = uuidv7();

  @Field({ description: 'When the row was created, ISO 8601 in UTC.' })
  @Property({ type: DateTimeType })
  createdAt: Date = new Date();

  @Field({ description: 'When the row last changed, ISO 8601 in UTC.' })
  @Property({ type: DateTimeType, onUpdate: () => new Date() })
  updatedAt: Date = new Date();

  /** Incremented by every flush that changes the row; a stale version is rejected with CONFLICT. */
  @Field(() => Int, {
    description: 'Optimistic-lock version, incremented by every change; a mutation that takes a version refuses a stale one with CONFLICT.',
  })
  @Property({ version: true })
  version!: number;
}
