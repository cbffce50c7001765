import { type ChildProcessWithoutNullStreams, execFile, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createScratchDatabase, type ScratchDatabase } from '../../src/db/scratch';
import { dialect } from '../support/app';
import { must } from '../support/must';

const MAIN = join(__dirname, '..', '..', 'dist', 'src', 'main.js');
const run = promisify(execFile);

/** The built command, as `npm start` runs it, on a fresh data directory and database. */
describe(`the breach-gateway command on ${dialect}`, () => {
  let scratch: ScratchDatabase;
  let dataDir: string;
  let env: NodeJS.ProcessEnv;

  beforeAll(async () => {
    scratch = await createScratchDatabase(dialect, 'cli');
    dataDir = mkdtempSync(join(tmpdir(), 'breach-gateway-cli-'));
    const database =
      scratch.database.dialect === 'postgresql' ? { DATABASE_URL: scratch.database.url } : { SQLITE_PATH: scratch.database.path };
    env = { PATH: process.env.PATH, DATA_DIR: dataDir, PORT: '0', LOG_LEVEL: 'warn', ...database };
  });
  afterAll(async () => {
    await scratch.drop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('migrates without any secret, and refuses to serve without JWT_SECRET outside demo mode', async () => {
    await run('node', [MAIN, 'migrate'], { env });
    await expect(run('node', [MAIN, 'serve'], { env })).rejects.toMatchObject({ stderr: expect.stringMatching(/JWT_SECRET is required/) });
  });

  it('serves the demo with printed tokens that work, as the quick start promises', async () => {
    const child: ChildProcessWithoutNullStreams = spawn('node', [MAIN, 'serve', '--demo'], { env });
    try {
      let output = '';
      child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
      await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no tokens printed:\n${output}`)), 30_000);
        child.stdout.on('data', () => {
          if (output.includes('Try it:')) {
            clearTimeout(timer);
            resolve();
          }
        });
        child.once('exit', (code) => reject(new Error(`exited with ${code}:\n${output}`)));
      });
      const token = /controller DPO[^\n]*:\n\s+(\S+)/.exec(output)![1];
      const url = must(/curl -s (\S+)/.exec(output)?.[1], 'the curl URL the demo prints');
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({
          query: '{ incidents { totalCount edges { node { exposures { edges { node { controller { legalName } } } } } } } }',
        }),
      });
      const body = (await response.json()) as {
        data: {
          incidents: { totalCount: number; edges: { node: { exposures: { edges: { node: { controller: { legalName: string } } }[] } } }[] };
        };
      };
      expect(body.data.incidents.totalCount).toBe(2);
      expect(body.data.incidents.edges.flatMap((e) => e.node.exposures.edges.map((x) => x.node.controller.legalName))).toEqual([
        'Mutuelle Horizon Santé',
        'Mutuelle Horizon Santé',
      ]);
      // The banner's document links: one token, then a curl per document (filing copy first).
      const documentsToken = must(/TOKEN='(\S+)'/.exec(output)?.[1], 'the token the document links use');
      const filingUrl = must(/'(\S+\/filing\.pdf)'/.exec(output)?.[1], 'the filing copy link');
      const pdf = await fetch(filingUrl, { headers: { authorization: `Bearer ${documentsToken}` } });
      expect(pdf.status).toBe(200);
      expect(pdf.headers.get('content-type')).toBe('application/pdf');
      expect(
        Buffer.from(await pdf.arrayBuffer())
          .subarray(0, 8)
          .toString(),
      ).toBe('%PDF-1.7');
      // The generated demo secrets are the operator's alone.
      for (const secret of ['jwt', 'pseudonym', 'audit']) expect(statSync(join(dataDir, `${secret}.secret`)).mode & 0o777).toBe(0o600);
    } finally {
      child.kill('SIGTERM');
    }
  });

  it('signs tokens the gateway accepts: 12 h by default, never past JWT_MAX_LIFETIME_SECONDS', async () => {
    const secrets = { ...env, JWT_SECRET: 'cli-test-secret-cli-test-secret-cli-test', PSEUDONYM_KEY: 'ab'.repeat(32) };
    const args = [MAIN, 'token', '--org', '0190a000-0000-7000-8000-0000000000c1', '--sub', 'dpo@cli.example', '--role', 'CONTROLLER_DPO'];
    const lifetime = (stdout: string) => {
      const { iat, exp } = JSON.parse(Buffer.from(stdout.trim().split('.')[1]!, 'base64url').toString()) as { iat: number; exp: number };
      return exp - iat;
    };
    expect(lifetime((await run('node', args, { env: secrets })).stdout)).toBe(12 * 3600);
    expect(lifetime((await run('node', args, { env: { ...secrets, JWT_MAX_LIFETIME_SECONDS: '3600' } })).stdout)).toBe(3600);
    expect(lifetime((await run('node', [...args, '--expires', '24h'], { env: secrets })).stdout)).toBe(86_400);
    await expect(run('node', [...args, '--expires', '2d'], { env: secrets })).rejects.toMatchObject({
      stderr: expect.stringMatching(/at most 86400 s \(JWT_MAX_LIFETIME_SECONDS\)/),
    });
  });

  it('signs a token with JWT_SECRET alone: no pseudonym or audit key, no database opened', async () => {
    const args = [MAIN, 'token', '--org', '0190a000-0000-7000-8000-0000000000c1', '--sub', 'dpo@cli.example', '--role', 'CONTROLLER_DPO'];
    const missing = join(dataDir, 'nowhere', 'db.sqlite');
    const only = { PATH: process.env.PATH, JWT_SECRET: 'cli-test-secret-cli-test-secret-cli-test', SQLITE_PATH: missing };
    expect((await run('node', args, { env: only })).stdout).toMatch(/^eyJ[\w-]+\.[\w-]+\.[\w-]+\n$/);
    expect(existsSync(missing)).toBe(false);
  });
});
