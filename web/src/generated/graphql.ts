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

/** Nature de la violation */
export type BreachNature =
  /** Perte de la disponibilité */
  | 'AVAILABILITY'
  /** Perte de la confidentialité */
  | 'CONFIDENTIALITY'
  /** Perte de l'intégrité */
  | 'INTEGRITY';

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

/** Moyens de communication */
export type CommunicationChannel =
  /** Espace client */
  | 'CUSTOMER_PORTAL'
  /** Courrier électronique */
  | 'EMAIL'
  /** Téléphone */
  | 'PHONE'
  /** Courrier postal */
  | 'POSTAL_MAIL'
  /** Presse */
  | 'PRESS'
  /** Avis public */
  | 'PUBLIC_NOTICE'
  /** SMS */
  | 'SMS';

/** Communication aux personnes */
export type CommunicationStatus =
  /** Oui, les personnes ont été informées */
  | 'INFORMED'
  /** Non déterminé pour le moment */
  | 'UNDETERMINED'
  /** Non, mais elles le seront */
  | 'WILL_BE_INFORMED'
  /** Non, elles ne le seront pas */
  | 'WILL_NOT_BE_INFORMED';

/** What a completeness issue is about. */
export type CompletenessCode =
  /** Health data with the DPC lowered below 4 without a recorded reason (ENISA method). */
  | 'HEALTH_DPC_LOWERED_WITHOUT_REASON'
  /** Section 13 contradicts the controller's recorded art. 34 decision. */
  | 'INCONSISTENT_ART34_DECISION'
  /** An art. 34(3) exemption that contradicts the other answers (section 13). */
  | 'INCONSISTENT_ART34_EXEMPTION'
  /** Section 13 justifies not informing the persons, contradicting the controller's recorded art. 34 decision. */
  | 'INCONSISTENT_ART34_GROUND'
  /** A loss of confidentiality declared without any confidentiality consequence (section 10). */
  | 'INCONSISTENT_CONFIDENTIALITY_CONSEQUENCES'
  /** A high risk without informing the persons and no art. 34(3) exemption justified (section 13). */
  | 'MISSING_ART34_EXEMPTION'
  /** The instant the controller became aware of the breach (section 6). */
  | 'MISSING_AWARENESS'
  /** The cause of the incident (section 7). */
  | 'MISSING_CAUSE'
  /** The decision on informing the persons (section 13, art. 34). */
  | 'MISSING_COMMUNICATION'
  /** The likely consequences (section 10, art. 33(3)(c)). */
  | 'MISSING_CONSEQUENCES'
  /** The contact point (section 4, art. 33(3)(b)). */
  | 'MISSING_CONTACT'
  /** The contact point's e-mail address (section 4). */
  | 'MISSING_CONTACT_EMAIL'
  /** The data categories (section 8, art. 33(3)(a)). */
  | 'MISSING_DATA_CATEGORIES'
  /** Notified after 72 hours without the reasons for the delay (art. 33(1)). */
  | 'MISSING_DELAY_REASONS'
  /** The detailed description (section 7). */
  | 'MISSING_DESCRIPTION'
  /** A complement sent after its follow-up date without the reasons for the delay (art. 33(4)). */
  | 'MISSING_FOLLOW_UP_DELAY_REASONS'
  /** The gravity, not yet signed off by a named person (section 11). */
  | 'MISSING_GRAVITY'
  /** The number, date and time of the initial notification (section 1). */
  | 'MISSING_INITIAL_REFERENCE'
  /** The legal representative (section 3). */
  | 'MISSING_LEGAL_REPRESENTATIVE'
  /** The legal representative's e-mail address (section 3). */
  | 'MISSING_LEGAL_REPRESENTATIVE_EMAIL'
  /** The measures taken or proposed (section 12, art. 33(3)(d)). */
  | 'MISSING_MEASURES'
  /** The organisation's name (section 2). */
  | 'MISSING_NAME'
  /** The nature of the breach (section 7, art. 33(3)(a)). */
  | 'MISSING_NATURE'
  /** The origin of the incident (section 7). */
  | 'MISSING_ORIGIN'
  /** The identifier an organisation without SIREN gives instead (section 2). */
  | 'MISSING_OTHER_IDENTIFIER'
  /** An « Autre (à préciser) » option ticked without its text. */
  | 'MISSING_OTHER_TEXT'
  /** The approximate number of persons (section 8, art. 33(3)(a)). */
  | 'MISSING_PERSONS'
  /** The approximate number of records (section 8, art. 33(3)(a)). */
  | 'MISSING_RECORDS'
  /** The SIREN, or « pas de SIREN » with another identifier (section 2). */
  | 'MISSING_SIREN'
  /** The start of the breach (section 6). */
  | 'MISSING_START'
  /** The categories of persons (section 8, art. 33(3)(a)). */
  | 'MISSING_SUBJECT_CATEGORIES'
  /** A complementary notification that adds or changes nothing against the last filed one. */
  | 'NOTHING_ADDED';

/** Conséquences potentielles */
export type Consequence =
  /** Les données peuvent être croisées ou rapprochées avec d’autres informations */
  | 'CROSS_MATCHING'
  /** Les données peuvent être falsifiées */
  | 'FALSIFICATION'
  /** Les données peuvent être exploitées à d’autres fins que celles prévues ou de manière malveillante */
  | 'MISUSE'
  /** Autre */
  | 'OTHER'
  /** Dysfonctionnement et difficultés à fournir un service critique */
  | 'SERVICE_DISRUPTION'
  /** Les données ont été diffusées plus que nécessaire et ont échappé à la maîtrise des personnes */
  | 'SPREAD_BEYOND_CONTROL'
  /** Ne sait pas pour l'instant */
  | 'UNKNOWN';

/** Nature des données */
export type DataCategory =
  /** État civil (nom, sexe, date de naissance, âge…) */
  | 'CIVIL_STATUS'
  /** Coordonnées (adresse postale ou électronique, téléphone…) */
  | 'CONTACT'
  /** Informations financières ou économiques (revenus, coordonnées bancaires, carte…) */
  | 'FINANCIAL'
  /** Données d'identification ou d'accès (identifiant, mot de passe, numéro client…) */
  | 'IDENTIFICATION_ACCESS'
  /** Données de localisation */
  | 'LOCATION'
  /** NIR (numéro de sécurité sociale) */
  | 'NIR'
  /** Infractions, condamnations, mesures de sûreté */
  | 'OFFENCES'
  /** Documents officiels (passeport, pièce d'identité…) */
  | 'OFFICIAL_DOCUMENTS'
  /** Autres données */
  | 'OTHER'
  /** Pas connues pour le moment */
  | 'UNKNOWN';

/** Précision de la date de début */
export type DatePrecision =
  /** Date approximative */
  | 'APPROXIMATE'
  /** Date exacte */
  | 'EXACT'
  /** Date inconnue */
  | 'UNKNOWN';

/** One contextual factor of the ENISA 2013 DPC (assessment table 1, annex A2), with its reason. */
export type DpcFactorInput = {
  /** SIMPLE_PROFILING_OR_FINANCIAL_STATUS (+1), SIMPLE_SENSITIVE_ASSUMPTIONS (+2), BEHAVIOURAL_NO_INSIGHT (−1), BEHAVIOURAL_PROFILE (+1), FINANCIAL_NO_INSIGHT (−2), FINANCIAL_LIMITED_INSIGHT (−1), FINANCIAL_FULL_OR_PROFILE (+1), SENSITIVE_NO_INSIGHT_OR_PUBLIC (−3), SENSITIVE_GENERAL_ASSUMPTIONS (−2), SENSITIVE_ASSUMPTIONS (−1), PUBLICLY_AVAILABLE (−1), INVALID_OR_INACCURATE (−1), OLD_OR_INCOMPLETE (−1). A type-specific factor applies only when that type sets the base. */
  factor: string;
  /** Why the factor applies: a recorded fact or the assessor’s judgement, shown in the dossier. */
  reason: string;
};

