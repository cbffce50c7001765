import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../auth/context';
import { lookupDescription } from '../lib/errors';
import type { OrganizationLoaders } from '../organizations/organization.loaders';
import type { IncidentLoaders } from './incident.loaders';
import { type Connection, connectionType, PageArgs } from '../lib/connection';
import { Organization } from '../organizations/organization.entity';
import type { Exposure } from './exposure.entity';
import { ExposureConnection, ExposureFilter, ExposureOrder, pageIncidentExposures } from './exposure-list';
import { Incident } from './incident.entity';
import { CreateIncidentInput, IncidentFilter, UpdateIncidentInput } from './incident.inputs';
import { IncidentService } from './incident.service';

const IncidentConnection = connectionType(Incident);

@Resolver(() => Incident)
export class IncidentResolver {
  @Query(() => IncidentConnection, { description: 'Incidents the viewer may see, oldest first.' })
  incidents(
    @Ctx() ctx: RequestContext<OrganizationLoaders & IncidentLoaders>,
    @Arg('filter', () => IncidentFilter, { nullable: true, description: 'Only the incidents matching it; all of them when omitted.' })
    filter: IncidentFilter | undefined,
    @Args(() => PageArgs) page: PageArgs,
  ): Promise<Connection<Incident>> {
    return new IncidentService(ctx).list(filter, page);
  }

  @Query(() => Incident, { nullable: true, description: lookupDescription('incident') })
  incident(
    @Arg('id', () => ID, { description: "The incident's id." }) id: string,
    @Ctx() ctx: RequestContext<OrganizationLoaders & IncidentLoaders>,
  ): Promise<Incident> {
    return new IncidentService(ctx).get(id);
  }

  @Mutation(() => Incident, {
    description: "Reports an incident at the viewer's organisation (REPORT_INCIDENTS), or at any organisation (ADMINISTER).",
  })
  createIncident(
    @Arg('input', { description: 'The title and the facts known so far.' }) input: CreateIncidentInput,
    @Ctx() ctx: RequestContext<OrganizationLoaders & IncidentLoaders>,
  ): Promise<Incident> {
    return new IncidentService(ctx).create(input);
  }

  @Mutation(() => Incident, {
    description: "Changes an incident's title and facts (REPORT_INCIDENTS at the organisation that reported it, or ADMINISTER).",
  })
  updateIncident(
    @Arg('id', () => ID, { description: 'The incident to change.' }) id: string,
    @Arg('input', { description: 'The facts to set or clear, and the version they were prepared against.' }) input: UpdateIncidentInput,
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

  @FieldResolver(() => ExposureConnection, {
    description: 'The exposures of this incident that the viewer may see, a page at a time (default: oldest first).',
  })
  async exposures(
    @Root() incident: Incident,
    @Ctx() ctx: RequestContext<OrganizationLoaders & IncidentLoaders>,
    @Arg('filter', () => ExposureFilter, { nullable: true, description: 'Only the exposures matching it.' }) filter: ExposureFilter | null,
    @Arg('orderBy', () => ExposureOrder, { nullable: true, description: 'Sort key and direction; the id breaks ties.' })
    orderBy: ExposureOrder | null,
    @Args(() => PageArgs) page: PageArgs,
  ): Promise<Connection<Exposure>> {
    const exposures = await ctx.loaders.exposuresByIncident.load(incident.id);
    return pageIncidentExposures(exposures, incident.sourceOrganization.id, filter ?? {}, orderBy, page);
  }
}
