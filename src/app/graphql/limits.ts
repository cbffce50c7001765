import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { ApolloServerPlugin } from '@apollo/server';
import {
  type DocumentNode,
  GraphQLError,
  type GraphQLSchema,
  Lexer,
  type OperationDefinitionNode,
  Source,
  TokenKind,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';
import { type ComplexityEstimator, getComplexity } from 'graphql-query-complexity';
import { DEFAULT_PAGE_SIZE } from '../../lib/page-size';

/**
 * Limits on the shape of one GraphQL document, checked before anything runs. Each is sized from the
 * gateway's real operations (test/operations/*.graphql, the README's examples, the compliance
 * dashboard query) with headroom; README "GraphQL limits" gives the measured values, and
 * test/unit/graphql-limits.test.ts fails if a real operation comes within the headroom of a limit.
 */
export const GRAPHQL_LIMITS = {
  /**
   * Deepest real operations: 12 (DemoNotifications: incidents → exposures → notifications → document;
   * each connection adds its edges and node levels, a fragment spread counts a level).
   */
  depth: 20,
  /** No real operation aliases; a dashboard may compare a few incidents side by side. */
  aliases: 10,
  /** No real operation uses @include/@skip; below graphql-cop's ten repeated unknown directives. */
  directives: 5,
  /** Largest real operation: 226 tokens (ComplianceDashboard). */
  tokens: 1000,
  /**
   * Fields resolved, each row of a page counted, nested pages included. Real operations are measured
   * at the largest page the API serves (500) and must cost at most half of it: the highest is
   * Incidents, 500 incidents with 5 exposures each, 65002; five aliased copies of the README's
   * incidents example over 500 incidents (20 exposures each by default) are refused.
   */
  cost: 150000,
} as const;

export type GraphqlLimit = keyof typeof GRAPHQL_LIMITS;

/** The code and the words of each limit's refusal. */
const LIMIT_ERRORS: Readonly<Record<GraphqlLimit, { code: string; what: string }>> = {
  depth: { code: 'QUERY_TOO_DEEP', what: 'depth' },
  aliases: { code: 'TOO_MANY_ALIASES', what: 'aliases' },
  directives: { code: 'TOO_MANY_DIRECTIVES', what: 'directives' },
  tokens: { code: 'TOO_MANY_TOKENS', what: 'tokens' },
  cost: { code: 'QUERY_TOO_COMPLEX', what: 'cost' },
};

export const LIMIT_ERROR_CODES: readonly string[] = Object.values(LIMIT_ERRORS).map((error) => error.code);

/** A document over one of the limits: its own code, and by how much, answered with a 400. */
export class GraphqlLimitError extends GraphQLError {
  constructor(limit: GraphqlLimit, found: number | string, options: { message?: string } = {}) {
    const { code, what } = LIMIT_ERRORS[limit];
    super(options.message ?? `${what} ${found} exceeds the limit ${GRAPHQL_LIMITS[limit]}`, {
      extensions: { code, limit: GRAPHQL_LIMITS[limit], found, http: { status: 400 } },
    });
  }
}

/**
 * graphql-armor reports "…limit of N exceeded, found M." with a "Syntax Error:" prefix and the code
 * BAD_USER_INPUT; the refusal reported is ours instead. Apollo files every validation error under
 * GRAPHQL_VALIDATION_FAILED, so the formatter restores the limit's code (limitRefusal).
 */
function refuse(limit: GraphqlLimit) {
  return {
    propagateOnRejection: false,
    onReject: [
      (context: ValidationContext | null, error: GraphQLError) => {
        const found = /found (\d+)/.exec(error.message)?.[1];
        context?.reportError(new GraphqlLimitError(limit, found === undefined ? `over ${GRAPHQL_LIMITS[limit]}` : Number(found)));
      },
    ],
  };
}

/** The limit refusal behind an error Apollo wrapped (a validation error), if it is one. */
export function limitRefusal(error: unknown): GraphqlLimitError | undefined {
  for (let cause = error; cause instanceof Error; cause = (cause as GraphQLError).originalError) {
    if (cause instanceof GraphqlLimitError) return cause;
    if (!(cause instanceof GraphQLError)) break;
  }
  return undefined;
}

/** graphql-armor's validation rules for depth, aliases and directives, with the limits above. */
export function graphqlArmorRules(): ValidationRule[] {
  return new ApolloArmor({
    maxDepth: { n: GRAPHQL_LIMITS.depth, ...refuse('depth') },
    // __typename counts too: a hundred aliased __typename is the classic alias-overloading probe.
    maxAliases: { n: GRAPHQL_LIMITS.aliases, allowList: [], ...refuse('aliases') },
    maxDirectives: { n: GRAPHQL_LIMITS.directives, ...refuse('directives') },
    // armor's cost reads `first` only when written as a literal: ours (a plugin) reads variables too.
    costLimit: { enabled: false },
    // graphql-js's own parser option counts tokens (Apollo's parseOptions); see tokenRefusal.
    maxTokens: { enabled: false },
    // Apollo's hideSchemaDetailsFromClientErrors removes suggestions, enum values included.
    blockFieldSuggestion: { enabled: false },
  }).protect().validationRules;
}

/**
 * The parser stops at the token limit with "Syntax Error: Document contains more that N tokens";
 * this turns that into the limit's refusal, counting the document's tokens (its body is at most
 * 100 kB) to say by how much. Undefined for any other parse error.
 */
export function tokenRefusal(error: GraphQLError): GraphqlLimitError | undefined {
  if (!/^Syntax Error: Document contains more th[a-z]+ \d+ tokens/.test(error.message)) return undefined;
  let tokens = 0;
  if (error.source) {
    const lexer = new Lexer(new Source(error.source.body));
    try {
      while (lexer.advance().kind !== TokenKind.EOF) tokens += 1;
    } catch {
      // A document that does not lex past the limit: the limit is what it exceeded.
    }
  }
  return new GraphqlLimitError('tokens', tokens > GRAPHQL_LIMITS.tokens ? tokens : `over ${GRAPHQL_LIMITS.tokens}`);
}

/** armor's weights: an object field costs 2, a leaf 1. */
const OBJECT_COST = 2;
const LEAF_COST = 1;

/**
 * Selections the cost analysis visits at most, each fragment counted wherever it is spread. A
 * document within the token limit and without fragments has fewer than 1000; only fragments spread
 * again and again (ten spreads of a fragment that spreads the next ten times…) reach it, and the
 * analysis stops there instead of walking an exponential number of selections.
 */
export const MAX_EXPANDED_SELECTIONS = 10_000;

/** graphql-query-complexity's own message when maxQueryNodes is reached. */
const TOO_MANY_NODES = /maximum allowed number of nodes/;

/**
 * The rows a field's children are resolved for: any field with a `first` or `last` argument pages,
 * whatever its name or type (the connections of every stage, present and future), so its children
 * count once per row asked, or once per row of the default page when neither is given; a field
 * taking a list of `ids` (nodes) once per id. A list without such arguments counts once.
 */
export function pageRows(args: Record<string, unknown>, field: { args: readonly { name: string }[] }): number {
  if (Array.isArray(args.ids)) return args.ids.length;
  if (!field.args.some((arg) => arg.name === 'first' || arg.name === 'last')) return 1;
  for (const value of [args.first, args.last]) if (typeof value === 'number' && value > 0) return value;
  return DEFAULT_PAGE_SIZE;
}

/**
 * The gateway's one estimator: a leaf costs 1; an object field 2 plus its children's cost, times the
 * rows of its page (pageRows). graphql-query-complexity hands it the field's arguments already
 * coerced with the request's variables, so a literal and a variable of the same value cost the same.
 */
const gatewayEstimator: ComplexityEstimator = ({ field, node, args, childComplexity }) =>
  node.selectionSet ? OBJECT_COST + pageRows(args, field) * childComplexity : LEAF_COST;

/**
 * The cost of an operation (graphql-query-complexity with gatewayEstimator): every field it would
 * resolve, each counted once per row of every page above it; on an abstract type, the costliest of
 * its possible types; a field skipped by `@skip`/`@include` costs nothing. Throws the cost refusal
 * when the document expands past MAX_EXPANDED_SELECTIONS; any other problem (a variable that does
 * not coerce) is thrown as graphql-js reports it, for execution to refuse.
 */
export function operationCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
): number {
  try {
    return getComplexity({
      schema,
      query: document,
      // The operation that runs; a document of several names it (validation refuses a second anonymous one).
      operationName: operation.name?.value,
      variables,
      estimators: [gatewayEstimator],
      maxQueryNodes: MAX_EXPANDED_SELECTIONS,
    });
  } catch (error) {
    if (error instanceof Error && TOO_MANY_NODES.test(error.message)) {
      throw new GraphqlLimitError('cost', `over ${GRAPHQL_LIMITS.cost}`, {
        message: `the document expands to more than ${MAX_EXPANDED_SELECTIONS} selections (each fragment counted wherever it is spread); its cost exceeds what the gateway analyses`,
      });
    }
    throw error;
  }
}

/** What `extensions.cost` says on every response: the operation's cost (null when it was not computed) and the limit. */
export interface CostReport {
  requested: number | null;
  limit: number;
}

/**
 * Computes each operation's cost once its variables are known (didResolveOperation runs after
 * validation, before execution), refuses it over the limit, and reports `extensions.cost` on every
 * response, refusals included, so a client sees how close it came. `requested` is null when the
 * document never reached the analysis (it did not parse or validate, or its variables did not
 * coerce).
 */
export function costLimitPlugin<Context extends object>(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      let requested: number | null = null;
      return {
        async didResolveOperation({ schema, document, operation, request }) {
          if (!operation) return;
          try {
            requested = operationCost(schema, document, operation, request.variables ?? {});
          } catch (error) {
            if (error instanceof GraphqlLimitError) throw error;
            // Variables that do not coerce: execution refuses them with graphql-js's own message.
            return;
          }
          if (requested > GRAPHQL_LIMITS.cost) throw new GraphqlLimitError('cost', requested);
        },
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single') return;
          const cost: CostReport = { requested, limit: GRAPHQL_LIMITS.cost };
          response.body.singleResult.extensions = { ...response.body.singleResult.extensions, cost };
        },
      };
    },
  };
}
