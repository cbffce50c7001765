import type { EntityManager, MikroORM } from '@mikro-orm/core';
import type { Clock } from '../config/clock';

/** One row an audited flush wrote: what the stages that keep derived state look at. */
export interface ChangedRow {
  type: 'create' | 'update' | 'delete' | string;
  entityName: string;
  entity: object;
}

/**
 * Recomputes what is derived from the rows a flush wrote (a notification's hash, completeness,
 * severity, obligations), in the flush's own transaction and after its rows are written, so the
 * stored state never disagrees with the facts it was computed from. Registered once per ORM by the
 * composition root (src/app/app.ts): the database layer cannot know the stages that derive state.
 */
export type DerivedStateHook = (em: EntityManager, changed: readonly ChangedRow[], clock: Clock) => Promise<void>;

const hooks = new WeakMap<object, DerivedStateHook>();

export function useDerivedState(orm: MikroORM, hook: DerivedStateHook): void {
  hooks.set(orm.config, hook);
}

export function derivedStateHookOf(em: EntityManager): DerivedStateHook | undefined {
  return hooks.get(em.config);
}

/**
 * Stored derived state: recomputed from audited rows by the hook above, never edited by anyone, so
 * neither audited row by row nor refused by the unaudited-flush guard (the trail vouches for its inputs).
 */
export const DERIVED_ENTITIES: ReadonlySet<string> = new Set(['NotificationState', 'ObligationState']);
