import 'reflect-metadata';
import { type GraphQLSchema, lexicographicSortSchema, printSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import '../../cnil/enums';
import { resolvers } from '../modules';
import { DateTimeISO } from '../../lib/scalars';
import { checkInputs } from '../../lib/input-checks';

let built: Promise<GraphQLSchema> | undefined;

/** The one schema, built once per process from every module's resolvers. */
export function gatewaySchema(): Promise<GraphQLSchema> {
  // Validation is the services' job (domain rules with argument paths), not class-validator's.
  built ??= buildSchema({ resolvers, validate: false, scalarsMap: [{ type: Date, scalar: DateTimeISO }] }).then(checkInputs);
  return built;
}

/** The committed `schema/schema.graphql`: sorted, so its diff shows only real changes. */
export async function printGatewaySchema(): Promise<string> {
  return `${printSchema(lexicographicSortSchema(await gatewaySchema()))}\n`;
}
