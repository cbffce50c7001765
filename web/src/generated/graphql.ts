/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
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

/** The filing of a READY notification with the CNIL, as its acknowledgement states it. */
export type RecordFilingInput = {
  /** The reference the CNIL gave the filing. */
  cnilReference: string;
  /** INITIAL or non-final COMPLEMENTARY: the follow-up date promised in the filing, if not recorded before. */
  complementaryFollowUpAt?: string | null | undefined;
  /** When it was filed with the CNIL. */
  filedAt: string;
  /** The date of the CNIL's récapitulatif, shown on the archive copy. */
  recapitulatifAt?: string | null | undefined;
  /** The notification’s version the filing was prepared against; a stale one is a CONFLICT. */
  version: number;
};

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

export type WebDocumentsQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type WebDocumentsQuery = { notifications: { totalCount: number, edges: Array<{ node: { id: string, number: string, type: NotificationType, status: NotificationStatus, cnilReference: string | null, filedAt: string | null, exposure: { id: string, controller: { id: string, legalName: string }, incident: { id: string, title: string } }, recapitulatif: { sha256: string } | null } }> } };

export type WebDocumentNotificationQueryVariables = Exact<{
  id: string | number;
}>;


export type WebDocumentNotificationQuery = { notification: { id: string, number: string, type: NotificationType, status: NotificationStatus, version: number, cnilReference: string | null, filedAt: string | null, recapitulatifAt: string | null, exposure: { id: string, controller: { id: string, legalName: string }, incident: { id: string, title: string } }, recapitulatif: { sha256: string, byteSize: number, uploadedAt: string, uploadedBy: string } | null } | null };

export type WebDocumentLinksQueryVariables = Exact<{
  id: string | number;
}>;


export type WebDocumentLinksQuery = { notification: { id: string, document: { url: string, letterUrl: string, dossierUrl: string }, recapitulatif: { url: string } | null } | null };

export type WebRegisterLinksQueryVariables = Exact<{ [key: string]: never; }>;


export type WebRegisterLinksQuery = { registerDownloads: { pdfUrl: string, csvUrl: string } };

export type WebRecordFilingMutationVariables = Exact<{
  id: string | number;
  input: RecordFilingInput;
}>;


export type WebRecordFilingMutation = { recordNotificationFiling: { id: string, status: NotificationStatus, version: number, cnilReference: string | null, filedAt: string | null, recapitulatifAt: string | null } };

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


export const WebDocumentsDocument = {"__meta__":{"hash":"sha256:dab7ad545a319505221deb406aaf026ca12ce731e64dc1a3f340efc7307cbb48"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WebDocuments"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"200"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notifications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"cnilReference"}},{"kind":"Field","name":{"kind":"Name","value":"filedAt"}},{"kind":"Field","name":{"kind":"Name","value":"exposure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"controller"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"legalName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"incident"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"recapitulatif"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sha256"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<WebDocumentsQuery, WebDocumentsQueryVariables>;
export const WebDocumentNotificationDocument = {"__meta__":{"hash":"sha256:797501c8fd79b312792c0e597d8a5f8a9eca47e2c85c3efa25dcc2075847ad69"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WebDocumentNotification"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notification"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"cnilReference"}},{"kind":"Field","name":{"kind":"Name","value":"filedAt"}},{"kind":"Field","name":{"kind":"Name","value":"recapitulatifAt"}},{"kind":"Field","name":{"kind":"Name","value":"exposure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"controller"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"legalName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"incident"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"recapitulatif"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sha256"}},{"kind":"Field","name":{"kind":"Name","value":"byteSize"}},{"kind":"Field","name":{"kind":"Name","value":"uploadedAt"}},{"kind":"Field","name":{"kind":"Name","value":"uploadedBy"}}]}}]}}]}}]} as unknown as DocumentNode<WebDocumentNotificationQuery, WebDocumentNotificationQueryVariables>;
export const WebDocumentLinksDocument = {"__meta__":{"hash":"sha256:f96f830efcd86ac8889640551859d6e60d98d09905abddfaaebe607209b2deb4"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WebDocumentLinks"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notification"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"letterUrl"}},{"kind":"Field","name":{"kind":"Name","value":"dossierUrl"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recapitulatif"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]}}]} as unknown as DocumentNode<WebDocumentLinksQuery, WebDocumentLinksQueryVariables>;
export const WebRegisterLinksDocument = {"__meta__":{"hash":"sha256:cc2a914913bf5db3cdd7f4157d3d5ada62bf486e4d66ec807097394dce2f1567"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WebRegisterLinks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerDownloads"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pdfUrl"}},{"kind":"Field","name":{"kind":"Name","value":"csvUrl"}}]}}]}}]} as unknown as DocumentNode<WebRegisterLinksQuery, WebRegisterLinksQueryVariables>;
export const WebRecordFilingDocument = {"__meta__":{"hash":"sha256:2ab76e1aa84e72a8c24f68310e6795c9dfc0b28641be7e9d003e7e06115b71d2"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WebRecordFiling"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordFilingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordNotificationFiling"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"cnilReference"}},{"kind":"Field","name":{"kind":"Name","value":"filedAt"}},{"kind":"Field","name":{"kind":"Name","value":"recapitulatifAt"}}]}}]}}]} as unknown as DocumentNode<WebRecordFilingMutation, WebRecordFilingMutationVariables>;
export const WebViewerDocument = {"__meta__":{"hash":"sha256:cedeab1e16b955e18d2586cd78c955aad0abc4978901a5b4c8b495dddfb35bcd"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WebViewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"capabilities"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"legalName"}}]}}]}}]}}]} as unknown as DocumentNode<WebViewerQuery, WebViewerQueryVariables>;
export const WebDeadlinesDocument = {"__meta__":{"hash":"sha256:43bf54eb789aa1c2b146da367c7d4a48ea171875d46bce7a03208f142ddcbfa7"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WebDeadlines"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"200"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deadlines"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"PENDING"},{"kind":"EnumValue","value":"OVERDUE"},{"kind":"EnumValue","value":"TO_CLASSIFY"}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"DUE_AT"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"ASC"}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"obligation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"authority"}},{"kind":"Field","name":{"kind":"Name","value":"party"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}}]}},{"kind":"Field","name":{"kind":"Name","value":"incident"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"exposure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"controller"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"legalName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"notification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<WebDeadlinesQuery, WebDeadlinesQueryVariables>;
export const WebDeadlineAlertsDocument = {"__meta__":{"hash":"sha256:ff05f994943756c061f66b25b8b45c4ee9cbb0704dce853b84b1623ae1ccc701"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"WebDeadlineAlerts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deadlineAlerts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"alertId"}},{"kind":"Field","name":{"kind":"Name","value":"obligationId"}}]}}]}}]} as unknown as DocumentNode<WebDeadlineAlertsSubscription, WebDeadlineAlertsSubscriptionVariables>;
export const WebNotificationChangedDocument = {"__meta__":{"hash":"sha256:6a9ade87ad9a95b6f5ae6d192c9dcb1a0e82c1dfa5d1cdb6c724eba8c91af80b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"WebNotificationChanged"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notificationChanged"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notificationId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<WebNotificationChangedSubscription, WebNotificationChangedSubscriptionVariables>;