/** How sure its source is of it; the unified facts prefer the more confident. */
export type FactConfidence =
  /** Established, e.g. checked in the logs or the data itself. */
  | 'CONFIRMED'
  /** An estimate, e.g. an approximate count or date. */
  | 'ESTIMATED'
  /** Stated by the source but not yet checked. */
  | 'REPORTED';

/** A fact of the catalogue: the name of its field in IncidentFacts or ExposureFacts (and in IncidentPatch or ExposurePatch). */
export type FactField =
  /** The system the breach happened on (not on the form). */
  | 'affectedSystem'
  /** Nombre approximatif de personnes concernées (section 8). */
  | 'approxPersons'
  /** Nombre approximatif d'enregistrements concernés (section 8). */
  | 'approxRecords'
  /** How the attacker got in (not on the form). */
  | 'attackVector'
  /** Prise de connaissance: the controller's own awareness instant, which starts its 72 hours (section 6). */
  | 'awareAt'
  /** Cause de l'incident (section 7). */
  | 'causes'
  /** Cause « Autre (à préciser) »: the text the form asks for (section 7). */
  | 'causesOther'
  /** When the persons were or will be informed (section 13). */
  | 'communicationAt'
  /** Moyens de communication aux personnes (section 13). */
  | 'communicationChannels'
  /** Content of the communication, or the justification of its absence (section 13). */
  | 'communicationDetails'
  /** Communication aux personnes: whether they were, will be or will not be informed (section 13). */
  | 'communicationStatus'
  /** Conséquences potentielles (section 10). */
  | 'consequences'
  /** Conséquence « Autre (à préciser) »: the text the form asks for (section 10). */
  | 'consequencesOther'
  /** Nature des données (section 8). */
  | 'dataCategories'
  /** Nature des données « Autre (à préciser) »: the text the form asks for (section 8). */
  | 'dataCategoriesOther'
  /** Commentaires sur les dates (section 6). */
  | 'datesComment'
  /** Descriptif détaillé de la violation (section 7). */
  | 'description'
  /** When the source organisation detected the incident (not on the form: starts the processor’s duty to alert). */
  | 'detectedAt'
  /** Circonstances de la découverte (section 6). */
  | 'discoveryCircumstances'
  /** Fin de la violation: when it ended (section 6). */
  | 'endAt'
  /** Data items exposed, as the sources name them (section 8). */
  | 'exposedDataItems'
  /** Préjudices potentiels (section 11). */
  | 'harms'
  /** Préjudices potentiels: free text (section 11). */
  | 'harmsDescription'
  /** Préjudice « Autre (à préciser) »: the text the form asks for (section 11). */
  | 'harmsOther'
  /** Mesures envisagées (section 12). */
  | 'measuresPlanned'
  /** Mesures prises suite à la violation (section 12). */
  | 'measuresTaken'
  /** Nature de la violation: confidentiality, integrity, availability (section 7). */
  | 'natures'
  /** Why the persons are not informed: the ground of art. 34(3) (section 13). */
  | 'nonCommunicationJustification'
  /** Data items explicitly not exposed (section 8). */
  | 'notExposedDataItems'
  /** Toujours en cours: whether the breach is still going on (section 6). */
  | 'ongoing'
  /** Origine de l'incident (section 7). */
  | 'origins'
  /** Origine « Autre (à préciser) »: the text the form asks for (section 7). */
  | 'originsOther'
  /** Mesures de sécurité préalables (section 9). */
  | 'priorSecurityMeasures'
  /** When the processor alerted this controller, art. 33(2) (section 5). */
  | 'processorAlertedAt'
  /** Données sensibles, art. 9 (section 8). */
  | 'sensitiveData'
  /** Début de la violation: when the breach started (section 6). */
  | 'startAt'
  /** Whether the start of the breach is exact, approximate or unknown (section 6). */
  | 'startPrecision'
  /** Catégories de personnes concernées (section 8). */
  | 'subjectCategories'
  /** Catégorie de personnes « Autre (à préciser) »: the text the form asks for (section 8). */
  | 'subjectCategoriesOther';

/** Whether a fact is about the incident or one exposure. */
export type FactLevel =
  /** About one exposure: this controller’s data, persons, judgement and measures. */
  | 'EXPOSURE'
  /** About the incident: the same for every controller it exposes. */
  | 'INCIDENT';

/** Where a fact comes from; at equal confidence the unified facts prefer them in this order. */
export type FactSourceType =
  /** The exposure's controller's own assessment; only that controller (or an admin) may submit one. */
  | 'CONTROLLER_ASSESSMENT'
  /** A forensic or incident-response report. */
  | 'FORENSIC_REPORT'
  /** The processor's notice (art. 33(2)); only the incident's source organisation (or an admin) may submit one. */
  | 'PROCESSOR_NOTICE'
  /** A public statement, press release or other second-hand source. */
  | 'PUBLIC_STATEMENT'
  /** The incident's or exposure's own fields, not a submission; it cannot be submitted. */
  | 'RECORD';

/** Which member of a FactValue holds the value. */
export type FactValueKind =
  /** Yes or no: read `boolean`. */
  | 'BOOLEAN'
  /** One code of a CNIL answer list: read `code`. */
  | 'CODE'
  /** Codes of a CNIL answer list, as a set: read `codes`. */
  | 'CODES'
  /** An instant: read `instant`. */
  | 'INSTANT'
  /** A count: read `integer`. */
  | 'INTEGER'
  /** Free text: read `text`. */
  | 'TEXT'
  /** A list of free texts: read `texts`. */
  | 'TEXTS';

/** The shape of a question’s answer: which typed fields of FormAnswer are set. */
export type FormQuestionKind =
  /** A choice in a list: answer.options, answer.multiple and answer.other. */
  | 'CHOICE'
  /** A date and time: answer.instant (ISO 8601) and answer.instantDisplay (Paris time). */
  | 'INSTANT'
  /** A number: answer.number, with answer.unit where the form has one. */
  | 'NUMBER'
  /** A table: answer.table. */
  | 'TABLE'
  /** A free text: answer.text. */
  | 'TEXT';

/** A section of the CNIL notification form. */
export type FormSectionCode =
  /** Section 7 : À propos de la violation */
  | 'BREACH'
  /** Section 13 : Communication aux personnes */
  | 'COMMUNICATION'
  /** Section 10 : Conséquences potentielles */
  | 'CONSEQUENCES'
  /** Section 4 : Personne à contacter */
  | 'CONTACT'
  /** Section 14 : Notifications transfrontalières et autres */
  | 'CROSS_BORDER'
  /** Section 8 : Données concernées */
  | 'DATA'
  /** Section 6 : Dates */
  | 'DATES'
  /** Section 11 : Préjudices potentiels et niveau de gravité */
  | 'HARMS'
  /** Section 3 : Responsable légal */
  | 'LEGAL_REPRESENTATIVE'
  /** Section 12 : Mesures prises suite à la violation */
  | 'MEASURES'
  /** Section 2 : Identification de l'organisme */
  | 'ORGANIZATION'
  /** Section 5 : Autres organismes impliqués */
  | 'OTHER_ORGANIZATIONS'
  /** Section 9 : Mesures de sécurité préalables */
  | 'PRIOR_MEASURES'
  /** Section 1 : Type de notification */
  | 'TYPE';

/** Niveau de gravité */
export type Gravity =
  /** Important */
  | 'IMPORTANT'
  /** Limité */
  | 'LIMITED'
  /** Maximal */
  | 'MAXIMAL'
  /** Négligeable */
  | 'NEGLIGIBLE';

