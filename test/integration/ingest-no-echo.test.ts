import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { promisify } from 'node:util';
import fc from 'fast-check';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { Role } from '../../src/auth/roles';
import { DEMO_ORGANIZATIONS } from '../../src/demo/scenario';
import { ingestFiles } from '../../src/ingest/ingest.cli';
import { mulberry32, syntheticNir } from '../../src/ingest/nir';
import { BUILT_IN_PROFILES, type SourceProfile } from '../../src/ingest/profiles';
import { encodeForProfile, formatRow, headerRow, spacedNir, syntheticPeople } from '../../src/ingest/synthetic';
import { IngestBatchesDocument, IncidentsDocument } from '../generated/graphql';
import { dialect, startGateway, TEST_AUDIT_KEY, TEST_PSEUDONYM_KEY, type TestGateway } from '../support/app';
import { withDemo } from '../support/demo';
import { databaseText, findLeak } from '../support/nir-scan';

const MAIN = join(__dirname, '..', '..', 'dist', 'src', 'main.js');
const run = promisify(execFile);
const rhone = DEMO_ORGANIZATIONS.find((o) => o.key === 'rhone')!.siren;
/** Runs per profile and channel: about 60 ingests in all, under half a minute per database. */
const RUNS = 8;

/** A custom profile, as an operator would write one: its own headers, codes and date style. */
const CUSTOM: SourceProfile = {
  name: 'mutuelle-export',
  description: 'Export with French headers',
  format: 'csv',
  encoding: 'utf-8',
  delimiter: ';',
  dateFormat: 'dd/mm/yyyy',
  columns: {
    nir: 'numero_secu',
    birthRank: 'rang',
    birthDate: 'naissance',
    controller: 'organisme',
    beneficiaryType: 'type',
    exposedDataItems: 'donnees',
  },
  beneficiaryTypes: { A: 'MEMBER', C: 'DEPENDANT', E: 'MINOR' },
  itemsSeparator: '|',
  controllerCodes: { 'MUT-RH': rhone },
};

type Mode = 'replace' | 'shift' | 'extra' | 'header';
interface Hostile {
  nir: string;
  written: string;
  column: number;
  mode: Mode;
}

/** Valid NIRs (keys from the project's helpers), metropolitan or 2A/2B, compact or spaced. */
const nirArb = fc.record({ seed: fc.integer(), corsica: fc.boolean(), spaced: fc.boolean() }).map(({ seed, corsica, spaced }) => {
  const nir = syntheticNir(mulberry32(seed), { corsica });
  return { nir, written: spaced ? spacedNir(nir) : nir };
});
const hostileArb = fc
  .record({ nir: nirArb, column: fc.nat(), mode: fc.constantFrom<Mode>('replace', 'replace', 'shift', 'extra', 'header') })
  .map(({ nir, column, mode }) => ({ ...nir, column, mode }));
const fileArb = fc.record({ hostile: fc.array(hostileArb, { minLength: 1, maxLength: 5 }), seed: fc.nat(), quarantine: fc.boolean() });

/** Every spelling of a NIR that must never come out: compact, spaced, as written, and its first ten characters. */
function spellings(h: Pick<Hostile, 'nir' | 'written'>): string[] {
  return [h.nir, spacedNir(h.nir), h.written, h.nir.slice(0, 10)];
}

/**
 * A list in the profile's format: one valid row, then one row per hostile NIR, put in a column
 * (`replace`), pushing the following cells one column right (`shift`, the realistic shifted
 * export), added as an extra cell or key (`extra`), or in place of a header's column name.
 */
