import { Field, InputType, Int } from 'type-graphql';
import { TextInput } from '../lib/input-checks';

@InputType({ description: 'The letter’s record: an omitted field stays, null clears it. Any change clears « ready ».' })
export class PersonsLetterInput {
  @Field(() => Int, { nullable: true, description: 'The version the update was prepared against; omitted only to create the record.' })
  version?: number | null;
  @TextInput('text')
  @Field(() => String, { nullable: true, description: 'The measures taken and planned, written for the persons (art. 34(2), 33(3)(d)).' })
  measuresText?: string | null;
  @TextInput('text')
  @Field(() => String, { nullable: true, description: 'What the processor does for the controller, as the letter says it.' })
  processorService?: string | null;
  @TextInput('line') @Field(() => String, { nullable: true, description: 'Who signs the letter for the controller.' }) signatoryName?:
    string | null;
  @TextInput('line') @Field(() => String, { nullable: true, description: 'The signatory’s title.' }) signatoryTitle?: string | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD.' }) letterDate?: string | null;
}
