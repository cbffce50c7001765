import { type ClassType, Field, Int, ObjectType } from 'type-graphql';
import { isUuid } from './uuid';
import { BadUserInputError } from './errors';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from './page-size';

/** Relay-style pagination: opaque cursors over a time-ordered id (UUIDv7), keyset not offset. */
@ObjectType()
export class PageInfo {
  @Field() hasNextPage!: boolean;
  @Field() hasPreviousPage!: boolean;
  @Field(() => String, { nullable: true }) startCursor!: string | null;
  @Field(() => String, { nullable: true }) endCursor!: string | null;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface Connection<T> {
  edges: Edge<T>[];
  pageInfo: PageInfo;
  totalCount: number;
}

export function connectionType<T extends object>(node: ClassType<T>) {
  @ObjectType(`${node.name}Edge`)
  class EdgeType {
    @Field() cursor!: string;
    @Field(() => node) node!: T;
  }

  @ObjectType(`${node.name}Connection`)
  class ConnectionType {
    @Field(() => [EdgeType]) edges!: EdgeType[];
    @Field(() => PageInfo) pageInfo!: PageInfo;
    @Field(() => Int, { description: 'Rows matching the filter, all pages together.' }) totalCount!: number;
  }
  return ConnectionType;
}

const CURSOR_PREFIX = 'cursor:';

export function encodeCursor(id: string): string {
  return Buffer.from(`${CURSOR_PREFIX}${id}`).toString('base64url');
}

/**
 * The id a cursor points after. A cursor is only ever encoded from a row's id, so anything but a
 * UUID behind the prefix is forged: refused here, where PostgreSQL would fail on the uuid column.
 */
export function decodeCursor(cursor: string, argument = 'after'): string {
  const decoded = Buffer.from(cursor, 'base64url').toString('utf8');
  const id = decoded.slice(CURSOR_PREFIX.length);
  if (!decoded.startsWith(CURSOR_PREFIX) || !isUuid(id))
    throw new BadUserInputError([{ argument, reason: 'not a cursor returned by this API' }]);
  return id;
}

export function pageSize(first: number | undefined | null): number {
  const size = first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(size) || size < 1 || size > MAX_PAGE_SIZE) {
    throw new BadUserInputError([{ argument: 'first', reason: `must be from 1 to ${MAX_PAGE_SIZE}` }]);
  }
  return size;
}

/** Builds the connection from a page fetched with one extra row, which only tells there is more. */
export function toConnection<T extends { id: string }>(rows: T[], size: number, hasPrevious: boolean, totalCount: number): Connection<T> {
  const page = rows.slice(0, size);
  const edges = page.map((node) => ({ cursor: encodeCursor(node.id), node }));
  return {
    edges,
    totalCount,
    pageInfo: {
      hasNextPage: rows.length > size,
      hasPreviousPage: hasPrevious,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
  };
}
