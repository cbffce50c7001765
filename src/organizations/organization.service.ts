import { ref } from '@mikro-orm/core';
import { engagementRights, mayEditOrganization, organizationScope } from '../auth/scope';
import { Capability } from '../auth/permissions';
import type { Viewer } from '../auth/viewer';
import { applyPatch, assertVersion, flushOrConflict } from '../db/unit-of-work';
import type { ServiceContext } from '../auth/context';
import { BadUserInputError, ForbiddenError, InputProblems, NotFoundError } from '../lib/errors';
import { Address, Organization, Person, RegimeScope } from './organization.entity';
import { ProcessorEngagement } from './processor-engagement.entity';
import { DORA_CATEGORIES } from '../cnil/entity-tests';
import { OrganizationEntityFacts } from './entity-facts.entity';
import type { CreateOrganizationInput, EntityFactsInput, ProcessingContractTerms, UpdateOrganizationInput } from './organization.inputs';
import { normalizeSiren, sirenProblem, vatNumberProblem } from './siren';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Organisations: only an admin registers one; an organisation's own writers keep it up to date. */
export class OrganizationService {
  constructor(private readonly ctx: ServiceContext) {}

  list(): Promise<Organization[]> {
    return this.ctx.em.find(Organization, organizationScope(this.ctx.viewer), { orderBy: { legalName: 'asc', id: 'asc' } });
  }

  async get(id: string): Promise<Organization> {
    const org = await this.ctx.em.findOne(Organization, { $and: [{ id }, organizationScope(this.ctx.viewer)] });
    if (!org) throw new NotFoundError('Organization', id);
    return org;
  }

  async create(input: CreateOrganizationInput): Promise<Organization> {
    if (!this.ctx.viewer.can(Capability.ADMINISTER)) throw new ForbiddenError('register an organisation');
    const org = new Organization();
    applyPatch(org, input);
    normalize(org);
    validate(org);
    this.ctx.em.persist(org);
    await flushOrConflict(this.ctx, org.siren ? `An organisation with SIREN ${org.siren}` : `The organisation ${org.legalName}`);
    return org;
  }

  /**
   * A controller's DPO (or an admin) declares one of its processors, named by SIREN as in their
   * contract. Another organisation's id answers as a missing one; only a registered processor can be declared.
   */
  async declareProcessor(controllerId: string, processorSiren: string): Promise<Organization> {
    const { em } = this.ctx;
    const { controller, processor } = await this.engagementParties(controllerId, processorSiren, "declare your organisation's processors");
    if (!(await em.findOne(ProcessorEngagement, { controller, processor }))) {
      em.create(ProcessorEngagement, { controller: ref(controller), processor: ref(processor) });
      await flushOrConflict(this.ctx, `The engagement of ${processor.legalName} by ${controller.legalName}`);
    }
    return processor;
  }

  /**
   * The contract ended: the processor may no longer record this controller's exposures to its
   * incidents, nor read its contacts. Exposures it recorded stay: they are the breach's history.
   */
  async withdrawProcessor(controllerId: string, processorSiren: string): Promise<Organization> {
    const { em } = this.ctx;
    const { controller, processor } = await this.engagementParties(controllerId, processorSiren, "withdraw your organisation's processors");
    const engagement = await em.findOne(ProcessorEngagement, { controller, processor });
    if (engagement) {
      em.remove(engagement);
      await flushOrConflict(this.ctx, `The engagement of ${processor.legalName} by ${controller.legalName}`);
    }
    return processor;
  }

