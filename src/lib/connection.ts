import type { EntityManager, EntityName, FilterQuery, QueryOrderMap } from '@mikro-orm/core';
import { ArgsType, type ClassType, Field, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { isUuid } from './uuid';
import { BadUserInputError } from './errors';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from './page-size';

/**
 * Relay-style pagination, keyset not offset: a cursor carries the row's sort key and its unique id
 * (the tie-breaker), so a page starts right after the last row seen even when rows were added or
 * removed meanwhile, and a sort key shared by many rows never repeats or skips one.
 */
@ObjectType({ description: 'Where a page sits in the whole list.' })
export class PageInfo {
  @Field({ description: 'Rows follow the last one of this page (in the requested order).' }) hasNextPage!: boolean;
  @Field({ description: 'Rows precede the first one of this page (in the requested order).' }) hasPreviousPage!: boolean;
  @Field(() => String, { nullable: true, description: "The first row's cursor, for `before`; null on an empty page." })
  startCursor!: string | null;
  @Field(() => String, { nullable: true, description: "The last row's cursor, for `after`; null on an empty page." })
  endCursor!: string | null;
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
  @ObjectType(`${node.name}Edge`, { description: `One ${node.name} of a page, with its cursor.` })
  class EdgeType {
    @Field({ description: 'Opaque: pass it back as `after` or `before` with the same orderBy.' }) cursor!: string;
    @Field(() => node, { description: `The ${node.name} itself.` }) node!: T;
  }

  @ObjectType(`${node.name}Connection`, { description: `A page of ${node.name} rows.` })
  class ConnectionType {
    @Field(() => [EdgeType], { description: 'The rows of this page, in the requested order, each with its cursor.' }) edges!: EdgeType[];
    @Field(() => PageInfo, { description: 'Whether more rows lie before or after this page, and its end cursors.' }) pageInfo!: PageInfo;
    @Field(() => Int, { description: 'Rows matching the filter, all pages together.' }) totalCount!: number;
  }
  return ConnectionType;
}

export enum SortDirection {
  ASC = 'ASC',
  DESC = 'DESC',
}
registerEnumType(SortDirection, {
  name: 'SortDirection',
  description: 'ASC puts rows without the key (null) last, DESC puts them first; ties are broken by id in the same direction.',
  valuesConfig: { ASC: { description: 'Smallest (earliest) first.' }, DESC: { description: 'Largest (latest) first.' } },
});

@ArgsType()
export class PageArgs {
  @Field(() => Int, {
    nullable: true,
    description: `Forward: at most this many rows (1 to ${MAX_PAGE_SIZE}, default ${DEFAULT_PAGE_SIZE}).`,
  })
  first?: number | null;
  @Field(() => String, { nullable: true, description: 'Forward: the rows after this cursor (an endCursor).' })
  after?: string | null;
  @Field(() => Int, { nullable: true, description: `Backward: at most this many rows before \`before\` (1 to ${MAX_PAGE_SIZE}).` })
  last?: number | null;
  @Field(() => String, { nullable: true, description: 'Backward: the rows before this cursor (a startCursor).' })
  before?: string | null;
}

/**
 * An orderBy input over an enum of sortable fields (`{ field, direction }`), one per list, with
 * the list's default order. The caller registers the enum (registerEnumType) before calling this.
 */
export function orderByInput<F extends string>(name: string, fields: Record<string, F>, description: string) {
  @InputType(name, { description })
  class OrderBy {
    @Field(() => fields, { description: 'The sort key.' }) field!: F;
    @Field(() => SortDirection, { defaultValue: SortDirection.ASC, description: 'ASC or DESC; the id breaks ties.' })
    direction!: SortDirection;
  }
  return OrderBy;
}

type KeyValue = Date | string | number | null;

/** One sortable field: how to read it from a row, and (for SQL) which property to order by. */
export interface SortKey<T> {
  field: string;
  kind: 'date' | 'string' | 'number';
  value: (row: T) => KeyValue;
  /** The entity property, for keyset pagination in SQL. */
  property?: string;
}

export interface Order<T> {
  key: SortKey<T>;
  direction: SortDirection;
}

interface Cursor {
  key: KeyValue;
  id: string;
}

const CURSOR_VERSION = 2;

function orderName(order: Order<unknown>): string {
  return `${order.key.field}:${order.direction}`;
}

function encodeCursor<T>(order: Order<T>, row: T, id: string): string {
  const value = order.key.value(row);
  const key = value instanceof Date ? value.getTime() : value;
  return Buffer.from(JSON.stringify([CURSOR_VERSION, orderName(order as Order<unknown>), key, id])).toString('base64url');
}

/**
 * The row a cursor points at. A cursor is only ever encoded by this API for one orderBy: anything
 * else (forged, truncated, or minted under another order) is refused naming the argument, before
 * it reaches a query where PostgreSQL would fail on the uuid column.
 */
function decodeCursor<T>(cursor: string, argument: string, order: Order<T>, uuidIds: boolean): Cursor {
  const refuse = (reason: string) => new BadUserInputError([{ argument, reason }]);
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw refuse('not a cursor returned by this API');
  }
  if (!Array.isArray(parsed) || parsed.length !== 4 || parsed[0] !== CURSOR_VERSION) throw refuse('not a cursor returned by this API');
  const [, name, key, id] = parsed as [number, unknown, unknown, unknown];
  if (typeof id !== 'string' || id.length > 200 || (uuidIds && !isUuid(id))) throw refuse('not a cursor returned by this API');
  if (name !== orderName(order as Order<unknown>))
    throw refuse(`a cursor of another orderBy (${String(name)}), not of ${orderName(order as Order<unknown>)}`);
  const kind = order.key.kind;
  if (key === null) return { key: null, id };
  if (kind === 'date' && typeof key === 'number' && Number.isFinite(key)) return { key: new Date(key), id };
  if (kind === 'number' && typeof key === 'number' && Number.isFinite(key)) return { key, id };
  if (kind === 'string' && typeof key === 'string') return { key, id };
  throw refuse('not a cursor returned by this API');
}

