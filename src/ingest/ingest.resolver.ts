import { Arg, Ctx, Field, FieldResolver, ID, Int, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../auth/context';
import { lookupDescription } from '../lib/errors';
import type { OrganizationLoaders } from '../organizations/organization.loaders';
import { Organization } from '../organizations/organization.entity';
import { IngestBatch } from './ingest-batch.entity';
import { IngestBatchService } from './ingest-batch.service';

@ObjectType({ description: 'One row problem of a list: where it is and why, never the value itself (no NIR in clear).' })
class IngestRowProblem {
  @Field({ description: 'The file name as sent.' }) file!: string;
  @Field(() => Int, {
    description:
      'The line in the file, counted from 1 as an editor shows it (a CSV header is line 1); 0 for a problem with the file as a whole.',
  })
  line!: number;
  @Field({ description: 'The field of the profile the problem is about, or « file ».' }) field!: string;
  @Field({ description: 'Why the row was refused.' }) reason!: string;
}

@ObjectType({ description: 'How many rows were refused for one field.' })
class IngestFieldProblemCount {
  @Field({ description: 'The field of the profile, or « file ».' }) field!: string;
  @Field(() => Int, { description: 'Rows refused for it.' }) count!: number;
}

@ObjectType({ description: 'The row problems of a list: how many, by field, and the first ones with their line.' })
class IngestErrors {
  @Field(() => Int, { description: 'Every problem found.' }) total!: number;
  @Field(() => [IngestFieldProblemCount], { description: 'The problems counted by field.' }) byField!: IngestFieldProblemCount[];
  @Field(() => [IngestRowProblem], { description: 'The first problems, in file order (the list is bounded, the total is not).' })
  first!: IngestRowProblem[];
}

@Resolver(() => IngestBatch)
export class IngestBatchResolver {
  @FieldResolver(() => IngestErrors, { nullable: true, description: 'The row problems of the list, typed; null without any.' })
  errors(@Root() batch: IngestBatch): IngestErrors | null {
    const summary = batch.errorSummary;
    if (!summary) return null;
    return {
      total: summary.total,
      byField: Object.entries(summary.byField).map(([field, count]) => ({ field, count })),
      first: summary.first,
    };
  }

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