  /**
   * The organisation's entity facts, as a whole set with their reasons (an admin or the
   * organisation's own writers, its DPO). They decide the DORA and NIS 2 tests; never inferred.
   */
  async recordEntityFacts(organizationId: string, input: EntityFactsInput): Promise<OrganizationEntityFacts> {
    const { viewer, em, clock } = this.ctx;
    const org = await this.get(organizationId);
    if (!mayEditOrganization(viewer, org.id)) throw new ForbiddenError("record this organisation's entity facts");
    const problems = new InputProblems();
    const text = (value: string | null | undefined) => value?.trim() || null;
    const category = input.doraCategory ?? null;
    problems.check(category === null || Boolean(text(input.doraReason)), 'input.doraReason', 'a DORA category needs its reason');
    problems.check(
      input.solvency2SmallUndertaking == null || (category !== null && DORA_CATEGORIES[category].solvency2),
      'input.solvency2SmallUndertaking',
      'only an insurance undertaking under Solvency II (INSURANCE_UNDERTAKING, MUTUELLE_LIVRE_II, INSTITUTION_DE_PREVOYANCE) can be a small undertaking of its article 4',
    );
    problems.check(
      input.doraSystemic == null || Boolean(text(input.doraSystemicReason)),
      'input.doraSystemicReason',
      'whether the entity is systemic needs its reason',
    );
    const nis2 = input.nis2Status ?? null;
    problems.check(
      nis2 === null || Boolean(text(input.nis2Reason)),
      'input.nis2Reason',
      'a NIS 2 status needs its size or designation reason',
    );
    problems.check(
      nis2 === null || nis2 === 'NOT_IN_SCOPE' || Boolean(text(input.nis2Sector)),
      'input.nis2Sector',
      'an essential or important entity names its annex and sector',
    );
    problems.check(!input.nis1Designated || Boolean(text(input.nis1Reason)), 'input.nis1Reason', 'a NIS 1 designation needs its reference');
    problems.throwIfAny();
    const now = clock.now();
    const facts = em.create(OrganizationEntityFacts, {
      organization: ref(org),
      doraCategory: category,
      solvency2SmallUndertaking: input.solvency2SmallUndertaking ?? null,
      doraReason: text(input.doraReason),
      doraSystemic: input.doraSystemic ?? null,
      doraSystemicReason: text(input.doraSystemicReason),
      nis2Status: nis2,
      nis2Sector: text(input.nis2Sector),
      nis2Reason: text(input.nis2Reason),
      nis1Designated: input.nis1Designated ?? null,
      nis1Reason: text(input.nis1Reason),
      recordedBy: viewer.subject,
      recordedAt: now,
      createdAt: now,
      updatedAt: now,
    });
    await flushOrConflict(this.ctx, `Entity facts of ${org.legalName}`);
    return facts;
  }

  /** The breach-alert term of a declared processor's contract (art. 28(3)(f)): the controller's to record, like the engagement. */
  async recordContractTerms(
    controllerId: string,
    processorSiren: string,
    alertHours: number | null,
    contractReference: string | null,
  ): Promise<ProcessingContractTerms> {
    const { em } = this.ctx;
    const { controller, processor } = await this.engagementParties(controllerId, processorSiren, "record your processors' contract terms");
    const engagement = await em.findOne(ProcessorEngagement, { controller, processor });
    if (!engagement)
      throw new BadUserInputError([
        { argument: 'processorSiren', reason: `${processor.legalName} is not a declared processor of ${controller.legalName}` },
      ]);
    if (alertHours !== null && (!Number.isInteger(alertHours) || alertHours < 1 || alertHours > 720))
      throw new BadUserInputError([{ argument: 'alertHours', reason: 'a whole number of hours between 1 and 720, or null for no term' }]);
    engagement.alertHours = alertHours;
    engagement.contractReference = contractReference?.trim() || null;
    await flushOrConflict(this.ctx, `The engagement of ${processor.legalName} by ${controller.legalName}`);
    return { controllerId: controller.id, processorId: processor.id, alertHours, contractReference: engagement.contractReference };
  }

