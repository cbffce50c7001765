import type { OrganizationRole } from '../cnil/vocabulary';
import { Capability, GRANTS } from './permissions';
import { Role, ROLE_CAPACITIES } from './roles';

/**
 * Who is asking: a person of one organisation with some roles, and the capacities (controller,
 * processor) that organisation is registered in. Built from a verified token and the database.
 */
export class Viewer {
  constructor(
    readonly subject: string,
    readonly organizationId: string,
    readonly roles: readonly Role[],
    /** The organisation's registered roles: a token's role never acts in a capacity the organisation does not hold. */
    readonly organizationRoles: readonly OrganizationRole[],
    /** When the token it came with expires; null for the gateway's own tools (CLI, demo loader), which have none. */
    readonly tokenExpiresAt: Date | null = null,
  ) {}

  get isAdmin(): boolean {
    return this.roles.includes(Role.ADMIN);
  }

  /** Acts for its organisation as a controller: sees that organisation's exposures. */
  get actsAsController(): boolean {
    return this.actsAs('CONTROLLER');
  }

  /** Acts for its organisation as a processor: sees the incidents it reported and their exposures. */
  get actsAsProcessor(): boolean {
    return this.actsAs('PROCESSOR');
  }

  /** Every capability its roles grant, in the order of the Capability enum. */
  get capabilities(): Capability[] {
    return Object.values(Capability).filter((capability) => this.can(capability));
  }

  /** Whether one of its roles grants the capability (see permissions.ts); scopes still apply. */
  can(capability: Capability): boolean {
    return this.roles.some((role) => GRANTS[role].includes(capability));
  }

  private actsAs(capacity: OrganizationRole): boolean {
    return this.organizationRoles.includes(capacity) && this.roles.some((role) => ROLE_CAPACITIES[role].includes(capacity));
  }
}
