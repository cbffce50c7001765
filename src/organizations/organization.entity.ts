import { Collection, Embeddable, Embedded, Entity, OneToMany, Property, Unique } from '@mikro-orm/core';
import { Field, InputType, Int, ObjectType } from 'type-graphql';
import { CIVILITY, ORGANIZATION_IDENTIFIER_TYPE, ORGANIZATION_ROLE, REGIME } from '../cnil/enums';
import type { Civility, OrganizationIdentifierType, OrganizationRole, Regime } from '../cnil/vocabulary';
import { BaseEntity } from '../db/base.entity';
import { Node } from '../db/node';
import { TextInput } from '../lib/input-checks';
import type { ProcessorEngagement } from './processor-engagement.entity';

@Embeddable()
@ObjectType({ description: 'Postal address (form section 2).' })
@InputType('AddressInput', { description: 'Postal address (form section 2).' })
export class Address {
  @Field({ nullable: true, description: 'Street number and name, on one or more lines.' }) @Property({ nullable: true }) street?: string;
  @Field({ nullable: true, description: 'Postal code (« code postal »).' }) @Property({ nullable: true }) postalCode?: string;
  @Field({ nullable: true, description: 'Town or city (« ville »).' }) @Property({ nullable: true }) city?: string;
  @Field({ nullable: true, description: 'ISO 3166-1 alpha-2 country code.' })
  @Property({ nullable: true })
  country?: string;
}

/** A named person of the organisation: legal representative, contact point or DPO (sections 3 and 4). */
@Embeddable()
@ObjectType({ description: 'A named person of the organisation: legal representative, contact or DPO.' })
@InputType('PersonInput', { description: 'A named person of the organisation: legal representative, contact or DPO.' })
export class Person {
  @Field(() => CIVILITY.values, { nullable: true, description: 'Civility (« civilité »).' })
  @Property({ type: 'string', nullable: true })
  civility?: Civility;
  @Field({ nullable: true, description: 'Surname (« nom »).' }) @Property({ nullable: true }) lastName?: string;
  @Field({ nullable: true, description: 'Given name (« prénom »).' }) @Property({ nullable: true }) firstName?: string;
  @Field({ nullable: true, description: 'Fonction.' }) @Property({ nullable: true }) position?: string;
  @Field({ nullable: true, description: 'Email address.' }) @Property({ nullable: true }) email?: string;
  @Field({ nullable: true, description: 'Telephone number, as written.' }) @Property({ nullable: true }) phone?: string;
}

/** Whether another notification regime applies to the organisation, and why: a kept decision. */
@Embeddable()
@ObjectType({ description: 'Whether one regulatory regime applies to the organisation, and why.' })
@InputType('RegimeScopeInput', { description: 'Whether one regulatory regime applies to the organisation, and why.' })
export class RegimeScope {
  @Field(() => REGIME.values, { description: 'The regime (DORA, NIS 2…).' }) @Property({ type: 'string' }) regime!: Regime;
  @Field({ description: 'Whether the regime applies to the organisation.' }) @Property() inScope!: boolean;
  @TextInput('text')
  @Field({ description: 'Why it applies or not, e.g. the article and category relied on.' })
  @Property({ type: 'text' })
  rationale!: string;
}

@Entity()
@ObjectType({ implements: Node, description: 'A controller or processor (or both), with the identity the CNIL form asks for.' })
export class Organization extends BaseEntity<
  'address' | 'legalRepresentative' | 'contact' | 'regimes' | 'noSiren' | 'contactIsLegalRepresentative'
> {
  @Field(() => [ORGANIZATION_ROLE.values], { description: 'The capacities it is registered in: controller, processor or both.' })
  @Property({ type: 'json' })
  roles!: OrganizationRole[];

  @Field({ description: 'Dénomination.' })
  @Property()
  legalName!: string;

  @Field(() => String, { nullable: true, description: 'SIREN; null for an organisation that has none (noSiren).' })
  @Property({ type: 'string', length: 9, nullable: true })
  @Unique()
  siren?: string | null;

  /** The form's « pas de SIREN » box: an association, a foreign controller… gives another identifier. */
  @Field({ description: 'The form’s « pas de SIREN » box: the organisation has no SIREN and gives another identifier.' })
  @Property({ default: false })
  noSiren: boolean = false;

  @Field(() => ORGANIZATION_IDENTIFIER_TYPE.values, { nullable: true, description: 'The kind of identifier given instead of a SIREN.' })
  @Property({ type: 'string', nullable: true })
  otherIdentifierType?: OrganizationIdentifierType | null;

  @Field(() => String, { nullable: true, description: 'The identifier given instead of a SIREN (RNA number, foreign registration…).' })
  @Property({ type: 'string', nullable: true })
  otherIdentifier?: string | null;

  @Field({ nullable: true, description: 'N° de TVA intracommunautaire.' })
  @Property({ nullable: true })
  vatNumber?: string;

  @Field({ nullable: true, description: "Secteur d'activité." })
  @Property({ nullable: true })
  sector?: string;

  @Field(() => Int, { nullable: true, description: 'Effectif.' })
  @Property({ nullable: true })
  headcount?: number;

  @Field(() => Address, { description: 'Postal address (form section 2); its fields are null while not given.' })
  @Embedded(() => Address, { prefix: 'address_' })
  address: Address = new Address();

  // The people (this, contact, dpo, dpoDesignationNumber) are resolved by OrganizationResolver: not every reader may see them.
  @Embedded(() => Person, { prefix: 'legal_representative_' })
  legalRepresentative: Person = new Person();

  @Embedded(() => Person, { prefix: 'contact_' })
  contact: Person = new Person();

  /**
   * The form's sections 3 and 4 name the same person: the contact is kept as a copy of the legal
   * representative (so both sections are filled and checked), not left blank.
   */
  @Field({ description: 'Section 4 names the same person as section 3 (« même personne que le responsable légal »).' })
  @Property({ default: false })
  contactIsLegalRepresentative: boolean = false;

  @Embedded(() => Person, { prefix: 'dpo_', nullable: true })
  dpo?: Person;

  @Property({ nullable: true })
  dpoDesignationNumber?: string;

  @Field(() => [RegimeScope], { description: 'DORA, NIS2…: in scope or not, each with its rationale.' })
  @Embedded(() => RegimeScope, { array: true })
  regimes: RegimeScope[] = [];

  // Inverse sides, walked by the tenancy conditions (auth/scope.ts) only. Incidents and exposures
  // sit in a later stage, which organisations do not import: the relations are named, not typed.
  @OneToMany('Incident', 'sourceOrganization')
  incidents = new Collection<object>(this);

  @OneToMany('Exposure', 'controller')
  exposures = new Collection<object>(this);

  /** Engagements in which this organisation is the controller: the processors it declared. */
  @OneToMany('ProcessorEngagement', 'controller')
  engagementsAsController = new Collection<ProcessorEngagement>(this);

  /** Engagements in which this organisation is the processor: the controllers it serves. */
  @OneToMany('ProcessorEngagement', 'processor')
  engagementsAsProcessor = new Collection<ProcessorEngagement>(this);
}