/** Préjudices potentiels */
export type Harm =
  /** Discrimination */
  | 'DISCRIMINATION'
  /** Pertes financières */
  | 'FINANCIAL_LOSS'
  /** Fraude */
  | 'FRAUD'
  /** Vol ou usurpation d’identité */
  | 'IDENTITY_THEFT'
  /** Limitation de leurs droits */
  | 'LIMITATION_OF_RIGHTS'
  /** Perte de contrôle sur leurs données */
  | 'LOSS_OF_CONTROL'
  /** Autre */
  | 'OTHER'
  /** Perte de la confidentialité de données protégées par un secret professionnel */
  | 'PROFESSIONAL_SECRECY_LOSS'
  /** Levée non autorisée de la pseudonymisation */
  | 'PSEUDONYMISATION_REVERSAL'
  /** Atteinte à la réputation */
  | 'REPUTATION_DAMAGE';

/** Why an art. 33(3) item a non-final complementary notification leaves for later is not yet available. */
export type MissingItemReasonInput = {
  /** The item’s form path, e.g. breach.causes, data.persons (the paths completeness reports). */
  path: string;
  /** Why it is not yet available (art. 33(4)): shown in section 1. */
  reason: string;
};

/** Justification de l’absence de communication */
export type NonCommunicationJustification =
  /** Les données sont incompréhensibles pour toute personne non autorisée (article 34, paragraphe 3, point a) du RGPD) */
  | 'DATA_UNINTELLIGIBLE'
  /** Efforts disproportionnés : communication publique (article 34, paragraphe 3, point c) du RGPD) */
  | 'DISPROPORTIONATE_EFFORT_PUBLIC_COMMUNICATION'
  /** La violation n’est pas susceptible d’engendrer un risque élevé */
  | 'RISK_NOT_HIGH'
  /** Des mesures ultérieures rendent le risque élevé improbable (article 34, paragraphe 3, point b) du RGPD) */
  | 'SUBSEQUENT_MEASURES';

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

/** Yes or no with the assessor’s reason. */
export type ReasonedBooleanInput = {
  /** Why: a recorded fact or the assessor’s judgement, shown in the dossier. */
  reason: string;
  /** Yes (true) or no (false). */
  value: boolean;
};

/** A choice among the listed codes, with the assessor’s reason. */
export type ReasonedCodeInput = {
  /** Why: a recorded fact or the assessor’s judgement, shown in the dossier. */
  reason: string;
  /** One of the codes listed on the field that uses this input. */
  value: string;
};

/** A number with the assessor’s reason. */
export type ReasonedNumberInput = {
  /** Why: a recorded fact or the assessor’s judgement, shown in the dossier. */
  reason: string;
  /** The number, within the range the field that uses this input states. */
  value: number;
};

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

/** Where the notification of an exposure to the CNIL stands, as the register records it. */
export type RegisterDecision =
  /** Notifiée à la CNIL */
  | 'NOTIFIED'
  /** Non notifiée — décision motivée */
  | 'NOT_NOTIFIED'
  /** À notifier — décision motivée */
  | 'TO_NOTIFY'
  /** Non décidée */
  | 'UNDECIDED';

/** Narrows the register; every given criterion must hold. */
export type RegisterFilter = {
  /** Entries of this controller. */
  controllerId?: string | number | null | undefined;
  /** Any of these decisions. */
  decision?: Array<RegisterDecision> | null | undefined;
  /** Entries of this incident. */
  incidentId?: string | number | null | undefined;
};

/** How to sort the register (default RECORDED_AT ASC). */
export type RegisterOrder = {
  /** ASC or DESC; the id breaks ties. */
  direction?: SortDirection;
  /** The sort key. */
  field: RegisterOrderField;
};

/** What the register is sorted by; entries without the date come last in ASC, first in DESC. */
export type RegisterOrderField =
  /** When the controller became aware of it. */
  | 'AWARE_AT'
  /** When the breach was detected. */
  | 'DETECTED_AT'
  /** When it was first filed with the CNIL. */
  | 'NOTIFIED_AT'
  /** When the exposure was recorded in the gateway. */
  | 'RECORDED_AT';

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

/** Données sensibles */
export type SensitiveDataCategory =
  /** Données biométriques */
  | 'BIOMETRIC'
  /** Données génétiques */
  | 'GENETIC'
  /** Données de santé */
  | 'HEALTH'
  /** Opinions politiques */
  | 'POLITICAL_OPINIONS'
  /** Origine raciale ou ethnique */
  | 'RACIAL_ETHNIC_ORIGIN'
  /** Opinions philosophiques ou religieuses */
  | 'RELIGIOUS_PHILOSOPHICAL'
  /** Vie sexuelle ou orientation sexuelle */
  | 'SEXUAL_ORIENTATION'
  /** Appartenance syndicale */
  | 'TRADE_UNION';

/** A component of the ENISA formula SE = DPC × EI + CB. */
export type SeverityComponentCode =
  /** Circonstances de la violation (CB) */
  | 'CB'
  /** Contexte du traitement des données (DPC) */
  | 'DPC'
  /** Facilité d'identification (EI) */
  | 'EI';

/** The assessor’s inputs to the ENISA 2013 method, each with its reason. A null part leaves what the facts suggest; dpcFactors, once given (even empty), replaces the suggested factors. */
export type SeverityFactorsInput = {
  /** NONE, RECOVERABLE (0), RECOVERABLE_WITH_DIFFICULTY (temporary, 0.25) or IRRECOVERABLE (full unavailability, 0.5). */
  availability?: ReasonedCodeInput | null | undefined;
  /** NONE, KNOWN_RECIPIENTS (0.25) or UNKNOWN_RECIPIENTS (0.5). */
  confidentiality?: ReasonedCodeInput | null | undefined;
  /** What leaked credentials open: SIMPLE, BEHAVIOURAL, FINANCIAL or SENSITIVE. */
  credentialsOpen?: ReasonedCodeInput | null | undefined;
  /** The contextual factors that raise or lower the DPC; null leaves the suggested ones, an empty list applies none. */
  dpcFactors?: Array<DpcFactorInput> | null | undefined;
  /** Ease of identification: 0.25, 0.5, 0.75 or 1. */
  ei?: ReasonedNumberInput | null | undefined;
  /** NONE, RECOVERABLE (0), RECOVERABLE_WITH_DIFFICULTY (0.25) or IRRECOVERABLE (0.5). */
  integrity?: ReasonedCodeInput | null | undefined;
  /** Likelihood, beside SE (not in it): NEGLIGIBLE, LIMITED, SIGNIFICANT or MAXIMUM. Weighs the art. 34 suggestion. */
  likelihood?: ReasonedCodeInput | null | undefined;
  /** Malicious intent (+0.5). */
  malicious?: ReasonedBooleanInput | null | undefined;
  /** Whether, for the minors or vulnerable persons concerned, the data are critical to their safety or condition (+3). */
  vulnerablePersons?: ReasonedBooleanInput | null | undefined;
};

/** ENISA severity level (SE below 2 low, below 3 medium, below 4 high, else very high). */
export type SeverityLevel =
  /** Élevé */
  | 'HIGH'
  /** Faible */
  | 'LOW'
  /** Moyen */
  | 'MEDIUM'
  /** Très élevé */
  | 'VERY_HIGH';

/** Override any computed ENISA component; the computed values stay visible. */
export type SeverityOverrideInput = {
  /** Whether the assessment recommends informing the persons (art. 34(1)), instead of what the level and likelihood suggest. */
  art34Recommended?: boolean | null | undefined;
  /** Circumstances of the breach, 0 to 2. */
  cb?: number | null | undefined;
  /** Data processing context, 1 to 4. */
  dpc?: number | null | undefined;
  /** Ease of identification: 0.25, 0.5, 0.75 or 1. */
  ei?: number | null | undefined;
  /** The ENISA level to retain instead of the one the SE gives. */
  level?: SeverityLevel | null | undefined;
  /** Why the computed assessment does not fit: kept with the override. */
  reason: string;
};

/** The gravity of section 11 as a named person decides it: the computed level is only a suggestion. */
export type SignOffGravityInput = {
  /** The gravity retained for section 11. */
  gravity: Gravity;
  /** Required when the gravity differs from the one the assessment suggests. */
  reason?: string | null | undefined;
};

