import 'reflect-metadata';
import { execFileSync } from 'node:child_process';
import { createReadStream, createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { parseArgs } from 'node:util';
import Database from 'better-sqlite3';
import { Client } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { useAuditKey } from '../src/db/audit/audit.writer';
import { Role } from '../src/auth/roles';
import { Viewer } from '../src/auth/viewer';
import { systemClock } from '../src/config/clock';
import type { DatabaseConfig } from '../src/config/config';
import { openOrm } from '../src/app/orm';
import { migrate } from '../src/db/orm';
import { createScratchDatabase } from '../src/db/scratch';
import { ExposureService } from '../src/incidents/exposure.service';
import { IncidentService } from '../src/incidents/incident.service';
import { OnError } from '../src/ingest/ingest-batch.entity';
import { INGEST_HEAP_FLAG } from '../src/ingest/ingest.cli';
import { IngestService } from '../src/ingest/ingest.service';
import { loadProfile } from '../src/ingest/profiles';
import { subjectKey } from '../src/ingest/pseudonym';
import { nirKey } from '../src/ingest/nir';
import { encodeForProfile, formatRow, headerRow, type SyntheticPerson } from '../src/ingest/synthetic';
import { OrganizationService } from '../src/organizations/organization.service';

/**
 * `npm run bench:ingest -- --rows N --db sqlite|postgres`
 *
 * Generates a synthetic operator-A file of N valid rows, then, each in its own process so peak RSS
 * is its own: (1) the floor, the same rows already pseudonymised and loaded by the raw driver into
 * the final table (better-sqlite3 prepared inserts in one transaction; PostgreSQL COPY), and (2) the
 * real ingest path (stream, parse, validate, HMAC, stage, merge and count). Prints both rates, the
 * ratio and peak RSS. Targets: ingest at least 50 % of the floor's rows/s; peak RSS at most 300 MB.
 * `--cpu-prof DIR` writes a V8 CPU profile of the ingest phase into DIR.
 */
const KEY = Buffer.alloc(32, 1);
const CONTROLLERS = ['912300035', '912300043', '912300050', '912300068'];
const profile = loadProfile('operator-a-csv');

/**
 * The benchmark's persons: distinct by construction (a NIR derived from the row number), so the
 * floor's load into the same table never meets a duplicate key; every fifth one a minor.
 */
function* benchPeople(rows: number): Generator<SyntheticPerson> {
  for (let i = 0; i < rows; i++) {
    const year = 1940 + (i % 80);
    const month = 1 + (Math.floor(i / 80) % 12);
    const department = 1 + (Math.floor(i / 960) % 95);
    const serial = Math.floor(i / 91_200);
    const number = `${1 + (i % 2)}${String(year % 100).padStart(2, '0')}${String(month).padStart(2, '0')}${String(department).padStart(2, '0')}${String(serial).padStart(6, '0')}`;
    yield {
      nir: `${number}${nirKey(number)}`,
      birthRank: 1,
      birthDate: `${i % 5 === 0 ? 2010 : year}-${String(month).padStart(2, '0')}-15`,
      controller: CONTROLLERS[i % CONTROLLERS.length]!,
      beneficiaryType: i % 5 === 0 ? 'MINOR' : 'MEMBER',
      exposedDataItems: ['état civil', 'date de naissance', 'NIR'],
    };
  }
}

async function writeInput(path: string, rows: number): Promise<void> {
  async function* lines() {
    // operator A is a CSV profile: it has a header line.
    yield encodeForProfile(`${headerRow(profile)!}\n`, profile);
    let text = '';
    for (const person of benchPeople(rows)) {
      text += `${formatRow(person, profile)}\n`;
      if (text.length > 1 << 20) {
        yield Buffer.from(text);
        text = '';
      }
    }
    yield Buffer.from(text);
  }
  await pipeline(Readable.from(lines()), createWriteStream(path));
}

/** The floor's input: rows already hashed, in COPY text format, so the floor measures loading only. */
async function writePrehashed(path: string, rows: number, incidentId: string, controllerIds: string[], sourceId: string): Promise<void> {
  async function* lines() {
    let text = '';
    for (const person of benchPeople(rows)) {
      const controller = controllerIds[CONTROLLERS.indexOf(person.controller)];
      // `\\x` + hex is how COPY's text format spells a bytea.
      text += `${incidentId}\t${controller}\t\\\\x${subjectKey(KEY, person.nir, person.birthRank).toString('hex')}\t${sourceId}\n`;
      if (text.length > 1 << 20) {
        yield Buffer.from(text);
        text = '';
      }
    }
    yield Buffer.from(text);
  }
  await pipeline(Readable.from(lines()), createWriteStream(path));
}

async function seed(database: DatabaseConfig) {
  const orm = await openOrm(database);
  useAuditKey(orm, KEY);
  await migrate(orm);
  const em = orm.em.fork();
  const ctx = { em, clock: systemClock, viewer: new Viewer('bench', 'bench', [Role.ADMIN], []) };
  const orgs = new OrganizationService(ctx);
  const processor = await orgs.create({ roles: ['PROCESSOR'], legalName: 'Bench operator', siren: '912300019' });
  const controllers = [];
  for (const siren of CONTROLLERS) controllers.push(await orgs.create({ roles: ['CONTROLLER'], legalName: `Bench ${siren}`, siren }));
  const incident = await new IncidentService(ctx).create({
    title: 'Bench',
    sourceOrganizationId: processor.id,
    startPrecision: 'EXACT',
    startAt: new Date('2024-01-29T00:00:00Z'),
  });
  for (const c of controllers) await new ExposureService(ctx).create({ incidentId: incident.id, controllerId: c.id });
  await orm.close(true);
  return { incidentId: incident.id, sourceId: processor.id, controllerIds: controllers.map((c) => c.id) };
}

interface PhaseResult {
  seconds: number;
  maxRssMb: number;
}

async function phaseIngest(database: DatabaseConfig, input: string, incidentId: string, sourceId: string): Promise<PhaseResult> {
  const orm = await openOrm(database);
  useAuditKey(orm, KEY);
  const viewer = new Viewer('bench', sourceId, [Role.ADMIN], []);
  const started = process.hrtime.bigint();
  const batch = await new IngestService({ em: orm.em.fork(), clock: systemClock, viewer }, { database, pseudonymKey: KEY }).ingest({
    incidentId,
    sourceOrganizationId: sourceId,
    profile,
    fileName: 'bench.csv',
    input: createReadStream(input, { highWaterMark: 1 << 20 }),
    totalBytes: statSync(input).size,
    onError: OnError.REJECT,
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  await orm.close(true);
  if (batch.status !== 'COMPLETED') throw new Error(`bench batch ended ${batch.status}: ${JSON.stringify(batch.errorSummary)}`);
  return { seconds, maxRssMb: process.resourceUsage().maxRSS / 1024 };
}

async function phaseFloor(database: DatabaseConfig, prehashed: string): Promise<PhaseResult> {
  const started = process.hrtime.bigint();
  if (database.dialect === 'postgresql') {
    const client = new Client({ connectionString: database.url });
    await client.connect();
    await pipeline(
      createReadStream(prehashed, { highWaterMark: 1 << 20 }),
      client.query(copyFrom('copy subject_listing (incident_id, controller_id, subject, source_id) from stdin')),
    );
    await client.end();
  } else {
    const db = new Database(database.path);
    db.pragma('journal_mode = wal');
    db.pragma('synchronous = normal');
    const insert = db.prepare('insert into subject_listing (incident_id, controller_id, subject, source_id) values (?, ?, ?, ?)');
    db.exec('begin');
    let rest = '';
    for await (const chunk of createReadStream(prehashed, { encoding: 'latin1', highWaterMark: 1 << 20 })) {
      const lines = (rest + chunk).split('\n');
      rest = lines.pop()!;
      for (const line of lines) {
        const [incident, controller, subject, source] = line.split('\t');
        if (subject === undefined) throw new Error(`not a prehashed line: ${line}`);
        insert.run(incident, controller, Buffer.from(subject.slice(3), 'hex'), source);
      }
    }
    db.exec('commit');
    db.close();
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  return { seconds, maxRssMb: process.resourceUsage().maxRSS / 1024 };
}

/** Runs one phase in a fresh process: its peak RSS is then the phase's own. */
function inChild(args: string[], heapFlags: string[], cpuProfileDir?: string): PhaseResult {
  const profiling = cpuProfileDir ? ['--cpu-prof', '--cpu-prof-dir', cpuProfileDir] : [];
  const out = execFileSync(process.execPath, [...heapFlags, ...profiling, __filename, ...args], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    maxBuffer: 1 << 20,
  });
  return JSON.parse(out.trim().split('\n').pop()!) as PhaseResult;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      rows: { type: 'string', default: '100000' },
      db: { type: 'string', default: 'sqlite' },
      phase: { type: 'string' },
      database: { type: 'string' },
      input: { type: 'string' },
      incident: { type: 'string' },
      source: { type: 'string' },
      'cpu-prof': { type: 'string' },
    },
  });
  if (values.phase) {
    const database = JSON.parse(values.database!) as DatabaseConfig;
    const result =
      values.phase === 'ingest'
        ? await phaseIngest(database, values.input!, values.incident!, values.source!)
        : await phaseFloor(database, values.input!);
    console.log(JSON.stringify(result));
    return;
  }
  const rows = Number(values.rows);
  const dialect = values.db === 'postgres' || values.db === 'postgresql' ? 'postgresql' : 'sqlite';
  const dir = mkdtempSync(join(tmpdir(), 'bench-ingest-'));
  try {
    const input = join(dir, 'input.csv');
    console.error(`generating ${rows} rows…`);
    await writeInput(input, rows);
    const results: Record<string, PhaseResult> = {};
    for (const phase of ['floor', 'ingest'] as const) {
      const scratch = await createScratchDatabase(dialect, `bench_${phase}`);
      try {
        const ids = await seed(scratch.database);
        let file = input;
        if (phase === 'floor') {
          file = join(dir, 'prehashed.tsv');
          await writePrehashed(file, rows, ids.incidentId, ids.controllerIds, ids.sourceId);
        }
        console.error(`${phase}…`);
        const args = [
          '--phase',
          phase,
          '--database',
          JSON.stringify(scratch.database),
          '--input',
          file,
          '--incident',
          ids.incidentId,
          '--source',
          ids.sourceId,
        ];
        // The ingest phase runs with the heap bound `breach-gateway ingest` runs with.
        results[phase] = phase === 'ingest' ? inChild(args, [INGEST_HEAP_FLAG], values['cpu-prof']) : inChild(args, []);
      } finally {
        await scratch.drop();
      }
    }
    const { floor, ingest } = results;
    if (!floor || !ingest) throw new Error('a phase of the benchmark gave no result');
    const rate = (r: PhaseResult) => Math.round(rows / r.seconds);
    const ratio = rate(ingest) / rate(floor);
    const report = {
      db: dialect,
      rows,
      inputMb: Math.round(statSync(input).size / 1e6),
      floor: { seconds: +floor.seconds.toFixed(2), rowsPerSecond: rate(floor), peakRssMb: Math.round(floor.maxRssMb) },
      ingest: { seconds: +ingest.seconds.toFixed(2), rowsPerSecond: rate(ingest), peakRssMb: Math.round(ingest.maxRssMb) },
      ratio: +ratio.toFixed(2),
      targets: { ratioAtLeast: 0.5, ratioMet: ratio >= 0.5, peakRssAtMostMb: 300, rssMet: ingest.maxRssMb <= 300 },
    };
    console.log(JSON.stringify(report, null, 2));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