function boundedSize(value: number, argument: string): number {
  if (!Number.isInteger(value) || value < 1 || value > MAX_PAGE_SIZE) {
    throw new BadUserInputError([{ argument, reason: `must be from 1 to ${MAX_PAGE_SIZE}` }]);
  }
  return value;
}

/** The page asked for: forward (first/after) or backward (last/before), never both. */
interface PageRequest {
  size: number;
  backward: boolean;
  cursor: Cursor | null;
}

function pageRequest<T>(args: PageArgs, order: Order<T>, uuidIds: boolean): PageRequest {
  const backward = args.last != null || args.before != null;
  if (backward && (args.first != null || args.after != null)) {
    const argument = args.first != null ? 'first' : 'after';
    throw new BadUserInputError([{ argument, reason: 'pages forward (first/after) or backward (last/before), not both at once' }]);
  }
  if (backward) {
    return {
      size: boundedSize(args.last ?? DEFAULT_PAGE_SIZE, 'last'),
      backward,
      cursor: args.before != null ? decodeCursor(args.before, 'before', order, uuidIds) : null,
    };
  }
  return {
    size: boundedSize(args.first ?? DEFAULT_PAGE_SIZE, 'first'),
    backward,
    cursor: args.after != null ? decodeCursor(args.after, 'after', order, uuidIds) : null,
  };
}