/** ASC puts rows without the key (null) last, DESC puts them first; ties are broken by id in the same direction. */
export type SortDirection =
  /** Smallest (earliest) first. */
  | 'ASC'
  /** Largest (latest) first. */
  | 'DESC';

/** Catégories de personnes concernées */
export type SubjectCategory =
  /** Clients (actuels ou potentiels) */
  | 'CUSTOMERS'
  /** Employés */
  | 'EMPLOYEES'
  /** Adhérents */
  | 'MEMBERS'
  /** Personnel militaire */
  | 'MILITARY'
  /** Mineurs */
  | 'MINORS'
  /** Pas déterminé pour le moment */
  | 'NOT_DETERMINED'
  /** Autres */
  | 'OTHER'
  /** Patients */
  | 'PATIENTS'
  /** Étudiants / élèves */
  | 'STUDENTS'
  /** Utilisateurs */
  | 'USERS'
  /** Personnes vulnérables */
  | 'VULNERABLE';

/** Changes to an exposure's facts; only its controller (or an admin) may set the controller-only ones (awareness, consequences, harms, communication). */
export type UpdateExposureInput = {
  /** Approximate number of persons concerned (art. 33(3)(a), form section 8); null while unknown. */
  approxPersons?: number | null | undefined;
  /** Approximate number of records concerned (art. 33(3)(a), form section 8); null while unknown. */
  approxRecords?: number | null | undefined;
  /** When the controller became aware of the breach (ISO 8601, UTC), which starts its 72 hours (art. 33(1)); null while not stated. */
  awareAt?: string | null | undefined;
  /** When the persons were or will be informed (ISO 8601, UTC; form section 13); null while not set. */
  communicationAt?: string | null | undefined;
  /** How the persons were or will be informed (form section 13, art. 34). */
  communicationChannels?: Array<CommunicationChannel> | null | undefined;
  /** The content of the communication to the persons, or the justification of its absence (form section 13). */
  communicationDetails?: string | null | undefined;
  /** Whether the persons were, will be or will not be informed (form section 13, art. 34); null while undecided. */
  communicationStatus?: CommunicationStatus | null | undefined;
  /** The likely consequences of the breach for the persons (form section 10, art. 33(3)(c)); the controller's judgement. */
  consequences?: Array<Consequence> | null | undefined;
  /** The free text the form asks for beside the consequence OTHER (« Autre (à préciser) »); required with it. */
  consequencesOther?: string | null | undefined;
  /** The categories of personal data concerned (form section 8, art. 33(3)(a)). */
  dataCategories?: Array<DataCategory> | null | undefined;
  /** The free text the form asks for beside the data category OTHER (« Autre (à préciser) »); required with it. */
  dataCategoriesOther?: string | null | undefined;
  /** Data items exposed, as the sources name them (e.g. « date de naissance »; form section 8). */
  exposedDataItems?: Array<string> | null | undefined;
  /** The potential harms to the persons (form section 11, art. 33(3)(c)); the controller's judgement. */
  harms?: Array<Harm> | null | undefined;
  /** Free-text description of the potential harms (« préjudices potentiels », form section 11). */
  harmsDescription?: string | null | undefined;
  /** The free text the form asks for beside the harm OTHER (« Autre (à préciser) »); required with it. */
  harmsOther?: string | null | undefined;
  /** Measures planned to address the breach and mitigate its effects (form section 12, art. 33(3)(d)). */
  measuresPlanned?: string | null | undefined;
  /** Measures taken after the breach to address it and mitigate its effects (form section 12, art. 33(3)(d)). */
  measuresTaken?: string | null | undefined;
  /** Why the persons are not informed: an exemption of art. 34(3) (form section 13); null unless they are not. */
  nonCommunicationJustification?: NonCommunicationJustification | null | undefined;
  /** Data items explicitly not exposed (e.g. « coordonnées bancaires »; form section 8). */
  notExposedDataItems?: Array<string> | null | undefined;
  /** When the processor alerted this controller (ISO 8601, UTC; art. 33(2)); null while it has not, or for the controller's own incident. */
  processorAlertedAt?: string | null | undefined;
  /** The special categories of data concerned (art. 9 and 10 GDPR, form section 8). */
  sensitiveData?: Array<SensitiveDataCategory> | null | undefined;
  /** The categories of persons concerned (form section 8, art. 33(3)(a)). */
  subjectCategories?: Array<SubjectCategory> | null | undefined;
  /** The free text the form asks for beside the subject category OTHER (« Autre (à préciser) »); required with it. */
  subjectCategoriesOther?: string | null | undefined;
  /** The version the update was prepared against; a stale one is a CONFLICT. */
  version?: number | null | undefined;
};

/** Changes to a DRAFT notification: an omitted field stays as it is, null clears it. */
export type UpdateNotificationInput = {
  /** INITIAL or non-final COMPLEMENTARY: « date à laquelle les informations complémentaires seront transmises »; null removes it. */
  complementaryFollowUpAt?: string | null | undefined;
  /** Whether the processing is cross-border within the EU (art. 4(23)), section 14 of the form. */
  crossBorder?: boolean | null | undefined;
  /** « Motifs du retard » (section 6): required when filed after the 72 hours of art. 33(1), or after the promised follow-up date. */
  delayReasons?: string | null | undefined;
  /** COMPLEMENTARY only: the last one of the chain; every art. 33(3) item is then required (art. 33(4)). */
  final?: boolean | null | undefined;
  /** A gravity for section 11 other than the suggested one; clears the sign-off (signOffGravity sets and signs off at once). */
  gravityOverride?: Gravity | null | undefined;
  /** Required with gravityOverride. */
  gravityOverrideReason?: string | null | undefined;
  /** COMPLEMENTARY only: replaces the reasons why missing art. 33(3) items are not yet available; null removes them. */
  missingItemReasons?: Array<MissingItemReasonInput> | null | undefined;
  /** The other data-protection authority notified, if any (section 14). */
  otherDpa?: string | null | undefined;
  /** The assessor’s ENISA factors; null removes them. */
  severityFactors?: SeverityFactorsInput | null | undefined;
  /** null removes the override. */
  severityOverride?: SeverityOverrideInput | null | undefined;
  /** The version the update was prepared against; a stale one is a CONFLICT. */
  version: number;
};

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

export type WebSubjectCountsFragment = { persons: number, records: number, duplicateReferences: number, minors: number, parts: Array<{ partId: string, persons: number, records: number, minors: number }> };

export type WebFactValueFragment = { kind: FactValueKind, boolean: boolean | null, code: string | null, codes: Array<string> | null, instant: string | null, integer: number | null, text: string | null, texts: Array<string> | null };

export type WebFactSourceFragment = { type: FactSourceType, confidence: FactConfidence | null, reference: string | null, subject: string | null, submittedAt: string | null, organization: { id: string, legalName: string } | null };

export type WebExposureNotificationsFragment = { notifications: { totalCount: number, edges: Array<{ node: { id: string, number: string, type: NotificationType, status: NotificationStatus } }> } };

export type WebIncidentsQueryVariables = Exact<{
  controllerSide: boolean;
}>;


export type WebIncidentsQuery = { incidents: { totalCount: number, edges: Array<{ node: { id: string, title: string, ongoing: boolean, startAt: string | null, detectedAt: string | null, sourceOrganization: { id: string, legalName: string }, exposures: { totalCount: number } } }> }, exposures: { totalCount: number, edges: Array<{ node: { id: string, approxPersons: number | null, processorAlertedAt: string | null, awareAt: string | null, controller: { id: string, legalName: string }, incident: { id: string, title: string } } & { notifications?: { totalCount: number, edges: Array<{ node: { id: string, number: string, type: NotificationType, status: NotificationStatus } }> } } }> }, consolidatedSubjectCounts?: { persons: number, records: number, duplicateReferences: number, minors: number, parts: Array<{ partId: string, persons: number, records: number, minors: number }> } };

