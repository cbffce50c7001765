import type { ApolloServerOptions, ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import type { GraphqlConfig } from '../config/config';
import type { RequestContext } from './context';
import { GRAPHQL_LIMITS, graphqlArmorRules } from './limits';

type HardenedOptions = Pick<
  ApolloServerOptions<RequestContext>,
  'introspection' | 'hideSchemaDetailsFromClientErrors' | 'csrfPrevention' | 'allowBatchedHttpRequests' | 'includeStacktraceInErrorResponses' | 'validationRules' | 'parseOptions'
> & { plugins: ApolloServerPlugin<RequestContext>[] };

/**
 * Apollo Server options that do not depend on Apollo's defaults or NODE_ENV: the schema is not
 * given away (no introspection, no "did you mean", no landing page) unless GRAPHQL_INTROSPECTION is
 * set for development; operations are bounded by graphql-armor; one operation per request; a
 * browser cannot send a cross-site GET or simple POST (CSRF prevention); no stack trace in errors.
 */
export function hardenedApolloOptions(config: GraphqlConfig): HardenedOptions {
  return {
    introspection: config.introspection,
    hideSchemaDetailsFromClientErrors: !config.introspection,
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    includeStacktraceInErrorResponses: false,
    parseOptions: { maxTokens: GRAPHQL_LIMITS.tokens },
    validationRules: graphqlArmorRules(),
    plugins: config.introspection ? [] : [ApolloServerPluginLandingPageDisabled()],
  };
}
