import { Arg, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../auth/context';
import type { OrganizationLoaders } from '../organizations/organization.loaders';
import type { IncidentLoaders } from '../incidents/incident.loaders';
import type { FactLoaders } from './facts.loaders';
import { Exposure } from '../incidents/exposure.entity';
import { Organization } from '../organizations/organization.entity';
import { recordFacts } from './fact-fields';
import { FactSubmission } from './fact-submission.entity';
import { SubmitBreachFactsInput } from './facts.inputs';
import { FactsService } from './facts.service';
import { EXPOSURE_FACT_FIELDS, INCIDENT_FACT_FIELDS } from '../cnil/fact-catalogue';
import { ExposureFactsObject, IncidentFactsObject, type StatedExposureFacts, type StatedIncidentFacts, typedFacts } from './fact-types';
import { FactSourceObject, typedUnifiedFacts, UnifiedFactsType } from './unified-facts.types';
import { type FactSourceInfo, unifyFacts } from './unify';

@Resolver(() => FactSubmission)
export class FactSubmissionResolver {
  @Mutation(() => FactSubmission, { description: 'Appends facts from one source; idempotent per key.' })
  submitBreachFacts(
    @Arg('input', { description: 'The source, its confidence, the idempotency key and the facts it states.' })
    input: SubmitBreachFactsInput,
    @Ctx() ctx: RequestContext<OrganizationLoaders & IncidentLoaders & FactLoaders>,
  ): Promise<FactSubmission> {
    return new FactsService(ctx).submit(input);
  }

  @FieldResolver(() => Organization, {
    nullable: true,
    description: 'The submitting organisation; null when it is one the viewer may not read (an admin of another organisation, say).',
  })
  async organization(
    @Root() submission: FactSubmission,
    @Ctx() ctx: RequestContext<OrganizationLoaders & IncidentLoaders & FactLoaders>,
  ): Promise<Organization | null> {
    return (await ctx.loaders.organizationById.load(submission.submittedBy.id)) ?? null;
  }

  @FieldResolver(() => ID, { description: 'The incident the facts are about.' })
  incidentId(@Root() submission: FactSubmission): string {
    return submission.incident.id;
  }

  @FieldResolver(() => ID, { nullable: true, description: 'The exposure the facts are about; null for incident-level facts only.' })
  exposureId(@Root() submission: FactSubmission): string | null {
    return submission.exposure?.id ?? null;
  }

  @FieldResolver(() => IncidentFactsObject, {
    description: 'The incident-level facts this submission states, typed; a fact it does not state is null.',
  })
  statedIncidentFacts(@Root() submission: FactSubmission): StatedIncidentFacts {
    return typedFacts(submission.incidentFacts, INCIDENT_FACT_FIELDS);
  }

  @FieldResolver(() => ExposureFactsObject, {
    description: 'The exposure-level facts this submission states, typed; a fact it does not state is null.',
  })
  statedExposureFacts(@Root() submission: FactSubmission): StatedExposureFacts {
    return typedFacts(submission.exposureFacts, EXPOSURE_FACT_FIELDS);
  }
}

@Resolver(() => Exposure)
export class ExposureFactsResolver {
  @FieldResolver(() => [FactSubmission], { description: 'The visible submissions bearing on this exposure, oldest first.' })
  factSubmissions(
    @Root() exposure: Exposure,
    @Ctx() ctx: RequestContext<OrganizationLoaders & IncidentLoaders & FactLoaders>,
  ): Promise<FactSubmission[]> {
    return ctx.loaders.factSubmissionsForExposure.load(exposure);
  }

  @FieldResolver(() => UnifiedFactsType, { description: 'Every fact with its chosen value, its source and the disagreements.' })
  async facts(
    @Root() exposure: Exposure,
    @Ctx() ctx: RequestContext<OrganizationLoaders & IncidentLoaders & FactLoaders>,
  ): Promise<UnifiedFactsType> {
    const [incident, submissions] = await Promise.all([
      ctx.loaders.incidentById.load(exposure.incident.id),
      ctx.loaders.factSubmissionsForExposure.load(exposure),
    ]);
    const facts = submissions.map((s) => ({ ...s, submittedById: s.submittedBy.id }));
    return typedUnifiedFacts(unifyFacts(recordFacts(incident!, exposure), facts, exposure.controller.id));
  }
}

@Resolver(() => FactSourceObject)
export class FactSourceResolver {
  @FieldResolver(() => Organization, {
    nullable: true,
    description: 'The organisation that said it; null for an unnamed record author or one the viewer may not read.',
  })
  async organization(
    @Root() source: FactSourceInfo,
    @Ctx() ctx: RequestContext<OrganizationLoaders & IncidentLoaders & FactLoaders>,
  ): Promise<Organization | null> {
    return source.organizationId ? ((await ctx.loaders.organizationById.load(source.organizationId)) ?? null) : null;
  }
}
