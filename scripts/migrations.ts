import 'reflect-metadata';
import { openOrm } from '../src/app/orm';
import { type Dialect, migrate, migrationsDir } from '../src/db/orm';
import { createScratchDatabase } from '../src/db/scratch';

/**
 * Development tasks on migrations, for both dialects at once:
 *   create  writes the migration that brings a database at the latest migration to the entities
 *   check   fails when the entities need a migration that does not exist yet (drift)
 */
const DIALECTS: Dialect[] = ['sqlite', 'postgresql'];

/** The SQL that would bring a freshly migrated database to the entities; empty when they agree. */
export async function pendingSchemaDiff(dialect: Dialect): Promise<string> {
  const scratch = await createScratchDatabase(dialect, 'drift');
  const orm = await openOrm(scratch.database);
  try {
    await migrate(orm, scratch.database);
    return (await orm.getSchemaGenerator().getUpdateSchemaSQL({ wrap: false })).trim();
  } finally {
    await orm.close(true);
    await scratch.drop();
  }
}

async function create(name: string | undefined): Promise<void> {
  for (const dialect of DIALECTS) {
    const scratch = await createScratchDatabase(dialect, 'migration');
    const orm = await openOrm(scratch.database);
    try {
      await migrate(orm, scratch.database);
      const result = await orm.getMigrator().createMigration(migrationsDir(dialect, { source: true }), false, false, name);
      console.log(result.fileName ? `${dialect}: wrote ${result.fileName}` : `${dialect}: entities and migrations agree, nothing written`);
    } finally {
      await orm.close(true);
      await scratch.drop();
    }
  }
}

async function check(): Promise<void> {
  let drift = false;
  for (const dialect of DIALECTS) {
    const diff = await pendingSchemaDiff(dialect);
    if (diff) {
      drift = true;
      console.error(`${dialect}: the entities need a migration (npm run migration:create):\n${diff}`);
    } else {
      console.log(`${dialect}: entities and migrations agree`);
    }
  }
  if (drift) process.exitCode = 1;
}

if (require.main === module) {
  const [task, name] = process.argv.slice(2);
  const run =
    task === 'create' ? create(name) : task === 'check' ? check() : Promise.reject(new Error('usage: migrations create [name] | check'));
  run.catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
