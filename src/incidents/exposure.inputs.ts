import { Field, ID, InputType, Int } from 'type-graphql';
import {
  COMMUNICATION_CHANNEL,
  COMMUNICATION_STATUS,
  CONSEQUENCE,
  DATA_CATEGORY,
  HARM,
  NON_COMMUNICATION_JUSTIFICATION,
  SENSITIVE_DATA,
  SUBJECT_CATEGORY,
} from '../cnil/enums';
import type { ExposureFactValues, FactInputMismatches, NoMismatch } from '../cnil/fact-catalogue';
import { NonNegativeInt } from '../lib/scalars';
import type {
  CommunicationChannel,
  CommunicationStatus,
  Consequence,
  DataCategory,
  Harm,
  NonCommunicationJustification,
  SensitiveDataCategory,
  SubjectCategory,
} from '../cnil/vocabulary';
import { TextInput } from '../lib/input-checks';

@InputType()
export class ExposurePatch {
  @Field(() => Date, { nullable: true }) processorAlertedAt?: Date | null;
  @Field(() => Date, { nullable: true, description: "The controller's own awareness instant, when it differs from the processor's alert." })
  awareAt?: Date | null;
  @Field(() => [DATA_CATEGORY.values], { nullable: true }) dataCategories?: DataCategory[] | null;
  @TextInput('text') @Field(() => String, { nullable: true, description: 'Required with data category OTHER.' }) dataCategoriesOther?:
    string | null;
  @Field(() => [SENSITIVE_DATA.values], { nullable: true }) sensitiveData?: SensitiveDataCategory[] | null;
  @Field(() => [String], { nullable: true }) exposedDataItems?: string[] | null;
  @Field(() => [String], { nullable: true }) notExposedDataItems?: string[] | null;
  @Field(() => [SUBJECT_CATEGORY.values], { nullable: true }) subjectCategories?: SubjectCategory[] | null;
  @TextInput('text')
  @Field(() => String, { nullable: true, description: 'Required with subject category OTHER.' })
  subjectCategoriesOther?: string | null;
  @Field(() => NonNegativeInt, { nullable: true }) approxPersons?: number | null;
  @Field(() => NonNegativeInt, { nullable: true }) approxRecords?: number | null;
  @Field(() => [CONSEQUENCE.values], { nullable: true }) consequences?: Consequence[] | null;
  @TextInput('text') @Field(() => String, { nullable: true, description: 'Required with consequence OTHER.' }) consequencesOther?:
    string | null;
  @Field(() => [HARM.values], { nullable: true }) harms?: Harm[] | null;
  @TextInput('text') @Field(() => String, { nullable: true, description: 'Required with harm OTHER.' }) harmsOther?: string | null;
  @TextInput('text') @Field(() => String, { nullable: true }) harmsDescription?: string | null;
  @TextInput('text') @Field(() => String, { nullable: true }) measuresTaken?: string | null;
  @TextInput('text') @Field(() => String, { nullable: true }) measuresPlanned?: string | null;
  @Field(() => COMMUNICATION_STATUS.values, { nullable: true }) communicationStatus?: CommunicationStatus | null;
  @Field(() => [COMMUNICATION_CHANNEL.values], { nullable: true }) communicationChannels?: CommunicationChannel[] | null;
  @Field(() => Date, { nullable: true }) communicationAt?: Date | null;
  @Field(() => NON_COMMUNICATION_JUSTIFICATION.values, { nullable: true })
  nonCommunicationJustification?: NonCommunicationJustification | null;
  @TextInput('text') @Field(() => String, { nullable: true }) communicationDetails?: string | null;
}

/** Compile-time check: the patch has exactly the catalogue's exposure facts, of their types. */
export type ExposurePatchFacts = NoMismatch<FactInputMismatches<ExposurePatch, ExposureFactValues>>;

@InputType()
export class CreateExposureInput extends ExposurePatch {
  @Field(() => ID) incidentId!: string;
  @Field(() => ID, { description: 'The affected controller.' }) controllerId!: string;
}

@InputType()
export class UpdateExposureInput extends ExposurePatch {
  @Field(() => Int, { nullable: true, description: 'The version the update was prepared against; a stale one is a CONFLICT.' })
  version?: number | null;
}
