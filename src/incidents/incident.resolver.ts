import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../auth/context';
import { lookupDescription } from '../lib/errors';
import type { OrganizationLoaders } from '../organizations/organization.loaders';
import type { IncidentLoaders } from './incident.loaders';
import { type Connection, connectionType } from '../lib/connection';
import { Organization } from '../organizations/organization.entity';
import { Exposure } from './exposure.entity';
import { Incident } from './incident.entity';
import { CreateIncidentInput, IncidentFilter, UpdateIncidentInput } from './incident.inputs';
import { IncidentService } from './incident.service';

const IncidentConnection = connectionType(Incident);

@Resolver(() => Incident)
export class IncidentResolver {
  @Query(() => IncidentConnection, { description: 'Incidents the viewer may see, oldest first.' })
  incidents(
    @Ctx() ctx: RequestContext<OrganizationLoaders & IncidentLoaders>,
    @Arg('filter', () => IncidentFilter, { nullable: true }) filter?: IncidentFilter,
    @Arg('first', () => Int, { nullable: true }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ): Promise<Connection<Incident>> {
    return new IncidentService(ctx).list(filter, first, after);
  }

  @Query(() => Incident, { nullable: true, description: lookupDescription('incident') })
  incident(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext<OrganizationLoaders & IncidentLoaders>): Promise<Incident> {
    return new IncidentService(ctx).get(id);
  }

  @Mutation(() => Incident)
  createIncident(
    @Arg('input') input: CreateIncidentInput,
    @Ctx() ctx: RequestContext<OrganizationLoaders & IncidentLoaders>,
  ): Promise<Incident> {
    return new IncidentService(ctx).create(input);
  }

  @Mutation(() => Incident)
  updateIncident(
    @Arg('id', () => ID) id: string,
    @Arg('input') input: UpdateIncidentInput,
    @Ctx() ctx: RequestContext<OrganizationLoaders & IncidentLoaders>,
  ): Promise<Incident> {
    return new IncidentService(ctx).update(id, input);
  }

  @FieldResolver(() => Organization, { description: 'Where the incident happened (a processor, or the controller itself).' })
  async sourceOrganization(
    @Root() incident: Incident,
    @Ctx() ctx: RequestContext<OrganizationLoaders & IncidentLoaders>,
  ): Promise<Organization> {
    return (await ctx.loaders.organizationById.load(incident.sourceOrganization.id))!;
  }

  @FieldResolver(() => [Exposure], { description: 'The exposures of this incident that the viewer may see.' })
  exposures(@Root() incident: Incident, @Ctx() ctx: RequestContext<OrganizationLoaders & IncidentLoaders>): Promise<Exposure[]> {
    return ctx.loaders.exposuresByIncident.load(incident.id);
  }
}
