import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type DocumentNode, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { GRAPHQL_LIMITS } from '../../src/graphql/limits';
import { gatewaySchema } from '../../src/graphql/schema';
import * as operations from '../generated/graphql';
import { measureOperation, type OperationShape } from '../support/operation-shape';

const ROOT = join(__dirname, '..', '..');

/** A limit must leave a real operation this much room to grow before it refuses it. */
const HEADROOM = 1.5;

/**
 * The page a real client asks for: the dashboard lists 50 incidents (what a DPO of a large group
 * sees at once); an operation without `first` gets the default page.
 */
const REAL_VARIABLES = { first: 50 };

/** Every operation the gateway's own clients send: the typed test operations and the README's examples. */
function realOperations(): [string, DocumentNode][] {
  const typed = Object.entries(operations).filter(([name]) => name.endsWith('Document')) as [string, DocumentNode][];
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const examples = [...readme.matchAll(/```graphql\n([\s\S]*?)```/g)].map((m, i): [string, DocumentNode] => [`README example ${i + 1}`, parse(m[1])]);
  return [...typed, ...examples];
}

describe('GraphQL limits', () => {
  it('leave every real operation room to grow', async () => {
    const schema = await gatewaySchema();
    const shapes = realOperations().map(([name, document]) => ({ name, ...measureOperation(schema, document, REAL_VARIABLES) }));
    const keys = Object.keys(GRAPHQL_LIMITS) as (keyof OperationShape)[];
    const largest = Object.fromEntries(keys.map((key) => [key, Math.max(...shapes.map((s) => s[key]))]));
    console.table([...shapes, { name: 'largest', ...largest }, { name: 'limit', ...GRAPHQL_LIMITS }]);
    for (const key of keys) expect(largest[key] * HEADROOM, key).toBeLessThanOrEqual(GRAPHQL_LIMITS[key]);
  });
});
