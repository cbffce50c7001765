import { registerEnumType } from 'type-graphql';
import { Role } from './roles';

/**
 * What each role may do, in one table: services ask `viewer.can(capability)` and the scopes in
 * scope.ts decide which rows. A capability names a use case, not a table, so a new role is one line.
 */
export enum Capability {
  /** Report an incident at one's organisation and record which controllers it exposes. */
  REPORT_INCIDENTS = 'REPORT_INCIDENTS',
  /** Submit breach facts, and correct the facts recorded on one's incidents and exposures. */
  SUBMIT_FACTS = 'SUBMIT_FACTS',
  /** Send the affected-person lists of one's incidents and exposures. */
  INGEST_LISTS = 'INGEST_LISTS',
  /** Create, edit, mark ready and reopen the notifications of one's exposures. */
  DRAFT_NOTIFICATIONS = 'DRAFT_NOTIFICATIONS',
  /**
   * Decide, with reasons, whether to notify the CNIL (art. 33(1)): the controller's accountable
   * decision (art. 5(2)), which the register keeps (art. 33(5)); its DPO's and its lawyers'.
   */
  DECIDE_NOTIFICATION = 'DECIDE_NOTIFICATION',
  /** Record that a notification was filed with the CNIL: a legal act, the lawyers'. */
  RECORD_FILINGS = 'RECORD_FILINGS',
  /** Decide whether the persons are informed of a breach (art. 34), and on what ground: the DPO's call. */
  DECIDE_PERSONS_INFORMATION = 'DECIDE_PERSONS_INFORMATION',
  /** Read the notifications, obligations and register of one's exposures (the controller's side). */
  READ_NOTIFICATIONS = 'READ_NOTIFICATIONS',
  /** Download the filing and letter PDFs of one's notifications. */
  DOWNLOAD_DOCUMENTS = 'DOWNLOAD_DOCUMENTS',
  /** Edit one's organisation, declare its processors and record its entity facts. */
  EDIT_OWN_ORGANIZATION = 'EDIT_OWN_ORGANIZATION',
  /** Register, change and disable one's organisation's webhooks and alert e-mail addresses, and read their delivery log. */
  MANAGE_WEBHOOKS = 'MANAGE_WEBHOOKS',
  /** Register organisations, and act across every organisation. */
  ADMINISTER = 'ADMINISTER',
}

registerEnumType(Capability, {
  name: 'Capability',
  description:
    "A use case the viewer's roles allow (src/auth/permissions.ts). Each applies only to the rows in the viewer's scope, and only in a capacity (controller, processor) its organisation is registered in.",
  valuesConfig: {
    REPORT_INCIDENTS: { description: "Report an incident at one's organisation and record which controllers it exposes." },
    SUBMIT_FACTS: { description: "Submit breach facts, and correct the facts recorded on one's incidents and exposures." },
    INGEST_LISTS: { description: "Send the affected-person lists of one's incidents and exposures." },
    DRAFT_NOTIFICATIONS: { description: "Create, edit, mark ready and reopen the notifications of one's exposures." },
    DECIDE_NOTIFICATION: { description: 'Decide, with reasons, whether to notify the CNIL (art. 33(1)); the register keeps the decision.' },
    RECORD_FILINGS: { description: 'Record that a notification was filed with the CNIL.' },
    DECIDE_PERSONS_INFORMATION: { description: 'Decide whether the persons are informed of a breach (art. 34), and on what ground.' },
    READ_NOTIFICATIONS: { description: "Read the notifications, obligations and register of one's exposures (the controller's side)." },
    DOWNLOAD_DOCUMENTS: { description: "Download the filing and letter PDFs of one's notifications, export the register." },
    EDIT_OWN_ORGANIZATION: { description: "Edit one's organisation, declare its processors and record its entity facts." },
    MANAGE_WEBHOOKS: {
      description: "Register, change and disable one's organisation's webhooks and alert e-mail addresses, and read their delivery log.",
    },
    ADMINISTER: { description: 'Register organisations, and act across every organisation.' },
  },
});

const ALL = Object.values(Capability);

export const GRANTS: Readonly<Record<Role, readonly Capability[]>> = {
  [Role.CONTROLLER_DPO]: [
    Capability.REPORT_INCIDENTS,
    Capability.SUBMIT_FACTS,
    Capability.INGEST_LISTS,
    Capability.DRAFT_NOTIFICATIONS,
    Capability.DECIDE_PERSONS_INFORMATION,
    Capability.DECIDE_NOTIFICATION,
    Capability.READ_NOTIFICATIONS,
    Capability.DOWNLOAD_DOCUMENTS,
    Capability.EDIT_OWN_ORGANIZATION,
    Capability.MANAGE_WEBHOOKS,
  ],
  [Role.CONTROLLER_LEGAL]: [
    Capability.SUBMIT_FACTS,
    Capability.DRAFT_NOTIFICATIONS,
    Capability.DECIDE_NOTIFICATION,
    Capability.RECORD_FILINGS,
    Capability.READ_NOTIFICATIONS,
    Capability.DOWNLOAD_DOCUMENTS,
  ],
  // The processor's people report, submit and list for their own incidents, and see no controller's file.
  [Role.PROCESSOR_SECURITY]: [Capability.REPORT_INCIDENTS, Capability.SUBMIT_FACTS, Capability.INGEST_LISTS],
  // Read-only: whatever its organisation may read, nothing it may change.
  [Role.AUDITOR]: [Capability.READ_NOTIFICATIONS, Capability.DOWNLOAD_DOCUMENTS],
  [Role.ADMIN]: ALL,
};
