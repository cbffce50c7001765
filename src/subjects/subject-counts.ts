import type { EntityManager } from '@mikro-orm/core';
import DataLoader from 'dataloader';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { ownCountParts, seesOwnListingsOnly, seesWholeIncidentCounts } from '../auth/scope';
import type { Viewer } from '../auth/viewer';
import type { Exposure } from '../incidents/exposure.entity';
import { type CountScope, SubjectCount } from './subject.entities';

/**
 * Reading the counts the ingest maintains: a few rows of SubjectCount, never a count over persons.
 * "duplicateReferences" is how many more persons the parts list than the whole counts: the persons
 * listed by both operators, or insured by two mutuelles, counted once in `persons`.
 */
@ObjectType({ description: 'Exact counts of pseudonymised persons, deduplicated within the scope.' })
export class SubjectCounts {
  @Field(() => Int, { description: 'Distinct persons, each counted once however many rows or parts name them.' }) persons!: number;
  @Field(() => Int, { description: 'Rows received, duplicates included.' }) records!: number;
  @Field(() => Int, { description: 'Persons under 18 at the start of the incident.' }) minors!: number;
}

@ObjectType({ description: 'The counts of one part of a scope (one source, one controller or one incident).' })
export class PartSubjectCounts extends SubjectCounts {
  @Field(() => ID, {
    description:
      "The part's id: the source organisation of an exposure's lists, the controller of an incident's exposures, the incident of a consolidation.",
  })
  partId!: string;
}

@ObjectType({ description: 'The deduplicated counts of a scope, with those of each part it is made of.' })
export class ScopedSubjectCounts extends SubjectCounts {
  @Field(() => [PartSubjectCounts], { description: 'The counts of each part, each deduplicated within itself.' })
  parts!: PartSubjectCounts[];
  @Field(() => Int, { description: 'Sum of the parts’ persons minus the deduplicated persons.' }) duplicateReferences!: number;
}

const ZERO = { persons: 0, records: 0, minors: 0 };

function toCounts(row: SubjectCount | undefined) {
  return row ? { persons: Number(row.persons), records: Number(row.records), minors: Number(row.minors) } : { ...ZERO };
}

/**
 * Parts seen without their deduplicated whole (a processor's lists for several controllers of an
 * incident others also listed): the sum, a person in two parts counted twice, as duplicateReferences 0 says.
 */
function summed(parts: SubjectCount[], partOf: (row: SubjectCount) => string): ScopedSubjectCounts {
  const partCounts = parts.map((row) => ({ ...toCounts(row), partId: partOf(row) }));
  const sum = (k: keyof typeof ZERO) => partCounts.reduce((total, p) => total + p[k], 0);
  return { persons: sum('persons'), records: sum('records'), minors: sum('minors'), parts: partCounts, duplicateReferences: 0 };
}

function scoped(whole: SubjectCount | undefined, parts: SubjectCount[], partOf: (row: SubjectCount) => string): ScopedSubjectCounts {
  const partCounts = parts.map((row) => ({ ...toCounts(row), partId: partOf(row) }));
  const counts = toCounts(whole);
  return { ...counts, parts: partCounts, duplicateReferences: partCounts.reduce((sum, p) => sum + p.persons, 0) - counts.persons };
}

export function scopeKey(scope: CountScope, incidentId = '', controllerId = '', sourceId = ''): string {
  return `${scope}:${incidentId}:${controllerId}:${sourceId}`;
}

/**
 * Per-request loaders. A processor acting only as such sees, for an exposure, the counts of what it
 * listed itself: the controller's own lists are the controller's data.
 */
