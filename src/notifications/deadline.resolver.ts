import type { FilterQuery } from '@mikro-orm/core';
import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { controllerFileScope } from '../auth/scope';
import type { RequestContext } from '../auth/context';
import type { IncidentLoaders } from '../incidents/incident.loaders';
import type { NotificationLoaders } from './notification.loaders';
import { Exposure } from '../incidents/exposure.entity';
import { Incident } from '../incidents/incident.entity';
import { type Connection, connectionType, keysetPage, type Order, PageArgs, SortDirection } from '../lib/connection';
import { checkFilterIds } from '../lib/id-filter';
import { Deadline, DeadlineFilter, DeadlineOrder, DeadlineOrderField } from './deadline.types';
import { Notification } from './notification.entity';
import { ObligationType } from './obligation.types';
import { visibleObligations } from './situation';
import { ObligationState } from './derived-state.entities';
import type { ObligationStatus } from './obligations';
import { judged } from './state-clock';

const DeadlineConnection = connectionType(Deadline);

/** A deadline with what its links are resolved from; only the GraphQL fields are read by clients. */
type DeadlineRow = Omit<Deadline, 'incident' | 'notification'>;

const ORDER_KEYS = {
  [DeadlineOrderField.DUE_AT]: { field: 'DUE_AT', kind: 'date', property: 'dueAt', value: (d: ObligationState) => d.dueAt ?? null },
} as const;

/** Stored statuses PENDING and OVERDUE are judged against the clock of the read (state-clock.ts `judged`), here in SQL. */
const OPEN: ObligationStatus[] = ['PENDING', 'OVERDUE'];

function statusIs(status: ObligationStatus, now: Date): FilterQuery<ObligationState> {
  if (status === 'OVERDUE') return { status: { $in: OPEN }, doneAt: null, dueAt: { $lt: now } };
  if (status === 'PENDING') return { status: { $in: OPEN }, $or: [{ doneAt: { $ne: null } }, { dueAt: null }, { dueAt: { $gte: now } }] };
  return { status };
}

/**
 * The obligations the viewer may see (as visibleObligations): every duty of the exposures whose
 * controller file it reads; as the incident's source acting as a processor, its own duties.
 */
function obligationScope(viewer: RequestContext['viewer']): FilterQuery<ObligationState> {
  const reachable: FilterQuery<ObligationState>[] = [{ exposure: controllerFileScope(viewer) }];
  if (viewer.actsAsProcessor) reachable.push({ party: 'PROCESSOR', sourceOrganizationId: viewer.organizationId });
  return { $or: reachable };
}

@Resolver(() => Exposure)
export class ExposureObligationsResolver {
  @FieldResolver(() => [ObligationType], { description: 'What this exposure obliges whom to do, and by when.' })
  async obligations(@Root() exposure: Exposure, @Ctx() ctx: RequestContext<NotificationLoaders>): Promise<ObligationType[]> {
    return visibleObligations(ctx.viewer, await ctx.loaders.obligationsByExposure.load(exposure));
  }
}

@Resolver(() => Deadline)
export class DeadlineResolver {
  /**
   * Read from the obligations stored when their inputs changed (derived-state.ts), filtered, sorted
   * and cut in SQL with the same cursors as every list: two statements whatever the number of
   * exposures. Statuses are judged against the clock of the read, as the stored rows are.
   */
  @Query(() => DeadlineConnection, {
    description: 'Obligations with a due instant over the exposures the viewer may see, a page at a time (default: soonest due first).',
  })
  async deadlines(
    @Ctx() ctx: RequestContext<NotificationLoaders>,
    @Arg('filter', () => DeadlineFilter, { nullable: true, description: 'Only the deadlines matching it.' }) filter: DeadlineFilter | null,
    @Arg('orderBy', () => DeadlineOrder, { nullable: true, description: 'Sort key and direction; the id breaks ties.' })
    orderBy: DeadlineOrder | null,
    @Args(() => PageArgs) page: PageArgs,
  ): Promise<Connection<DeadlineRow>> {
    const f = filter ?? {};
    checkFilterIds(f);
    const now = ctx.clock.now();
    const order: Order<ObligationState> = {
      key: ORDER_KEYS[orderBy?.field ?? DeadlineOrderField.DUE_AT],
      direction: orderBy?.direction ?? SortDirection.ASC,
    };
    const where: FilterQuery<ObligationState>[] = [obligationScope(ctx.viewer), { dueAt: { $ne: null } }];
    if (f.controllerId) where.push({ controllerId: f.controllerId });
    if (f.incidentId) where.push({ incidentId: f.incidentId });
    if (f.dueBefore) where.push({ dueAt: { $lt: f.dueBefore } });
    if (f.overdue != null) where.push(f.overdue ? statusIs('OVERDUE', now) : { $not: statusIs('OVERDUE', now) });
    if (f.status?.length) where.push({ $or: f.status.map((s) => statusIs(s, now)) });
    if (f.authority?.length) where.push({ authority: { $in: f.authority } });
    if (f.code?.length) where.push({ code: { $in: f.code } });
    // Each deadline's exposure comes with the page (a join): one statement, not a batch of its own.
    const connection = await keysetPage(ctx.em, ObligationState, () => ({ $and: where }), page, order, false, ['exposure']);
    return {
      ...connection,
      edges: connection.edges.map(({ cursor, node }) => ({
        cursor,
        node: {
          id: node.id,
          exposure: node.exposure.getEntity(),
          exposureId: node.exposure.id,
          incidentId: node.incidentId,
          controllerName: node.controllerName,
          obligation: judged(node.obligation, now),
        },
      })),
    };
  }

  @FieldResolver(() => Incident)
  async incident(@Root() deadline: DeadlineRow, @Ctx() ctx: RequestContext<IncidentLoaders>): Promise<Incident> {
    return (await ctx.loaders.incidentById.load(deadline.incidentId))!;
  }

  @FieldResolver(() => Notification, { nullable: true })
  async notification(@Root() deadline: DeadlineRow, @Ctx() ctx: RequestContext<NotificationLoaders>): Promise<Notification | null> {
    const code = deadline.obligation.code;
    if (code !== 'CNIL_NOTIFICATION' && code !== 'CNIL_COMPLEMENTARY') return null;
    const notifications = await ctx.loaders.notificationsByExposure.load(deadline.exposureId);
    // Oldest first: the first initial (or complete) meets the notification, the latest complement the follow-up.
    if (code === 'CNIL_NOTIFICATION') return notifications.find((n) => n.type !== 'COMPLEMENTARY') ?? null;
    return notifications.filter((n) => n.type === 'COMPLEMENTARY').at(-1) ?? null;
  }
}
