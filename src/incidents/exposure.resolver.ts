import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../auth/context';
import { lookupDescription } from '../lib/errors';
import type { OrganizationLoaders } from '../organizations/organization.loaders';
import type { IncidentLoaders } from './incident.loaders';
import { type Connection, PageArgs } from '../lib/connection';
import { Organization } from '../organizations/organization.entity';
import { Exposure } from './exposure.entity';
import { CreateExposureInput, UpdateExposureInput } from './exposure.inputs';
import { ExposureService } from './exposure.service';
import { Incident } from './incident.entity';
import { ExposureConnection, ExposureFilter, ExposureOrder, listExposures } from './exposure-list';

@Resolver(() => Exposure)
export class ExposureResolver {
  @Query(() => ExposureConnection, { description: 'The exposures the viewer may see, a page at a time (default: oldest first).' })
  exposures(
    @Ctx() ctx: RequestContext<OrganizationLoaders & IncidentLoaders>,
    @Arg('filter', () => ExposureFilter, { nullable: true, description: 'Only the exposures matching it.' }) filter: ExposureFilter | null,
    @Arg('orderBy', () => ExposureOrder, { nullable: true, description: 'Sort key and direction; the id breaks ties.' })
    orderBy: ExposureOrder | null,
    @Args(() => PageArgs) page: PageArgs,
  ): Promise<Connection<Exposure>> {
    return listExposures(ctx, filter ?? {}, orderBy, page);
  }

  @Query(() => Exposure, { nullable: true, description: lookupDescription('exposure') })
  exposure(
    @Arg('id', () => ID, { description: "The exposure's id." }) id: string,
    @Ctx() ctx: RequestContext<OrganizationLoaders & IncidentLoaders>,
  ): Promise<Exposure> {
    return new ExposureService(ctx).get(id);
  }

  @Mutation(() => Exposure, {
    description:
      "Records that an incident exposes a controller (REPORT_INCIDENTS, as that controller or as the incident's processor it declared; ADMINISTER for any).",
  })
  createExposure(
    @Arg('input', { description: 'The incident, the controller and the facts known so far.' }) input: CreateExposureInput,
    @Ctx() ctx: RequestContext<OrganizationLoaders & IncidentLoaders>,
  ): Promise<Exposure> {
    return new ExposureService(ctx).create(input);
  }

  @Mutation(() => Exposure, {
    description:
      "Changes an exposure's facts (SUBMIT_FACTS at its controller or its incident's source organisation, or ADMINISTER); controller-only facts are its controller's alone.",
  })
  updateExposure(
    @Arg('id', () => ID, { description: 'The exposure to change.' }) id: string,
    @Arg('input', { description: 'The facts to set or clear, and the version they were prepared against.' }) input: UpdateExposureInput,
    @Ctx() ctx: RequestContext<OrganizationLoaders & IncidentLoaders>,
  ): Promise<Exposure> {
    return new ExposureService(ctx).update(id, input);
  }

  // An exposure the viewer may see implies its incident and controller are visible too.
  @FieldResolver(() => Incident, { description: 'The incident this exposure is part of.' })
  async incident(@Root() exposure: Exposure, @Ctx() ctx: RequestContext<OrganizationLoaders & IncidentLoaders>): Promise<Incident> {
    return (await ctx.loaders.incidentById.load(exposure.incident.id))!;
  }

  @FieldResolver(() => Organization, { description: 'The controller this exposure affects, whose file and 72 hours it is.' })
  async controller(@Root() exposure: Exposure, @Ctx() ctx: RequestContext<OrganizationLoaders & IncidentLoaders>): Promise<Organization> {
    return (await ctx.loaders.organizationById.load(exposure.controller.id))!;
  }
}
