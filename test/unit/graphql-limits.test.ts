import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type DocumentNode, getOperationAST, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { GRAPHQL_LIMITS, GraphqlLimitError, operationCost, pageRows } from '../../src/app/graphql/limits';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../../src/lib/page-size';
import { gatewaySchema } from '../../src/app/graphql/schema';
import * as operations from '../generated/graphql';
import * as webOperations from '../../web/src/generated/graphql';
import { measureOperation, type OperationShape } from '../support/operation-shape';

const ROOT = join(__dirname, '..', '..');

/**
 * A limit must leave a real operation this much room to grow before it refuses it; the cost twice
 * its largest, so that a client that doubles a page or adds a panel is still served.
 */
const HEADROOM: Readonly<Record<keyof OperationShape, number>> = { depth: 1.5, aliases: 1.5, directives: 1.5, tokens: 1.5, cost: 2 };

/**
 * Real operations are measured at the largest page the API serves (MAX_PAGE_SIZE): a limit must
 * never refuse a real operation the page-size bound allows. An operation without `first` gets the
 * default page.
 */
const REAL_VARIABLES = { first: MAX_PAGE_SIZE, last: MAX_PAGE_SIZE };

/** Every operation the gateway's own clients send: the typed test operations, the web app's and the README's examples. */
function realOperations(): [string, DocumentNode][] {
  const typed = [...Object.entries(operations), ...Object.entries(webOperations)].filter(([name]) => name.endsWith('Document')) as [
    string,
    DocumentNode,
  ][];
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const examples = [...readme.matchAll(/```graphql\n([\s\S]*?)```/g)].map((m, i): [string, DocumentNode] => [
    `README example ${i + 1}`,
    parse(m[1]!),
  ]);
  return [...typed, ...examples];
}

describe('GraphQL limits', () => {
  it('leave every real operation room to grow', async () => {
    const schema = await gatewaySchema();
    const shapes = realOperations().map(([name, document]) => ({ name, ...measureOperation(schema, document, REAL_VARIABLES) }));
    const keys = Object.keys(GRAPHQL_LIMITS) as (keyof OperationShape)[];
    const largest = Object.fromEntries(keys.map((key) => [key, Math.max(...shapes.map((s) => s[key]))]));
    console.table([...shapes, { name: 'largest', ...largest }, { name: 'limit', ...GRAPHQL_LIMITS }]);
    for (const key of keys) expect(largest[key]! * HEADROOM[key], key).toBeLessThanOrEqual(GRAPHQL_LIMITS[key]);
    for (const shape of shapes)
      expect(shape.cost, `${shape.name} costs at most half the limit`).toBeLessThanOrEqual(GRAPHQL_LIMITS.cost / 2);
  });

  it('refuses a fragment bomb quickly instead of walking every spread', async () => {
    const schema = await gatewaySchema();
    // Nine fragments, each spreading the next ten times: 10^9 spreads, in a few hundred tokens.
    const levels = Array.from({ length: 9 }, (_, i) => `fragment F${i} on Query { ${`...F${i + 1} `.repeat(10)}}`);
    const document = parse(`query { ...F0 } ${levels.join(' ')} fragment F9 on Query { incidents(first: 1) { totalCount } }`);
    const started = performance.now();
    expect(() => operationCost(schema, document, getOperationAST(document)!, {})).toThrow(GraphqlLimitError);
    expect(performance.now() - started).toBeLessThan(500);
    try {
      operationCost(schema, document, getOperationAST(document)!, {});
    } catch (error) {
      expect((error as GraphqlLimitError).extensions.code).toBe('QUERY_TOO_COMPLEX');
    }
  });

  it('costs a page passed as a variable exactly as the same page written as a literal', async () => {
    const schema = await gatewaySchema();
    const cost = (text: string, variables: Record<string, unknown> = {}) => {
      const document = parse(text);
      return operationCost(schema, document, getOperationAST(document)!, variables);
    };
    const selection = '{ totalCount edges { node { id title exposures { id awareAt } } } }';
    for (const page of [1, 20, 100, 500]) {
      expect(cost(`query($n: Int) { incidents(first: $n) ${selection} }`, { n: page })).toBe(
        cost(`{ incidents(first: ${page}) ${selection} }`),
      );
    }
    // Without `first`, the default page; a variable left unset or null is the same.
    expect(cost(`{ incidents ${selection} }`)).toBe(cost(`{ incidents(first: ${DEFAULT_PAGE_SIZE}) ${selection} }`));
    expect(cost(`query($n: Int) { incidents(first: $n) ${selection} }`)).toBe(cost(`{ incidents ${selection} }`));
    // A variable's default counts like a value sent.
    expect(cost(`query($n: Int = 300) { incidents(first: $n) ${selection} }`)).toBe(cost(`{ incidents(first: 300) ${selection} }`));
    // The cost is the page times the children: leaf 1, object 2.
    expect(cost('{ incidents(first: 10) { edges { node { id title } } } }')).toBe(2 + 10 * (2 + (2 + 2)));
    // A huge page costs the same either way, and over the limit either way.
    const huge = cost(`query($n: Int) { incidents(first: $n) ${selection} }`, { n: 1_000_000 });
    expect(huge).toBe(cost(`{ incidents(first: 1000000) ${selection} }`));
    expect(huge).toBeGreaterThan(GRAPHQL_LIMITS.cost);
    // `@skip` with a variable is honoured: the skipped page costs nothing.
    expect(cost(`query($s: Boolean!) { incidents(first: 500) @skip(if: $s) ${selection} }`, { s: true })).toBe(0);
  });

  it('multiplies the children of any field with `first`, `last` or `ids`, whatever its name', () => {
    const field = (...names: string[]) => ({ args: names.map((name) => ({ name })) });
    expect(pageRows({ first: 7 }, field('first', 'after'))).toBe(7);
    expect(pageRows({ last: 9 }, field('last', 'before'))).toBe(9);
    expect(pageRows({}, field('first', 'last'))).toBe(DEFAULT_PAGE_SIZE);
    expect(pageRows({ first: 7 }, field('id'))).toBe(1);
    expect(pageRows({}, field())).toBe(1);
    // A lookup of many ids resolves its children once per id.
    expect(pageRows({ ids: ['a', 'b', 'c'] }, field('ids'))).toBe(3);
  });
});
