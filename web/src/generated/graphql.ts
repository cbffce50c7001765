/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Where an ingest batch stands; only COMPLETED counts its persons. */
export type BatchStatus =
  /** Merged and counted, in the same transaction that set this status. */
  | 'COMPLETED'
  /** The same file was already completed for this incident and source: nothing to do. */
  | 'DUPLICATE'
  /** Nothing was counted: some row was invalid under REJECT, or the ingest stopped before completing. */
  | 'REJECTED'
  /** Rows are being read and staged; nothing is counted yet. */
  | 'STAGING';

/** A use case the viewer's roles allow (src/auth/permissions.ts). Each applies only to the rows in the viewer's scope, and only in a capacity (controller, processor) its organisation is registered in. */
export type Capability =
  /** Register organisations, and act across every organisation. */
  | 'ADMINISTER'
  /** Decide, with reasons, whether to notify the CNIL (art. 33(1)); the register keeps the decision. */
  | 'DECIDE_NOTIFICATION'
  /** Decide whether the persons are informed of a breach (art. 34), and on what ground. */
  | 'DECIDE_PERSONS_INFORMATION'
  /** Download the filing and letter PDFs of one's notifications, export the register. */
  | 'DOWNLOAD_DOCUMENTS'
  /** Create, edit, mark ready and reopen the notifications of one's exposures. */
  | 'DRAFT_NOTIFICATIONS'
  /** Edit one's organisation, declare its processors and record its entity facts. */
  | 'EDIT_OWN_ORGANIZATION'
  /** Send the affected-person lists of one's incidents and exposures. */
  | 'INGEST_LISTS'
  /** Register, change and disable one's organisation's webhooks and alert e-mail addresses, and read their delivery log. */
  | 'MANAGE_WEBHOOKS'
  /** Read the notifications, obligations and register of one's exposures (the controller's side). */
  | 'READ_NOTIFICATIONS'
  /** Record that a notification was filed with the CNIL. */
  | 'RECORD_FILINGS'
  /** Report an incident at one's organisation and record which controllers it exposes. */
  | 'REPORT_INCIDENTS'
  /** Submit breach facts, and correct the facts recorded on one's incidents and exposures. */
  | 'SUBMIT_FACTS';

/** Where a notification stands in its life: draft, ready, filed. */
export type NotificationStatus =
  /** Being prepared: the only status in which it can be edited. */
  | 'DRAFT'
  /** Filed with the CNIL: never changes again; corrections are a complementary notification. */
  | 'FILED'
  /** Complete and frozen for filing; it can be reopened as a draft. */
  | 'READY';

/** Type de notification */
export type NotificationType =
  /** Notification complémentaire */
  | 'COMPLEMENTARY'
  /** Notification complète */
  | 'COMPLETE'
  /** Notification initiale */
  | 'INITIAL';

/** Whom the duty is owed to: an authority, or the persons, controller or clients to inform. */
export type ObligationAuthority =
  /** ACPR */
  | 'ACPR'
  /** ANSSI */
  | 'ANSSI'
  /** Clients */
  | 'CLIENTS'
  /** CNIL */
  | 'CNIL'
  /** Responsable de traitement */
  | 'CONTROLLER'
  /** Personnes concernées */
  | 'DATA_SUBJECTS';