  /** Only the controller's DPO (or an admin) speaks for its contracts; the processor is named by SIREN, as in the contract. */
  private async engagementParties(
    controllerId: string,
    processorSiren: string,
    action: string,
  ): Promise<{ controller: Organization; processor: Organization }> {
    const { viewer, em } = this.ctx;
    const rights = engagementRights(viewer, controllerId);
    if (!rights.reachable) throw new NotFoundError('Organization', controllerId);
    if (!rights.allowed) throw new ForbiddenError(action);
    const controller = await this.get(controllerId);
    const problems = new InputProblems();
    problems.check(controller.roles.includes('CONTROLLER'), 'controllerId', 'the organisation is not registered as a controller');
    const siren = normalizeSiren(processorSiren);
    const sirenInvalid = sirenProblem(siren);
    if (sirenInvalid) problems.add('processorSiren', sirenInvalid);
    problems.throwIfAny();
    const processor = await em.findOne(Organization, { siren });
    if (!processor?.roles.includes('PROCESSOR'))
      throw new BadUserInputError([{ argument: 'processorSiren', reason: `no organisation registered as a processor has SIREN ${siren}` }]);
    if (processor.id === controller.id) {
      throw new BadUserInputError([
        { argument: 'processorSiren', reason: 'an organisation is not its own processor: it records its own exposure to its incidents' },
      ]);
    }
    return { controller, processor };
  }

  async update(id: string, input: UpdateOrganizationInput): Promise<Organization> {
    const { viewer } = this.ctx;
    const org = await this.get(id);
    if (!mayEditOrganization(viewer, org.id)) throw new ForbiddenError("change this organisation's details");
    assertVersion(org, input.version, `Organization ${id}`);
    assertMayRegister(viewer, org, input);
    applyPatch(org, input, ['version']);
    normalize(org);
    validate(org);
    await flushOrConflict(this.ctx, `Organization ${id}`);
    return org;
  }
}

/** Each organisation's standing entity facts (its latest record); absent when it recorded none. */
export async function standingEntityFacts(
  ctx: ServiceContext,
  organizationIds: readonly string[],
): Promise<Map<string, OrganizationEntityFacts>> {
  const standing = new Map<string, OrganizationEntityFacts>();
  if (organizationIds.length === 0) return standing;
  const rows = await ctx.em.find(
    OrganizationEntityFacts,
    { organization: { $in: [...organizationIds] } },
    { orderBy: { recordedAt: 'asc', id: 'asc' } },
  );
  for (const row of rows) standing.set(row.organization.id, row);
  return standing;
}

/**
 * What an organisation is registered as (its capacities, which decide what its people reach, and its
 * SIREN, by which controllers name their processors) is the registering admin's record: an
 * organisation's own DPO edits its details, never its registration, or it could widen its own reach.
 */
function assertMayRegister(viewer: Viewer, org: Organization, input: UpdateOrganizationInput): void {
  if (viewer.isAdmin) return;
  const fields: string[] = [];
  if (input.roles != null && [...input.roles].sort().join() !== [...org.roles].sort().join()) fields.push('input.roles');
  if (input.siren != null && normalizeSiren(input.siren) !== org.siren) fields.push('input.siren');
  if (input.noSiren != null && input.noSiren !== org.noSiren) fields.push('input.noSiren');
  if (input.otherIdentifierType != null && input.otherIdentifierType !== org.otherIdentifierType) fields.push('input.otherIdentifierType');
  if (input.otherIdentifier != null && input.otherIdentifier.trim() !== org.otherIdentifier) fields.push('input.otherIdentifier');
  if (fields.length)
    throw new ForbiddenError(`change ${fields.join(', ')}: an organisation's registration is an administrator's`, { fields });
}

