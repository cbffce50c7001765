import { registerEnumType } from 'type-graphql';
import type { OrganizationRole } from '../cnil/vocabulary';

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

registerEnumType(Role, {
  name: 'Role',
  description: 'What the viewer may do within its organisation.',
  valuesConfig: {
    CONTROLLER_DPO: { description: "The controller's data protection officer: drafts, decides and informs, edits its organisation." },
    CONTROLLER_LEGAL: { description: "The controller's lawyers: draft, decide and record filings with the CNIL." },
    PROCESSOR_SECURITY: { description: "The processor's security team: reports its incidents, submits facts, sends lists." },
    AUDITOR: { description: 'Reads what its organisation reads, changes nothing.' },
    ADMIN: { description: "The gateway's administrator: every capability, across every organisation." },
  },
});

export const ROLES = Object.values(Role);

/**
 * The capacities a role may act in. A viewer acts only in those its organisation is registered in
 * (Viewer.actsAsController/actsAsProcessor), so no role reaches further than its organisation's own
 * DPO and legal team (as a controller) or security team (as a processor). The auditor reads in
 * whichever capacity its organisation holds: at a controller, what the DPO reads, never the
 * processor's view of incidents the controller happened to report.
 */
export const ROLE_CAPACITIES: Readonly<Record<Role, readonly OrganizationRole[]>> = {
  [Role.CONTROLLER_DPO]: ['CONTROLLER'],
  [Role.CONTROLLER_LEGAL]: ['CONTROLLER'],
  [Role.PROCESSOR_SECURITY]: ['PROCESSOR'],
  [Role.AUDITOR]: ['CONTROLLER', 'PROCESSOR'],
  // The admin reaches everything through isAdmin, not through a capacity.
  [Role.ADMIN]: [],
};
