import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import type { ScratchDatabase } from '../../src/db/scratch';
import { TEST_AUDIT_KEY, TEST_JWT, TEST_PSEUDONYM_KEY } from './app';

/** The built command, as an operator runs it (the integration global setup builds dist/). */
export const MAIN = join(__dirname, '..', '..', 'dist', 'src', 'main.js');

/**
 * `breach-gateway serve` in a child process: what a test kills with SIGKILL to prove that nothing
 * committed is lost and nothing is done twice across a crash (alerts here, webhook deliveries next).
 */
export interface GatewayProcess {
  child: ChildProcess;
  /** The GraphQL endpoint it serves, from its « is serving » log line. */
  url: string;
  /** Resolves with the exit code (null when killed by a signal). */
  exited: Promise<number | null>;
  /** Its output so far, for a failing test's message. */
  output(): string;
  /** SIGKILL: no shutdown hook runs, an open transaction is left to the database to roll back. */
  kill9(): Promise<void>;
  /** SIGTERM, as an orderly stop. */
  stop(): Promise<void>;
}

/**
 * The environment of a gateway on the test's scratch database, with the test keys (so the child and
 * the test's own app read and write the same audit chain and pseudonyms); `extra` adds settings.
 */
export function gatewayEnv(scratch: ScratchDatabase, dataDir: string, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return {
    PATH: process.env.PATH,
    DATA_DIR: dataDir,
    HOST: '127.0.0.1',
    PORT: '0',
    LOG_LEVEL: 'info',
    JWT_SECRET: TEST_JWT.secret,
    PSEUDONYM_KEY: TEST_PSEUDONYM_KEY.toString('hex'),
    AUDIT_KEY: TEST_AUDIT_KEY.toString('hex'),
    ...(scratch.database.dialect === 'postgresql' ? { DATABASE_URL: scratch.database.url } : { SQLITE_PATH: scratch.database.path }),
    ...extra,
  };
}

/** Spawns `serve` and resolves once it logs that it is serving; rejects with its output if it exits or stalls first. */
export function spawnGateway(env: NodeJS.ProcessEnv, { readyWithinMs = 30_000 } = {}): Promise<GatewayProcess> {
  const child = spawn('node', [MAIN, 'serve'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const gateway = (url: string): GatewayProcess => ({
    child,
    url,
    exited,
    output: () => output,
    async kill9() {
      child.kill('SIGKILL');
      await exited;
    },
    async stop() {
      child.kill('SIGTERM');
      await exited;
    },
  });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`the gateway was not serving within ${readyWithinMs} ms:\n${output}`));
    }, readyWithinMs);
    const read = (chunk: Buffer) => {
      const before = output.length;
      output += chunk.toString();
      for (const line of output.slice(Math.max(0, output.lastIndexOf('\n', before) + 1)).split('\n')) {
        if (!line.includes('breach-gateway is serving')) continue;
        try {
          const { url } = JSON.parse(line) as { url: string };
          clearTimeout(timer);
          resolve(gateway(url));
        } catch {
          // A partial line: the rest comes with the next chunk.
        }
      }
    };
    child.stdout.on('data', read);
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`the gateway exited (${code}) before serving:\n${output}`));
    });
  });
}
