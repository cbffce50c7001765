import { GraphQLError, GraphQLScalarType, Kind, type ValueNode } from 'graphql';
import { NonNegativeIntResolver } from 'graphql-scalars';
import { GraphQLISODateTime } from 'type-graphql';

/** The largest value the database's `int` columns hold (PostgreSQL's int4). */
const MAX_STORED_INT = 2_147_483_647;

function storedCount(value: unknown): number {
  // graphql-scalars' NonNegativeInt turns 1e300 into 1 and lets 2^31 through to a database error.
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > MAX_STORED_INT) {
    throw new GraphQLError(`NonNegativeInt must be a whole number from 0 to ${MAX_STORED_INT}, got ${JSON.stringify(value)}`);
  }
  return value;
}

/** NonNegativeInt (same name and description in the schema), bounded by what the database stores. */
export const NonNegativeInt = new GraphQLScalarType({
  ...NonNegativeIntResolver.toConfig(),
  parseValue: storedCount,
  parseLiteral: (ast: ValueNode) => {
    if (ast.kind !== Kind.INT) throw new GraphQLError(`NonNegativeInt must be a whole number, got ${ast.kind}`);
    return storedCount(Number(ast.value));
  },
});

/** No breach, awareness, filing or deadline of this gateway lies outside these years. */
const EARLIEST = Date.UTC(1900, 0, 1);
const LATEST = Date.UTC(2200, 0, 1) - 1;

function plausibleDate(date: Date): Date {
  if (date.getTime() < EARLIEST || date.getTime() > LATEST) {
    throw new GraphQLError(`DateTimeISO must lie between 1900-01-01 and 2199-12-31, got ${date.toISOString()}`);
  }
  return date;
}

/**
 * type-graphql's DateTimeISO (same name and description), refusing years no breach can have: a
 * year 0 or 9999 would be stored and then break every deadline computed from it.
 */
export const DateTimeISO = new GraphQLScalarType({
  ...GraphQLISODateTime.toConfig(),
  parseValue: (value: unknown) => plausibleDate(GraphQLISODateTime.parseValue(value) as Date),
  parseLiteral: (ast: ValueNode, variables) => plausibleDate(GraphQLISODateTime.parseLiteral(ast, variables) as Date),
});
