import type { ApolloServerOptions, ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import type { GraphqlConfig } from '../../config/config';
import type { GatewayContext } from './context';
import { GraphQLError, type ValidationRule } from 'graphql';
import { costLimitPlugin, GRAPHQL_LIMITS, graphqlArmorRules } from './limits';
import { trustedDocumentsPlugin } from './trusted-documents';

/**
 * An operation of a kind the schema does not have (a subscription: the gateway has none) is a
 * validation error, 400; graphql-js 16 only finds out while executing, which Apollo answered 500.
 */
export const knownOperationTypes: ValidationRule = (context) => ({
  OperationDefinition(node) {
    if (!context.getSchema().getRootType(node.operation)) {
      context.reportError(new GraphQLError(`this API has no ${node.operation} operations`, { nodes: node }));
    }
  },
});

/** A subscription streams over WebSocket (subscriptions.ts); over HTTP it is a validation error, 400, not a 500. */
const noSubscriptionOverHttp: ValidationRule = (context) => ({
  OperationDefinition(node) {
    if (node.operation === 'subscription')
      context.reportError(new GraphQLError('subscriptions run over WebSocket (graphql-ws) on /graphql, not over HTTP', { nodes: node }));
  },
});

type HardenedOptions = Pick<
  ApolloServerOptions<GatewayContext>,
  | 'introspection'
  | 'hideSchemaDetailsFromClientErrors'
  | 'csrfPrevention'
  | 'allowBatchedHttpRequests'
  | 'includeStacktraceInErrorResponses'
  | 'validationRules'
  | 'parseOptions'
  | 'persistedQueries'
> & { plugins: ApolloServerPlugin<GatewayContext>[] };

/**
 * Apollo Server options that do not depend on Apollo's defaults or NODE_ENV: the schema is not
 * given away (no introspection, no "did you mean", no landing page) unless GRAPHQL_INTROSPECTION is
 * set for development; operations are bounded in depth, aliases, directives, tokens and cost (limits.ts); one operation per request; a
 * browser cannot send a cross-site GET or simple POST (CSRF prevention); no stack trace in errors.
 * With trusted documents, only the manifest's operations run and automatic persisted queries, which
 * would let a client register documents of its own, are off (trusted-documents.ts).
 */
export function hardenedApolloOptions(config: GraphqlConfig): HardenedOptions {
  return {
    introspection: config.introspection,
    hideSchemaDetailsFromClientErrors: !config.introspection,
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    includeStacktraceInErrorResponses: false,
    parseOptions: { maxTokens: GRAPHQL_LIMITS.tokens },
    validationRules: [knownOperationTypes, noSubscriptionOverHttp, ...graphqlArmorRules()],
    ...(config.trustedDocuments ? { persistedQueries: false as const } : {}),
    plugins: [
      ...(config.trustedDocuments ? [trustedDocumentsPlugin(config.trustedDocuments)] : []),
      costLimitPlugin<GatewayContext>(),
      ...(config.introspection ? [] : [ApolloServerPluginLandingPageDisabled()]),
    ],
  };
}
