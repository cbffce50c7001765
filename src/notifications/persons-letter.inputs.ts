import { Field, InputType, Int } from 'type-graphql';
import { TextInput } from '../lib/input-checks';

@InputType({ description: 'The letter’s record: an omitted field stays, null clears it. Any change clears « ready ».' })
export class PersonsLetterInput {
  @Field(() => Int, { nullable: true, description: 'The version the update was prepared against; omitted only to create the record.' })
  version?: number | null;
  @TextInput('text') @Field(() => String, { nullable: true }) measuresText?: string | null;
  @TextInput('text') @Field(() => String, { nullable: true }) processorService?: string | null;
  @TextInput('line') @Field(() => String, { nullable: true }) signatoryName?: string | null;
  @TextInput('line') @Field(() => String, { nullable: true }) signatoryTitle?: string | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD.' }) letterDate?: string | null;
}
