import type { MikroORM } from '@mikro-orm/core';
import type { DatabaseConfig } from '../config/config';
import { createOrm, type MigrationMode } from '../db/orm';
import { entities } from './modules';

/** The gateway's ORM: the database of the configuration with the entities of every stage. */
export function openOrm(database: DatabaseConfig, options: { migrations?: MigrationMode } = {}): Promise<MikroORM> {
  return createOrm(database, entities, options);
}
