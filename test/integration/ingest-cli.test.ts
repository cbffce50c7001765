import { execFile, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { MikroORM } from '@mikro-orm/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openOrm } from '../../src/app/orm';
import { createScratchDatabase, type ScratchDatabase } from '../../src/db/scratch';
import { DEMO_ORGANIZATIONS } from '../../src/demo/scenario';
import { Incident } from '../../src/incidents/incident.entity';
import { ORPHAN_REASON } from '../../src/ingest/batch-sweep';
import { BatchStatus, IngestBatch } from '../../src/ingest/ingest-batch.entity';
import { BUILT_IN_PROFILES } from '../../src/ingest/profiles';
import { SubjectCount } from '../../src/subjects/subject.entities';
import { encodeForProfile, formatRow, headerRow, syntheticPeople } from '../../src/ingest/synthetic';
import { dialect } from '../support/app';
import { first, must } from '../support/must';

const MAIN = join(__dirname, '..', '..', 'dist', 'src', 'main.js');
const run = promisify(execFile);
const siren = (key: string) => DEMO_ORGANIZATIONS.find((o) => o.key === key)!.siren;

/** `breach-gateway ingest` as an operator runs it: real process, real files, killed mid-batch. */
describe(`breach-gateway ingest on ${dialect}`, () => {
  let scratch: ScratchDatabase;
  let dir: string;
  let env: NodeJS.ProcessEnv;
  let orm: MikroORM;
  let incidentA: string;

  const incidentPersons = async () => {
    const row = await orm.em.fork().findOne(SubjectCount, { scopeKey: `INCIDENT:${incidentA}::` });
    return Number(row?.persons ?? 0);
  };
  const ingest = (file: string, ...extra: string[]) => [
    'ingest',
    '--incident',
    incidentA,
    '--source',
    siren('operator-a'),
    '--profile',
    'operator-a-csv',
    ...extra,
    file,
  ];

  beforeAll(async () => {
    scratch = await createScratchDatabase(dialect, 'ingestcli');
    dir = mkdtempSync(join(tmpdir(), 'breach-gateway-ingest-'));
    const database =
      scratch.database.dialect === 'postgresql' ? { DATABASE_URL: scratch.database.url } : { SQLITE_PATH: scratch.database.path };
    env = {
      PATH: process.env.PATH,
      DATA_DIR: dir,
      LOG_LEVEL: 'warn',
      PSEUDONYM_KEY: 'ab'.repeat(32),
      AUDIT_KEY: 'cd'.repeat(32),
      ...database,
    };
    await run('node', [MAIN, 'demo'], { env });
    orm = await openOrm(scratch.database);
    incidentA = (await orm.em.fork().findOneOrFail(Incident, { title: { $like: '%Alpha%' } })).id;
  });
  afterAll(async () => {
    await orm.close(true);
    await scratch.drop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('leaves nothing counted when killed mid-batch, the next start rejects the orphan, and the same file run again completes it', async () => {
    const profile = must(BUILT_IN_PROFILES['operator-a-csv'], 'the operator-a-csv profile');
    const people = [...syntheticPeople({ seed: 4242, count: 300_000, controllers: [siren('horizon'), siren('cigales')] })];
    const file = join(dir, 'big.csv');
    writeFileSync(file, encodeForProfile(`${[headerRow(profile), ...people.map((p) => formatRow(p, profile))].join('\n')}\n`, profile));
    const before = await incidentPersons();

    const child = spawn('node', [MAIN, ...ingest(file)], { env });
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    // Kill at the first progress line: rows are read and staged, the batch is half-way.
    let progress = '';
    await new Promise<void>((resolve, reject) => {
      child.stderr.on('data', (chunk: Buffer) => {
        progress += chunk.toString();
        if (progress.includes('"done":false')) resolve();
      });
      child.once('exit', () => reject(new Error(`the ingest ended before it could be killed: ${progress}`)));
    });
    child.kill('SIGKILL');
    await exited;
    expect(JSON.parse(first(progress.split('\n')))).toMatchObject({ done: false, rowsRead: expect.any(Number) });
    const killed = await orm.em.fork().findOneOrFail(IngestBatch, { fileName: 'big.csv' });
    expect(killed.status).toBe(BatchStatus.STAGING);
    expect(await incidentPersons()).toBe(before);

    // The next start of a command that writes (`demo` here, `serve` or `ingest` alike) marks the orphan
    // REJECTED with the reason, nothing counted. The killed CLI's bounded-heap child exits when its
    // parent's channel closes: give it a moment.
    for (let attempt = 0; attempt < 5; attempt++) {
      await run('node', [MAIN, 'demo'], { env });
      if ((await orm.em.fork().findOneOrFail(IngestBatch, killed.id)).status !== BatchStatus.STAGING) break;
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
    const swept = await orm.em.fork().findOneOrFail(IngestBatch, killed.id);
    expect(swept.status).toBe(BatchStatus.REJECTED);
    expect(swept.errorSummary!.first[0]!.reason).toBe(ORPHAN_REASON);
    expect(await incidentPersons()).toBe(before);

    const { stdout } = await run('node', [MAIN, ...ingest(file)], { env, maxBuffer: 1 << 24 });
    const result = JSON.parse(stdout.trim().split('\n').pop()!);
    expect(result).toMatchObject({ status: 'COMPLETED', batch: killed.id, rowsAccepted: 300_000 });
    const distinct = new Set(people.map((p) => `${p.nir}:${p.birthRank}`)).size;
    expect(await incidentPersons()).toBe(before + distinct);

    const again = JSON.parse((await run('node', [MAIN, ...ingest(file)], { env })).stdout.trim());
    expect(again.status).toBe('DUPLICATE');
    expect(await incidentPersons()).toBe(before + distinct);
    // Five processes on a 300 000-row file: beyond the default minute on a busy machine.
  }, 180_000);

  it('writes every rejected row to the error report, NIRs masked, and exits 2 when the batch is rejected', async () => {
    const profile = must(BUILT_IN_PROFILES['operator-a-csv'], 'the operator-a-csv profile');
    const [good, bad] = [...syntheticPeople({ seed: 5, count: 2, controllers: [siren('horizon')] })];
    if (!good || !bad) throw new Error('expected two synthetic people');
    const wrongKey = `${bad.nir.slice(0, 13)}${bad.nir.slice(13) === '00' ? '01' : '00'}`;
    const file = join(dir, 'two.csv');
    writeFileSync(
      file,
      encodeForProfile(
        `${[headerRow(profile), formatRow(good, profile), formatRow({ ...bad, nir: wrongKey }, profile)].join('\n')}\n`,
        profile,
      ),
    );
    const report = join(dir, 'report.csv');

    const rejected = await run('node', [MAIN, ...ingest(file, '--error-report', report)], { env }).catch(
      (e: { code: number; stdout: string }) => e,
    );
    expect((rejected as { code: number }).code).toBe(2);
    expect(JSON.parse((rejected as { stdout: string }).stdout.trim())).toMatchObject({ status: 'REJECTED', rowsRejected: 1 });
    const lines = readFileSync(report, 'utf8').trim().split('\n');
    expect(lines[0]).toBe('file;line;field;reason');
    expect(lines[1]).toMatch(/^two\.csv;3;nir;/);
    expect(readFileSync(report, 'utf8')).not.toContain(wrongKey);
    expect(readFileSync(report, 'utf8')).not.toContain(wrongKey.slice(1, 13));

    const quarantined = JSON.parse((await run('node', [MAIN, ...ingest(file, '--on-error', 'quarantine')], { env })).stdout.trim());
    expect(quarantined).toMatchObject({ status: 'COMPLETED', rowsAccepted: 1, rowsRejected: 1 });
  });

  it('reads a custom profile from a JSON mapping file', async () => {
    const profileFile = join(dir, 'mutuelle-export.json');
    writeFileSync(
      profileFile,
      JSON.stringify({
        name: 'mutuelle-export',
        description: 'Tab-free export with French headers and ISO dates',
        format: 'csv',
        delimiter: ',',
        dateFormat: 'yyyy-mm-dd',
        columns: { nir: 'numero_secu', birthDate: 'naissance', controller: 'siren_organisme', beneficiaryType: 'type', birthRank: 'rang' },
        beneficiaryTypes: { A: 'MEMBER', C: 'DEPENDANT', E: 'MINOR' },
        controllerCodes: { 'MUT-CIG': siren('cigales') },
      }),
    );
    const person = first([...syntheticPeople({ seed: 77, count: 1, controllers: [siren('cigales')] })]);
    const file = join(dir, 'custom.csv');
    // The sender names the insurer by its own code, which the profile maps to the SIREN.
    writeFileSync(file, `numero_secu,naissance,siren_organisme,type,rang\n${person.nir},${person.birthDate},MUT-CIG,A,1\n`);
    const { stdout } = await run(
      'node',
      [MAIN, 'ingest', '--incident', incidentA, '--source', siren('operator-a'), '--profile', profileFile, file],
      { env },
    );
    expect(JSON.parse(stdout.trim())).toMatchObject({ status: 'COMPLETED', rowsAccepted: 1 });
    const bad = await run(
      'node',
      [MAIN, 'ingest', '--incident', incidentA, '--source', siren('operator-a'), '--profile', join(dir, 'missing.json'), file],
      { env },
    ).catch((e: { stderr: string }) => e);
    expect((bad as { stderr: string }).stderr).toMatch(/missing\.json/);
  });
});
