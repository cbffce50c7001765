#!/usr/bin/env node
import 'reflect-metadata';
import { Command, InvalidArgumentError, Option } from 'commander';
import { createApp } from './app';
import { verifyAuditTrail } from './audit/audit.verify';
import { ROLES, type Role } from './auth/roles';
import { lifetimeSeconds, signToken } from './auth/tokens';
import { ConfigError, loadConfig } from './config/config';
import { demoFilingPath, demoTokens, loadDemo } from './demo/load-demo';
import { DomainError } from './graphql/errors';
import { renderToFile, verifyFile } from './notifications/document.cli';
import { exitWithParent, hasBoundedHeap, ingestFiles, rerunWithBoundedHeap } from './ingest/ingest.cli';
import { ProfileError } from './ingest/profiles';
import { isUuid } from './lib/uuid';
import { PdfReadError } from './pdf/verify';

/** The `breach-gateway` command: serve, migrate, demo, ingest, audit verify, render, verify, token. */
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
    if (app.config.demo) printTokens(await demoTokens(app), running.url, await demoFilingPath(app));
    const shutdown = () => {
      app.logger.info('shutting down');
      void app.close().then(() => process.exit(0));
    };
    process.once('SIGINT', shutdown);
    process.once('SIGTERM', shutdown);
  });

program
  .command('migrate')
  .description('apply pending migrations and exit')
  .action(async () => {
    const app = await createApp(loadConfig(process.env, { requireJwt: false, requirePseudonymKey: false }));
    await app.close();
  });

program
  .command('demo')
  .description('load the reference scenario into an empty database and print demo tokens')
  .action(async () => {
    const app = await createApp(loadConfig(process.env, { demo: true }));
    const loaded = await loadDemo(app);
    console.log(loaded ? 'Demo scenario loaded.' : 'The database is not empty: demo scenario not loaded.');
    printTokens(await demoTokens(app), `http://${app.config.host}:${app.config.port}`, await demoFilingPath(app));
    await app.close();
  });

program
  .command('ingest')
  .description('ingest affected-person lists: each file is one batch, counted all or nothing')
  .requiredOption('--incident <id>', 'the incident the persons were exposed by')
  .requiredOption('--source <org>', 'the organisation the lists come from (id or SIREN)')
  .requiredOption('--profile <name|file.json>', 'a built-in profile (operator-a-csv, operator-b-csv, canonical-jsonl) or a profile file')
  .addOption(new Option('--on-error <mode>', 'reject: one invalid row rejects the batch; quarantine: keep the valid rows').choices(['reject', 'quarantine']).default('reject'))
  .option('--error-report <file>', 'write every rejected row (file, line, field, reason; NIRs masked) to this CSV file')
  .argument('<files...>', 'CSV or JSON Lines files')
  .action(async (files: string[], options: { incident: string; source: string; profile: string; onError: string; errorReport?: string }) => {
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
  });

program
  .command('audit')
  .description('audit trail tools')
  .command('verify')
  .description('check that no audit event was edited, deleted, inserted or reordered; exit 1 if one was')
  .action(async () => {
    const app = await createApp(loadConfig(process.env, { requireJwt: false, requirePseudonymKey: false }));
    try {
      const { events, problem } = await verifyAuditTrail(app.orm.em.fork());
      if (problem) {
        console.error(`Audit trail broken at event ${problem.seq}: ${problem.reason} (${events} events checked before it)`);
        process.exitCode = 1;
      } else {
        console.log(`Audit trail intact: ${events} events, every link verified.`);
      }
    } finally {
      await app.close();
    }
  });

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
  .description("check a filing or letter PDF: its embedded content, its bytes re-rendered, and the gateway's record; exit 1 on any mismatch")
  .argument('<file>', 'the PDF')
  .action(async (file: string) => {
    const app = await createApp(loadConfig(process.env, { requireJwt: false, requirePseudonymKey: false }));
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
    const config = loadConfig(process.env);
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

function printTokens(tokens: { label: string; token: string }[], baseUrl: string, filingPath: string | null): void {
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
  if (filingPath) {
    lines.push('Download a filed notification as PDF:', `  curl -s -o filing.pdf -H 'authorization: Bearer ${tokens[0]?.token}' ${baseUrl}${filingPath}`, '');
  }
  console.log(lines.join('\n'));
}

program.parseAsync().catch((error: unknown) => {
  if (error instanceof ConfigError) console.error(`Configuration error: ${error.message}`);
  else if (error instanceof ProfileError) console.error(error.message);
  else if (error instanceof DomainError) console.error(`${error.extensions.code}: ${error.message}`);
  else if (error instanceof PdfReadError) console.error(error.message);
  else if ((error as NodeJS.ErrnoException).code === 'ENOENT') console.error(`No such file: ${(error as NodeJS.ErrnoException).path}`);
  else console.error(error);
  process.exitCode = 1;
});
