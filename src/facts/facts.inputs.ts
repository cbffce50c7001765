import { Field, ID, InputType } from 'type-graphql';
import { ExposurePatch } from '../incidents/exposure.inputs';
import { IncidentPatch } from '../incidents/incident.inputs';
import { FactConfidence, FactSourceType } from './fact-submission.entity';
import { TextInput } from '../lib/input-checks';

@InputType({ description: 'Facts about one incident (and optionally one exposure of it) from one source.' })
export class SubmitBreachFactsInput {
  @Field(() => ID) incidentId!: string;

  @Field(() => ID, { nullable: true, description: 'Required for exposure-level facts, and for any fact a controller submits.' })
  exposureId?: string | null;

  @Field(() => FactSourceType) sourceType!: FactSourceType;
  @Field(() => FactConfidence) confidence!: FactConfidence;
  @Field(() => String, { nullable: true }) reference?: string | null;

  @TextInput('key')
  @Field({ description: 'Unique per submitting organisation; a replay with the same payload returns the same submission.' })
  idempotencyKey!: string;

  @Field(() => IncidentPatch, { nullable: true }) incidentFacts?: IncidentPatch | null;
  @Field(() => ExposurePatch, { nullable: true }) exposureFacts?: ExposurePatch | null;
}
