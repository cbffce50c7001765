import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { belowFloors, DEPENDENCY_FLOORS, installedCopies } from '../../scripts/dependency-floors';

const ROOT = join(__dirname, '..', '..');

describe('dependency floors', () => {
  it('hold for what is installed', () => {
    expect(belowFloors(DEPENDENCY_FLOORS, (name) => installedCopies(ROOT, name))).toEqual([]);
    expect(installedCopies(ROOT, 'graphql').length).toBeGreaterThan(0);
  });

  it('fail on a copy below its floor, a nested one included, and on a missing package', () => {
    const installed: Record<string, { path: string; version: string }[]> = {
      graphql: [
        { path: 'node_modules/graphql/package.json', version: '16.15.0' },
        { path: 'node_modules/old/node_modules/graphql/package.json', version: '16.8.0' },
      ],
      '@escape.tech/graphql-armor-max-depth': [{ path: 'a', version: '2.4.1' }],
    };
    expect(belowFloors(DEPENDENCY_FLOORS, (name) => installed[name] ?? [])).toEqual([
      { name: 'graphql', installed: '16.8.0', floor: '16.8.1', path: 'node_modules/old/node_modules/graphql/package.json' },
      { name: '@escape.tech/graphql-armor-max-depth', installed: '2.4.1', floor: '2.4.2', path: 'a' },
      { name: '@apollo/server', installed: 'missing', floor: '5.0.0', path: '' },
    ]);
    expect(belowFloors({ '@apollo/server': '5.0.0' }, () => [{ path: 'p', version: '4.12.2' }])).toHaveLength(1);
  });
});
