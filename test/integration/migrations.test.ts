import { describe, expect, it } from 'vitest';
import { openOrm } from '../../src/app/orm';
import { migrate } from '../../src/db/orm';
import { createScratchDatabase } from '../../src/db/scratch';
import { pendingSchemaDiff } from '../../scripts/migrations';
import { dialect } from '../support/app';

describe(`migrations on ${dialect}`, () => {
  it('apply to an empty database, then have nothing left to apply', async () => {
    const scratch = await createScratchDatabase(dialect, 'migrate');
    const orm = await openOrm(scratch.database);
    try {
      expect((await migrate(orm, scratch.database)).length).toBeGreaterThan(0);
      expect(await migrate(orm, scratch.database)).toEqual([]);
    } finally {
      await orm.close(true);
      await scratch.drop();
    }
  });

  it('agree with the entities: no schema difference is pending', async () => {
    expect(await pendingSchemaDiff(dialect)).toBe('');
  });
});
