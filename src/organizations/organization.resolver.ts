import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../auth/context';
import type { OrganizationLoaders } from './organization.loaders';
import { Organization, Person } from './organization.entity';
import { CreateOrganizationInput, UpdateOrganizationInput } from './organization.inputs';
import { OrganizationService } from './organization.service';

const WITHHELD =
  "null when the viewer may not read this organisation's people: only its own members, an admin, and its engaged controllers or processors may.";

@Resolver(() => Organization)
export class OrganizationResolver {
  @Query(() => [Organization], {
    description: "The viewer's organisation, its engaged controllers or processors, and those on the other side of its incidents.",
  })
  organizations(@Ctx() ctx: RequestContext<OrganizationLoaders>): Promise<Organization[]> {
    return new OrganizationService(ctx).list();
  }

  @Query(() => Organization)
  organization(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext<OrganizationLoaders>): Promise<Organization> {
    return new OrganizationService(ctx).get(id);
  }

  @Mutation(() => Organization)
  createOrganization(@Arg('input') input: CreateOrganizationInput, @Ctx() ctx: RequestContext<OrganizationLoaders>): Promise<Organization> {
    return new OrganizationService(ctx).create(input);
  }

  @Mutation(() => Organization)
  updateOrganization(
    @Arg('id', () => ID) id: string,
    @Arg('input') input: UpdateOrganizationInput,
    @Ctx() ctx: RequestContext<OrganizationLoaders>,
  ): Promise<Organization> {
    return new OrganizationService(ctx).update(id, input);
  }

  @Mutation(() => Organization, {
    description:
      "The controller declares that the processor with this SIREN processes data on its behalf (art. 28): the processor may then record the controller's exposures to its incidents. Returns the processor; declaring it again changes nothing.",
  })
  declareProcessor(
    @Arg('controllerId', () => ID) controllerId: string,
    @Arg('processorSiren') processorSiren: string,
    @Ctx() ctx: RequestContext<OrganizationLoaders>,
  ): Promise<Organization> {
    return new OrganizationService(ctx).declareProcessor(controllerId, processorSiren);
  }

  @Mutation(() => Organization, {
    description:
      "The controller withdraws its declaration of the processor with this SIREN (the contract ended): the processor may no longer record the controller's exposures nor read its contacts; exposures already recorded stay. Returns the processor; withdrawing an absent declaration changes nothing.",
  })
  withdrawProcessor(
    @Arg('controllerId', () => ID) controllerId: string,
    @Arg('processorSiren') processorSiren: string,
    @Ctx() ctx: RequestContext<OrganizationLoaders>,
  ): Promise<Organization> {
    return new OrganizationService(ctx).withdrawProcessor(controllerId, processorSiren);
  }

  @FieldResolver(() => Person, { nullable: true, description: `Responsable légal; ${WITHHELD}` })
  async legalRepresentative(@Root() org: Organization, @Ctx() ctx: RequestContext<OrganizationLoaders>): Promise<Person | null> {
    return (await ctx.loaders.organizationWithContactsById.load(org.id))?.legalRepresentative ?? null;
  }

  @FieldResolver(() => Person, { nullable: true, description: `Personne à contacter (art. 33(3)(b)); ${WITHHELD}` })
  async contact(@Root() org: Organization, @Ctx() ctx: RequestContext<OrganizationLoaders>): Promise<Person | null> {
    return (await ctx.loaders.organizationWithContactsById.load(org.id))?.contact ?? null;
  }

  @FieldResolver(() => Person, { nullable: true, description: `Délégué à la protection des données; ${WITHHELD}` })
  async dpo(@Root() org: Organization, @Ctx() ctx: RequestContext<OrganizationLoaders>): Promise<Person | null> {
    return (await ctx.loaders.organizationWithContactsById.load(org.id))?.dpo ?? null;
  }

  @FieldResolver(() => String, { nullable: true, description: `DPO designation number given by the CNIL; ${WITHHELD}` })
  async dpoDesignationNumber(@Root() org: Organization, @Ctx() ctx: RequestContext<OrganizationLoaders>): Promise<string | null> {
    return (await ctx.loaders.organizationWithContactsById.load(org.id))?.dpoDesignationNumber ?? null;
  }
}
