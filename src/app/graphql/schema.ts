import 'reflect-metadata';
import { type GraphQLSchema, lexicographicSortSchema, printSchema } from 'graphql';
import { buildSchema, type PubSub } from 'type-graphql';
import '../../cnil/enums';
import { resolvers } from '../modules';
import { DateTimeISO } from '../../lib/scalars';
import { checkInputs } from '../../lib/input-checks';

/**
 * type-graphql builds the root types itself and takes no description for them; GraphiQL and the
 * generated clients show these as the entry points' documentation.
 */
function describeRoots(schema: GraphQLSchema): GraphQLSchema {
  const query = schema.getQueryType();
  const mutation = schema.getMutationType();
  if (query) query.description = 'What a viewer may read, always within the rows its roles and organisation scope allow.';
  const subscription = schema.getSubscriptionType();
  if (subscription)
    subscription.description =
      'What a viewer may follow live over WebSocket (graphql-ws on /graphql): events of what it may read, as they commit.';
  if (mutation) mutation.description = 'What a viewer may change; each mutation names the capabilities (src/auth/permissions.ts) it needs.';
  return schema;
}

/**
 * type-graphql requires a PubSub once a schema has subscriptions, even when each brings its own
 * `subscribe`, as all of ours do (from the outbox, src/auth/live-events.ts). None is used: a writer
 * never publishes in memory, or another instance's subscribers would miss what it wrote.
 */
const NO_PUBSUB: PubSub = {
  publish() {
    throw new Error('events are written to the outbox (appendEvents), never published in memory');
  },
  subscribe() {
    throw new Error('subscriptions read the outbox (LiveEvents), never an in-memory topic');
  },
};

let built: Promise<GraphQLSchema> | undefined;

/** The one schema, built once per process from every module's resolvers. */
export function gatewaySchema(): Promise<GraphQLSchema> {
  // Validation is the services' job (domain rules with argument paths), not class-validator's.
  built ??= buildSchema({ resolvers, validate: false, pubSub: NO_PUBSUB, scalarsMap: [{ type: Date, scalar: DateTimeISO }] })
    .then(checkInputs)
    .then(describeRoots);
  return built;
}

/** The committed `schema/schema.graphql`: sorted, so its diff shows only real changes. */
export async function printGatewaySchema(): Promise<string> {
  return `${printSchema(lexicographicSortSchema(await gatewaySchema()))}\n`;
}
