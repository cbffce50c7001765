import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type DocumentNode, getOperationAST, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { GRAPHQL_LIMITS, operationCost } from '../../src/app/graphql/limits';
import { MAX_PAGE_SIZE } from '../../src/lib/page-size';
import { gatewaySchema } from '../../src/app/graphql/schema';
import * as operations from '../generated/graphql';
import { measureOperation, type OperationShape } from '../support/operation-shape';

const ROOT = join(__dirname, '..', '..');

/** A limit must leave a real operation this much room to grow before it refuses it. */
const HEADROOM = 1.5;

/**
 * Real operations are measured at the largest page the API serves (MAX_PAGE_SIZE): a limit must
 * never refuse a real operation the page-size bound allows. An operation without `first` gets the
 * default page.
 */
const REAL_VARIABLES = { first: MAX_PAGE_SIZE };

/** Every operation the gateway's own clients send: the typed test operations and the README's examples. */
function realOperations(): [string, DocumentNode][] {
  const typed = Object.entries(operations).filter(([name]) => name.endsWith('Document')) as [string, DocumentNode][];
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
    for (const key of keys) expect(largest[key]! * HEADROOM, key).toBeLessThanOrEqual(GRAPHQL_LIMITS[key]);
  });

  it('costs a fragment wherever it is spread, in time linear in the document', async () => {
    const schema = await gatewaySchema();
    // Nine fragments, each spreading the next ten times: 10^9 spreads, in a few hundred tokens.
    const levels = Array.from({ length: 9 }, (_, i) => `fragment F${i} on Query { ${`...F${i + 1} `.repeat(10)}}`);
    const document = parse(`query { ...F0 } ${levels.join(' ')} fragment F9 on Query { incidents(first: 1) { totalCount } }`);
    const started = performance.now();
    const cost = operationCost(schema, document, getOperationAST(document)!, {});
    expect(performance.now() - started).toBeLessThan(100);
    expect(cost).toBe(3 * 10 ** 9);
    expect(cost).toBeGreaterThan(GRAPHQL_LIMITS.cost);
    const variables = parse('query($n: Int) { incidents(first: $n) { totalCount edges { node { id } } } }');
    const literal = parse('{ incidents(first: 100) { totalCount edges { node { id } } } }');
    expect(operationCost(schema, variables, getOperationAST(variables)!, { n: 100 })).toBe(
      operationCost(schema, literal, getOperationAST(literal)!, {}),
    );
  });
});
