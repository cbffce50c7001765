import 'reflect-metadata';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../src/lib/paths';
import { printGatewaySchema } from '../src/app/graphql/schema';

/**
 * `write` emits the schema to schema/schema.graphql (committed); `check` fails when the committed
 * file differs from what the code builds, so a schema change never lands unnoticed.
 */
const SCHEMA_FILE = join(projectRoot, 'schema', 'schema.graphql');

async function main(task: string | undefined): Promise<void> {
  const printed = await printGatewaySchema();
  if (task === 'write') {
    writeFileSync(SCHEMA_FILE, printed);
    console.log(`wrote ${SCHEMA_FILE}`);
  } else if (task === 'check') {
    let committed = '';
    try {
      committed = readFileSync(SCHEMA_FILE, 'utf8');
    } catch {
      // a missing file is drift like any other
    }
    if (committed !== printed) {
      console.error('schema/schema.graphql is out of date: run npm run schema:emit and commit it');
      process.exitCode = 1;
    } else {
      console.log('schema/schema.graphql is up to date');
    }
  } else {
    throw new Error('usage: schema write | check');
  }
}

main(process.argv[2]).catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