export type WebIncidentQueryVariables = Exact<{
  id: string | number;
  controllerSide: boolean;
}>;


export type WebIncidentQuery = { incident: { id: string, title: string, description: string | null, ongoing: boolean, startAt: string | null, startPrecision: DatePrecision, endAt: string | null, detectedAt: string | null, attackVector: string | null, affectedSystem: string | null, sourceOrganization: { id: string, legalName: string }, subjectCounts: { persons: number, records: number, duplicateReferences: number, minors: number, parts: Array<{ partId: string, persons: number, records: number, minors: number }> }, exposures: { totalCount: number, edges: Array<{ node: { id: string, approxPersons: number | null, processorAlertedAt: string | null, awareAt: string | null, controller: { id: string, legalName: string }, subjectCounts: { persons: number, records: number, duplicateReferences: number, minors: number, parts: Array<{ partId: string, persons: number, records: number, minors: number }> }, facts: { fields: Array<{ field: FactField, level: FactLevel, conflicting: boolean, typedValue: { kind: FactValueKind, boolean: boolean | null, code: string | null, codes: Array<string> | null, instant: string | null, integer: number | null, text: string | null, texts: Array<string> | null }, source: { type: FactSourceType, confidence: FactConfidence | null, reference: string | null, subject: string | null, submittedAt: string | null, organization: { id: string, legalName: string } | null } }>, conflicts: Array<{ field: FactField, level: FactLevel, typedValue: { kind: FactValueKind, boolean: boolean | null, code: string | null, codes: Array<string> | null, instant: string | null, integer: number | null, text: string | null, texts: Array<string> | null }, candidates: Array<{ typedValue: { kind: FactValueKind, boolean: boolean | null, code: string | null, codes: Array<string> | null, instant: string | null, integer: number | null, text: string | null, texts: Array<string> | null }, source: { type: FactSourceType, confidence: FactConfidence | null, reference: string | null, subject: string | null, submittedAt: string | null, organization: { id: string, legalName: string } | null } }> }> } } & { notifications?: { totalCount: number, edges: Array<{ node: { id: string, number: string, type: NotificationType, status: NotificationStatus } }> } } }> } } | null };

export type WebVocabularyQueryVariables = Exact<{ [key: string]: never; }>;


export type WebVocabularyQuery = { vocabulary: Array<{ name: string, entries: Array<{ code: string, label: string }> }> };

export type WebIncidentsListCountedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type WebIncidentsListCountedSubscription = { ingestBatchProgress: { batchId: string, status: BatchStatus } };

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

export type WebNotificationsQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type WebNotificationsQuery = { notifications: { totalCount: number, edges: Array<{ node: { id: string, number: string, type: NotificationType, status: NotificationStatus, rank: number | null, updatedAt: string, exposure: { id: string, incident: { id: string, title: string }, controller: { id: string, legalName: string } }, document: { completeness: Array<{ code: CompletenessCode, blocksReady: boolean }> } } }> } };

export type WebNotificationQueryVariables = Exact<{
  id: string | number;
}>;


export type WebNotificationQuery = { notification: { id: string, version: number, number: string, type: NotificationType, status: NotificationStatus, rank: number | null, final: boolean, delayReasons: string | null, complementaryFollowUpAt: string | null, crossBorder: boolean | null, otherDpa: string | null, filedAt: string | null, filedBy: string | null, filedLate: boolean | null, cnilReference: string | null, updatedAt: string, missingItemReasons: Array<{ path: string, reason: string }>, initial: { id: string, number: string, status: NotificationStatus } | null, exposure: { id: string, version: number, incident: { id: string, title: string }, controller: { id: string, legalName: string }, notifications: { edges: Array<{ node: { id: string, number: string, type: NotificationType, status: NotificationStatus, rank: number | null, final: boolean, filedAt: string | null } }> } }, document: { header: { typeLabel: string }, completeness: Array<{ code: CompletenessCode, section: number, path: string, messageFr: string, blocksReady: boolean }>, obligations: Array<{ code: ObligationCode, label: string, authority: ObligationAuthority, status: ObligationStatus, dueAt: string | null, doneAt: string | null, basis: string }>, sections: Array<{ number: number, code: FormSectionCode, title: string, missing: Array<{ code: CompletenessCode, path: string, messageFr: string, blocksReady: boolean }>, questions: Array<{ path: string, label: string, kind: FormQuestionKind, answer: { kind: FormQuestionKind, text: string | null, number: number | null, unit: string | null, instant: string | null, instantDisplay: string | null, multiple: boolean | null, other: string | null, options: Array<{ code: string, label: string, selected: boolean }> | null, table: { columns: Array<string>, rows: Array<Array<string>> } | null }, missing: Array<{ code: CompletenessCode, messageFr: string, blocksReady: boolean }> }> }>, severity: { se: number, levelLabel: string, method: string, decision: string, components: Array<{ code: SeverityComponentCode, label: string, value: number, justification: string }>, chosen: { by: string, at: string, atDisplay: string, gravity: Gravity, gravityLabel: string, reason: string | null } | null, gravity: { label: string, suggestedLabel: string, reason: string | null } } } } | null };

export type WebNotificationStateFragment = { id: string, version: number, status: NotificationStatus };

export type WebUpdateNotificationMutationVariables = Exact<{
  id: string | number;
  input: UpdateNotificationInput;
}>;


export type WebUpdateNotificationMutation = { updateNotification: { id: string, version: number, status: NotificationStatus } };

export type WebUpdateExposureFactsMutationVariables = Exact<{
  id: string | number;
  input: UpdateExposureInput;
}>;


export type WebUpdateExposureFactsMutation = { updateExposure: { id: string, version: number } };

export type WebSignOffGravityMutationVariables = Exact<{
  id: string | number;
  version: number;
  input: SignOffGravityInput;
}>;


export type WebSignOffGravityMutation = { signOffGravity: { id: string, version: number, status: NotificationStatus } };

export type WebMarkNotificationReadyMutationVariables = Exact<{
  id: string | number;
  version: number;
}>;


export type WebMarkNotificationReadyMutation = { markNotificationReady: { id: string, version: number, status: NotificationStatus } };

export type WebReopenNotificationMutationVariables = Exact<{
  id: string | number;
  version: number;
}>;


export type WebReopenNotificationMutation = { reopenNotification: { id: string, version: number, status: NotificationStatus } };

export type WebStartComplementaryNotificationMutationVariables = Exact<{
  id: string | number;
  afterFinalReason?: string | null | undefined;
}>;


export type WebStartComplementaryNotificationMutation = { startComplementaryNotification: { id: string, version: number, status: NotificationStatus } };

export type WebThisNotificationChangedSubscriptionVariables = Exact<{
  id: string | number;
}>;


export type WebThisNotificationChangedSubscription = { notificationChanged: { notificationId: string, version: number, previousVersion: number | null, status: NotificationStatus, complete: boolean } };

export type WebRegisterQueryVariables = Exact<{
  filter?: RegisterFilter | null | undefined;
  orderBy?: RegisterOrder | null | undefined;
}>;


export type WebRegisterQuery = { register: { totalCount: number, edges: Array<{ node: { exposureId: string, incidentTitle: string, controllerName: string, detectedAt: string | null, awareAt: string | null, notifiedAt: string | null, cnilReference: string | null, decision: RegisterDecision, decisionLabel: string, decidedBy: string | null, decidedAt: string | null, rationale: string, severityLevel: SeverityLevel, approxPersons: number | null, exactPersons: number | null, exactRecords: number | null, natures: Array<BreachNature>, dataCategories: Array<DataCategory>, filings: Array<{ number: string, type: NotificationType, filedAt: string, filedLate: boolean | null }> } }> } };

export type WebRegisterChoicesQueryVariables = Exact<{ [key: string]: never; }>;


export type WebRegisterChoicesQuery = { incidents: { edges: Array<{ node: { id: string, title: string } }> }, exposures: { edges: Array<{ node: { id: string, controller: { id: string, legalName: string } } }> } };

