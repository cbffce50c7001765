import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../auth/context';
import { lookupDescription } from '../lib/errors';
import type { OrganizationLoaders } from '../organizations/organization.loaders';
import { Organization } from '../organizations/organization.entity';
import { IngestBatch } from './ingest-batch.entity';
import { IngestBatchService } from './ingest-batch.service';

@Resolver(() => IngestBatch)
export class IngestBatchResolver {
  @Query(() => [IngestBatch], { description: "The lists the viewer's organisation ingested for an incident, newest first." })
  ingestBatches(
    @Arg('incidentId', () => ID, { description: 'The incident the lists are for.' }) incidentId: string,
    @Ctx() ctx: RequestContext<OrganizationLoaders>,
  ): Promise<IngestBatch[]> {
    return new IngestBatchService(ctx).list(incidentId);
  }

  @Query(() => IngestBatch, { nullable: true, description: lookupDescription('ingest batch') })
  ingestBatch(
    @Arg('id', () => ID, { description: "The batch's id, as the ingest route returned it." }) id: string,
    @Ctx() ctx: RequestContext<OrganizationLoaders>,
  ): Promise<IngestBatch> {
    return new IngestBatchService(ctx).get(id);
  }

  @FieldResolver(() => ID, { description: 'The incident the list is for.' })
  incidentId(@Root() batch: IngestBatch): string {
    return batch.incident.id;
  }

  @FieldResolver(() => Organization, { description: 'The organisation that sent the list.' })
  async sourceOrganization(@Root() batch: IngestBatch, @Ctx() ctx: RequestContext<OrganizationLoaders>): Promise<Organization> {
    return (await ctx.loaders.organizationById.load(batch.sourceOrganization.id))!;
  }
}
