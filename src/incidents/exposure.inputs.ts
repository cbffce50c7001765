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
import { FACT_CATALOGUE, type ExposureFactValues, type FactInputMismatches, type NoMismatch } from '../cnil/fact-catalogue';
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

@InputType({ description: 'The breach facts of one exposure: an omitted field is left alone, null clears it (an empty list for a list).' })
export class ExposurePatch {
  @Field(() => Date, { nullable: true, description: FACT_CATALOGUE.processorAlertedAt.description }) processorAlertedAt?: Date | null;
  @Field(() => Date, { nullable: true, description: FACT_CATALOGUE.awareAt.description })
  awareAt?: Date | null;
  @Field(() => [DATA_CATEGORY.values], { nullable: true, description: FACT_CATALOGUE.dataCategories.description }) dataCategories?:
    DataCategory[] | null;
  @TextInput('text')
  @Field(() => String, { nullable: true, description: FACT_CATALOGUE.dataCategoriesOther.description })
  dataCategoriesOther?: string | null;
  @Field(() => [SENSITIVE_DATA.values], { nullable: true, description: FACT_CATALOGUE.sensitiveData.description }) sensitiveData?:
    SensitiveDataCategory[] | null;
  @Field(() => [String], { nullable: true, description: FACT_CATALOGUE.exposedDataItems.description }) exposedDataItems?: string[] | null;
  @Field(() => [String], { nullable: true, description: FACT_CATALOGUE.notExposedDataItems.description }) notExposedDataItems?:
    string[] | null;
  @Field(() => [SUBJECT_CATEGORY.values], { nullable: true, description: FACT_CATALOGUE.subjectCategories.description })
  subjectCategories?: SubjectCategory[] | null;
  @TextInput('text')
  @Field(() => String, { nullable: true, description: FACT_CATALOGUE.subjectCategoriesOther.description })
  subjectCategoriesOther?: string | null;
  @Field(() => NonNegativeInt, { nullable: true, description: FACT_CATALOGUE.approxPersons.description }) approxPersons?: number | null;
  @Field(() => NonNegativeInt, { nullable: true, description: FACT_CATALOGUE.approxRecords.description }) approxRecords?: number | null;
  @Field(() => [CONSEQUENCE.values], { nullable: true, description: FACT_CATALOGUE.consequences.description }) consequences?:
    Consequence[] | null;
  @TextInput('text')
  @Field(() => String, { nullable: true, description: FACT_CATALOGUE.consequencesOther.description })
  consequencesOther?: string | null;
  @Field(() => [HARM.values], { nullable: true, description: FACT_CATALOGUE.harms.description }) harms?: Harm[] | null;
  @TextInput('text') @Field(() => String, { nullable: true, description: FACT_CATALOGUE.harmsOther.description }) harmsOther?:
    string | null;
  @TextInput('text') @Field(() => String, { nullable: true, description: FACT_CATALOGUE.harmsDescription.description }) harmsDescription?:
    string | null;
  @TextInput('text') @Field(() => String, { nullable: true, description: FACT_CATALOGUE.measuresTaken.description }) measuresTaken?:
    string | null;
  @TextInput('text') @Field(() => String, { nullable: true, description: FACT_CATALOGUE.measuresPlanned.description }) measuresPlanned?:
    string | null;
  @Field(() => COMMUNICATION_STATUS.values, { nullable: true, description: FACT_CATALOGUE.communicationStatus.description })
  communicationStatus?: CommunicationStatus | null;
  @Field(() => [COMMUNICATION_CHANNEL.values], { nullable: true, description: FACT_CATALOGUE.communicationChannels.description })
  communicationChannels?: CommunicationChannel[] | null;
  @Field(() => Date, { nullable: true, description: FACT_CATALOGUE.communicationAt.description }) communicationAt?: Date | null;
  @Field(() => NON_COMMUNICATION_JUSTIFICATION.values, {
    nullable: true,
    description: FACT_CATALOGUE.nonCommunicationJustification.description,
  })
  nonCommunicationJustification?: NonCommunicationJustification | null;
  @TextInput('text')
  @Field(() => String, { nullable: true, description: FACT_CATALOGUE.communicationDetails.description })
  communicationDetails?: string | null;
}

/** Compile-time check: the patch has exactly the catalogue's exposure facts, of their types. */
export type ExposurePatchFacts = NoMismatch<FactInputMismatches<ExposurePatch, ExposureFactValues>>;

@InputType({ description: 'A new exposure: one controller affected by an incident, with the facts known so far.' })
export class CreateExposureInput extends ExposurePatch {
  @Field(() => ID, { description: "The incident this exposure belongs to; it must be in the viewer's scope." }) incidentId!: string;
  @Field(() => ID, { description: 'The affected controller.' }) controllerId!: string;
}

@InputType({
  description:
    "Changes to an exposure's facts; only its controller (or an admin) may set the controller-only ones (awareness, consequences, harms, communication).",
})
export class UpdateExposureInput extends ExposurePatch {
  @Field(() => Int, { nullable: true, description: 'The version the update was prepared against; a stale one is a CONFLICT.' })
  version?: number | null;
}
