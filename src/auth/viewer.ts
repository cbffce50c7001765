import { type Capability, GRANTS } from './permissions';
import { CONTROLLER_ROLES, PROCESSOR_ROLES, Role } from './roles';

/** Who is asking: a person of one organisation with some roles. Built only from a verified token. */
export class Viewer {
  constructor(
    readonly subject: string,
    readonly organizationId: string,
    readonly roles: readonly Role[],
  ) {}

  get isAdmin(): boolean {
    return this.roles.includes(Role.ADMIN);
  }

  hasAnyRole(roles: readonly Role[]): boolean {
    return this.roles.some((role) => roles.includes(role));
  }

  /** Acts for its organisation as a controller: sees that organisation's exposures. */
  get actsAsController(): boolean {
    return this.hasAnyRole(CONTROLLER_ROLES);
  }

  /** Acts for its organisation as a processor: sees the incidents it reported and their exposures. */
  get actsAsProcessor(): boolean {
    return this.hasAnyRole(PROCESSOR_ROLES);
  }

  /** Whether one of its roles grants the capability (see permissions.ts); scopes still apply. */
  can(capability: Capability): boolean {
    return this.roles.some((role) => GRANTS[role].includes(capability));
  }
}
