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

@InputType()
export class DoraCriterionInput {
  @Field(() => DORA_CRITERION, { description: 'The criterion met.' }) criterion!: DoraCriterion;
  @TextInput('text') @Field({ description: 'The value observed.' }) value!: string;
}

@InputType()
export class ClassifyDoraIncidentInput {
  @Field({ description: 'Classified as major (true) or not (false).' }) major!: boolean;
  @Field({ description: 'When the entity classified it; not in the future.' }) classifiedAt!: Date;
  @Field(() => [DoraCriterionInput], { description: 'The criteria of Delegated Regulation (EU) 2024/1772 met; at least one when major.' })
  criteria!: DoraCriterionInput[];
  @TextInput('text') @Field({ description: 'Why: required.' }) reason!: string;
  @Field({ description: 'Whether the incident affects the clients’ financial interests (DORA, article 19, paragraphe 3).' })
  clientsFinancialInterestsAffected!: boolean;
}

@InputType()
export class RecordDoraStepInput {
  @Field(() => DORA_RECORD_KIND, { description: 'The step: every intermediate report is one, the first and the updated ones.' })
  kind!: DoraRecordKind;
  @Field({ description: 'When it was submitted, sent or done.' }) at!: Date;
  @Field(() => DORA_REPORT, { nullable: true, description: 'LATE_NOTICE only: the report it concerns.' }) concerns?: DoraReport | null;
  @TextInput('text')
  @Field(() => String, { nullable: true, description: 'LATE_NOTICE only: the reasons for the delay.' })
  reasons?: string | null;
  @Field(() => String, { nullable: true }) reference?: string | null;
}

@Resolver()
export class DoraResolver {
  @Mutation(() => DoraClassification, {
    description:
      "Records the financial entity's classification of the exposure's incident as major or not (DORA article 18, Delegated Regulation 2024/1772): the ACPR duties follow from it. The latest stands.",
  })
  classifyDoraIncident(
    @Arg('exposureId', () => ID) exposureId: string,
    @Arg('input') input: ClassifyDoraIncidentInput,
    @Ctx() ctx: RequestContext,
  ): Promise<DoraClassification> {
    return new DoraService(ctx).classify(exposureId, input);
  }

  @Mutation(() => DoraRecord, {
    description: 'Records a DORA report submitted to the ACPR, a notice of late reporting, or the clients informed.',
  })
  recordDoraStep(
    @Arg('exposureId', () => ID) exposureId: string,
    @Arg('input') input: RecordDoraStepInput,
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