/** Which duty of which regime (the rules of src/cnil/deadline-rules.ts). */
export type ObligationCode =
  /** Rapport final (DORA, article 19, paragraphe 4, point c) ; règlement délégué (UE) 2025/301, article 5) */
  | 'ACPR_FINAL'
  /** Notification initiale d’incident majeur lié aux TIC (DORA, article 19, paragraphe 4, point a) ; règlement délégué (UE) 2025/301, article 5) */
  | 'ACPR_INITIAL'
  /** Rapport intermédiaire (DORA, article 19, paragraphe 4, point b) ; règlement délégué (UE) 2025/301, article 5) */
  | 'ACPR_INTERMEDIATE'
  /** Alerte précoce (NIS 2, article 23, paragraphe 4, point a)) */
  | 'ANSSI_EARLY_WARNING'
  /** Rapport final (NIS 2, article 23, paragraphe 4, point d)) */
  | 'ANSSI_FINAL_REPORT'
  /** Rapport intermédiaire (sur demande) (NIS 2, article 23, paragraphe 4, point c)) */
  | 'ANSSI_INTERMEDIATE_REPORT'
  /** Notification d’incident (NIS 2, article 23, paragraphe 4, point b)) */
  | 'ANSSI_NOTIFICATION'
  /** Rapport d’avancement (incident en cours) (NIS 2, article 23, paragraphe 4, point e)) */
  | 'ANSSI_PROGRESS_REPORT'
  /** Notification complémentaire à la CNIL (informations échelonnées) (RGPD, article 33, paragraphe 4) */
  | 'CNIL_COMPLEMENTARY'
  /** Notification à la CNIL (RGPD, article 33, paragraphe 1) */
  | 'CNIL_NOTIFICATION'
  /** Communication aux personnes concernées (RGPD, article 34) */
  | 'DATA_SUBJECTS_COMMUNICATION'
  /** Information des clients dont les intérêts financiers sont affectés (DORA, article 19, paragraphe 3) */
  | 'DORA_CLIENT_INFORMATION'
  /** Alerte du responsable de traitement par le sous-traitant (RGPD, article 33, paragraphe 2) */
  | 'PROCESSOR_ALERT';

/** Who must act: the controller, or the processor (its alert to the controller, or its own duties as an operator). */
export type ObligationParty =
  /** Responsable de traitement */
  | 'CONTROLLER'
  /** Sous-traitant */
  | 'PROCESSOR';

/** Where the duty stands at the time of the request. */
export type ObligationStatus =
  /** Fait */
  | 'DONE'
  /** Fait en retard */
  | 'DONE_LATE'
  /** Non applicable */
  | 'NOT_APPLICABLE'
  /** Non notifiée — décision motivée */
  | 'NOT_NOTIFIED'
  /** En retard */
  | 'OVERDUE'
  /** À faire */
  | 'PENDING'
  /** Classification à décider */
  | 'TO_CLASSIFY';

/** What an invalid row does to its batch. */
export type OnError =
  /** Invalid rows are set aside and reported; the valid ones are counted. */
  | 'QUARANTINE'
  /** Any invalid row rejects the whole batch: nothing is counted. */
  | 'REJECT';

/** What the viewer may do within its organisation. */
export type Role =
  /** The gateway's administrator: every capability, across every organisation. */
  | 'ADMIN'
  /** Reads what its organisation reads, changes nothing. */
  | 'AUDITOR'
  /** The controller's data protection officer: drafts, decides and informs, edits its organisation. */
  | 'CONTROLLER_DPO'
  /** The controller's lawyers: draft, decide and record filings with the CNIL. */
  | 'CONTROLLER_LEGAL'
  /** The processor's security team: reports its incidents, submits facts, sends lists. */
  | 'PROCESSOR_SECURITY';

export type WebListsQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type WebListsQuery = { incidents: { edges: Array<{ node: { id: string, title: string, sourceOrganization: { id: string, legalName: string }, subjectCounts: { persons: number, records: number, minors: number, duplicateReferences: number } } }> }, ingestProfiles: Array<{ name: string, description: string, format: string, encoding: string, dateFormat: string }> };

export type WebIngestBatchesQueryVariables = Exact<{
  incidentId: string | number;
}>;


export type WebIngestBatchesQuery = { ingestBatches: Array<{ id: string, incidentId: string, fileName: string, profile: string, onError: OnError, status: BatchStatus, rowsRead: number, rowsAccepted: number, rowsRejected: number, startedAt: string, finishedAt: string | null, submittedBySubject: string, sourceOrganization: { id: string, legalName: string }, errors: { total: number, byField: Array<{ field: string, count: number }>, first: Array<{ line: number, field: string, reason: string }> } | null }> };

