import { Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../auth/context';
import { Exposure } from '../incidents/exposure.entity';
import { Incident } from '../incidents/incident.entity';
import { consolidatedCounts, type CountLoaders, ScopedSubjectCounts } from './subject-counts';

@Resolver()
export class ConsolidatedCountsResolver {
  @Query(() => ScopedSubjectCounts, {
    description: 'Persons across incidents, each once: every person for an admin (parts by incident), its own for a controller.',
  })
  consolidatedSubjectCounts(@Ctx() ctx: RequestContext): Promise<ScopedSubjectCounts> {
    return consolidatedCounts(ctx.em, ctx.viewer);
  }
}

@Resolver(() => Exposure)
export class ExposureCountsResolver {
  @FieldResolver(() => ScopedSubjectCounts, { description: 'Persons of this exposure from the ingested lists; parts by source.' })
  subjectCounts(@Root() exposure: Exposure, @Ctx() ctx: RequestContext<CountLoaders>): Promise<ScopedSubjectCounts> {
    return ctx.loaders.exposureCounts.load(exposure);
  }
}

@Resolver(() => Incident)
export class IncidentCountsResolver {
  @FieldResolver(() => ScopedSubjectCounts, {
    description:
      "Persons of this incident, each once whatever the controller; parts by controller. A controller sees its own exposure's part; a processor the lists it sent (summed, duplicateReferences 0, unless every list is its own).",
  })
  subjectCounts(@Root() incident: Incident, @Ctx() ctx: RequestContext<CountLoaders>): Promise<ScopedSubjectCounts> {
    return ctx.loaders.incidentCounts.load(incident.id);
  }
}