/** `rows` fetched with one extra row in the walking direction, which only tells there is more. */
function toConnection<T>(rows: T[], request: PageRequest, order: Order<T>, idOf: (row: T) => string, totalCount: number): Connection<T> {
  const more = rows.length > request.size;
  const page = rows.slice(0, request.size);
  if (request.backward) page.reverse();
  const edges = page.map((node) => ({ cursor: encodeCursor(order, node, idOf(node)), node }));
  return {
    edges,
    totalCount,
    pageInfo: {
      hasNextPage: request.backward ? request.cursor !== null : more,
      hasPreviousPage: request.backward ? more : request.cursor !== null,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
  };
}

/**
 * The rows strictly beyond the cursor in `ascending` order (nulls last) or descending (nulls
 * first), id breaking ties: the expansion of the row comparison `(key, id) > (k, i)`, written as
 * a MikroORM filter because the ORM has no tuple operator and nulls need their own branch.
 */
function beyond(property: string, cursor: Cursor, ascending: boolean): FilterQuery<object> {
  const { key, id } = cursor;
  if (ascending) {
    if (key === null) return { [property]: null, id: { $gt: id } };
    return { $or: [{ [property]: { $gt: key } }, { [property]: null }, { [property]: key, id: { $gt: id } }] };
  }
  if (key === null) return { $or: [{ [property]: { $ne: null } }, { [property]: null, id: { $lt: id } }] };
  return { $or: [{ [property]: { $lt: key } }, { [property]: key, id: { $lt: id } }] };
}

/**
 * A keyset page in SQL: `WHERE <scope> AND (key, id) beyond the cursor ORDER BY key, id LIMIT n+1`,
 * plus one count. Two statements whatever the table's size. `where` builds the filter afresh per
 * query (a raw() fragment may be used by one query only).
 */
export async function keysetPage<T extends { id: string }>(
  em: EntityManager,
  entity: EntityName<T>,
  where: () => FilterQuery<T>,
  args: PageArgs,
  order: Order<T>,
  /** The ids are UUIDs (the cursor is checked as one before PostgreSQL casts it); false for composite text ids. */
  uuidIds = true,
  /** Relations fetched with the page, in the same statement. */
  populate: readonly string[] = [],
): Promise<Connection<T>> {
  const request = pageRequest(args, order, uuidIds);
  const property = order.key.property ?? order.key.field;
  // Walking backward reads the reversed order from the cursor, then turns the page round.
  const ascending = (order.direction === SortDirection.ASC) !== request.backward;
  const direction = ascending ? 'asc nulls last' : 'desc nulls first';
  const page = request.cursor ? ({ $and: [where(), beyond(property, request.cursor, ascending)] } as FilterQuery<T>) : where();
  const orderBy = { [property]: direction, id: ascending ? 'asc' : 'desc' } as QueryOrderMap<T>;
  const [rows, totalCount] = await Promise.all([
    em.find(entity, page, { orderBy, limit: request.size + 1, populate: populate as never }),
    em.count(entity, where()),
  ]);
  return toConnection(rows as T[], request, order, (row) => row.id, totalCount);
}

/** Compares two (key, id) pairs in the order's direction: nulls last when ascending. */
function compare(a: Cursor, b: Cursor, direction: SortDirection): number {
  const sign = direction === SortDirection.ASC ? 1 : -1;
  const ka = a.key instanceof Date ? a.key.getTime() : a.key;
  const kb = b.key instanceof Date ? b.key.getTime() : b.key;
  if (ka !== kb) {
    if (ka === null) return sign;
    if (kb === null) return -sign;
    return (ka < kb ? -1 : 1) * sign;
  }
  return a.id === b.id ? 0 : (a.id < b.id ? -1 : 1) * sign;
}

/**
 * The same page, cursor and bounds over rows computed in memory (deadlines, register entries,
 * whose state follows from rules and is not stored): sorted with the id tie-breaker, then cut.
 */
export function memoryPage<T>(rows: readonly T[], args: PageArgs, order: Order<T>, idOf: (row: T) => string): Connection<T> {
  const request = pageRequest(args, order, false);
  const pair = (row: T): Cursor => ({ key: order.key.value(row), id: idOf(row) });
  const sorted = [...rows].sort((a, b) => compare(pair(a), pair(b), order.direction));
  const { cursor } = request;
  const walk = request.backward ? sorted.reverse() : sorted;
  const from = cursor ? walk.filter((row) => compare(pair(row), cursor, order.direction) * (request.backward ? -1 : 1) > 0) : walk;
  return toConnection(from.slice(0, request.size + 1), request, order, idOf, rows.length);
}
