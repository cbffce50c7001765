import { Field, InputType, Int } from 'type-graphql';
import { ORGANIZATION_ROLE } from '../cnil/enums';
import { NonNegativeInt } from '../lib/scalars';
import type { OrganizationRole } from '../cnil/vocabulary';
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
  @Field(() => Person, { nullable: true }) dpo?: Person | null;
  @Field(() => String, { nullable: true }) dpoDesignationNumber?: string | null;
  @Field(() => [RegimeScope], { nullable: true }) regimes?: RegimeScope[] | null;
}

@InputType()
export class CreateOrganizationInput extends OrganizationPatch {
  @Field(() => [ORGANIZATION_ROLE.values]) roles!: OrganizationRole[];
  @Field() legalName!: string;
  @Field({ description: '9 digits, spaces allowed; Luhn-checked.' }) siren!: string;
}

@InputType()
export class UpdateOrganizationInput extends OrganizationPatch {
  @Field(() => [ORGANIZATION_ROLE.values], { nullable: true }) roles?: OrganizationRole[] | null;
  @Field(() => String, { nullable: true }) legalName?: string | null;
  @Field(() => String, { nullable: true }) siren?: string | null;
  @Field(() => Int, { nullable: true, description: 'The version the update was prepared against; a stale one is a CONFLICT.' })
  version?: number | null;
}
