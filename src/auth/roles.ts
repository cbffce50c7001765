import { registerEnumType } from 'type-graphql';

/**
 * What a person may do, independent of which organisation they belong to. The capacity a role
 * acts in (controller, processor) decides which rows of its organisation it reaches; see scope.ts.
 */
export enum Role {
  CONTROLLER_DPO = 'CONTROLLER_DPO',
  CONTROLLER_LEGAL = 'CONTROLLER_LEGAL',
  PROCESSOR_SECURITY = 'PROCESSOR_SECURITY',
  AUDITOR = 'AUDITOR',
  ADMIN = 'ADMIN',
}

registerEnumType(Role, { name: 'Role', description: 'What the viewer may do within its organisation.' });

export const ROLES = Object.values(Role);

export const CONTROLLER_ROLES: readonly Role[] = [Role.CONTROLLER_DPO, Role.CONTROLLER_LEGAL, Role.AUDITOR];
export const PROCESSOR_ROLES: readonly Role[] = [Role.PROCESSOR_SECURITY, Role.AUDITOR];
