#!/usr/bin/env node
// First: with OTEL_* tracing configured, the instrumentations must hook express, pg and graphql before they load.
import './app/tracing-bootstrap';
import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import { appendFile, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { Command, InvalidArgumentError, Option } from 'commander';
import pino from 'pino';
import { type AppOptions, createApp } from './app/app';
import { backupTo, KEY_ESCROW_NOTICE, PgDumpMissingError } from './app/backup';
import { openOrm } from './app/orm';
import { stopOnSignals } from './app/service/shutdown';
import { CheckpointFileError, formatCheckpoint, parseCheckpoints, takeCheckpoint } from './db/audit/audit.checkpoint';
import { type AuditProblem, verifyAuditTrail } from './db/audit/audit.verify';
import { ROLES, type Role } from './auth/roles';
import { lifetimeSeconds, signToken } from './auth/tokens';
import { type CommandName, ConfigError, loadConfig } from './config/config';
import { createLogger } from './config/logger';
import { pendingMigrations, SchemaNotCurrentError } from './db/orm';
import { type DemoDocumentLink, demoDocumentLinks, demoTokens, loadDemo } from './demo/load-demo';
import { DomainError } from './lib/errors';
import { renderToFile, verifyFile } from './documents/document.cli';
import { exitWithParent, hasBoundedHeap, ingestFiles, rerunWithBoundedHeap } from './ingest/ingest.cli';
import { ProfileError } from './ingest/profiles';
import { isUuid } from './lib/uuid';
import { projectRoot } from './lib/paths';
import { PdfReadError } from './documents/verify';

/** The `breach-gateway` command: serve, migrate, demo, ingest, audit verify|checkpoint, render, verify, token, backup. */
const program = new Command('breach-gateway').description('GraphQL gateway for personal-data breach notifications (CNIL, GDPR art. 33/34)');

const VERSION = (JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')) as { version: string }).version;
program.version(VERSION, '--version', 'print the version and exit');

/** Each command reads only the secrets it needs (COMMAND_NEEDS in src/config/config.ts). */
const configFor = (command: CommandName, demo?: boolean) => loadConfig(process.env, { command, demo });

/** The commands that only read: they never create nor migrate a database, and leave start-up housekeeping to `serve`. */
const READ_ONLY: AppOptions = { migrations: 'require-current', housekeeping: false };

program
  .command('serve')
  .description('migrate the database and serve GraphQL on /graphql')
  .option('--demo', 'demo mode: generated secrets, the reference scenario loaded into an empty database, tokens printed')
  .option('--no-migrate', 'do not migrate: refuse to start when migrations are pending (run `migrate` as a deploy step)')
  .action(async (options: { demo?: boolean; migrate: boolean }) => {
    const app = await createApp(configFor('serve', options.demo), { migrations: options.migrate ? 'apply' : 'require-current' });
    if (app.config.demo && (await loadDemo(app))) app.logger.info('demo scenario loaded');
    const running = await app.listen();
    app.logger.info({ url: `${running.url}/graphql`, database: app.config.database.dialect }, 'breach-gateway is serving');
    if (app.config.demo) printTokens(await demoTokens(app), running.url, await demoDocumentLinks(app));
    stopOnSignals(app, running);
  });

program
  .command('migrate')
  .description('apply pending migrations and exit')
  .option('--check', 'apply nothing: list the pending migrations and exit 1 when there are any')
  .action(async (options: { check?: boolean }) => {
    const config = configFor('migrate');
    if (options.check) {
      const orm = await openOrm(config.database, { migrations: 'require-current' });
      try {
        const pending = await pendingMigrations(orm, config.database);
        console.log(pending.length ? `Pending migrations:\n${pending.map((name) => `  ${name}`).join('\n')}` : 'No pending migration.');
        if (pending.length) process.exitCode = 1;
      } finally {
        await orm.close(true);
      }
      return;
    }
    // The schema only: sweeping orphaned batches writes audited rows, left to `serve` and `ingest`, which hold AUDIT_KEY.
    const app = await createApp(config, { housekeeping: false });
    await app.close();
  });

program
  .command('demo')
  .description('load the reference scenario into an empty database and print demo tokens')
  .action(async () => {
    const app = await createApp(configFor('demo', true));
    const loaded = await loadDemo(app);
    console.log(loaded ? 'Demo scenario loaded.' : 'The database is not empty: demo scenario not loaded.');
    printTokens(await demoTokens(app), `http://${app.config.host}:${app.config.port}`, await demoDocumentLinks(app));
    await app.close();
  });

program
  .command('ingest')
  .description('ingest affected-person lists: each file is one batch, counted all or nothing')
  .requiredOption('--incident <id>', 'the incident the persons were exposed by')
  .requiredOption('--source <org>', 'the organisation the lists come from (id or SIREN)')
  .requiredOption('--profile <name|file.json>', 'a built-in profile (operator-a-csv, operator-b-csv, canonical-jsonl) or a profile file')
  .addOption(
    new Option('--on-error <mode>', 'reject: one invalid row rejects the batch; quarantine: keep the valid rows')
      .choices(['reject', 'quarantine'])
      .default('reject'),
  )
  .option('--error-report <file>', 'write every rejected row (file, line, field, reason; NIRs masked) to this CSV file')
  .argument('<files...>', 'CSV or JSON Lines files')
  .action(
    async (files: string[], options: { incident: string; source: string; profile: string; onError: string; errorReport?: string }) => {
      if (!hasBoundedHeap()) {
        process.exitCode = await rerunWithBoundedHeap();
        return;
      }
      exitWithParent();
      const app = await createApp(configFor('ingest'));
      try {
        const ok = await ingestFiles(app, files, options);
        if (!ok) process.exitCode = 2;
      } finally {
        await app.close();
      }
    },
  );

const audit = program.command('audit').description('audit trail tools');

audit
  .command('verify')
  .description(
    'check the audit chain under AUDIT_KEY, the checkpoints kept outside the database, and every audited row against its last event; exit 1 at the first problem',
  )
  .option(
    '--checkpoint <file>',
    'a file of lines written by `audit checkpoint`: each must still be in the chain, and the chain must reach the latest',
  )
  .action(async (options: { checkpoint?: string }) => {
    const checkpoints = options.checkpoint ? parseCheckpoints(await readFile(options.checkpoint, 'utf8'), options.checkpoint) : [];
    const app = await createApp(configFor('audit verify'), READ_ONLY);
    try {
      const { events, rows, problem } = await verifyAuditTrail(app.orm.em.fork(), app.config.auditKey, checkpoints);
      if (problem) {
        console.error(`Audit trail broken: ${describeProblem(problem)} (${events} events checked before it)`);
        process.exitCode = 1;
        return;
      }
      console.log(`Audit trail intact: ${events} events, every link verified under AUDIT_KEY; ${rows} rows match their last event.`);
      console.log(
        checkpoints.length
          ? `The chain holds all ${checkpoints.length} checkpoints of ${options.checkpoint} and reaches the latest.`
          : 'No checkpoint given: removing the newest events (with the head row rewound) cannot be detected without one (audit checkpoint, then audit verify --checkpoint FILE).',
      );
    } finally {
      await app.close();
    }
  });

audit
  .command('checkpoint')
  .description("print the chain's head (sequence, hash, time) as a line to keep outside the database; with --out, append it to a file")
  .option('--out <file>', 'append the line to this file (created if missing) instead of printing it')
  .action(async (options: { out?: string }) => {
    const app = await createApp(configFor('audit checkpoint'), READ_ONLY);
    try {
      const line = formatCheckpoint(await takeCheckpoint(app.orm.em.fork(), app.clock.now()));
      if (options.out) {
        await appendFile(options.out, `${line}\n`);
        console.log(`Checkpoint appended to ${options.out}: ${line}`);
      } else {
        console.log(line);
      }
    } finally {
      await app.close();
    }
  });

function describeProblem(problem: AuditProblem): string {
  switch (problem.kind) {
    case 'chain':
      return `at event ${problem.seq}${problem.chain === 'main' ? '' : ` of the ${problem.chain} chain`}: ${problem.reason}`;
    case 'checkpoint':
      return `checkpoint ${problem.file}:${problem.line} (event ${problem.seq}): ${problem.reason}`;
    case 'row':
      return `table ${problem.table}, row ${problem.id}: ${problem.reason}`;
  }
}

program
  .command('render')
  .description('render a notification to PDF (the CNIL filing, or with --letter the letter to the persons); recorded like a download')
  .argument('<notification>', 'notification id')
  .requiredOption('-o, --output <file>', 'where to write the PDF')
  .option('--letter', 'the letter to the persons (art. 34) instead of the filing')
  .action(async (id: string, options: { output: string; letter?: boolean }) => {
    // Recorded like a download (a row written), but never on a database it would have to create or migrate.
    const app = await createApp(configFor('render'), READ_ONLY);
    try {
      console.log(await renderToFile(app.orm.em.fork(), app.clock, id, options.letter ? 'LETTER' : 'FILING', options.output));
    } finally {
      await app.close();
    }
  });

program
  .command('verify')
  .description(
    "check a filing or letter PDF: its embedded content, its bytes re-rendered, and the gateway's record; exit 1 on any mismatch",
  )
  .argument('<file>', 'the PDF')
  .action(async (file: string) => {
    const app = await createApp(configFor('verify'), READ_ONLY);
    try {
      const verdict = await verifyFile(app.orm.em.fork(), file);
      console.log(verdict.lines.join('\n'));
      console.log(verdict.ok ? 'VERIFIED' : 'NOT VERIFIED');
      if (!verdict.ok) process.exitCode = 1;
    } finally {
      await app.close();
    }
  });

program
  .command('token')
  .description('sign a bearer token for a person of an organisation')
  .requiredOption('--org <id>', 'organisation id (a UUID)', parseOrganizationId)
  .requiredOption('--sub <subject>', 'who the token is for, e.g. an e-mail address')
  .addOption(new Option('--role <role...>', 'one or more roles').choices(ROLES).makeOptionMandatory())
  .option('--expires <duration>', 'lifetime, e.g. 2h (default 12h, or JWT_MAX_LIFETIME_SECONDS if shorter; never more)', parseDuration)
  .action(async (options: { org: string; sub: string; role: Role[]; expires?: string }) => {
    const config = configFor('token');
    console.log(await signToken(config.jwt, { sub: options.sub, org: options.org, roles: options.role }, options.expires));
  });

/** The gateway refuses a token whose org is not a UUID: better not to sign one. */
function parseOrganizationId(value: string): string {
  if (!isUuid(value)) throw new InvalidArgumentError('an organisation id is a UUID (organizations { id } in GraphQL)');
  return value;
}

function parseDuration(value: string): string {
  try {
    lifetimeSeconds(value);
  } catch {
    throw new InvalidArgumentError('a duration is a number followed by s, m, h or d');
  }
  return value;
}

function printTokens(tokens: { label: string; token: string }[], baseUrl: string, documents: DemoDocumentLink[]): void {
  const lines = ['', 'Demo tokens (valid 24 h):'];
  for (const { label, token } of tokens) lines.push('', `  ${label}:`, `  ${token}`);
  lines.push(
    '',
    `Web app: open ${baseUrl}/ and pick a demo identity.`,
    '',
    'Try it:',
    `  curl -s ${baseUrl}/graphql -H 'content-type: application/json' \\`,
    `    -H 'authorization: Bearer ${tokens[0]?.token}' \\`,
    `    -d '{"query":"{ incidents { totalCount edges { node { title exposures { controller { legalName } awareAt approxPersons } } } } }"}'`,
    '',
  );
  if (documents.length > 0) {
    lines.push(`Documents to download as the ${tokens[0]?.label} (-OJ keeps the served file name):`, `  TOKEN='${tokens[0]?.token}'`);
    for (const { label, path } of documents) lines.push(`  curl -s -OJ -H "authorization: Bearer $TOKEN" '${baseUrl}${path}'   # ${label}`);
    lines.push('');
  }
  console.log(lines.join('\n'));
}

program
  .command('backup')
  .description(
    'copy the database to DIR (SQLite: online backup; PostgreSQL: pg_dump -Fc) with a manifest, after checking every kept PDF against its recorded sha256; exit 1 when one differs',
  )
  .requiredOption('--to <dir>', 'the directory to write the backup and its manifest.json to')
  .action(async (options: { to: string }) => {
    const app = await createApp(configFor('backup'), READ_ONLY);
    try {
      const dir = resolve(options.to);
      const manifest = await backupTo(app.orm, app.config.database, dir, VERSION, app.clock.now());
      for (const file of manifest.files) console.log(`${join(dir, file.name)}: ${file.bytes} bytes, sha256 ${file.sha256}`);
      const { filings, recapitulatifs, problems } = manifest.keptPdfs;
      console.log(`Kept PDFs checked: ${filings} filings, ${recapitulatifs} récapitulatifs, ${problems.length} problem(s).`);
      for (const p of problems) console.error(`✗ ${p.kind} of notification ${p.notificationId}: ${p.reason}`);
      console.log(`Manifest: ${join(dir, 'manifest.json')}`);
      console.log(KEY_ESCROW_NOTICE);
      if (problems.length) process.exitCode = 1;
    } finally {
      await app.close();
    }
  });

/** Errors that say all there is to say: logged without a stack. */
function describeKnownError(error: unknown): string | undefined {
  if (error instanceof ConfigError) return `Configuration error: ${error.message}`;
  if (error instanceof DomainError) return `${error.extensions.code}: ${error.message}`;
  if (
    error instanceof ProfileError ||
    error instanceof PdfReadError ||
    error instanceof CheckpointFileError ||
    error instanceof SchemaNotCurrentError ||
    error instanceof PgDumpMissingError
  )
    return error.message;
  if ((error as NodeJS.ErrnoException).code === 'ENOENT') return `No such file: ${(error as NodeJS.ErrnoException).path}`;
  return undefined;
}

/** An error's first line, bounded: a failed migration's message repeats its whole SQL statement. */
function firstLine(error: unknown): string {
  const text = (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '';
  return text.length > 300 ? `${text.slice(0, 300)}…` : text;
}

/** What an unexpected error is, and where it was thrown from: its type, code and first frames, not pages of SQL. */
function briefError(error: unknown): Record<string, unknown> {
  if (!(error instanceof Error)) return { message: firstLine(error) };
  const frames = (error.stack ?? '')
    .split('\n')
    .filter((line) => /^\s+at /.test(line))
    .slice(0, 8)
    .map((line) => line.trim());
  const cause = error.cause instanceof Error ? `${error.cause.name}: ${firstLine(error.cause)}` : undefined;
  return { type: error.name, code: (error as NodeJS.ErrnoException).code, ...(cause ? { cause } : {}), stack: frames };
}

/**
 * A failed command logs one JSON line on stderr (pino's format, what a log collector reads) and
 * exits 1 at once: an open pool or timer left by the failure must not keep a half-started process
 * alive, where a supervisor would wait for it instead of restarting it.
 */
program.parseAsync().catch((error: unknown) => {
  // The gateway's own logger (its base fields and redaction), on stderr, written before the exit below.
  const logger = createLogger('info', pino.destination({ fd: 2, sync: true }));
  const known = describeKnownError(error);
  const command = process.argv.slice(2).find((arg) => !arg.startsWith('-'));
  if (known) {
    const cause = (error as Error).cause;
    logger.error({ command, ...(cause ? { cause: cause instanceof Error ? cause.message : String(cause) } : {}) }, known);
  } else {
    logger.fatal({ command, err: briefError(error) }, `${command ?? 'breach-gateway'} failed: ${firstLine(error)}`);
  }
  process.exit(1);
});
