import { ApolloArmor } from '@escape.tech/graphql-armor';
import {
  type DocumentNode,
  getOperationAST,
  type GraphQLInputType,
  type GraphQLSchema,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  Lexer,
  print,
  Source,
  TokenKind,
  typeFromAST,
  validate,
} from 'graphql';
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

/** Serialized values one of which any scalar of the schema accepts (ids, numbers, dates, flags, text). */
const SCALAR_CANDIDATES: unknown[] = ['00000000-0000-4000-8000-000000000000', 1, '2024-02-01T00:00:00.000Z', '2024-02-01', true, 'x'];

/** A value of the type that coerces: what a client would send, filled in for a required variable the test does not give. */
function sampleValue(type: GraphQLInputType): unknown {
  if (isNonNullType(type)) return sampleValue(type.ofType);
  if (isListType(type)) return [sampleValue(type.ofType)];
  if (isEnumType(type)) return type.getValues()[0]!.name;
  if (isInputObjectType(type)) {
    const fields = Object.values(type.getFields()).filter((field) => isNonNullType(field.type) && field.defaultValue === undefined);
    return Object.fromEntries(fields.map((field) => [field.name, sampleValue(field.type)]));
  }
  if (isScalarType(type)) {
    return SCALAR_CANDIDATES.find((candidate) => {
      try {
        return type.parseValue(candidate) !== undefined;
      } catch {
        return false;
      }
    });
  }
  return null;
}

/** The variables given, and a sample value for every other required variable, so that the cost sees a complete request. */
function completeVariables(schema: GraphQLSchema, document: DocumentNode, given: Record<string, unknown>): Record<string, unknown> {
  const variables = { ...given };
  for (const definition of getOperationAST(document)?.variableDefinitions ?? []) {
    const name = definition.variable.name.value;
    const type = typeFromAST(schema, definition.type);
    if (!(name in variables) && type && isNonNullType(type) && !definition.defaultValue)
      variables[name] = sampleValue(type as GraphQLInputType);
  }
  return variables;
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
  shape.cost = operationCost(schema, document, getOperationAST(document)!, completeVariables(schema, document, variables));
  return shape;
}
