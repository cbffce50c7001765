import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import semver from 'semver';
import { projectRoot } from '../src/lib/paths';

/**
 * Known-safe floors of the packages that parse or answer requests, for a machine where `npm audit`
 * cannot reach its database. `npm run check` fails when any installed copy is below its floor.
 */
export const DEPENDENCY_FLOORS: Record<string, string> = {
  // CVE-2023-26144: the parser's location tracking was quadratic on crafted documents (DoS).
  graphql: '16.8.1',
  // Before 2.4.2 the depth cached per fragment, or a fragment named __schema, let deep documents through.
  '@escape.tech/graphql-armor-max-depth': '2.4.2',
  // Apollo Server 4 is end of life; 5.x is the maintained line (and its CSRF and batching defaults).
  '@apollo/server': '5.0.0',
};

export interface FloorViolation {
  name: string;
  installed: string;
  floor: string;
  path: string;
}

/** Every installed copy of a package (hoisted or nested), as the lockfile lists their folders. */
export function installedCopies(root: string, name: string): { path: string; version: string }[] {
  const lock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8')) as { packages: Record<string, unknown> };
  return Object.keys(lock.packages)
    .filter((path) => path === `node_modules/${name}` || path.endsWith(`/node_modules/${name}`))
    .map((path) => join(root, path, 'package.json'))
    .filter((file) => existsSync(file))
    .map((file) => ({ path: file, version: (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version }));
}

/** The copies below their floor; a package that is not installed at all is below any floor. */
export function belowFloors(
  floors: Record<string, string>,
  copiesOf: (name: string) => { path: string; version: string }[],
): FloorViolation[] {
  return Object.entries(floors).flatMap(([name, floor]) => {
    const copies = copiesOf(name);
    if (copies.length === 0) return [{ name, installed: 'missing', floor, path: '' }];
    return copies
      .filter((copy) => !semver.valid(copy.version) || semver.lt(copy.version, floor))
      .map((copy) => ({ name, installed: copy.version, floor, path: copy.path }));
  });
}

function main(): void {
  const violations = belowFloors(DEPENDENCY_FLOORS, (name) => installedCopies(projectRoot, name));
  for (const v of violations)
    console.error(`${v.name} ${v.installed} is below its known-safe floor ${v.floor} (${v.path || 'not installed'})`);
  if (violations.length) process.exitCode = 1;
  else
    console.log(
      `dependency floors hold: ${Object.entries(DEPENDENCY_FLOORS)
        .map(([n, f]) => `${n} >= ${f}`)
        .join(', ')}`,
    );
}

if (require.main === module) main();
