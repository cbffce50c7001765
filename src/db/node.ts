// type-graphql's decorators read design types: the polyfill must load first, whichever module imports this one first.
import 'reflect-metadata';
import { Field, ID, InterfaceType } from 'type-graphql';

/**
 * What `node(id)` and `nodes(ids)` return: any object the gateway can fetch again by its id alone.
 * Ids stay the UUIDs every other field uses (UUIDv7, unique across tables), so a client caching by
 * id needs no second kind of id.
 */
@InterfaceType({ description: 'An object that `node(id)` fetches again by its id alone (a UUID, unique across every type).' })
export abstract class Node {
  @Field(() => ID, { description: 'The UUID of the object, the same in every field that returns it.' })
  id!: string;
}
