import type { FilterQuery } from '@mikro-orm/core';
import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { exposureScope } from '../auth/scope';
import type { RequestContext } from '../auth/context';
import type { IncidentLoaders } from '../incidents/incident.loaders';
import type { NotificationLoaders } from './notification.loaders';
import { Exposure } from '../incidents/exposure.entity';
import { Incident } from '../incidents/incident.entity';
import { type Connection, connectionType, memoryPage, type Order, PageArgs, SortDirection } from '../lib/connection';
import { checkFilterIds } from '../lib/id-filter';
import { Deadline, DeadlineFilter, DeadlineOrder, DeadlineOrderField } from './deadline.types';
import { Notification } from './notification.entity';
import { ObligationType } from './obligation.types';
import { loadSituations, visibleObligations } from './situation';

const DeadlineConnection = connectionType(Deadline);

/** A deadline with what its links are resolved from; only the GraphQL fields are read by clients. */
type DeadlineRow = Omit<Deadline, 'incident' | 'notification'>;

const ORDER_KEYS = {
  [DeadlineOrderField.DUE_AT]: { field: 'DUE_AT', kind: 'date', value: (d: DeadlineRow) => d.obligation.dueAt },
} as const;

@Resolver(() => Exposure)
export class ExposureObligationsResolver {
  @FieldResolver(() => [ObligationType], { description: 'What this exposure obliges whom to do, and by when.' })
  async obligations(@Root() exposure: Exposure, @Ctx() ctx: RequestContext<NotificationLoaders>): Promise<ObligationType[]> {
    return visibleObligations(ctx.viewer, await ctx.loaders.situationByExposure.load(exposure));
  }
}

@Resolver(() => Deadline)
export class DeadlineResolver {
  /**
   * Obligations follow from rules over the facts, they are not rows: until that derived state is
   * stored, a page is cut honestly in memory. The scoped exposures are fetched and their situations
   * computed with a constant number of batched statements, the deadlines filtered and sorted with
   * the id tie-breaker, then the page cut with the same cursors as the SQL keyset lists.
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
    const order: Order<DeadlineRow> = {
      key: ORDER_KEYS[orderBy?.field ?? DeadlineOrderField.DUE_AT],
      direction: orderBy?.direction ?? SortDirection.ASC,
    };
    const narrowed: FilterQuery<Exposure>[] = [exposureScope(ctx.viewer)];
    if (f.controllerId) narrowed.push({ controller: f.controllerId });
    if (f.incidentId) narrowed.push({ incident: f.incidentId });
    const exposures = await ctx.em.find(Exposure, { $and: narrowed }, { orderBy: { id: 'asc' } });
    const situations = await loadSituations(ctx, exposures);
    const rows = situations.flatMap((s) =>
      visibleObligations(ctx.viewer, s)
        .filter(
          (o) =>
            o.dueAt !== null &&
            (!f.dueBefore || o.dueAt < f.dueBefore) &&
            (f.overdue == null || (o.status === 'OVERDUE') === f.overdue) &&
            (!f.status?.length || f.status.includes(o.status)) &&
            (!f.authority?.length || f.authority.includes(o.authority)) &&
            (!f.code?.length || f.code.includes(o.code)),
        )
        .map((obligation) => ({
          id: `${s.exposure.id}:${obligation.code}`,
          exposure: s.exposure,
          exposureId: s.exposure.id,
          incidentId: s.incident.id,
          controllerName: s.controller.legalName,
          obligation,
        })),
    );
    return memoryPage(rows, page, order, (d) => d.id);
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
