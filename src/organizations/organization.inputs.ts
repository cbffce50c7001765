import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { DORA_CATEGORY, type DoraCategory, NIS2_STATUS, type Nis2Status } from '../cnil/entity-tests';
import { TextInput } from '../lib/input-checks';
import { ORGANIZATION_IDENTIFIER_TYPE, ORGANIZATION_ROLE } from '../cnil/enums';
import { NonNegativeInt } from '../lib/scalars';
import type { OrganizationIdentifierType, OrganizationRole } from '../cnil/vocabulary';
import { Address, Person, RegimeScope } from './organization.entity';

/** The fields that are optional on creation and on update alike. */
@InputType({ description: "An organisation's details (form sections 2 to 4): an omitted field is left alone, null clears it." })
export class OrganizationPatch {
  @Field(() => String, {
    nullable: true,
    description: 'Intra-community VAT number (« N° de TVA intracommunautaire »); spaces are dropped.',
  })
  vatNumber?: string | null;
  @Field(() => String, { nullable: true, description: "Business sector (« secteur d'activité », form section 2), as free text." }) sector?:
    string | null;
  @Field(() => NonNegativeInt, { nullable: true, description: 'Number of employees (« effectif », form section 2).' }) headcount?:
    number | null;
  @Field(() => Address, { nullable: true, description: 'Postal address (form section 2); replaces the whole address.' })
  address?: Address | null;
  @Field(() => Person, { nullable: true, description: 'The legal representative (« responsable légal », form section 3).' })
  legalRepresentative?: Person | null;
  @Field(() => Person, { nullable: true, description: 'The person the CNIL may contact about the breach (form section 4).' })
  contact?: Person | null;
  @Field(() => Boolean, {
    nullable: true,
    description:
      'Section 4 is the legal representative: the contact is filled from legalRepresentative (its position and phone kept when the representative has none).',
  })
  contactIsLegalRepresentative?: boolean | null;
  @Field(() => Person, { nullable: true, description: 'The data protection officer designated under art. 37 GDPR.' }) dpo?: Person | null;
  @Field(() => String, { nullable: true, description: 'The number the CNIL gave the DPO designation.' }) dpoDesignationNumber?:
    string | null;
  @Field(() => [RegimeScope], {
    nullable: true,
    description: 'Whether each regime (DORA, NIS 2…) applies, with its rationale; replaces the whole list.',
  })
  regimes?: RegimeScope[] | null;
}

@InputType({ description: 'A new organisation and its registration (roles, SIREN or other identifier); ADMINISTER only.' })
export class CreateOrganizationInput extends OrganizationPatch {
  @Field(() => [ORGANIZATION_ROLE.values], { description: 'The capacities it is registered in: controller, processor or both.' })
  roles!: OrganizationRole[];
  @Field({ description: 'Legal name (« dénomination », form section 2).' }) legalName!: string;
  @Field(() => String, { nullable: true, description: '9 digits, spaces allowed; Luhn-checked. Leave it out with noSiren.' })
  siren?: string | null;
  @Field(() => Boolean, {
    nullable: true,
    description: 'The form’s « pas de SIREN » box; then give otherIdentifierType and otherIdentifier.',
  })
  noSiren?: boolean | null;
  @Field(() => ORGANIZATION_IDENTIFIER_TYPE.values, {
    nullable: true,
    description: 'The kind of identifier given instead of a SIREN; required with noSiren.',
  })
  otherIdentifierType?: OrganizationIdentifierType | null;
  @Field(() => String, {
    nullable: true,
    description: 'The identifier given instead of a SIREN (RNA number, foreign registration…); required with noSiren.',
  })
  otherIdentifier?: string | null;
}

@InputType({
  description:
    "Changes to an organisation (EDIT_OWN_ORGANIZATION for its own, or ADMINISTER); its registration (roles, SIREN, other identifier) is the administrator's alone.",
})
export class UpdateOrganizationInput extends OrganizationPatch {
  @Field(() => [ORGANIZATION_ROLE.values], { nullable: true, description: 'New capacities (controller, processor); ADMINISTER only.' })
  roles?: OrganizationRole[] | null;
  @Field(() => String, { nullable: true, description: 'New legal name (« dénomination »).' }) legalName?: string | null;
  @Field(() => String, { nullable: true, description: 'New SIREN: 9 digits, spaces allowed, Luhn-checked; ADMINISTER only.' }) siren?:
    string | null;
  @Field(() => Boolean, { nullable: true, description: 'The form’s « pas de SIREN » box; ADMINISTER only.' }) noSiren?: boolean | null;
  @Field(() => ORGANIZATION_IDENTIFIER_TYPE.values, {
    nullable: true,
    description: 'The kind of identifier given instead of a SIREN; ADMINISTER only.',
  })
  otherIdentifierType?: OrganizationIdentifierType | null;
  @Field(() => String, { nullable: true, description: 'The identifier given instead of a SIREN; ADMINISTER only.' }) otherIdentifier?:
    string | null;
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
  @Field(() => Boolean, {
    nullable: true,
    description: 'Whether the entity is systemic under DORA, so the weekend and holiday noon rule does not apply; null while undetermined.',
  })
  doraSystemic?: boolean | null;
  @TextInput('text') @Field(() => String, { nullable: true, description: 'Required with doraSystemic.' }) doraSystemicReason?:
    string | null;
  @Field(() => NIS2_STATUS, { nullable: true, description: 'The NIS 2 status (article 3).' }) nis2Status?: Nis2Status | null;
  @TextInput('text')
  @Field(() => String, { nullable: true, description: 'Annex and sector; required for ESSENTIAL or IMPORTANT.' })
  nis2Sector?: string | null;
  @TextInput('text')
  @Field(() => String, { nullable: true, description: 'Size or designation reason; required with nis2Status.' })
  nis2Reason?: string | null;
  @Field(() => Boolean, {
    nullable: true,
    description: 'Designated operator of essential services under loi n° 2018-133 (NIS 1); null while undetermined.',
  })
  nis1Designated?: boolean | null;
  @TextInput('text') @Field(() => String, { nullable: true, description: 'Required when nis1Designated is true.' }) nis1Reason?:
    string | null;
}

@ObjectType({ description: 'The breach-alert term of the processing contract between a controller and its processor (art. 28(3)(f)).' })
export class ProcessingContractTerms {
  @Field(() => ID, { description: 'The controller party to the contract.' }) controllerId!: string;
  @Field(() => ID, { description: 'The processor party to the contract.' }) processorId!: string;
  @Field(() => Int, {
    nullable: true,
    description: 'Hours the processor has to alert the controller of a breach (1 to 720); null when the contract sets no term.',
  })
  alertHours!: number | null;
  @Field(() => String, { nullable: true, description: "The contract's reference, as the parties cite it; null when none was given." })
  contractReference!: string | null;
}
