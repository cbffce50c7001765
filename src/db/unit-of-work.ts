import { type EntityManager, OptimisticLockError, UniqueConstraintViolationException } from '@mikro-orm/core';
import { type Actor, flushAudited } from './audit/audit.writer';
import type { Clock } from '../config/clock';
import { ConflictError } from '../lib/errors';

/**
 * A unit of work: the entity-manager fork of one request or command, who acts (written into the
 * audit trail) and the time. Services pass their ServiceContext (src/auth/context.ts), which is one.
 */
export interface UnitOfWork {
  em: EntityManager;
  viewer: Actor;
  clock: Clock;
}

/** Flushes the unit of work with its audit events, in one transaction (see audit.writer.ts). */
export function flush(ctx: UnitOfWork): Promise<void> {
  return flushAudited(ctx.em, { subject: ctx.viewer.subject, organizationId: ctx.viewer.organizationId }, ctx.clock);
}

/**
 * Flushes (audited) in one transaction, turning the database's refusals into the domain's
 * CONFLICT: a duplicate natural key, or a row changed by someone else since it was read.
 */
export async function flushOrConflict(ctx: UnitOfWork, what: string): Promise<void> {
  try {
    await flush(ctx);
  } catch (error) {
    if (error instanceof UniqueConstraintViolationException) {
      throw new ConflictError(`${what} already exists`);
    }
    if (error instanceof OptimisticLockError) {
      throw new ConflictError(`${what} was changed by someone else; reload it and apply your change again`);
    }
    throw error;
  }
}

/** Rejects an update that was prepared against an older version of the row. */
export function assertVersion(entity: { version: number }, expected: number | undefined | null, what: string): void {
  if (expected != null && expected !== entity.version) {
    throw new ConflictError(`${what} is at version ${entity.version}, your update was prepared against version ${expected}`, {
      currentVersion: entity.version,
    });
  }
}

/**
 * Copies the fields a patch sets onto the entity: `undefined` leaves a field alone, `null` clears it
 * (an empty list for list fields). Validation runs on the result, before anything is flushed.
 */
export function applyPatch<T extends object>(entity: T, patch: object, skip: readonly string[] = []): void {
  for (const [key, value] of Object.entries(patch)) {
    if (value === undefined || skip.includes(key)) continue;
    const current = (entity as Record<string, unknown>)[key];
    (entity as Record<string, unknown>)[key] = value === null ? (Array.isArray(current) ? [] : undefined) : value;
  }
}
