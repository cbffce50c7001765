import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareSchemas, latestRelease, unreleasedBreakingCoordinates } from '../../scripts/breaking-changes';

const RELEASED = `
type Query {
  incident(id: ID!): Incident
  incidents: [Incident!]!
}

type Incident {
  id: ID!
  title: String!
  severity: Severity!
}

enum Severity {
  LOW
  HIGH
}
`;

const changelog = (breaking: string[]) => `# Changelog

## [Unreleased]

### Added

- \`Incident.summary\`, a new field (not a breaking change: listing it here changes nothing).

${breaking.length ? `### Breaking\n\n${breaking.map((c) => `- \`${c}\`: removed, see the migration note.`).join('\n')}\n` : ''}
## [0.1.0] - 2026-12-04

### Breaking

- \`Query.incident\`: an entry of an earlier release never excuses a new change.
`;

describe('the breaking-change check', () => {
  it('fails on a breaking change the changelog does not list, naming its coordinate', async () => {
    const current = RELEASED.replace('  incident(id: ID!): Incident\n', '');
    const report = await compareSchemas(RELEASED, current, changelog([]));
    expect(report.unlisted).toEqual([{ coordinate: 'Query.incident', message: expect.stringContaining("'incident'") }]);
    expect(report.listed).toEqual([]);
  });

  it('passes a breaking change listed by its coordinate under ### Breaking in Unreleased', async () => {
    const current = RELEASED.replace('  incident(id: ID!): Incident\n', '').replace('  title: String!\n', '');
    const report = await compareSchemas(RELEASED, current, changelog(['Query.incident', 'Incident.title']));
    expect(report.unlisted).toEqual([]);
    expect(report.listed.map((c) => c.coordinate).sort()).toEqual(['Incident.title', 'Query.incident']);
  });

  it("reads an argument's coordinate written as the spec writes it", async () => {
    const current = RELEASED.replace('incident(id: ID!)', 'incident(id: ID!, at: String!)');
    expect((await compareSchemas(RELEASED, current, changelog([]))).unlisted.map((c) => c.coordinate)).toEqual(['Query.incident.at']);
    expect((await compareSchemas(RELEASED, current, changelog(['Query.incident(at:)']))).unlisted).toEqual([]);
  });

  it('passes a deprecation, and an added field, with nothing listed', async () => {
    const current = RELEASED.replace('  title: String!\n', '  title: String! @deprecated(reason: "Use summary.")\n  summary: String\n');
    const report = await compareSchemas(RELEASED, current, changelog([]));
    expect(report).toEqual({ listed: [], unlisted: [], dangerous: [] });
  });

  it('reports a dangerous change without failing on it', async () => {
    const current = RELEASED.replace('  HIGH\n', '  HIGH\n  CRITICAL\n');
    const report = await compareSchemas(RELEASED, current, changelog([]));
    expect(report.unlisted).toEqual([]);
    expect(report.dangerous.map((c) => c.coordinate)).toEqual(['Severity.CRITICAL']);
  });

  it('reads only the Unreleased section', () => {
    expect([...unreleasedBreakingCoordinates(changelog(['Incident.title']))]).toEqual(['Incident.title']);
    expect([...unreleasedBreakingCoordinates(changelog([]))]).toEqual([]);
  });

  it('compares with the highest released version, by semver not by name', () => {
    const dir = mkdtempSync(join(tmpdir(), 'releases-'));
    for (const version of ['0.9.0', '0.10.0', '0.2.1']) writeFileSync(join(dir, `${version}.graphql`), RELEASED);
    writeFileSync(join(dir, 'notes.graphql'), RELEASED);
    expect(latestRelease(dir).version).toBe('0.10.0');
  });
});