function listFile(profile: SourceProfile, hostile: Hostile[], seed: number): Buffer {
  const people = [...syntheticPeople({ seed, count: hostile.length + 1, controllers: [rhone], ownNirForDependants: true })];
  if (profile.format === 'jsonl') {
    const rows = people.map((person, i) => {
      const object = JSON.parse(formatRow(person, profile)) as Record<string, unknown>;
      const h = hostile[i - 1];
      if (!h) return JSON.stringify(object);
      const keys = Object.keys(object);
      const key = keys[h.column % keys.length]!;
      if (h.mode === 'shift') {
        const values = keys.map((k) => object[k]);
        values.splice(h.column % keys.length, 0, h.written);
        keys.forEach((k, j) => (object[k] = values[j]));
      } else if (h.mode === 'extra') object.remarque = h.written;
      // A compact metropolitan NIR also arrives as a JSON number.
      else object[key] = h.mode === 'header' && /^\d+$/.test(h.nir) ? Number(h.nir) : h.written;
      return JSON.stringify(object);
    });
    return encodeForProfile(`${rows.join('\n')}\n`, profile);
  }
  const d = profile.delimiter;
  const header = headerRow(profile)!.split(d);
  const rows = people.map((person, i) => {
    const cells = formatRow(person, profile).split(d);
    const h = hostile[i - 1];
    if (!h) return cells;
    const at = h.column % cells.length;
    if (h.mode === 'replace') cells[at] = h.written;
    else if (h.mode === 'shift') {
      cells.splice(at, 0, h.written);
      cells.pop();
    } else if (h.mode === 'extra') cells.splice(at, 0, h.written);
    else header[at] = h.written;
    return cells;
  });
  return encodeForProfile(`${[header, ...rows].map((cells) => cells.join(d)).join('\n')}\n`, profile);
}

/**
 * Valid NIRs in every column of every profile, shifted or not: whatever the ingest answers,
 * records, logs or reports names file, line, field and reason, never a cell's value.
 */
