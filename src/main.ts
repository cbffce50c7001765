#!/usr/bin/env node
import 'reflect-metadata';
import { Command, InvalidArgumentError, Option } from 'commander';
import { createApp } from './app';
import { ROLES, type Role } from './auth/roles';
import { signToken } from './auth/tokens';
import { ConfigError, loadConfig } from './config/config';
import { demoTokens, loadDemo } from './demo/load-demo';

/** The `breach-gateway` command: serve, migrate, demo, token. */
const program = new Command('breach-gateway').description('GraphQL gateway for personal-data breach notifications (CNIL, GDPR art. 33/34)');

program
  .command('serve')
  .description('migrate the database and serve GraphQL on /graphql')
  .option('--demo', 'demo mode: generated secrets, the reference scenario loaded into an empty database, tokens printed')
  .action(async (options: { demo?: boolean }) => {
    const app = await createApp(loadConfig(process.env, { demo: options.demo }));
    if (app.config.demo && (await loadDemo(app.orm, app.clock))) app.logger.info('demo scenario loaded');
    const running = await app.listen();
    app.logger.info({ url: `${running.url}/graphql`, database: app.config.database.dialect }, 'breach-gateway is serving');
    if (app.config.demo) printTokens(await demoTokens(app.orm, app.config), running.url);
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
    const app = await createApp(loadConfig(process.env, { requireJwt: false }));
    await app.close();
  });

program
  .command('demo')
  .description('load the reference scenario into an empty database and print demo tokens')
  .action(async () => {
    const app = await createApp(loadConfig(process.env, { demo: true }));
    const loaded = await loadDemo(app.orm, app.clock);
    console.log(loaded ? 'Demo scenario loaded.' : 'The database is not empty: demo scenario not loaded.');
    printTokens(await demoTokens(app.orm, app.config), `http://${app.config.host}:${app.config.port}`);
    await app.close();
  });

program
  .command('token')
  .description('sign a bearer token for a person of an organisation')
  .requiredOption('--org <id>', 'organisation id')
  .requiredOption('--sub <subject>', 'who the token is for, e.g. an e-mail address')
  .addOption(new Option('--role <role...>', 'one or more roles').choices(ROLES).makeOptionMandatory())
  .option('--expires <duration>', 'lifetime, e.g. 2h or 7d', parseDuration, '12h')
  .action(async (options: { org: string; sub: string; role: Role[]; expires: string }) => {
    const config = loadConfig(process.env);
    console.log(await signToken(config.jwt, { sub: options.sub, org: options.org, roles: options.role }, options.expires));
  });

function parseDuration(value: string): string {
  if (!/^\d+[smhd]$/.test(value)) throw new InvalidArgumentError('a duration is a number followed by s, m, h or d');
  return value;
}

function printTokens(tokens: { label: string; token: string }[], baseUrl: string): void {
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
  console.log(lines.join('\n'));
}

program.parseAsync().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? `Configuration error: ${error.message}` : error);
  process.exitCode = 1;
});
