import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Change, CriticalityLevel, diff } from '@graphql-inspector/core';
import { buildSchema } from 'graphql';
import semver from 'semver';
import { projectRoot } from '../src/lib/paths';

/**
 * The API's change policy, enforced (docs/api-evolution.md): the schema may change in any way that
 * keeps the last released schema's clients working; a breaking change must be deliberate, listed by
 * its schema coordinate under `### Breaking` in CHANGELOG.md's Unreleased section. Dangerous changes
 * (a new enum value a client may not expect, a changed default) are printed, not refused.
 */

export interface SchemaChange {
  /** Where the change is, as graphql-inspector paths it: `Type`, `Type.field`, `Type.field.argument`, `Enum.VALUE`. */
  coordinate: string;
  message: string;
}

export interface CompatibilityReport {
  /** Breaking changes listed in the changelog: deliberate. */
  listed: SchemaChange[];
  /** Breaking changes the changelog does not list: the check fails on any. */
  unlisted: SchemaChange[];
  dangerous: SchemaChange[];
}

/**
 * A schema coordinate as the changelog may write it: the spec's `Type.field(argument:)` or the
 * dotted path graphql-inspector prints (`Type.field.argument`) name the same place.
 */
function normaliseCoordinate(coordinate: string): string {
  return coordinate
    .trim()
    .replace(/\((\w+):\)$/, '.$1')
    .replace(/\(\)$/, '');
}

/** The coordinates in backticks under `### Breaking` in the `## [Unreleased]` section. */
export function unreleasedBreakingCoordinates(changelog: string): Set<string> {
  const unreleased = /^## \[?Unreleased\]?[^\n]*\n([\s\S]*?)(?=^## |(?![\s\S]))/im.exec(changelog)?.[1] ?? '';
  const breaking = /^### Breaking[^\n]*\n([\s\S]*?)(?=^##+ |(?![\s\S]))/im.exec(unreleased)?.[1] ?? '';
  return new Set([...breaking.matchAll(/`([^`\n]+)`/g)].map((match) => normaliseCoordinate(match[1] ?? '')));
}

function describe(change: Change): SchemaChange {
  // A change without a path concerns the schema itself (its root types).
  return { coordinate: change.path ?? 'schema', message: change.message };
}

/** What changed from the released schema to the current one, sorted by what the policy makes of it. */
export async function compareSchemas(released: string, current: string, changelog: string): Promise<CompatibilityReport> {
  const changes = await diff(buildSchema(released), buildSchema(current));
  const listedCoordinates = unreleasedBreakingCoordinates(changelog);
  const breaking = changes.filter((c) => c.criticality.level === CriticalityLevel.Breaking).map(describe);
  return {
    listed: breaking.filter((c) => listedCoordinates.has(c.coordinate)),
    unlisted: breaking.filter((c) => !listedCoordinates.has(c.coordinate)),
    dangerous: changes.filter((c) => c.criticality.level === CriticalityLevel.Dangerous).map(describe),
  };
}

/** The highest version saved in schema/releases/ (`X.Y.Z.graphql`): what clients in the field were built against. */
export function latestRelease(releasesDir: string): { version: string; file: string } {
  const versions = readdirSync(releasesDir)
    .map((name) => /^(.+)\.graphql$/.exec(name)?.[1])
    .filter((version): version is string => version !== undefined && semver.valid(version) !== null)
    .sort(semver.rcompare);
  const version = versions[0];
  if (!version) throw new Error(`no released schema (X.Y.Z.graphql) in ${releasesDir}`);
  return { version, file: join(releasesDir, `${version}.graphql`) };
}

async function main(): Promise<void> {
  const release = latestRelease(join(projectRoot, 'schema', 'releases'));
  const report = await compareSchemas(
    readFileSync(release.file, 'utf8'),
    readFileSync(join(projectRoot, 'schema', 'schema.graphql'), 'utf8'),
    readFileSync(join(projectRoot, 'CHANGELOG.md'), 'utf8'),
  );
  for (const c of report.dangerous) console.warn(`warning: dangerous change at ${c.coordinate}: ${c.message}`);
  for (const c of report.listed) console.log(`breaking change at ${c.coordinate}, listed in CHANGELOG.md: ${c.message}`);
  for (const c of report.unlisted) console.error(`breaking change at ${c.coordinate}: ${c.message}`);
  if (report.unlisted.length) {
    console.error(
      `${report.unlisted.length} breaking change(s) since ${release.version} are not listed in CHANGELOG.md: deprecate instead ` +
        '(docs/api-evolution.md), or list each coordinate under "### Breaking" in the Unreleased section',
    );
    process.exitCode = 1;
  } else if (report.listed.length) {
    console.log(`${report.listed.length} breaking change(s) since ${release.version}, each listed in CHANGELOG.md`);
  } else {
    console.log(`no breaking change since the ${release.version} schema`);
  }
}

if (require.main === module)
  main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
