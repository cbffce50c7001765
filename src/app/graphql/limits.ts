import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { ApolloServerPlugin } from '@apollo/server';
import {
  type DocumentNode,
  type FragmentDefinitionNode,
  getNamedType,
  getVariableValues,
  GraphQLError,
  type GraphQLNamedType,
  type GraphQLSchema,
  isObjectType,
  isInterfaceType,
  Kind,
  Lexer,
  type OperationDefinitionNode,
  type SelectionSetNode,
  Source,
  TokenKind,
  type ValidationContext,
  type ValidationRule,
  valueFromAST,
} from 'graphql';
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
  /** Largest real operation: 215 tokens (ComplianceDashboard). */
  tokens: 1000,
  /**
   * Fields resolved, each row of a page counted (operationCost), nested pages included. Real
   * operations are measured at the largest page the API serves (500): the highest is Incidents, 500
   * incidents with 5 exposures each, 65002; five aliased copies of the README's incidents example
   * over 500 incidents (20 exposures each by default) are refused.
   */
  cost: 100000,
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
  constructor(limit: GraphqlLimit, found: number | string) {
    const { code, what } = LIMIT_ERRORS[limit];
    super(`${what} ${found} exceeds the limit ${GRAPHQL_LIMITS[limit]}`, {
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
 * The cost of an operation: every field it would resolve, an object field 2 and a leaf 1, each
 * counted once per row of every page above it. A page is the field's `first` (or `last`) argument,
 * read from a literal or from the request's variables alike, or the default page size when the
 * field pages and none is given; a list without paging counts once. A fragment counts wherever it
 * is spread (validation has already refused cycles).
 */
export function operationCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
): number {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions)
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);

  // A fragment costs the same wherever it is spread: computed once, so a few fragments each spreading
  // the next ten times cost an exponential number, not an exponential time.
  const fragmentCosts = new Map<string, number>();
  const fragmentCost = (name: string): number => {
    if (!fragmentCosts.has(name)) {
      fragmentCosts.set(name, 0);
      const fragment = fragments.get(name);
      if (fragment) fragmentCosts.set(name, selectionCost(schema.getType(fragment.typeCondition.name.value), fragment.selectionSet));
    }
    return fragmentCosts.get(name)!;
  };

  const selectionCost = (parent: GraphQLNamedType | undefined | null, selectionSet: SelectionSetNode): number => {
    let cost = 0;
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.INLINE_FRAGMENT) {
        const type = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : parent;
        cost += selectionCost(type, selection.selectionSet);
        continue;
      }
      if (selection.kind === Kind.FRAGMENT_SPREAD) {
        cost += fragmentCost(selection.name.value);
        continue;
      }
      const definition = parent && (isObjectType(parent) || isInterfaceType(parent)) ? parent.getFields()[selection.name.value] : undefined;
      if (!selection.selectionSet) {
        cost += LEAF_COST;
        continue;
      }
      let rows = 1;
      const paging = definition?.args.find((arg) => arg.name === 'first' || arg.name === 'last');
      if (paging) {
        const given = selection.arguments?.find((arg) => arg.name.value === paging.name);
        const value = given ? valueFromAST(given.value, paging.type, variables) : undefined;
        rows = typeof value === 'number' && value > 0 ? value : DEFAULT_PAGE_SIZE;
      }
      cost += OBJECT_COST + rows * selectionCost(definition ? getNamedType(definition.type) : undefined, selection.selectionSet);
    }
    return cost;
  };

  return selectionCost(schema.getRootType(operation.operation), operation.selectionSet);
}

/**
 * Refuses an operation over the cost limit once its variables are known (didResolveOperation runs
 * after validation, before execution): `first: 100` and `first: $n` with n = 100 cost the same.
 */
export function costLimitPlugin<Context extends object>(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operation, request }) {
          if (!operation) return;
          // Coerced as execution will coerce them; a variable that does not coerce is refused later, by execution.
          const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], request.variables ?? {}, { maxErrors: 1 });
          const cost = operationCost(schema, document, operation, coerced.coerced ?? {});
          if (cost > GRAPHQL_LIMITS.cost) throw new GraphqlLimitError('cost', cost);
        },
      };
    },
  };
}
