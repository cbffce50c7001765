import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { ValidationRule } from 'graphql';

/**
 * Limits on the shape of one GraphQL document, checked before anything runs. Each is sized from the
 * gateway's real operations (test/operations/*.graphql, the README's examples, the compliance
 * dashboard query) with headroom; README "GraphQL limits" gives the measured values, and
 * test/unit/graphql-limits.test.ts fails if a real operation comes within the headroom of a limit.
 */
export const GRAPHQL_LIMITS = {
  /** Deepest real operations: 9 (ExposureFacts, SubjectCounts; a fragment spread counts a level). */
  depth: 14,
  /** No real operation aliases; a dashboard may compare a few incidents side by side. */
  aliases: 10,
  /** No real operation uses @include/@skip; below graphql-cop's ten repeated unknown directives. */
  directives: 5,
  /** Largest real operation: 149 tokens (ComplianceDashboard). */
  tokens: 1000,
  /** Highest real cost (armor's weights, ×1.5 a level): 936, the README's incidents example. */
  cost: 3000,
} as const;

/** graphql-armor's validation rules for depth, aliases, directives and cost, with the limits above. */
export function graphqlArmorRules(): ValidationRule[] {
  return new ApolloArmor({
    maxDepth: { n: GRAPHQL_LIMITS.depth },
    // __typename counts too: a hundred aliased __typename is the classic alias-overloading probe.
    maxAliases: { n: GRAPHQL_LIMITS.aliases, allowList: [] },
    maxDirectives: { n: GRAPHQL_LIMITS.directives },
    costLimit: { maxCost: GRAPHQL_LIMITS.cost },
    // graphql-js's own parser option counts tokens (Apollo's parseOptions) and fails as a parse
    // error (400); armor's token plugin throws from a hook, which Apollo answers with a 500.
    maxTokens: { enabled: false },
    // Apollo's hideSchemaDetailsFromClientErrors removes suggestions, enum values included.
    blockFieldSuggestion: { enabled: false },
  }).protect().validationRules;
}