export type WebIngestBatchQueryVariables = Exact<{
  id: string | number;
}>;


export type WebIngestBatchQuery = { ingestBatch: { id: string, incidentId: string, fileName: string, profile: string, onError: OnError, status: BatchStatus, rowsRead: number, rowsAccepted: number, rowsRejected: number, startedAt: string, finishedAt: string | null, submittedBySubject: string, sourceOrganization: { id: string, legalName: string }, errors: { total: number, byField: Array<{ field: string, count: number }>, first: Array<{ line: number, field: string, reason: string }> } | null } | null };

export type WebIngestBatchFieldsFragment = { id: string, incidentId: string, fileName: string, profile: string, onError: OnError, status: BatchStatus, rowsRead: number, rowsAccepted: number, rowsRejected: number, startedAt: string, finishedAt: string | null, submittedBySubject: string, sourceOrganization: { id: string, legalName: string }, errors: { total: number, byField: Array<{ field: string, count: number }>, first: Array<{ line: number, field: string, reason: string }> } | null };

export type WebIngestBatchProgressSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type WebIngestBatchProgressSubscription = { ingestBatchProgress: { batchId: string, incidentId: string, status: BatchStatus, rowsRead: number, rowsAccepted: number, rowsRejected: number } };

export type WebViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type WebViewerQuery = { viewer: { subject: string, roles: Array<Role>, capabilities: Array<Capability>, organization: { id: string, legalName: string } | null } };

export type WebDeadlinesQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type WebDeadlinesQuery = { deadlines: { totalCount: number, edges: Array<{ node: { id: string, obligation: { code: ObligationCode, label: string, authority: ObligationAuthority, party: ObligationParty, status: ObligationStatus, dueAt: string | null, basis: string }, incident: { id: string, title: string }, exposure: { id: string, controller: { id: string, legalName: string } }, notification: { id: string, number: string, type: NotificationType, status: NotificationStatus } | null } }> } };

export type WebDeadlineAlertsSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type WebDeadlineAlertsSubscription = { deadlineAlerts: { alertId: string, obligationId: string } };

export type WebNotificationChangedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type WebNotificationChangedSubscription = { notificationChanged: { notificationId: string, version: number } };

