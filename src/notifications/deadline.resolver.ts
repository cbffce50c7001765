import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { exposureScope } from '../auth/scope';
import type { RequestContext } from '../auth/context';
import type { NotificationLoaders } from './notification.loaders';
import { Exposure } from '../incidents/exposure.entity';
import { Deadline, ObligationType } from './obligation.types';
import { loadSituations, visibleObligations } from './situation';

@Resolver(() => Exposure)
export class ExposureObligationsResolver {
  @FieldResolver(() => [ObligationType], { description: 'What this exposure obliges whom to do, and by when.' })
  async obligations(@Root() exposure: Exposure, @Ctx() ctx: RequestContext<NotificationLoaders>): Promise<ObligationType[]> {
    return visibleObligations(ctx.viewer, await ctx.loaders.situationByExposure.load(exposure));
  }
}

@Resolver()
export class DeadlineResolver {
  @Query(() => [Deadline], { description: 'Obligations with a due instant, soonest first, over the exposures the viewer may see.' })
  async deadlines(
    @Ctx() ctx: RequestContext<NotificationLoaders>,
    @Arg('before', () => Date, { nullable: true, description: 'Only those due before this instant.' }) before?: Date,
    @Arg('overdue', () => Boolean, { nullable: true, description: 'Only overdue ones (true) or only the others (false).' })
    overdue?: boolean,
  ): Promise<Deadline[]> {
    const exposures = await ctx.em.find(Exposure, exposureScope(ctx.viewer), { orderBy: { id: 'asc' } });
    const situations = await loadSituations(ctx, exposures);
    return situations
      .flatMap((s) =>
        visibleObligations(ctx.viewer, s).map((obligation) => ({
          exposureId: s.exposure.id,
          incidentId: s.incident.id,
          controllerName: s.controller.legalName,
          obligation,
        })),
      )
      .filter(
        ({ obligation: o }) =>
          o.dueAt !== null &&
          (!before || o.dueAt < before) &&
          (overdue === undefined || overdue === null || (o.status === 'OVERDUE') === overdue),
      )
      .sort((a, b) => a.obligation.dueAt!.getTime() - b.obligation.dueAt!.getTime());
  }
}
