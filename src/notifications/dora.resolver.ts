import { Arg, Ctx, Field, FieldResolver, ID, InputType, Mutation, Resolver, Root } from 'type-graphql';
import { Exposure } from '../incidents/exposure.entity';
import type { RequestContext } from '../auth/context';
import { TextInput } from '../lib/input-checks';
import {
  DORA_CRITERION,
  DORA_RECORD_KIND,
  DORA_REPORT,
  DoraClassification,
  type DoraCriterion,
  DoraRecord,
  type DoraRecordKind,
  type DoraReport,
} from './dora.entities';
import { DoraService } from './dora.service';

@InputType({ description: 'A criterion of Delegated Regulation (EU) 2024/1772 met, with the value observed.' })
export class DoraCriterionInput {
  @Field(() => DORA_CRITERION, { description: 'The criterion met.' }) criterion!: DoraCriterion;
  @TextInput('text') @Field({ description: 'The value observed.' }) value!: string;
}

@InputType({ description: 'A classification of the incident as major or not under DORA (article 18), with its criteria and reason.' })
export class ClassifyDoraIncidentInput {
  @Field({ description: 'Classified as major (true) or not (false).' }) major!: boolean;
  @Field({ description: 'When the entity classified it; not in the future.' }) classifiedAt!: Date;
  @Field(() => [DoraCriterionInput], { description: 'The criteria of Delegated Regulation (EU) 2024/1772 met; at least one when major.' })
  criteria!: DoraCriterionInput[];
  @TextInput('text') @Field({ description: 'Why: required.' }) reason!: string;
  @Field({ description: 'Whether the incident affects the clients’ financial interests (DORA, article 19, paragraphe 3).' })
  clientsFinancialInterestsAffected!: boolean;
}

@InputType({
  description: 'A DORA step taken for the exposure: a report to the ACPR, a notice of late reporting, or the clients informed.',
})
export class RecordDoraStepInput {
  @Field(() => DORA_RECORD_KIND, { description: 'The step: every intermediate report is one, the first and the updated ones.' })
  kind!: DoraRecordKind;
  @Field({ description: 'When it was submitted, sent or done.' }) at!: Date;
  @Field(() => DORA_REPORT, { nullable: true, description: 'LATE_NOTICE only: the report it concerns.' }) concerns?: DoraReport | null;
  @TextInput('text')
  @Field(() => String, { nullable: true, description: 'LATE_NOTICE only: the reasons for the delay.' })
  reasons?: string | null;
  @Field(() => String, { nullable: true, description: 'The reference the authority gave, when any.' }) reference?: string | null;
}

@Resolver()
export class DoraResolver {
  @Mutation(() => DoraClassification, {
    description:
      "Records the financial entity's classification of the exposure's incident as major or not (DORA article 18, Delegated Regulation 2024/1772): the ACPR duties follow from it. The latest stands. Roles: CONTROLLER_DPO, CONTROLLER_LEGAL, ADMIN.",
  })
  classifyDoraIncident(
    @Arg('exposureId', () => ID, { description: 'The exposure whose incident is classified: one of the viewer’s controller file.' })
    exposureId: string,
    @Arg('input', { description: 'The classification, its criteria and reason.' }) input: ClassifyDoraIncidentInput,
    @Ctx() ctx: RequestContext,
  ): Promise<DoraClassification> {
    return new DoraService(ctx).classify(exposureId, input);
  }

  @Mutation(() => DoraRecord, {
    description:
      'Records a DORA report submitted to the ACPR, a notice of late reporting, or the clients informed. Roles: CONTROLLER_DPO, CONTROLLER_LEGAL, ADMIN.',
  })
  recordDoraStep(
    @Arg('exposureId', () => ID, { description: 'The exposure the step is for: one of the viewer’s controller file.' }) exposureId: string,
    @Arg('input', { description: 'The step, when it was taken, and for a LATE_NOTICE the report and reasons.' }) input: RecordDoraStepInput,
    @Ctx() ctx: RequestContext,
  ): Promise<DoraRecord> {
    return new DoraService(ctx).record(exposureId, input);
  }
}

@Resolver(() => Exposure)
export class ExposureDoraResolver {
  @FieldResolver(() => [DoraClassification], {
    description: "The DORA classifications recorded, oldest first (the last stands); empty for anyone but the controller's readers.",
  })
  async doraClassifications(@Root() exposure: Exposure, @Ctx() ctx: RequestContext): Promise<DoraClassification[]> {
    return (await new DoraService(ctx).recordOf(exposure)).classifications;
  }

  @FieldResolver(() => [DoraRecord], {
    description: "DORA reports, late notices and client information recorded, oldest first; empty for anyone but the controller's readers.",
  })
  async doraSteps(@Root() exposure: Exposure, @Ctx() ctx: RequestContext): Promise<DoraRecord[]> {
    return (await new DoraService(ctx).recordOf(exposure)).steps;
  }
}
