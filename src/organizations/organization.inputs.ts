import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { DORA_CATEGORY, type DoraCategory, NIS2_STATUS, type Nis2Status } from '../cnil/entity-tests';
import { TextInput } from '../lib/input-checks';
import { ORGANIZATION_IDENTIFIER_TYPE, ORGANIZATION_ROLE } from '../cnil/enums';
import { NonNegativeInt } from '../lib/scalars';
import type { OrganizationIdentifierType, OrganizationRole } from '../cnil/vocabulary';
import { Address, Person, RegimeScope } from './organization.entity';

/** The fields that are optional on creation and on update alike. */
@InputType()
export class OrganizationPatch {
  @Field(() => String, { nullable: true }) vatNumber?: string | null;
  @Field(() => String, { nullable: true }) sector?: string | null;
  @Field(() => NonNegativeInt, { nullable: true }) headcount?: number | null;
  @Field(() => Address, { nullable: true }) address?: Address | null;
  @Field(() => Person, { nullable: true }) legalRepresentative?: Person | null;
  @Field(() => Person, { nullable: true }) contact?: Person | null;
  @Field(() => Boolean, {
    nullable: true,
    description:
      'Section 4 is the legal representative: the contact is filled from legalRepresentative (its position and phone kept when the representative has none).',
  })
  contactIsLegalRepresentative?: boolean | null;
  @Field(() => Person, { nullable: true }) dpo?: Person | null;
  @Field(() => String, { nullable: true }) dpoDesignationNumber?: string | null;
  @Field(() => [RegimeScope], { nullable: true }) regimes?: RegimeScope[] | null;
}

@InputType()
export class CreateOrganizationInput extends OrganizationPatch {
  @Field(() => [ORGANIZATION_ROLE.values]) roles!: OrganizationRole[];
  @Field() legalName!: string;
  @Field(() => String, { nullable: true, description: '9 digits, spaces allowed; Luhn-checked. Leave it out with noSiren.' })
  siren?: string | null;
  @Field(() => Boolean, {
    nullable: true,
    description: 'The form’s « pas de SIREN » box; then give otherIdentifierType and otherIdentifier.',
  })
  noSiren?: boolean | null;
  @Field(() => ORGANIZATION_IDENTIFIER_TYPE.values, { nullable: true }) otherIdentifierType?: OrganizationIdentifierType | null;
  @Field(() => String, { nullable: true }) otherIdentifier?: string | null;
}

@InputType()
export class UpdateOrganizationInput extends OrganizationPatch {
  @Field(() => [ORGANIZATION_ROLE.values], { nullable: true }) roles?: OrganizationRole[] | null;
  @Field(() => String, { nullable: true }) legalName?: string | null;
  @Field(() => String, { nullable: true }) siren?: string | null;
  @Field(() => Boolean, { nullable: true }) noSiren?: boolean | null;
  @Field(() => ORGANIZATION_IDENTIFIER_TYPE.values, { nullable: true }) otherIdentifierType?: OrganizationIdentifierType | null;
  @Field(() => String, { nullable: true }) otherIdentifier?: string | null;
  @Field(() => Int, { nullable: true, description: 'The version the update was prepared against; a stale one is a CONFLICT.' })
  version?: number | null;
}

@InputType({ description: 'The whole set of entity facts, each group with its reason; a new record replaces the previous set.' })
export class EntityFactsInput {
  @Field(() => DORA_CATEGORY, {
    nullable: true,
    description: 'DORA article 2(1) category, or MUTUELLE_LIVRE_III, NOT_A_FINANCIAL_ENTITY.',
  })
  doraCategory?: DoraCategory | null;
  @Field(() => Boolean, { nullable: true, description: 'Solvency II article 4 small undertaking; only for an insurance category.' })
  solvency2SmallUndertaking?: boolean | null;
  @TextInput('text') @Field(() => String, { nullable: true, description: 'Required with doraCategory.' }) doraReason?: string | null;
  @Field(() => Boolean, { nullable: true }) doraSystemic?: boolean | null;
  @TextInput('text') @Field(() => String, { nullable: true, description: 'Required with doraSystemic.' }) doraSystemicReason?:
    string | null;
  @Field(() => NIS2_STATUS, { nullable: true, description: 'The NIS 2 status (article 3).' }) nis2Status?: Nis2Status | null;
  @TextInput('text')
  @Field(() => String, { nullable: true, description: 'Annex and sector; required for ESSENTIAL or IMPORTANT.' })
  nis2Sector?: string | null;
  @TextInput('text')
  @Field(() => String, { nullable: true, description: 'Size or designation reason; required with nis2Status.' })
  nis2Reason?: string | null;
  @Field(() => Boolean, { nullable: true }) nis1Designated?: boolean | null;
  @TextInput('text') @Field(() => String, { nullable: true, description: 'Required when nis1Designated is true.' }) nis1Reason?:
    string | null;
}

@ObjectType({ description: 'The breach-alert term of the processing contract between a controller and its processor (art. 28(3)(f)).' })
export class ProcessingContractTerms {
  @Field(() => ID) controllerId!: string;
  @Field(() => ID) processorId!: string;
  @Field(() => Int, { nullable: true }) alertHours!: number | null;
  @Field(() => String, { nullable: true }) contractReference!: string | null;
}