describe(`the ingest never echoes a cell value on ${dialect}`, () => {
  let gw: TestGateway;
  let dir: string;
  let operatorB: string;
  let operatorBId: string;
  let incidentB: string;
  let customPath: string;
  const logs: string[] = [];
  /** Every channel's text so far, by channel. */
  const channels = { http: [] as string[], cliStdout: [] as string[], cliStderr: [] as string[], errorReports: [] as string[] };
  const everyNir: string[] = [];
  const text = () => ({ logs: logs.join(''), ...Object.fromEntries(Object.entries(channels).map(([k, v]) => [k, v.join('\n')])) });

  beforeAll(async () => {
    const sink = new Writable({ write: (chunk, _enc, done) => (logs.push(chunk.toString()), done()) });
    gw = await startGateway({ logger: pino({ level: 'debug' }, sink) });
    const orgs = await withDemo(gw);
    operatorBId = orgs['operator-b'];
    operatorB = await gw.token(operatorBId, [Role.PROCESSOR_SECURITY]);
    const admin = await gw.token(orgs.horizon, [Role.ADMIN]);
    const { data } = await gw.gql(IncidentsDocument, {}, admin);
    incidentB = data!.incidents.edges.find((e) => e.node.sourceOrganization.id === operatorBId)!.node.id;
    dir = mkdtempSync(join(tmpdir(), 'breach-gateway-no-echo-'));
    customPath = join(dir, 'mutuelle-export.json');
    writeFileSync(customPath, JSON.stringify(CUSTOM));
  });
  afterAll(async () => {
    await gw.close();
    rmSync(dir, { recursive: true, force: true });
  });

  /** `POST /ingest/subjects`, the response kept whole. */
  async function overHttp(profile: string, body: Buffer, quarantine: boolean): Promise<void> {
    const query = new URLSearchParams({
      incident: incidentB,
      profile,
      fileName: `${profile}.list`,
      onError: quarantine ? 'quarantine' : 'reject',
    });
    const response = await fetch(`${gw.baseUrl}/ingest/subjects?${query}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${operatorB}`, 'content-type': 'text/csv' },
      body,
    });
    expect(response.status, 'a list is answered 200 or, unreadable, 400').toBeOneOf([200, 400]);
    channels.http.push(await response.text());
  }

  /** What `breach-gateway ingest` runs, in this process: its printed results, progress and error report. */
  async function throughCli(profile: string, body: Buffer, quarantine: boolean): Promise<void> {
    const file = join(dir, 'list.csv');
    const report = join(dir, 'report.csv');
    writeFileSync(file, body);
    const log = vi.spyOn(console, 'log').mockImplementation((...args: unknown[]) => void channels.cliStdout.push(args.join(' ')));
    const stderr = vi
      .spyOn(process.stderr, 'write')
      .mockImplementation((chunk: string | Uint8Array) => (channels.cliStderr.push(String(chunk)), true));
    try {
      await ingestFiles(gw.app, [file], {
        incident: incidentB,
        source: operatorBId,
        profile,
        onError: quarantine ? 'quarantine' : 'reject',
        errorReport: report,
      });
    } catch (error) {
      // What main prints for it.
      channels.cliStderr.push(String(error), JSON.stringify(error));
    } finally {
      log.mockRestore();
      stderr.mockRestore();
    }
    channels.errorReports.push(readFileSync(report, 'utf8'));
  }

  const profiles: [name: string, profile: SourceProfile, http: boolean][] = [
    ...Object.entries(BUILT_IN_PROFILES).map(([name, profile]) => [name, profile, true] as [string, SourceProfile, boolean]),
    [CUSTOM.name, CUSTOM, false],
  ];

  for (const [name, profile, http] of profiles) {
    it(`${name}: NIRs in any column, over ${http ? 'HTTP and ' : ''}the CLI's ingest`, async () => {
      await fc.assert(
        fc.asyncProperty(fileArb, async ({ hostile, seed, quarantine }) => {
          const body = listFile(profile, hostile, seed);
          if (http) await overHttp(name, body, quarantine);
          await throughCli(profile === CUSTOM ? customPath : name, body, quarantine);
          const needles = hostile.flatMap(spellings);
          everyNir.push(...needles);
          expect(findLeak(needles, text())).toBeNull();
        }),
        { seed: 20261204, numRuns: RUNS },
      );
    });
  }

  it('the real CLI, with --error-report: a NIR in every column of a custom profile, shifted or not', async () => {
    const hostile: Hostile[] = [];
    const rng = mulberry32(10);
    for (let column = 0; column < 6; column++) {
      for (const mode of ['replace', 'shift', 'extra'] as const) {
        const nir = syntheticNir(rng, { corsica: column % 2 === 0 });
        hostile.push({ nir, written: mode === 'shift' ? spacedNir(nir) : nir, column, mode });
      }
    }
    // A file name starting like a formula: the report neutralises it (OWASP).
    const file = join(dir, '=1+1 list.csv');
    const report = join(dir, 'cli-report.csv');
    writeFileSync(file, listFile(CUSTOM, hostile, 3));
    const env = {
      PATH: process.env.PATH,
      DATA_DIR: dir,
      LOG_LEVEL: 'debug',
      PSEUDONYM_KEY: TEST_PSEUDONYM_KEY.toString('hex'),
      AUDIT_KEY: TEST_AUDIT_KEY.toString('hex'),
      ...(gw.scratch.database.dialect === 'postgresql'
        ? { DATABASE_URL: gw.scratch.database.url }
        : { SQLITE_PATH: gw.scratch.database.path }),
    };
    const args = [
      MAIN,
      'ingest',
      '--incident',
      incidentB,
      '--source',
      operatorBId,
      '--profile',
      customPath,
      '--on-error',
      'quarantine',
      '--error-report',
      report,
      file,
    ];
    const { stdout, stderr } = await run('node', args, { env, maxBuffer: 1 << 24 });
    const result = JSON.parse(stdout.trim());
    // A valid NIR in the NIR column, or among the items, makes a valid row; the others are rejected.
    expect(result).toMatchObject({ status: 'COMPLETED', rowsAccepted: expect.any(Number) });
    expect(result.rowsRejected).toBeGreaterThan(hostile.length / 2);
    const reportText = readFileSync(report, 'utf8');
    const lines = reportText.trim().split('\n');
    expect(lines.length).toBeGreaterThan(result.rowsRejected);
    for (const line of lines.slice(1)) expect(line).toMatch(/^"'=1\+1 list\.csv";\d+;\w+;/);
    channels.cliStdout.push(stdout);
    channels.cliStderr.push(stderr);
    channels.errorReports.push(reportText);
    const needles = hostile.flatMap(spellings);
    everyNir.push(...needles);
    expect(findLeak(needles, text())).toBeNull();
  });

  it('no NIR of any run in the batches (rows and GraphQL), the logs, or the database files', async () => {
    expect(everyNir.length).toBeGreaterThan(100);
    const rows = await gw.app.orm.em.getConnection().execute('select * from ingest_batch');
    expect(rows.length).toBeGreaterThan(3 * RUNS);
    const admin = await gw.token(operatorBId, [Role.ADMIN]);
    const graphql = await gw.gql(IngestBatchesDocument, { incidentId: incidentB }, admin);
    expect(graphql.data!.ingestBatches.some((b) => b.errors !== null && b.errors.first.length > 0)).toBe(true);
    expect(logs.length).toBeGreaterThan(0);
    const stores = Object.fromEntries(databaseText(gw).map((store, i) => [`database ${i}`, store]));
    const haystacks = { ...text(), ...stores, ingestBatchRows: JSON.stringify(rows), graphql: JSON.stringify(graphql) };
    expect(findLeak(new Set(everyNir), haystacks)).toBeNull();
  });
});