export type WebRegisterDownloadsQueryVariables = Exact<{ [key: string]: never; }>;


export type WebRegisterDownloadsQuery = { registerDownloads: { csvUrl: string, openDataCsvUrl: string } };

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

export const WebSubjectCountsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebSubjectCounts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ScopedSubjectCounts"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"persons"}},{"kind":"Field","name":{"kind":"Name","value":"records"}},{"kind":"Field","name":{"kind":"Name","value":"duplicateReferences"}},{"kind":"Field","name":{"kind":"Name","value":"minors"}},{"kind":"Field","name":{"kind":"Name","value":"parts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partId"}},{"kind":"Field","name":{"kind":"Name","value":"persons"}},{"kind":"Field","name":{"kind":"Name","value":"records"}},{"kind":"Field","name":{"kind":"Name","value":"minors"}}]}}]}}]} as unknown as DocumentNode<WebSubjectCountsFragment, unknown>;
export const WebFactValueFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebFactValue"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FactValue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"boolean"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"codes"}},{"kind":"Field","name":{"kind":"Name","value":"instant"}},{"kind":"Field","name":{"kind":"Name","value":"integer"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"texts"}}]}}]} as unknown as DocumentNode<WebFactValueFragment, unknown>;
export const WebFactSourceFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebFactSource"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FactSource"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"legalName"}}]}}]}}]} as unknown as DocumentNode<WebFactSourceFragment, unknown>;
export const WebExposureNotificationsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebExposureNotifications"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Exposure"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notifications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]}}]} as unknown as DocumentNode<WebExposureNotificationsFragment, unknown>;
export const WebIngestBatchFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebIngestBatchFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IngestBatch"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"incidentId"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"profile"}},{"kind":"Field","name":{"kind":"Name","value":"onError"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"rowsRead"}},{"kind":"Field","name":{"kind":"Name","value":"rowsAccepted"}},{"kind":"Field","name":{"kind":"Name","value":"rowsRejected"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedBySubject"}},{"kind":"Field","name":{"kind":"Name","value":"sourceOrganization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"legalName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"byField"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"first"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"line"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]}}]} as unknown as DocumentNode<WebIngestBatchFieldsFragment, unknown>;
export const WebNotificationStateFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebNotificationState"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Notification"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]} as unknown as DocumentNode<WebNotificationStateFragment, unknown>;
export const WebDocumentsDocument = {"__meta__":{"hash":"sha256:dab7ad545a319505221deb406aaf026ca12ce731e64dc1a3f340efc7307cbb48"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WebDocuments"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"200"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notifications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"cnilReference"}},{"kind":"Field","name":{"kind":"Name","value":"filedAt"}},{"kind":"Field","name":{"kind":"Name","value":"exposure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"controller"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"legalName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"incident"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"recapitulatif"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sha256"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<WebDocumentsQuery, WebDocumentsQueryVariables>;
export const WebDocumentNotificationDocument = {"__meta__":{"hash":"sha256:797501c8fd79b312792c0e597d8a5f8a9eca47e2c85c3efa25dcc2075847ad69"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WebDocumentNotification"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notification"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"cnilReference"}},{"kind":"Field","name":{"kind":"Name","value":"filedAt"}},{"kind":"Field","name":{"kind":"Name","value":"recapitulatifAt"}},{"kind":"Field","name":{"kind":"Name","value":"exposure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"controller"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"legalName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"incident"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"recapitulatif"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sha256"}},{"kind":"Field","name":{"kind":"Name","value":"byteSize"}},{"kind":"Field","name":{"kind":"Name","value":"uploadedAt"}},{"kind":"Field","name":{"kind":"Name","value":"uploadedBy"}}]}}]}}]}}]} as unknown as DocumentNode<WebDocumentNotificationQuery, WebDocumentNotificationQueryVariables>;
export const WebDocumentLinksDocument = {"__meta__":{"hash":"sha256:f96f830efcd86ac8889640551859d6e60d98d09905abddfaaebe607209b2deb4"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WebDocumentLinks"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notification"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"letterUrl"}},{"kind":"Field","name":{"kind":"Name","value":"dossierUrl"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recapitulatif"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]}}]} as unknown as DocumentNode<WebDocumentLinksQuery, WebDocumentLinksQueryVariables>;
export const WebRegisterLinksDocument = {"__meta__":{"hash":"sha256:cc2a914913bf5db3cdd7f4157d3d5ada62bf486e4d66ec807097394dce2f1567"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WebRegisterLinks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerDownloads"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pdfUrl"}},{"kind":"Field","name":{"kind":"Name","value":"csvUrl"}}]}}]}}]} as unknown as DocumentNode<WebRegisterLinksQuery, WebRegisterLinksQueryVariables>;
export const WebRecordFilingDocument = {"__meta__":{"hash":"sha256:2ab76e1aa84e72a8c24f68310e6795c9dfc0b28641be7e9d003e7e06115b71d2"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WebRecordFiling"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordFilingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordNotificationFiling"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"cnilReference"}},{"kind":"Field","name":{"kind":"Name","value":"filedAt"}},{"kind":"Field","name":{"kind":"Name","value":"recapitulatifAt"}}]}}]}}]} as unknown as DocumentNode<WebRecordFilingMutation, WebRecordFilingMutationVariables>;
export const WebIncidentsDocument = {"__meta__":{"hash":"sha256:12547ce23db27765f98fcbd21c4f20e8ba312f23aa90bca7151f90ba8d4f22fc"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WebIncidents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"controllerSide"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"incidents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"ongoing"}},{"kind":"Field","name":{"kind":"Name","value":"startAt"}},{"kind":"Field","name":{"kind":"Name","value":"detectedAt"}},{"kind":"Field","name":{"kind":"Name","value":"sourceOrganization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"legalName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"exposures"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"exposures"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"PROCESSOR_ALERTED_AT"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"ASC"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"approxPersons"}},{"kind":"Field","name":{"kind":"Name","value":"processorAlertedAt"}},{"kind":"Field","name":{"kind":"Name","value":"awareAt"}},{"kind":"Field","name":{"kind":"Name","value":"controller"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"legalName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"incident"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebExposureNotifications"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"controllerSide"}}}]}]}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"consolidatedSubjectCounts"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"controllerSide"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebSubjectCounts"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebExposureNotifications"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Exposure"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notifications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebSubjectCounts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ScopedSubjectCounts"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"persons"}},{"kind":"Field","name":{"kind":"Name","value":"records"}},{"kind":"Field","name":{"kind":"Name","value":"duplicateReferences"}},{"kind":"Field","name":{"kind":"Name","value":"minors"}},{"kind":"Field","name":{"kind":"Name","value":"parts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partId"}},{"kind":"Field","name":{"kind":"Name","value":"persons"}},{"kind":"Field","name":{"kind":"Name","value":"records"}},{"kind":"Field","name":{"kind":"Name","value":"minors"}}]}}]}}]} as unknown as DocumentNode<WebIncidentsQuery, WebIncidentsQueryVariables>;
export const WebIncidentDocument = {"__meta__":{"hash":"sha256:eb30b37bc017029bdcb4895edc07cfdcd429589174343cd12b53306f8f6c231e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WebIncident"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"controllerSide"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"incident"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"ongoing"}},{"kind":"Field","name":{"kind":"Name","value":"startAt"}},{"kind":"Field","name":{"kind":"Name","value":"startPrecision"}},{"kind":"Field","name":{"kind":"Name","value":"endAt"}},{"kind":"Field","name":{"kind":"Name","value":"detectedAt"}},{"kind":"Field","name":{"kind":"Name","value":"attackVector"}},{"kind":"Field","name":{"kind":"Name","value":"affectedSystem"}},{"kind":"Field","name":{"kind":"Name","value":"sourceOrganization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"legalName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subjectCounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebSubjectCounts"}}]}},{"kind":"Field","name":{"kind":"Name","value":"exposures"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"approxPersons"}},{"kind":"Field","name":{"kind":"Name","value":"processorAlertedAt"}},{"kind":"Field","name":{"kind":"Name","value":"awareAt"}},{"kind":"Field","name":{"kind":"Name","value":"controller"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"legalName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subjectCounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebSubjectCounts"}}]}},{"kind":"Field","name":{"kind":"Name","value":"facts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"conflicting"}},{"kind":"Field","name":{"kind":"Name","value":"typedValue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebFactValue"}}]}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebFactSource"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"conflicts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"typedValue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebFactValue"}}]}},{"kind":"Field","name":{"kind":"Name","value":"candidates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"typedValue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebFactValue"}}]}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebFactSource"}}]}}]}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebExposureNotifications"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"controllerSide"}}}]}]}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebSubjectCounts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ScopedSubjectCounts"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"persons"}},{"kind":"Field","name":{"kind":"Name","value":"records"}},{"kind":"Field","name":{"kind":"Name","value":"duplicateReferences"}},{"kind":"Field","name":{"kind":"Name","value":"minors"}},{"kind":"Field","name":{"kind":"Name","value":"parts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partId"}},{"kind":"Field","name":{"kind":"Name","value":"persons"}},{"kind":"Field","name":{"kind":"Name","value":"records"}},{"kind":"Field","name":{"kind":"Name","value":"minors"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebFactValue"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FactValue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"boolean"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"codes"}},{"kind":"Field","name":{"kind":"Name","value":"instant"}},{"kind":"Field","name":{"kind":"Name","value":"integer"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"texts"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebFactSource"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FactSource"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"legalName"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebExposureNotifications"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Exposure"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notifications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]}}]} as unknown as DocumentNode<WebIncidentQuery, WebIncidentQueryVariables>;
export const WebVocabularyDocument = {"__meta__":{"hash":"sha256:4775b4735543a414f857174c71f40e55361972b55f1403ded2f2f67bebf18c57"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WebVocabulary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vocabulary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"entries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}}]}}]} as unknown as DocumentNode<WebVocabularyQuery, WebVocabularyQueryVariables>;
export const WebIncidentsListCountedDocument = {"__meta__":{"hash":"sha256:b05f91703cf9b4c69f3e20c2fd8471a9de86da9d1d1684afe975c0f805f63c09"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"WebIncidentsListCounted"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ingestBatchProgress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"batchId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<WebIncidentsListCountedSubscription, WebIncidentsListCountedSubscriptionVariables>;
export const WebListsDocument = {"__meta__":{"hash":"sha256:e9999a67a213b4a4556e614fd76201b5897b2da15f52ca5c863ea4a7fc630ec8"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WebLists"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"incidents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"sourceOrganization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"legalName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subjectCounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"persons"}},{"kind":"Field","name":{"kind":"Name","value":"records"}},{"kind":"Field","name":{"kind":"Name","value":"minors"}},{"kind":"Field","name":{"kind":"Name","value":"duplicateReferences"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"ingestProfiles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"encoding"}},{"kind":"Field","name":{"kind":"Name","value":"dateFormat"}}]}}]}}]} as unknown as DocumentNode<WebListsQuery, WebListsQueryVariables>;
export const WebIngestBatchesDocument = {"__meta__":{"hash":"sha256:2be2334abefc88c28e93d4c956d48deab7ba5913cd4ccfccb57fccc0378aa7a8"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WebIngestBatches"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"incidentId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ingestBatches"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"incidentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"incidentId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebIngestBatchFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebIngestBatchFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IngestBatch"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"incidentId"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"profile"}},{"kind":"Field","name":{"kind":"Name","value":"onError"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"rowsRead"}},{"kind":"Field","name":{"kind":"Name","value":"rowsAccepted"}},{"kind":"Field","name":{"kind":"Name","value":"rowsRejected"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedBySubject"}},{"kind":"Field","name":{"kind":"Name","value":"sourceOrganization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"legalName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"byField"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"first"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"line"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]}}]} as unknown as DocumentNode<WebIngestBatchesQuery, WebIngestBatchesQueryVariables>;
export const WebIngestBatchDocument = {"__meta__":{"hash":"sha256:9ead287f9139de09264f8568ccfeb6cd61917c5df7afbf3d54bd7de6fba68b33"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WebIngestBatch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ingestBatch"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebIngestBatchFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebIngestBatchFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IngestBatch"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"incidentId"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"profile"}},{"kind":"Field","name":{"kind":"Name","value":"onError"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"rowsRead"}},{"kind":"Field","name":{"kind":"Name","value":"rowsAccepted"}},{"kind":"Field","name":{"kind":"Name","value":"rowsRejected"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedBySubject"}},{"kind":"Field","name":{"kind":"Name","value":"sourceOrganization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"legalName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"byField"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"first"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"line"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]}}]} as unknown as DocumentNode<WebIngestBatchQuery, WebIngestBatchQueryVariables>;
export const WebIngestBatchProgressDocument = {"__meta__":{"hash":"sha256:c3c77d7d5dd68a1d87391c20d34f5df330c84da6b2136d0bb9ffd2ac6c121e66"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"WebIngestBatchProgress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ingestBatchProgress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"batchId"}},{"kind":"Field","name":{"kind":"Name","value":"incidentId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"rowsRead"}},{"kind":"Field","name":{"kind":"Name","value":"rowsAccepted"}},{"kind":"Field","name":{"kind":"Name","value":"rowsRejected"}}]}}]}}]} as unknown as DocumentNode<WebIngestBatchProgressSubscription, WebIngestBatchProgressSubscriptionVariables>;
export const WebNotificationsDocument = {"__meta__":{"hash":"sha256:7491dd467fed096a77cfc3cae53f177f9b65b8c14506b85a49eba65fa40e82ee"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WebNotifications"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"200"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notifications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"UPDATED_AT"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"DESC"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"exposure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"incident"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"controller"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"legalName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"completeness"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"blocksReady"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<WebNotificationsQuery, WebNotificationsQueryVariables>;
export const WebNotificationDocument = {"__meta__":{"hash":"sha256:c680e0d245c6eb61ddbfc8ff9fb41b9c9a5bb4469243fb4051b4a66ec8807018"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WebNotification"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notification"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"final"}},{"kind":"Field","name":{"kind":"Name","value":"delayReasons"}},{"kind":"Field","name":{"kind":"Name","value":"complementaryFollowUpAt"}},{"kind":"Field","name":{"kind":"Name","value":"crossBorder"}},{"kind":"Field","name":{"kind":"Name","value":"otherDpa"}},{"kind":"Field","name":{"kind":"Name","value":"filedAt"}},{"kind":"Field","name":{"kind":"Name","value":"filedBy"}},{"kind":"Field","name":{"kind":"Name","value":"filedLate"}},{"kind":"Field","name":{"kind":"Name","value":"cnilReference"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"missingItemReasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"initial"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"exposure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"incident"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"controller"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"legalName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"notifications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"final"}},{"kind":"Field","name":{"kind":"Name","value":"filedAt"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"header"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"typeLabel"}}]}},{"kind":"Field","name":{"kind":"Name","value":"completeness"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"section"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"messageFr"}},{"kind":"Field","name":{"kind":"Name","value":"blocksReady"}}]}},{"kind":"Field","name":{"kind":"Name","value":"obligations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"authority"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"doneAt"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"missing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"messageFr"}},{"kind":"Field","name":{"kind":"Name","value":"blocksReady"}}]}},{"kind":"Field","name":{"kind":"Name","value":"questions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"answer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"instant"}},{"kind":"Field","name":{"kind":"Name","value":"instantDisplay"}},{"kind":"Field","name":{"kind":"Name","value":"multiple"}},{"kind":"Field","name":{"kind":"Name","value":"options"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"selected"}}]}},{"kind":"Field","name":{"kind":"Name","value":"other"}},{"kind":"Field","name":{"kind":"Name","value":"table"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"columns"}},{"kind":"Field","name":{"kind":"Name","value":"rows"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"missing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"messageFr"}},{"kind":"Field","name":{"kind":"Name","value":"blocksReady"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"severity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"se"}},{"kind":"Field","name":{"kind":"Name","value":"levelLabel"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"components"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"justification"}}]}},{"kind":"Field","name":{"kind":"Name","value":"chosen"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"atDisplay"}},{"kind":"Field","name":{"kind":"Name","value":"gravity"}},{"kind":"Field","name":{"kind":"Name","value":"gravityLabel"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"gravity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"suggestedLabel"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decision"}}]}}]}}]}}]}}]} as unknown as DocumentNode<WebNotificationQuery, WebNotificationQueryVariables>;
export const WebUpdateNotificationDocument = {"__meta__":{"hash":"sha256:f5650fdaebe1c51026e37cafe44cb550ba9644c3aa28b5c6802a0927afba360e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WebUpdateNotification"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateNotificationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateNotification"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebNotificationState"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebNotificationState"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Notification"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]} as unknown as DocumentNode<WebUpdateNotificationMutation, WebUpdateNotificationMutationVariables>;
export const WebUpdateExposureFactsDocument = {"__meta__":{"hash":"sha256:0e69fc146fd1972d141410f23543ee500a0c80691a81f607b355bf6ea91225d0"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WebUpdateExposureFacts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateExposureInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateExposure"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<WebUpdateExposureFactsMutation, WebUpdateExposureFactsMutationVariables>;
export const WebSignOffGravityDocument = {"__meta__":{"hash":"sha256:e50b8b7c6ec9ec90648b6af24520d2ac44d437c11f014b80d812378ae59d4098"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WebSignOffGravity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SignOffGravityInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signOffGravity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebNotificationState"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebNotificationState"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Notification"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]} as unknown as DocumentNode<WebSignOffGravityMutation, WebSignOffGravityMutationVariables>;
export const WebMarkNotificationReadyDocument = {"__meta__":{"hash":"sha256:5d39f590c10ffbda22f971ea40e54fca92574987863b9efef3d77e52aca9c803"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WebMarkNotificationReady"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markNotificationReady"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebNotificationState"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebNotificationState"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Notification"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]} as unknown as DocumentNode<WebMarkNotificationReadyMutation, WebMarkNotificationReadyMutationVariables>;
export const WebReopenNotificationDocument = {"__meta__":{"hash":"sha256:29ccfb63d39d20cb8677dc7d97c4ca60941b18ac263e501e4c5a180e543d318c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WebReopenNotification"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reopenNotification"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebNotificationState"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebNotificationState"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Notification"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]} as unknown as DocumentNode<WebReopenNotificationMutation, WebReopenNotificationMutationVariables>;
export const WebStartComplementaryNotificationDocument = {"__meta__":{"hash":"sha256:c1f03999cada48b2a2179327e5bcc6b30717b994dc311a0492ad505b88cc060b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WebStartComplementaryNotification"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"afterFinalReason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startComplementaryNotification"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"afterFinalReason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"afterFinalReason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebNotificationState"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebNotificationState"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Notification"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]} as unknown as DocumentNode<WebStartComplementaryNotificationMutation, WebStartComplementaryNotificationMutationVariables>;
export const WebThisNotificationChangedDocument = {"__meta__":{"hash":"sha256:c2adef1a769b25e3699e2d561403e6a623ffa17fd0d42d455a2dde2abf7817b5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"WebThisNotificationChanged"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notificationChanged"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"notificationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notificationId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"previousVersion"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"complete"}}]}}]}}]} as unknown as DocumentNode<WebThisNotificationChangedSubscription, WebThisNotificationChangedSubscriptionVariables>;
export const WebRegisterDocument = {"__meta__":{"hash":"sha256:9da245abce314f7f29526401fdaf9dd0283672e2c5eeabbeea46900b51b4a3fe"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WebRegister"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterOrder"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"register"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"200"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exposureId"}},{"kind":"Field","name":{"kind":"Name","value":"incidentTitle"}},{"kind":"Field","name":{"kind":"Name","value":"controllerName"}},{"kind":"Field","name":{"kind":"Name","value":"detectedAt"}},{"kind":"Field","name":{"kind":"Name","value":"awareAt"}},{"kind":"Field","name":{"kind":"Name","value":"notifiedAt"}},{"kind":"Field","name":{"kind":"Name","value":"cnilReference"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"decisionLabel"}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"rationale"}},{"kind":"Field","name":{"kind":"Name","value":"severityLevel"}},{"kind":"Field","name":{"kind":"Name","value":"approxPersons"}},{"kind":"Field","name":{"kind":"Name","value":"exactPersons"}},{"kind":"Field","name":{"kind":"Name","value":"exactRecords"}},{"kind":"Field","name":{"kind":"Name","value":"natures"}},{"kind":"Field","name":{"kind":"Name","value":"dataCategories"}},{"kind":"Field","name":{"kind":"Name","value":"filings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"filedAt"}},{"kind":"Field","name":{"kind":"Name","value":"filedLate"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<WebRegisterQuery, WebRegisterQueryVariables>;
export const WebRegisterChoicesDocument = {"__meta__":{"hash":"sha256:954946e277b556e137f7611afaa3c4e2f001a30a6c0beac9c4d7ec1998c2ec74"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WebRegisterChoices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"incidents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"exposures"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"200"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"controller"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"legalName"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<WebRegisterChoicesQuery, WebRegisterChoicesQueryVariables>;
export const WebRegisterDownloadsDocument = {"__meta__":{"hash":"sha256:62d1991604b3b20214d6244f967120866d95505d7441a8cc46947162222862bc"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WebRegisterDownloads"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerDownloads"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"csvUrl"}},{"kind":"Field","name":{"kind":"Name","value":"openDataCsvUrl"}}]}}]}}]} as unknown as DocumentNode<WebRegisterDownloadsQuery, WebRegisterDownloadsQueryVariables>;
export const WebViewerDocument = {"__meta__":{"hash":"sha256:cedeab1e16b955e18d2586cd78c955aad0abc4978901a5b4c8b495dddfb35bcd"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WebViewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"capabilities"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"legalName"}}]}}]}}]}}]} as unknown as DocumentNode<WebViewerQuery, WebViewerQueryVariables>;
export const WebDeadlinesDocument = {"__meta__":{"hash":"sha256:43bf54eb789aa1c2b146da367c7d4a48ea171875d46bce7a03208f142ddcbfa7"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WebDeadlines"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"200"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deadlines"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"PENDING"},{"kind":"EnumValue","value":"OVERDUE"},{"kind":"EnumValue","value":"TO_CLASSIFY"}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"DUE_AT"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"ASC"}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"obligation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"authority"}},{"kind":"Field","name":{"kind":"Name","value":"party"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}}]}},{"kind":"Field","name":{"kind":"Name","value":"incident"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"exposure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"controller"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"legalName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"notification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<WebDeadlinesQuery, WebDeadlinesQueryVariables>;
export const WebDeadlineAlertsDocument = {"__meta__":{"hash":"sha256:ff05f994943756c061f66b25b8b45c4ee9cbb0704dce853b84b1623ae1ccc701"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"WebDeadlineAlerts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deadlineAlerts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"alertId"}},{"kind":"Field","name":{"kind":"Name","value":"obligationId"}}]}}]}}]} as unknown as DocumentNode<WebDeadlineAlertsSubscription, WebDeadlineAlertsSubscriptionVariables>;
export const WebNotificationChangedDocument = {"__meta__":{"hash":"sha256:6a9ade87ad9a95b6f5ae6d192c9dcb1a0e82c1dfa5d1cdb6c724eba8c91af80b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"WebNotificationChanged"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notificationChanged"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notificationId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<WebNotificationChangedSubscription, WebNotificationChangedSubscriptionVariables>;