function normalize(org: Organization): void {
  if (org.siren) org.siren = normalizeSiren(org.siren);
  org.noSiren = org.noSiren ?? false;
  if (org.otherIdentifier !== undefined && org.otherIdentifier !== null) org.otherIdentifier = org.otherIdentifier.trim() || null;
  org.contactIsLegalRepresentative = org.contactIsLegalRepresentative ?? false;
  if (org.vatNumber) org.vatNumber = org.vatNumber.replace(/\s/g, '').toUpperCase();
  // Embedded objects come from GraphQL as plain input objects; the ORM wants its own classes.
  org.address = Object.assign(new Address(), org.address);
  org.legalRepresentative = Object.assign(new Person(), org.legalRepresentative);
  org.contact = Object.assign(new Person(), org.contact);
  if (org.contactIsLegalRepresentative) org.contact = sameAsLegalRepresentative(org.legalRepresentative, org.contact);
  if (org.dpo) org.dpo = Object.assign(new Person(), org.dpo);
  org.regimes = (org.regimes ?? []).map((scope) => Object.assign(new RegimeScope(), scope));
}

/**
 * Section 4 is section 3's person: the contact takes the legal representative's identity, and keeps
 * its own position and phone where section 3 (which does not ask for them) has none.
 */
function sameAsLegalRepresentative(legal: Person, contact: Person): Person {
  return Object.assign(new Person(), {
    civility: legal.civility,
    lastName: legal.lastName,
    firstName: legal.firstName,
    email: legal.email,
    position: legal.position ?? contact.position,
    phone: legal.phone ?? contact.phone,
  });
}

function validate(org: Organization): void {
  const problems = new InputProblems();
  problems.check(Boolean(org.legalName?.trim()), 'input.legalName', 'the legal name is required');
  problems.check((org.roles ?? []).length > 0, 'input.roles', 'an organisation is a CONTROLLER, a PROCESSOR or both');
  validateIdentity(org, problems);
  const people = { legalRepresentative: org.legalRepresentative, contact: org.contact, dpo: org.dpo };
  for (const [field, person] of Object.entries(people)) {
    if (person?.email) problems.check(EMAIL.test(person.email), `input.${field}.email`, `"${person.email}" is not an e-mail address`);
  }
  if (org.contactIsLegalRepresentative)
    problems.check(
      Boolean(org.legalRepresentative.lastName?.trim()),
      'input.contactIsLegalRepresentative',
      'the contact can only be the legal representative once the legal representative is named (legalRepresentative.lastName)',
    );
  const seen = new Set<string>();
  org.regimes.forEach((scope, i) => {
    problems.check(!seen.has(scope.regime), `input.regimes[${i}].regime`, `${scope.regime} is listed twice`);
    problems.check(Boolean(scope.rationale?.trim()), `input.regimes[${i}].rationale`, 'every applicability decision needs its rationale');
    seen.add(scope.regime);
  });
  problems.throwIfAny();
}

/**
 * A SIREN, or the form's « pas de SIREN » box (F4): an association or a foreign controller has none,
 * and gives another identifier, which may come later (completeness then blocks the filing, not the
 * registration). Both at once would contradict each other.
 */
function validateIdentity(org: Organization, problems: InputProblems): void {
  if (org.siren) {
    const siren = sirenProblem(org.siren);
    if (siren) problems.add('input.siren', siren);
    else if (org.vatNumber) {
      const vat = vatNumberProblem(org.vatNumber, org.siren);
      if (vat) problems.add('input.vatNumber', vat);
    }
    problems.check(!org.noSiren, 'input.noSiren', 'an organisation with a SIREN cannot also tick « pas de SIREN »');
    problems.check(
      !org.otherIdentifierType && !org.otherIdentifier,
      'input.otherIdentifier',
      'another identifier is given only by an organisation without SIREN (noSiren)',
    );
    return;
  }
  if (!org.noSiren) {
    problems.add('input.siren', 'the SIREN is required, unless noSiren is set (« pas de SIREN ») with another identifier');
    return;
  }
  problems.check(
    Boolean(org.otherIdentifierType) === Boolean(org.otherIdentifier),
    org.otherIdentifierType ? 'input.otherIdentifier' : 'input.otherIdentifierType',
    'another identifier needs both its type (otherIdentifierType) and its value (otherIdentifier)',
  );
  if (org.vatNumber) {
    const vat = vatNumberProblem(org.vatNumber, null);
    if (vat) problems.add('input.vatNumber', vat);
  }
}
