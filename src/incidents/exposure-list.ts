import type { FilterQuery } from '@mikro-orm/core';
import { codeEnum } from '../lib/code-enum';
import { Field, ID, InputType } from 'type-graphql';
import { exposureScope } from '../auth/scope';
import type { ServiceContext } from '../auth/context';
import {
  type Connection,
  connectionType,
  keysetPage,
  memoryPage,
  type Order,
  orderByInput,
  type PageArgs,
  SortDirection,
  type SortKey,
} from '../lib/connection';
import { checkFilterIds } from '../lib/id-filter';
import { Exposure } from './exposure.entity';

export const ExposureConnection = connectionType(Exposure);

export const ExposureOrderField = codeEnum('ExposureOrderField', 'What a list of exposures is sorted by.', {
  CREATED_AT: 'When the exposure was recorded.',
  UPDATED_AT: 'When the exposure last changed.',
  PROCESSOR_ALERTED_AT: 'When the processor alerted the controller; never alerted ones last in ASC, first in DESC.',
});
export type ExposureOrderField = keyof typeof ExposureOrderField;

export const ExposureOrder = orderByInput('ExposureOrder', ExposureOrderField, 'How to sort exposures (default CREATED_AT ASC).');
export type ExposureOrder = InstanceType<typeof ExposureOrder>;

const KEYS: Record<ExposureOrderField, SortKey<Exposure>> = {
  CREATED_AT: { field: 'CREATED_AT', kind: 'date', property: 'createdAt', value: (e) => e.createdAt },
  UPDATED_AT: { field: 'UPDATED_AT', kind: 'date', property: 'updatedAt', value: (e) => e.updatedAt },
  PROCESSOR_ALERTED_AT: {
    field: 'PROCESSOR_ALERTED_AT',
    kind: 'date',
    property: 'processorAlertedAt',
    value: (e) => e.processorAlertedAt ?? null,
  },
};

@InputType({ description: 'Narrows a list of exposures; every given criterion must hold.' })
export class ExposureFilter {
  @Field(() => ID, { nullable: true, description: 'Exposures of this incident.' }) incidentId?: string | null;
  @Field(() => ID, { nullable: true, description: 'Exposures of this controller.' }) controllerId?: string | null;
  @Field(() => ID, {
    nullable: true,
    description: 'Exposures of incidents that happened at this processor (the incident’s source, when it is not the controller).',
  })
  processorId?: string | null;
}

function filterQuery(filter: ExposureFilter): FilterQuery<Exposure> {
  const where: FilterQuery<Exposure>[] = [];
  if (filter.incidentId) where.push({ incident: filter.incidentId });
  if (filter.controllerId) where.push({ controller: filter.controllerId });
  if (filter.processorId) where.push({ incident: { sourceOrganization: filter.processorId }, controller: { $ne: filter.processorId } });
  return { $and: where };
}

export function exposureOrder(orderBy: ExposureOrder | null | undefined): Order<Exposure> {
  return { key: KEYS[orderBy?.field ?? ExposureOrderField.CREATED_AT], direction: orderBy?.direction ?? SortDirection.ASC };
}

/** The exposures the viewer may see (controller: its own; processor: its incidents'), keyset-paged in SQL. */
export function listExposures(
  ctx: ServiceContext,
  filter: ExposureFilter = {},
  orderBy: ExposureOrder | null | undefined,
  page: PageArgs,
): Promise<Connection<Exposure>> {
  checkFilterIds(filter);
  return keysetPage(ctx.em, Exposure, () => ({ $and: [exposureScope(ctx.viewer), filterQuery(filter)] }), page, exposureOrder(orderBy));
}

/** The filter as a predicate, for exposures already loaded with their incident's source. */
function matches(e: Exposure, filter: ExposureFilter, sourceOrganizationId: string): boolean {
  return (
    (!filter.incidentId || e.incident.id === filter.incidentId) &&
    (!filter.controllerId || e.controller.id === filter.controllerId) &&
    (!filter.processorId || (sourceOrganizationId === filter.processorId && e.controller.id !== filter.processorId))
  );
}

/**
 * One incident's exposures, a page of them. They come from the batched, scoped loader (one
 * statement for every incident of the page whatever their number): paging each incident's few
 * exposures in SQL would cost a statement per incident. Same filter, order and cursors as the root.
 */
export function pageIncidentExposures(
  exposures: readonly Exposure[],
  sourceOrganizationId: string,
  filter: ExposureFilter = {},
  orderBy: ExposureOrder | null | undefined,
  page: PageArgs,
): Connection<Exposure> {
  checkFilterIds(filter);
  return memoryPage(
    exposures.filter((e) => matches(e, filter, sourceOrganizationId)),
    page,
    exposureOrder(orderBy),
    (e) => e.id,
  );
}