export function createCountLoaders(em: EntityManager, viewer: Viewer) {
  return {
    exposureCounts: new DataLoader<Exposure, ScopedSubjectCounts, string>(
      async (exposures) => {
        const rows = await em.find(SubjectCount, {
          incidentId: { $in: [...new Set(exposures.map((e) => e.incident.id))] },
          scope: { $in: ['EXPOSURE', 'LISTING'] },
        });
        return exposures.map((e) => {
          const listings = rows.filter(
            (r) => r.scope === 'LISTING' && r.incidentId === e.incident.id && r.controllerId === e.controller.id,
          );
          if (seesOwnListingsOnly(viewer, e.controller.id)) {
            const own = listings.filter((r) => r.sourceId === viewer.organizationId);
            return scoped(own[0], own, (r) => r.sourceId!);
          }
          const whole = rows.find((r) => r.scopeKey === scopeKey('EXPOSURE', e.incident.id, e.controller.id));
          return scoped(whole, listings, (r) => r.sourceId!);
        });
      },
      { cacheKeyFn: (e) => e.id },
    ),
    incidentCounts: new DataLoader<string, ScopedSubjectCounts>(async (incidentIds) => {
      const rows = await em.find(SubjectCount, {
        incidentId: { $in: [...incidentIds] },
        scope: { $in: ['INCIDENT', 'EXPOSURE', 'LISTING'] },
      });
      return incidentIds.map((id) => {
        const exposures = rows.filter((r) => r.scope === 'EXPOSURE' && r.incidentId === id);
        const listings = rows.filter((r) => r.scope === 'LISTING' && r.incidentId === id);
        if (
          seesWholeIncidentCounts(
            viewer,
            listings.map((r) => r.sourceId ?? ''),
          )
        )
          return scoped(
            rows.find((r) => r.scopeKey === scopeKey('INCIDENT', id)),
            exposures,
            (r) => r.controllerId!,
          );
        const visible = ownCountParts(viewer, exposures, listings);
        return visible.length === 1 ? scoped(visible[0], visible, (r) => r.controllerId!) : summed(visible, (r) => r.controllerId!);
      });
    }),
  };
}

/** The exact counts of one exposure (its controller's persons in one incident, each once), or null before any list. */
export async function exposureSubjectCounts(em: EntityManager, incidentId: string, controllerId: string): Promise<SubjectCounts | null> {
  const count = await em.findOne(SubjectCount, { scopeKey: scopeKey('EXPOSURE', incidentId, controllerId) });
  return count ? { persons: Number(count.persons), records: Number(count.records), minors: Number(count.minors) } : null;
}

/** The same for many exposures in one statement, keyed by `scopeKey('EXPOSURE', incident, controller)`. */
export async function exposuresSubjectCounts(
  em: EntityManager,
  exposures: readonly { incidentId: string; controllerId: string }[],
): Promise<Map<string, SubjectCounts>> {
  if (exposures.length === 0) return new Map();
  const keys = [...new Set(exposures.map((e) => scopeKey('EXPOSURE', e.incidentId, e.controllerId)))];
  const rows = await em.find(SubjectCount, { scopeKey: { $in: keys } });
  return new Map(rows.map((row) => [row.scopeKey, toCounts(row)]));
}

/**
 * Across incidents: for an admin every person once, whatever the incident and controller; for a
 * controller its own persons once, whichever operator exposed them.
 */
export async function consolidatedCounts(em: EntityManager, viewer: Viewer): Promise<ScopedSubjectCounts> {
  if (viewer.isAdmin) {
    const [whole, parts] = await Promise.all([
      em.findOne(SubjectCount, { scopeKey: scopeKey('GLOBAL') }),
      em.find(SubjectCount, { scope: 'INCIDENT' }, { orderBy: { incidentId: 'asc' } }),
    ]);
    return scoped(whole ?? undefined, parts, (r) => r.incidentId!);
  }
  const org = viewer.organizationId;
  const [whole, parts] = await Promise.all([
    em.findOne(SubjectCount, { scopeKey: scopeKey('CONTROLLER', '', org) }),
    em.find(SubjectCount, { scope: 'EXPOSURE', controllerId: org }, { orderBy: { incidentId: 'asc' } }),
  ]);
  return scoped(whole ?? undefined, parts, (r) => r.incidentId!);
}

/** The loaders of this stage, as resolvers type them in their RequestContext. */
export type CountLoaders = ReturnType<typeof createCountLoaders>;
