import { Field, ID, InputType } from 'type-graphql';
import { ExposurePatch } from '../incidents/exposure.inputs';
import { IncidentPatch } from '../incidents/incident.inputs';
import { FactConfidence, FactSourceType } from './fact-submission.entity';
import { TextInput } from '../lib/input-checks';

@InputType({ description: 'Facts about one incident (and optionally one exposure of it) from one source.' })
export class SubmitBreachFactsInput {
  @Field(() => ID, { description: 'The incident the facts are about.' }) incidentId!: string;

  @Field(() => ID, { nullable: true, description: 'Required for exposure-level facts, and for any fact a controller submits.' })
  exposureId?: string | null;

  @Field(() => FactSourceType, { description: 'Where the facts come from; RECORD is refused.' }) sourceType!: FactSourceType;
  @Field(() => FactConfidence, { description: 'How sure the source is of them.' }) confidence!: FactConfidence;
  @Field(() => String, { nullable: true, description: "The source's own reference (report number, notice id…); null for none." })
  reference?: string | null;

  @TextInput('key')
  @Field({ description: 'Unique per submitting organisation; a replay with the same payload returns the same submission.' })
  idempotencyKey!: string;

  @Field(() => IncidentPatch, { nullable: true, description: 'The incident-level facts the source states; omitted fields are not stated.' })
  incidentFacts?: IncidentPatch | null;
  @Field(() => ExposurePatch, {
    nullable: true,
    description: 'The exposure-level facts the source states (needs exposureId); omitted fields are not stated.',
  })
  exposureFacts?: ExposurePatch | null;
}
