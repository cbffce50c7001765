import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import type { DatabaseConfig } from '../../src/config/config';

const MAIN = join(__dirname, '..', '..', 'dist', 'src', 'main.js');

/** The environment of a `breach-gateway serve` child on a scratch database, with the tests' keys. */
export function childGatewayEnv(database: DatabaseConfig, dataDir: string, extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  return {
    PATH: process.env.PATH,
    DATA_DIR: dataDir,
    LOG_LEVEL: 'warn',
    PORT: '0',
    JWT_SECRET: 'x'.repeat(40),
    PSEUDONYM_KEY: 'ab'.repeat(32),
    AUDIT_KEY: 'cd'.repeat(32),
    // Nothing in the child's database asks for it; the test reads its own results.
    STATE_REFRESH_SECONDS: '0',
    ...(database.dialect === 'postgresql' ? { DATABASE_URL: database.url } : { SQLITE_PATH: database.path }),
    ...extra,
  };
}

/**
 * A real gateway process (`node dist/src/main.js serve`, built by the global setup) that a test can
 * SIGKILL mid-work and start again: what a crashed instance leaves behind is then visible to the
 * next one, as in production. Its output is kept for the failure message.
 */
export class ChildGateway {
  readonly output: string[] = [];
  private readonly child: ChildProcess;
  private readonly exited: Promise<number | null>;

  constructor(env: NodeJS.ProcessEnv) {
    this.child = spawn('node', [MAIN, 'serve'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    this.child.stdout!.on('data', (chunk: Buffer) => this.output.push(chunk.toString('utf8')));
    this.child.stderr!.on('data', (chunk: Buffer) => this.output.push(chunk.toString('utf8')));
    this.exited = new Promise((resolve) => this.child.once('exit', (code) => resolve(code)));
  }

  /** Kills it at once: no close(), no lease released, connections cut. */
  async kill(): Promise<void> {
    this.child.kill('SIGKILL');
    await this.exited;
  }

  /** Stops it as an operator would (SIGTERM), or kills it after `ms`. */
  async stop(ms = 5_000): Promise<void> {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return;
    this.child.kill('SIGTERM');
    const timer = setTimeout(() => this.child.kill('SIGKILL'), ms);
    await this.exited;
    clearTimeout(timer);
  }
}
