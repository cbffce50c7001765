#!/usr/bin/env node
// First: with OTEL_* tracing configured, the instrumentations must hook express, pg and graphql before they load.
import { flushTraces } from './app/tracing-bootstrap';
import 'reflect-metadata';
import { appendFile, readFile } from 'node:fs/promises';
import { Command, InvalidArgumentError, Option } from 'commander';
import { createApp } from './app/app';
import { CheckpointFileError, formatCheckpoint, parseCheckpoints, takeCheckpoint } from './db/audit/audit.checkpoint';
import { type AuditProblem, verifyAuditTrail } from './db/audit/audit.verify';
import { ROLES, type Role } from './auth/roles';
import { lifetimeSeconds, signToken } from './auth/tokens';
import { ConfigError, loadConfig } from './config/config';
import { type DemoDocumentLink, demoDocumentLinks, demoTokens, loadDemo } from './demo/load-demo';
import { DomainError } from './lib/errors';
import { renderToFile, verifyFile } from './documents/document.cli';
import { exitWithParent, hasBoundedHeap, ingestFiles, rerunWithBoundedHeap } from './ingest/ingest.cli';
import { ProfileError } from './ingest/profiles';
import { isUuid } from './lib/uuid';
import { PdfReadError } from './documents/verify';

/** The `breach-gateway` command: serve, migrate, demo, ingest, audit verify|checkpoint, render, verify, token. */
const program = new Command('breach-gateway').description('GraphQL gateway for personal-data breach notifications (CNIL, GDPR art. 33/34)');

program
  .command('serve')
  .description('migrate the database and serve GraphQL on /graphql')
  .option('--demo', 'demo mode: generated secrets, the reference scenario loaded into an empty database, tokens printed')
  .action(async (options: { demo?: boolean }) => {
    const app = await createApp(loadConfig(process.env, { demo: options.demo }));
    if (app.config.demo && (await loadDemo(app))) app.logger.info('demo scenario loaded');
    const running = await app.listen();
    app.logger.info({ url: `${running.url}/graphql`, database: app.config.database.dialect }, 'breach-gateway is serving');
    if (app.config.demo) printTokens(await demoTokens(app), running.url, await demoDocumentLinks(app));
    const shutdown = () => {
      app.logger.info('shutting down');
      void app
        .close()
        .then(flushTraces)
        .then(() => process.exit(0));
    };
    process.once('SIGINT', shutdown);
    process.once('SIGTERM', shutdown);
  });

program
  .command('migrate')
  .description('apply pending migrations and exit')
  .action(async () => {
    const app = await createApp(loadConfig(process.env, { requireJwt: false, requirePseudonymKey: false, requireAuditKey: false }));
    await app.close();
  });

program
  .command('demo')
  .description('load the reference scenario into an empty database and print demo tokens')
  .action(async () => {
    const app = await createApp(loadConfig(process.env, { demo: true }));
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
      const app = await createApp(loadConfig(process.env, { requireJwt: false }));
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
    const app = await createApp(loadConfig(process.env, { requireJwt: false, requirePseudonymKey: false }));
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
    const app = await createApp(loadConfig(process.env, { requireJwt: false, requirePseudonymKey: false, requireAuditKey: false }));
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
    const app = await createApp(loadConfig(process.env, { requireJwt: false, requirePseudonymKey: false }));
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
    const app = await createApp(loadConfig(process.env, { requireJwt: false, requirePseudonymKey: false, requireAuditKey: false }));
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
    const config = loadConfig(process.env, { requireAuditKey: false });
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

program.parseAsync().catch((error: unknown) => {
  if (error instanceof ConfigError) console.error(`Configuration error: ${error.message}`);
  else if (error instanceof ProfileError) console.error(error.message);
  else if (error instanceof DomainError) console.error(`${error.extensions.code}: ${error.message}`);
  else if (error instanceof PdfReadError || error instanceof CheckpointFileError) console.error(error.message);
  else if ((error as NodeJS.ErrnoException).code === 'ENOENT') console.error(`No such file: ${(error as NodeJS.ErrnoException).path}`);
  else console.error(error);
  process.exitCode = 1;
});