export const WebIngestBatchFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebIngestBatchFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IngestBatch"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"incidentId"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"profile"}},{"kind":"Field","name":{"kind":"Name","value":"onError"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"rowsRead"}},{"kind":"Field","name":{"kind":"Name","value":"rowsAccepted"}},{"kind":"Field","name":{"kind":"Name","value":"rowsRejected"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedBySubject"}},{"kind":"Field","name":{"kind":"Name","value":"sourceOrganization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"legalName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"byField"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"first"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"line"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]}}]} as unknown as DocumentNode<WebIngestBatchFieldsFragment, unknown>;
export const WebListsDocument = {"__meta__":{"hash":"sha256:e9999a67a213b4a4556e614fd76201b5897b2da15f52ca5c863ea4a7fc630ec8"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WebLists"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"incidents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"sourceOrganization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"legalName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subjectCounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"persons"}},{"kind":"Field","name":{"kind":"Name","value":"records"}},{"kind":"Field","name":{"kind":"Name","value":"minors"}},{"kind":"Field","name":{"kind":"Name","value":"duplicateReferences"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"ingestProfiles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"encoding"}},{"kind":"Field","name":{"kind":"Name","value":"dateFormat"}}]}}]}}]} as unknown as DocumentNode<WebListsQuery, WebListsQueryVariables>;
export const WebIngestBatchesDocument = {"__meta__":{"hash":"sha256:2be2334abefc88c28e93d4c956d48deab7ba5913cd4ccfccb57fccc0378aa7a8"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WebIngestBatches"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"incidentId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ingestBatches"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"incidentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"incidentId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebIngestBatchFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebIngestBatchFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IngestBatch"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"incidentId"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"profile"}},{"kind":"Field","name":{"kind":"Name","value":"onError"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"rowsRead"}},{"kind":"Field","name":{"kind":"Name","value":"rowsAccepted"}},{"kind":"Field","name":{"kind":"Name","value":"rowsRejected"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedBySubject"}},{"kind":"Field","name":{"kind":"Name","value":"sourceOrganization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"legalName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"byField"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"first"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"line"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]}}]} as unknown as DocumentNode<WebIngestBatchesQuery, WebIngestBatchesQueryVariables>;
export const WebIngestBatchDocument = {"__meta__":{"hash":"sha256:9ead287f9139de09264f8568ccfeb6cd61917c5df7afbf3d54bd7de6fba68b33"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WebIngestBatch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ingestBatch"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebIngestBatchFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebIngestBatchFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IngestBatch"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"incidentId"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"profile"}},{"kind":"Field","name":{"kind":"Name","value":"onError"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"rowsRead"}},{"kind":"Field","name":{"kind":"Name","value":"rowsAccepted"}},{"kind":"Field","name":{"kind":"Name","value":"rowsRejected"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedBySubject"}},{"kind":"Field","name":{"kind":"Name","value":"sourceOrganization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"legalName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"byField"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"first"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"line"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]}}]} as unknown as DocumentNode<WebIngestBatchQuery, WebIngestBatchQueryVariables>;
export const WebIngestBatchProgressDocument = {"__meta__":{"hash":"sha256:c3c77d7d5dd68a1d87391c20d34f5df330c84da6b2136d0bb9ffd2ac6c121e66"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"WebIngestBatchProgress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ingestBatchProgress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"batchId"}},{"kind":"Field","name":{"kind":"Name","value":"incidentId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"rowsRead"}},{"kind":"Field","name":{"kind":"Name","value":"rowsAccepted"}},{"kind":"Field","name":{"kind":"Name","value":"rowsRejected"}}]}}]}}]} as unknown as DocumentNode<WebIngestBatchProgressSubscription, WebIngestBatchProgressSubscriptionVariables>;
export const WebViewerDocument = {"__meta__":{"hash":"sha256:cedeab1e16b955e18d2586cd78c955aad0abc4978901a5b4c8b495dddfb35bcd"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WebViewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"capabilities"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"legalName"}}]}}]}}]}}]} as unknown as DocumentNode<WebViewerQuery, WebViewerQueryVariables>;
export const WebDeadlinesDocument = {"__meta__":{"hash":"sha256:43bf54eb789aa1c2b146da367c7d4a48ea171875d46bce7a03208f142ddcbfa7"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WebDeadlines"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"200"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deadlines"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"PENDING"},{"kind":"EnumValue","value":"OVERDUE"},{"kind":"EnumValue","value":"TO_CLASSIFY"}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"DUE_AT"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"ASC"}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"obligation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"authority"}},{"kind":"Field","name":{"kind":"Name","value":"party"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}}]}},{"kind":"Field","name":{"kind":"Name","value":"incident"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"exposure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"controller"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"legalName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"notification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<WebDeadlinesQuery, WebDeadlinesQueryVariables>;
export const WebDeadlineAlertsDocument = {"__meta__":{"hash":"sha256:ff05f994943756c061f66b25b8b45c4ee9cbb0704dce853b84b1623ae1ccc701"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"WebDeadlineAlerts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deadlineAlerts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"alertId"}},{"kind":"Field","name":{"kind":"Name","value":"obligationId"}}]}}]}}]} as unknown as DocumentNode<WebDeadlineAlertsSubscription, WebDeadlineAlertsSubscriptionVariables>;
export const WebNotificationChangedDocument = {"__meta__":{"hash":"sha256:6a9ade87ad9a95b6f5ae6d192c9dcb1a0e82c1dfa5d1cdb6c724eba8c91af80b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"WebNotificationChanged"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notificationChanged"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notificationId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<WebNotificationChangedSubscription, WebNotificationChangedSubscriptionVariables>;