import { ApolloArmor } from '@escape.tech/graphql-armor';
import { type DocumentNode, getOperationAST, type GraphQLSchema, Lexer, print, Source, TokenKind, validate } from 'graphql';
import { operationCost } from '../../src/app/graphql/limits';

export interface OperationShape {
  depth: number;
  aliases: number;
  directives: number;
  tokens: number;
  cost: number;
}

/** Tokens as graphql-js's `maxTokens` parse option counts them: every token but the end of file. */
function countTokens(text: string): number {
  const lexer = new Lexer(new Source(text));
  let tokens = 0;
  while (lexer.advance().kind !== TokenKind.EOF) tokens += 1;
  return tokens;
}

/**
 * The shape of a document as the gateway's limits see it: depth, aliases and directives measured by
 * graphql-armor's own rules (unbounded, reporting what they found) on the text a client sends, the
 * cost by the gateway's own cost function with the variables the client would send.
 */
export function measureOperation(schema: GraphQLSchema, document: DocumentNode, variables: Record<string, unknown> = {}): OperationShape {
  const shape: OperationShape = { depth: 0, aliases: 0, directives: 0, tokens: 0, cost: 0 };
  const record = (key: keyof OperationShape) => [(_ctx: unknown, details: { n: number }) => (shape[key] = Math.max(shape[key], details.n))];
  const { validationRules } = new ApolloArmor({
    maxDepth: { n: Infinity, onAccept: record('depth') },
    maxAliases: { n: Infinity, allowList: [], onAccept: record('aliases') },
    maxDirectives: { n: Infinity, onAccept: record('directives') },
    costLimit: { enabled: false },
    maxTokens: { enabled: false },
    blockFieldSuggestion: { enabled: false },
  }).protect();
  const errors = validate(schema, document, validationRules);
  if (errors.length) throw new Error(`invalid operation: ${errors.map((e) => e.message).join('; ')}`);
  shape.tokens = countTokens(print(document));
  shape.cost = operationCost(schema, document, getOperationAST(document)!, variables);
  return shape;
}
