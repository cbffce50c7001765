import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../app/graphql/context';
import { Exposure } from '../incidents/exposure.entity';
import { Incident } from '../incidents/incident.entity';
import { Organization } from '../organizations/organization.entity';
import { IngestBatch } from './ingest-batch.entity';
import { IngestBatchService } from './ingest-batch.service';
import { consolidatedCounts, ScopedSubjectCounts } from '../subjects/subject-counts';

@Resolver(() => IngestBatch)
export class IngestBatchResolver {
  @Query(() => [IngestBatch], { description: "The lists the viewer's organisation ingested for an incident, newest first." })
  ingestBatches(@Arg('incidentId', () => ID) incidentId: string, @Ctx() ctx: RequestContext): Promise<IngestBatch[]> {
    return new IngestBatchService(ctx).list(incidentId);
  }

  @Query(() => IngestBatch)
  ingestBatch(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<IngestBatch> {
    return new IngestBatchService(ctx).get(id);
  }

  @Query(() => ScopedSubjectCounts, {
    description: 'Persons across incidents, each once: every person for an admin (parts by incident), its own for a controller.',
  })
  consolidatedSubjectCounts(@Ctx() ctx: RequestContext): Promise<ScopedSubjectCounts> {
    return consolidatedCounts(ctx.em, ctx.viewer);
  }

  @FieldResolver(() => ID)
  incidentId(@Root() batch: IngestBatch): string {
    return batch.incident.id;
  }

  @FieldResolver(() => Organization)
  async sourceOrganization(@Root() batch: IngestBatch, @Ctx() ctx: RequestContext): Promise<Organization> {
    return (await ctx.loaders.organizationById.load(batch.sourceOrganization.id))!;
  }
}

@Resolver(() => Exposure)
export class ExposureCountsResolver {
  @FieldResolver(() => ScopedSubjectCounts, { description: 'Persons of this exposure from the ingested lists; parts by source.' })
  subjectCounts(@Root() exposure: Exposure, @Ctx() ctx: RequestContext): Promise<ScopedSubjectCounts> {
    return ctx.loaders.exposureCounts.load(exposure);
  }
}

@Resolver(() => Incident)
export class IncidentCountsResolver {
  @FieldResolver(() => ScopedSubjectCounts, { description: "Persons of this incident, each once whatever the controller; parts by controller. A controller sees its own exposure's part; a processor the lists it sent (summed, duplicateReferences 0, unless every list is its own)." })
  subjectCounts(@Root() incident: Incident, @Ctx() ctx: RequestContext): Promise<ScopedSubjectCounts> {
    return ctx.loaders.incidentCounts.load(incident.id);
  }
}
