import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../auth/context';
import { lookupDescription } from '../lib/errors';
import type { OrganizationLoaders } from './organization.loaders';
import { Organization, Person } from './organization.entity';
import { OrganizationEntityFacts } from './entity-facts.entity';
import { CreateOrganizationInput, EntityFactsInput, ProcessingContractTerms, UpdateOrganizationInput } from './organization.inputs';
import { OrganizationService, standingEntityFacts } from './organization.service';

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

  @Query(() => Organization, { nullable: true, description: lookupDescription('organisation') })
  organization(
    @Arg('id', () => ID, { description: "The organisation's id." }) id: string,
    @Ctx() ctx: RequestContext<OrganizationLoaders>,
  ): Promise<Organization> {
    return new OrganizationService(ctx).get(id);
  }

  @Mutation(() => Organization, { description: 'Registers an organisation as a controller, a processor or both (ADMINISTER).' })
  createOrganization(
    @Arg('input', { description: 'Its registration and details.' }) input: CreateOrganizationInput,
    @Ctx() ctx: RequestContext<OrganizationLoaders>,
  ): Promise<Organization> {
    return new OrganizationService(ctx).create(input);
  }

  @Mutation(() => Organization, {
    description:
      "Changes an organisation's details (EDIT_OWN_ORGANIZATION for its own, or ADMINISTER); its registration is the administrator's alone.",
  })
  updateOrganization(
    @Arg('id', () => ID, { description: 'The organisation to change.' }) id: string,
    @Arg('input', { description: 'The details to set or clear, and the version they were prepared against.' })
    input: UpdateOrganizationInput,
    @Ctx() ctx: RequestContext<OrganizationLoaders>,
  ): Promise<Organization> {
    return new OrganizationService(ctx).update(id, input);
  }

  @Mutation(() => Organization, {
    description:
      "The controller declares that the processor with this SIREN processes data on its behalf (art. 28): the processor may then record the controller's exposures to its incidents. Returns the processor; declaring it again changes nothing.",
  })
  declareProcessor(
    @Arg('controllerId', () => ID, {
      description: 'The controller party to the contract; its EDIT_OWN_ORGANIZATION people (or an admin) speak for it.',
    })
    controllerId: string,
    @Arg('processorSiren', { description: "The processor's SIREN: 9 digits, spaces allowed." }) processorSiren: string,
    @Ctx() ctx: RequestContext<OrganizationLoaders>,
  ): Promise<Organization> {
    return new OrganizationService(ctx).declareProcessor(controllerId, processorSiren);
  }

  @Mutation(() => Organization, {
    description:
      "The controller withdraws its declaration of the processor with this SIREN (the contract ended): the processor may no longer record the controller's exposures nor read its contacts; exposures already recorded stay. Returns the processor; withdrawing an absent declaration changes nothing.",
  })
  withdrawProcessor(
    @Arg('controllerId', () => ID, {
      description: 'The controller party to the contract; its EDIT_OWN_ORGANIZATION people (or an admin) speak for it.',
    })
    controllerId: string,
    @Arg('processorSiren', { description: "The processor's SIREN: 9 digits, spaces allowed." }) processorSiren: string,
    @Ctx() ctx: RequestContext<OrganizationLoaders>,
  ): Promise<Organization> {
    return new OrganizationService(ctx).withdrawProcessor(controllerId, processorSiren);
  }

  @Mutation(() => OrganizationEntityFacts, {
    description:
      "Records the organisation's entity facts (DORA category, Solvency II article 4, systemic, NIS 2 status, NIS 1 designation), each with its reason: an admin or the organisation's own DPO. The latest set stands.",
  })
  recordEntityFacts(
    @Arg('organizationId', () => ID, { description: 'The organisation the facts are about.' }) organizationId: string,
    @Arg('input', { description: 'The whole new set of entity facts, each with its reason.' }) input: EntityFactsInput,
    @Ctx() ctx: RequestContext<OrganizationLoaders>,
  ): Promise<OrganizationEntityFacts> {
    return new OrganizationService(ctx).recordEntityFacts(organizationId, input);
  }

  @Mutation(() => ProcessingContractTerms, {
    description:
      'The controller records the breach-alert term (hours) and reference of its contract with a declared processor (art. 28(3)(f)); the processor-alert duty counts from it. Null hours: no term.',
  })
  recordProcessingContract(
    @Arg('controllerId', () => ID, {
      description: 'The controller party to the contract; its EDIT_OWN_ORGANIZATION people (or an admin) speak for it.',
    })
    controllerId: string,
    @Arg('processorSiren', { description: "The processor's SIREN: 9 digits, spaces allowed." }) processorSiren: string,
    @Arg('alertHours', () => Int, {
      nullable: true,
      description: 'Hours the processor has to alert the controller (1 to 720); null when the contract sets no term.',
    })
    alertHours: number | null,
    @Arg('contractReference', () => String, { nullable: true, description: "The contract's reference; null or blank for none." })
    contractReference: string | null,
    @Ctx() ctx: RequestContext<OrganizationLoaders>,
  ): Promise<ProcessingContractTerms> {
    return new OrganizationService(ctx).recordContractTerms(controllerId, processorSiren, alertHours ?? null, contractReference ?? null);
  }

  @FieldResolver(() => OrganizationEntityFacts, {
    nullable: true,
    description: 'The entity facts that stand (the latest recorded); null when none.',
  })
  async entityFacts(@Root() org: Organization, @Ctx() ctx: RequestContext<OrganizationLoaders>): Promise<OrganizationEntityFacts | null> {
    return (await standingEntityFacts(ctx, [org.id])).get(org.id) ?? null;
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
