/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Postal address (form section 2). */
export type AddressInput = {
  /** Town or city (« ville »). */
  city?: string | null | undefined;
  /** ISO 3166-1 alpha-2 country code. */
  country?: string | null | undefined;
  /** Postal code (« code postal »). */
  postalCode?: string | null | undefined;
  /** Street number and name, on one or more lines. */
  street?: string | null | undefined;
};

/** A notification of the breach made to another authority (section 14 of the form). */
export type AuthorityNotificationInput = {
  /** The authority notified; OTHER and OTHER_DPA need note. */
  authority: OtherAuthority;
  /** Required for OTHER and OTHER_DPA: which authority. */
  note?: string | null | undefined;
  /** When it was made, ISO 8601 in UTC; not in the future. */
  notifiedAt: string;
  /** The reference the authority gave (a parquet number for a complaint). */
  reference?: string | null | undefined;
};

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

/** Civilité */
export type Civility =
  /** Madame */
  | 'MADAME'
  /** Monsieur */
  | 'MONSIEUR';

/** A classification of the incident as major or not under DORA (article 18), with its criteria and reason. */
export type ClassifyDoraIncidentInput = {
  /** When the entity classified it; not in the future. */
  classifiedAt: string;
  /** Whether the incident affects the clients’ financial interests (DORA, article 19, paragraphe 3). */
  clientsFinancialInterestsAffected: boolean;
  /** The criteria of Delegated Regulation (EU) 2024/1772 met; at least one when major. */
  criteria: Array<DoraCriterionInput>;
  /** Classified as major (true) or not (false). */
  major: boolean;
  /** Why: required. */
  reason: string;
};

/** The controller's decision whether to notify the CNIL of an exposure (art. 33(1)). */
export type CnilDecision =
  /** Notifier la CNIL */
  | 'NOTIFY'
  /** Ne pas notifier la CNIL */
  | 'NOT_NOTIFY';

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

/** How a field of the form differs from the last filed notification. */
export type ContentChangeKind =
  /** Ajout */
  | 'ADDED'
  /** Modification */
  | 'CHANGED'
  /** Retrait */
  | 'REMOVED';

/** A new exposure: one controller affected by an incident, with the facts known so far. */
export type CreateExposureInput = {
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
  /** The affected controller. */
  controllerId: string | number;
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
  /** The incident this exposure belongs to; it must be in the viewer's scope. */
  incidentId: string | number;
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
};

/** A new incident at the viewer's organisation (or, for an admin, any organisation), with the facts known so far. */
export type CreateIncidentInput = {
  /** The system the breach happened on; kept by the gateway, not asked by the form. */
  affectedSystem?: string | null | undefined;
  /** How the attacker got in, e.g. phished credentials; kept by the gateway, not asked by the form. */
  attackVector?: string | null | undefined;
  /** What caused the breach, as the CNIL list codes it (form section 7). */
  causes?: Array<IncidentCause> | null | undefined;
  /** The free text the form asks for beside the cause OTHER (« Autre (à préciser) »); required with it. */
  causesOther?: string | null | undefined;
  /** Free-text comment on the dates, e.g. why the start is approximate (form section 6). */
  datesComment?: string | null | undefined;
  /** Detailed description of the breach (« descriptif détaillé », form section 7, art. 33(3)(a)). */
  description?: string | null | undefined;
  /** When the source organisation detected the incident (ISO 8601, UTC), which starts a processor's duty to alert its controllers (art. 33(2)); null while unknown. */
  detectedAt?: string | null | undefined;
  /** How the breach was discovered (« circonstances de la découverte », form section 6). */
  discoveryCircumstances?: string | null | undefined;
  /** When the breach ended (ISO 8601, UTC); null while it is ongoing or the end is unknown (form section 6). */
  endAt?: string | null | undefined;
  /** The breach's natures: loss of confidentiality, integrity or availability (form section 7, art. 33(3)(a)). */
  natures?: Array<BreachNature> | null | undefined;
  /** Whether the breach is still under way (« toujours en cours », form section 6). */
  ongoing?: boolean | null | undefined;
  /** Where the breach came from, as the CNIL list codes it (form section 7). */
  origins?: Array<IncidentOrigin> | null | undefined;
  /** The free text the form asks for beside the origin OTHER (« Autre (à préciser) »); required with it. */
  originsOther?: string | null | undefined;
  /** The security measures in place before the breach (form section 9, art. 32). */
  priorSecurityMeasures?: string | null | undefined;
  /** Where the incident happened; defaults to the viewer's organisation. */
  sourceOrganizationId?: string | number | null | undefined;
  /** When the breach began (ISO 8601, UTC), as precise as startPrecision says; null while unknown (form section 6). */
  startAt?: string | null | undefined;
  /** Whether the breach's start is exact, approximate or unknown (form section 6). */
  startPrecision?: DatePrecision | null | undefined;
  /** A short title naming the incident in lists and in the register; required, not blank. */
  title: string;
};

/** A new notification of an exposure to the CNIL (art. 33), started as a DRAFT. */
export type CreateNotificationInput = {
  /** The exposure notified: one of the viewer’s controller file. */
  exposureId: string | number;
  /** INITIAL or COMPLETE; a COMPLEMENTARY one starts from a filed notification. */
  type: NotificationType;
};

/** A new organisation and its registration (roles, SIREN or other identifier); ADMINISTER only. */
export type CreateOrganizationInput = {
  /** Postal address (form section 2); replaces the whole address. */
  address?: AddressInput | null | undefined;
  /** The person the CNIL may contact about the breach (form section 4). */
  contact?: PersonInput | null | undefined;
  /** Section 4 is the legal representative: the contact is filled from legalRepresentative (its position and phone kept when the representative has none). */
  contactIsLegalRepresentative?: boolean | null | undefined;
  /** The data protection officer designated under art. 37 GDPR. */
  dpo?: PersonInput | null | undefined;
  /** The number the CNIL gave the DPO designation. */
  dpoDesignationNumber?: string | null | undefined;
  /** Number of employees (« effectif », form section 2). */
  headcount?: number | null | undefined;
  /** Legal name (« dénomination », form section 2). */
  legalName: string;
  /** The legal representative (« responsable légal », form section 3). */
  legalRepresentative?: PersonInput | null | undefined;
  /** The form’s « pas de SIREN » box; then give otherIdentifierType and otherIdentifier. */
  noSiren?: boolean | null | undefined;
  /** The identifier given instead of a SIREN (RNA number, foreign registration…); required with noSiren. */
  otherIdentifier?: string | null | undefined;
  /** The kind of identifier given instead of a SIREN; required with noSiren. */
  otherIdentifierType?: OrganizationIdentifierType | null | undefined;
  /** Whether each regime (DORA, NIS 2…) applies, with its rationale; replaces the whole list. */
  regimes?: Array<RegimeScopeInput> | null | undefined;
  /** The capacities it is registered in: controller, processor or both. */
  roles: Array<OrganizationRole>;
  /** Business sector (« secteur d'activité », form section 2), as free text. */
  sector?: string | null | undefined;
  /** 9 digits, spaces allowed; Luhn-checked. Leave it out with noSiren. */
  siren?: string | null | undefined;
  /** Intra-community VAT number (« N° de TVA intracommunautaire »); spaces are dropped. */
  vatNumber?: string | null | undefined;
};

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

/** Which deadline alerts a subscription wants; every field given must match. */
export type DeadlineAlertFilter = {
  /** Only this exposure. */
  exposureId?: string | number | null | undefined;
  /** Only this incident. */
  incidentId?: string | number | null | undefined;
  /** Only these thresholds (PT24H, PT6H, PT1H, PT0S, OVERDUE). */
  thresholds?: Array<string> | null | undefined;
};

/** Narrows a list of deadlines; every given criterion must hold. */
export type DeadlineFilter = {
  /** Any of these authorities or addressees: the regime a duty belongs to (CNIL for the GDPR, ACPR for DORA, ANSSI for NIS). */
  authority?: Array<ObligationAuthority> | null | undefined;
  /** Any of these duties. */
  code?: Array<ObligationCode> | null | undefined;
  /** Deadlines of this controller. */
  controllerId?: string | number | null | undefined;
  /** Only those due before this instant. */
  dueBefore?: string | null | undefined;
  /** Deadlines of this incident. */
  incidentId?: string | number | null | undefined;
  /** Only overdue ones (true) or only the others (false). */
  overdue?: boolean | null | undefined;
  /** Any of these obligation statuses. */
  status?: Array<ObligationStatus> | null | undefined;
};

/** How to sort deadlines (default DUE_AT ASC). */
export type DeadlineOrder = {
  /** ASC or DESC; the id breaks ties. */
  direction?: SortDirection;
  /** The sort key. */
  field: DeadlineOrderField;
};

/** What a list of deadlines is sorted by. */
export type DeadlineOrderField =
  /** The due instant: in ASC the soonest (so the most overdue) first. */
  | 'DUE_AT';

/** The controller's reasoned decision whether to notify the CNIL of an exposure (art. 33(1), 33(5)). */
export type DecideCnilNotificationInput = {
  /** Notify the CNIL or not. */
  decision: CnilDecision;
  /** Why: required, kept in the register (art. 33(5)). */
  reasoning: string;
};

/** A decision to inform the persons of the breach or not (art. 34), with its ground and reasons. */
export type DecidePersonsInformationInput = {
  /** Inform the persons (art. 34(1)) or not. */
  decision: PersonsInformationChoice;
  /** Required with NOT_INFORM. */
  ground?: NonCommunicationJustification | null | undefined;
  /** Art. 34(3)(c): when the public communication was made. */
  publicCommunicationAt?: string | null | undefined;
  /** Art. 34(3)(c): where the public communication was made; required with the ground DISPROPORTIONATE_EFFORT_PUBLIC_COMMUNICATION. */
  publicCommunicationChannel?: CommunicationChannel | null | undefined;
  /** Art. 34(3)(c): its reference (URL, publication, notice number); required with that same ground. */
  publicCommunicationReference?: string | null | undefined;
  /** Why: required, kept with the decision. */
  reasoning: string;
  /** The current decision this one replaces; required once there is one. */
  replaces?: string | number | null | undefined;
};

/** How a delivery is sent. */
export type DeliveryChannel =
  /** E-mailed to the organisation's alert addresses. */
  | 'EMAIL'
  /** POSTed to one of the organisation's webhooks. */
  | 'WEBHOOK';

/** Where a delivery stands. */
export type DeliveryStatus =
  /** The receiver answered 2xx (e-mail: the SMTP server accepted it). */
  | 'DELIVERED'
  /** Given up after the last attempt; replayWebhookDelivery sends it again. */
  | 'FAILED'
  /** Waiting for its next attempt (nextAttemptAt). */
  | 'PENDING'
  /** An instance holds it and is sending it now (until leaseUntil). */
  | 'SENDING';

/** The DORA category of an organisation (règlement (UE) 2022/2554, article 2, paragraphe 1), or the French cases outside it. */
export type DoraCategory =
  /** prestataire de services d’information sur les comptes (article 2, paragraphe 1, c)) */
  | 'ACCOUNT_INFORMATION_SERVICE_PROVIDER'
  /** gestionnaire de fonds d’investissement alternatifs (article 2, paragraphe 1, k)) */
  | 'ALTERNATIVE_INVESTMENT_FUND_MANAGER'
  /** contrepartie centrale (article 2, paragraphe 1, h)) */
  | 'CENTRAL_COUNTERPARTY'
  /** dépositaire central de titres (article 2, paragraphe 1, g)) */
  | 'CENTRAL_SECURITIES_DEPOSITORY'
  /** établissement de crédit (article 2, paragraphe 1, a)) */
  | 'CREDIT_INSTITUTION'
  /** agence de notation de crédit (article 2, paragraphe 1, q)) */
  | 'CREDIT_RATING_AGENCY'
  /** administrateur d’indices de référence d’importance critique (article 2, paragraphe 1, r)) */
  | 'CRITICAL_BENCHMARK_ADMINISTRATOR'
  /** prestataire de services de financement participatif (article 2, paragraphe 1, s)) */
  | 'CROWDFUNDING_SERVICE_PROVIDER'
  /** prestataire de services sur crypto-actifs (article 2, paragraphe 1, f)) */
  | 'CRYPTO_ASSET_SERVICE_PROVIDER'
  /** prestataire de services de communication de données (article 2, paragraphe 1, m)) */
  | 'DATA_REPORTING_SERVICE_PROVIDER'
  /** établissement de monnaie électronique (article 2, paragraphe 1, d)) */
  | 'ELECTRONIC_MONEY_INSTITUTION'
  /** institution de prévoyance (code de la sécurité sociale, livre IX, titre III), entreprise d’assurance au sens de Solvabilité II (article 2, paragraphe 1, n)) */
  | 'INSTITUTION_DE_PREVOYANCE'
  /** intermédiaire d’assurance, de réassurance ou à titre accessoire (article 2, paragraphe 1, o)) */
  | 'INSURANCE_INTERMEDIARY'
  /** entreprise d’assurance ou de réassurance (directive 2009/138/CE, Solvabilité II) (article 2, paragraphe 1, n)) */
  | 'INSURANCE_UNDERTAKING'
  /** entreprise d’investissement (article 2, paragraphe 1, e)) */
  | 'INVESTMENT_FIRM'
  /** société de gestion (article 2, paragraphe 1, l)) */
  | 'MANAGEMENT_COMPANY'
  /** mutuelle ou union régie par le livre II du code de la mutualité (opérations d’assurance), entreprise d’assurance au sens de Solvabilité II (article 2, paragraphe 1, n)) */
  | 'MUTUELLE_LIVRE_II'
  /** mutuelle ou union régie par le livre III du code de la mutualité (réalisation de services sanitaires et sociaux), qui ne pratique pas d’opérations d’assurance */
  | 'MUTUELLE_LIVRE_III'
  /** organisme qui n’est pas une entité financière */
  | 'NOT_A_FINANCIAL_ENTITY'
  /** institution de retraite professionnelle (article 2, paragraphe 1, p)) */
  | 'OCCUPATIONAL_RETIREMENT_INSTITUTION'
  /** établissement de paiement (article 2, paragraphe 1, b)) */
  | 'PAYMENT_INSTITUTION'
  /** référentiel des titrisations (article 2, paragraphe 1, t)) */
  | 'SECURITISATION_REPOSITORY'
  /** référentiel central (article 2, paragraphe 1, j)) */
  | 'TRADE_REPOSITORY'
  /** plate-forme de négociation (article 2, paragraphe 1, i)) */
  | 'TRADING_VENUE';

/** A classification criterion of Delegated Regulation (EU) 2024/1772 (articles 1 to 7). */
export type DoraCriterion =
  /** Clients, contreparties financières et transactions touchés (règlement délégué (UE) 2024/1772, article 1) */
  | 'CLIENTS_AFFECTED'
  /** Services critiques touchés (article 6) */
  | 'CRITICAL_SERVICES'
  /** Pertes de données (article 5) */
  | 'DATA_LOSSES'
  /** Durée de l’incident et de l’indisponibilité du service (article 3) */
  | 'DURATION'
  /** Incidence économique (article 7) */
  | 'ECONOMIC_IMPACT'
  /** Étendue géographique (article 4) */
  | 'GEOGRAPHICAL_SPREAD'
  /** Incidence sur la réputation (article 2) */
  | 'REPUTATIONAL_IMPACT';

/** A criterion of Delegated Regulation (EU) 2024/1772 met, with the value observed. */
export type DoraCriterionInput = {
  /** The criterion met. */
  criterion: DoraCriterion;
  /** The value observed. */
  value: string;
};

/** A DORA step taken: a report to the ACPR, a notice of late reporting, the clients informed. */
export type DoraRecordKind =
  /** The clients informed (DORA, article 19, paragraphe 3). */
  | 'CLIENT_INFORMATION'
  /** Rapport final: the final report. */
  | 'FINAL'
  /** Notification initiale: the initial report to the ACPR (DORA, article 19). */
  | 'INITIAL'
  /** Rapport intermédiaire: an intermediate report, the first or an updated one. */
  | 'INTERMEDIATE'
  /** A notice of late reporting, with the reasons for the delay. */
  | 'LATE_NOTICE';

/** A DORA report to the ACPR, as a notice of late reporting names it. */
export type DoraReport =
  /** The final report. */
  | 'FINAL'
  /** The initial notification. */
  | 'INITIAL'
  /** An intermediate report. */
  | 'INTERMEDIATE';

/** One contextual factor of the ENISA 2013 DPC (assessment table 1, annex A2), with its reason. */
export type DpcFactorInput = {
  /** SIMPLE_PROFILING_OR_FINANCIAL_STATUS (+1), SIMPLE_SENSITIVE_ASSUMPTIONS (+2), BEHAVIOURAL_NO_INSIGHT (−1), BEHAVIOURAL_PROFILE (+1), FINANCIAL_NO_INSIGHT (−2), FINANCIAL_LIMITED_INSIGHT (−1), FINANCIAL_FULL_OR_PROFILE (+1), SENSITIVE_NO_INSIGHT_OR_PUBLIC (−3), SENSITIVE_GENERAL_ASSUMPTIONS (−2), SENSITIVE_ASSUMPTIONS (−1), PUBLICLY_AVAILABLE (−1), INVALID_OR_INACCURATE (−1), OLD_OR_INCOMPLETE (−1). A type-specific factor applies only when that type sets the base. */
  factor: string;
  /** Why the factor applies: a recorded fact or the assessor’s judgement, shown in the dossier. */
  reason: string;
};

/** The whole set of entity facts, each group with its reason; a new record replaces the previous set. */
export type EntityFactsInput = {
  /** DORA article 2(1) category, or MUTUELLE_LIVRE_III, NOT_A_FINANCIAL_ENTITY. */
  doraCategory?: DoraCategory | null | undefined;
  /** Required with doraCategory. */
  doraReason?: string | null | undefined;
  /** Whether the entity is systemic under DORA, so the weekend and holiday noon rule does not apply; null while undetermined. */
  doraSystemic?: boolean | null | undefined;
  /** Required with doraSystemic. */
  doraSystemicReason?: string | null | undefined;
  /** Designated operator of essential services under loi n° 2018-133 (NIS 1); null while undetermined. */
  nis1Designated?: boolean | null | undefined;
  /** Required when nis1Designated is true. */
  nis1Reason?: string | null | undefined;
  /** Size or designation reason; required with nis2Status. */
  nis2Reason?: string | null | undefined;
  /** Annex and sector; required for ESSENTIAL or IMPORTANT. */
  nis2Sector?: string | null | undefined;
  /** The NIS 2 status (article 3). */
  nis2Status?: Nis2Status | null | undefined;
  /** Solvency II article 4 small undertaking; only for an insurance category. */
  solvency2SmallUndertaking?: boolean | null | undefined;
};

/** What an outbox event reports; a webhook subscribes to some of them. */
export type EventKind =
  /** A duty's deadline is near, reached or past (24 h, 6 h, 1 h before, at the due instant, overdue). */
  | 'DEADLINE_ALERT'
  /** An ingest batch of affected-person lists moved on. */
  | 'INGEST_BATCH_PROGRESS'
  /** A notification's status, version or completeness changed. */
  | 'NOTIFICATION_CHANGED';

/** Narrows a list of exposures; every given criterion must hold. */
export type ExposureFilter = {
  /** Exposures of this controller. */
  controllerId?: string | number | null | undefined;
  /** Exposures of this incident. */
  incidentId?: string | number | null | undefined;
  /** Exposures of incidents that happened at this processor (the incident’s source, when it is not the controller). */
  processorId?: string | number | null | undefined;
};

/** How to sort exposures (default CREATED_AT ASC). */
export type ExposureOrder = {
  /** ASC or DESC; the id breaks ties. */
  direction?: SortDirection;
  /** The sort key. */
  field: ExposureOrderField;
};

/** What a list of exposures is sorted by. */
export type ExposureOrderField =
  /** When the exposure was recorded. */
  | 'CREATED_AT'
  /** When the processor alerted the controller; never alerted ones last in ASC, first in DESC. */
  | 'PROCESSOR_ALERTED_AT'
  /** When the exposure last changed. */
  | 'UPDATED_AT';

/** The breach facts of one exposure: an omitted field is left alone, null clears it (an empty list for a list). */
export type ExposurePatch = {
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

/** Cause de l'incident */
export type IncidentCause =
  /** Acte externe accidentel */
  | 'EXTERNAL_ACCIDENTAL'
  /** Acte externe malveillant */
  | 'EXTERNAL_MALICIOUS'
  /** Acte interne accidentel */
  | 'INTERNAL_ACCIDENTAL'
  /** Acte interne malveillant */
  | 'INTERNAL_MALICIOUS'
  /** Autre */
  | 'OTHER'
  /** Inconnu */
  | 'UNKNOWN';

/** Narrows the incidents listed; the conditions given all apply. */
export type IncidentFilter = {
  /** Detected before this instant. */
  detectedBefore?: string | null | undefined;
  /** Detected at or after this instant. */
  detectedFrom?: string | null | undefined;
  /** Only the ongoing incidents (true) or only the ended ones (false). */
  ongoing?: boolean | null | undefined;
  /** Case-insensitive text searched in the title. */
  search?: string | null | undefined;
  /** Only the incidents that happened at this organisation. */
  sourceOrganizationId?: string | number | null | undefined;
};

/** Origine de l'incident */
export type IncidentOrigin =
  /** Mise au rebut d'appareils numériques contenant des données personnelles sans effacement sécurisé */
  | 'DEVICE_DISPOSAL'
  /** Piratage, logiciel malveillant (par exemple rançongiciel) et/ou hameçonnage */
  | 'HACKING_MALWARE_PHISHING'
  /** Courrier perdu ou ouvert avant d'être retourné à l'envoyeur */
  | 'LOST_OPENED_MAIL'
  /** Équipement perdu ou volé */
  | 'LOST_STOLEN_EQUIPMENT'
  /** Papier perdu, volé ou laissé accessible dans un endroit non sécurisé */
  | 'LOST_STOLEN_PAPER'
  /** Autre */
  | 'OTHER'
  /** Mise au rebut de documents papier contenant des données personnelles sans destruction physique */
  | 'PAPER_DISPOSAL'
  /** Publication non volontaire d'informations */
  | 'UNINTENDED_PUBLICATION'
  /** Ne sait pas pour l'instant */
  | 'UNKNOWN'
  /** Informations personnelles divulguées de façon verbale */
  | 'VERBAL_DISCLOSURE'
  /** Données de la mauvaise personne affichées sur le portail du client */
  | 'WRONG_PERSON_DATA_ON_PORTAL'
  /** Données personnelles envoyées à un mauvais destinataire */
  | 'WRONG_RECIPIENT';

/** The breach facts of an incident, shared by every controller it exposes: an omitted field is left alone, null clears it (an empty list for a list). */
export type IncidentPatch = {
  /** The system the breach happened on; kept by the gateway, not asked by the form. */
  affectedSystem?: string | null | undefined;
  /** How the attacker got in, e.g. phished credentials; kept by the gateway, not asked by the form. */
  attackVector?: string | null | undefined;
  /** What caused the breach, as the CNIL list codes it (form section 7). */
  causes?: Array<IncidentCause> | null | undefined;
  /** The free text the form asks for beside the cause OTHER (« Autre (à préciser) »); required with it. */
  causesOther?: string | null | undefined;
  /** Free-text comment on the dates, e.g. why the start is approximate (form section 6). */
  datesComment?: string | null | undefined;
  /** Detailed description of the breach (« descriptif détaillé », form section 7, art. 33(3)(a)). */
  description?: string | null | undefined;
  /** When the source organisation detected the incident (ISO 8601, UTC), which starts a processor's duty to alert its controllers (art. 33(2)); null while unknown. */
  detectedAt?: string | null | undefined;
  /** How the breach was discovered (« circonstances de la découverte », form section 6). */
  discoveryCircumstances?: string | null | undefined;
  /** When the breach ended (ISO 8601, UTC); null while it is ongoing or the end is unknown (form section 6). */
  endAt?: string | null | undefined;
  /** The breach's natures: loss of confidentiality, integrity or availability (form section 7, art. 33(3)(a)). */
  natures?: Array<BreachNature> | null | undefined;
  /** Whether the breach is still under way (« toujours en cours », form section 6). */
  ongoing?: boolean | null | undefined;
  /** Where the breach came from, as the CNIL list codes it (form section 7). */
  origins?: Array<IncidentOrigin> | null | undefined;
  /** The free text the form asks for beside the origin OTHER (« Autre (à préciser) »); required with it. */
  originsOther?: string | null | undefined;
  /** The security measures in place before the breach (form section 9, art. 32). */
  priorSecurityMeasures?: string | null | undefined;
  /** When the breach began (ISO 8601, UTC), as precise as startPrecision says; null while unknown (form section 6). */
  startAt?: string | null | undefined;
  /** Whether the breach's start is exact, approximate or unknown (form section 6). */
  startPrecision?: DatePrecision | null | undefined;
};

/** What the letter to the persons lacks. */
export type LetterIssueCode =
  /** Health data are exposed but not declared concerned, or listed as not exposed. */
  | 'LETTER_HEALTH_CONTRADICTION'
  /** The nature of the breach is not recorded: the letter cannot describe it. */
  | 'LETTER_NATURE_UNKNOWN'
  /** The likely consequences are not recorded. */
  | 'LETTER_NO_CONSEQUENCES'
  /** No contact point for the persons is recorded. */
  | 'LETTER_NO_CONTACT'
  /** The data concerned are not recorded. */
  | 'LETTER_NO_DATA'
  /** The letter's date is not in its record. */
  | 'LETTER_NO_DATE'
  /** The measures for the reader are not in the letter's record. */
  | 'LETTER_NO_MEASURES'
  /** The signatory is not in the letter's record. */
  | 'LETTER_NO_SIGNATORY';

/** Which art. 34(2) item a paragraph of the letter answers. */
export type LetterParagraphItem =
  /** Conseils aux personnes, from the versioned advice library. */
  | 'ADVICE'
  /** Conséquences probables (art. 33(3)(c)). */
  | 'CONSEQUENCES'
  /** Point de contact (art. 33(3)(b)). */
  | 'CONTACT'
  /** Mesures prises ou proposées (art. 33(3)(d)). */
  | 'MEASURES'
  /** Nature de la violation (art. 34(2) with art. 33(3)(a)). */
  | 'NATURE';

/** Whether the letter to the persons may be sent. */
export type LetterStatus =
  /** Projet : says so on every page; not yet marked ready, or something blocks. */
  | 'DRAFT'
  /** Prête : a named person marked it so and nothing blocks. */
  | 'READY';

/** Whom the letter is addressed to. */
export type LetterVariant =
  /** Ayant droit : a beneficiary whose data the member’s file holds. */
  | 'BENEFICIARY'
  /** Adhérent : the person whose data it is. */
  | 'MEMBER'
  /** Représentant légal : the legal representative of a minor concerned. */
  | 'MINOR_REPRESENTATIVE';

/** The language of a label a person reads. */
export type Locale =
  /** English: the gateway’s translation, for readers who do not read French. */
  | 'EN'
  /** Français : les mots du formulaire de la CNIL, ceux des documents. */
  | 'FR';

/** Why an art. 33(3) item a non-final complementary notification leaves for later is not yet available. */
export type MissingItemReasonInput = {
  /** The item’s form path, e.g. breach.causes, data.persons (the paths completeness reports). */
  path: string;
  /** Why it is not yet available (art. 33(4)): shown in section 1. */
  reason: string;
};

/** Whether NIS 2 binds an organisation, and as which kind of entity (article 3). */
export type Nis2Status =
  /** Entité essentielle (NIS 2, article 3, paragraphe 1). */
  | 'ESSENTIAL'
  /** Entité importante (NIS 2, article 3, paragraphe 2). */
  | 'IMPORTANT'
  /** Hors du champ de NIS 2. */
  | 'NOT_IN_SCOPE';

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

/** Narrows a list of notifications; every given criterion must hold. */
export type NotificationFilter = {
  /** Notifications of this controller. */
  controllerId?: string | number | null | undefined;
  /** Notifications of this exposure. */
  exposureId?: string | number | null | undefined;
  /** Notifications of this incident’s exposures. */
  incidentId?: string | number | null | undefined;
  /** Any of these statuses. */
  status?: Array<NotificationStatus> | null | undefined;
  /** Any of these types. */
  type?: Array<NotificationType> | null | undefined;
};

/** How to sort notifications (default CREATED_AT ASC). */
export type NotificationOrder = {
  /** ASC or DESC; the id breaks ties. */
  direction?: SortDirection;
  /** The sort key. */
  field: NotificationOrderField;
};

/** What a list of notifications is sorted by. */
export type NotificationOrderField =
  /** When the draft was created. */
  | 'CREATED_AT'
  /** When it was filed with the CNIL; not yet filed ones come last in ASC, first in DESC. */
  | 'FILED_AT'
  /** When the notification last changed. */
  | 'UPDATED_AT';

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

/** Autre identifiant de l’organisme */
export type OrganizationIdentifierType =
  /** Numéro d’immatriculation étranger */
  | 'FOREIGN_REGISTRATION'
  /** Autre identifiant */
  | 'OTHER'
  /** Numéro RNA (association) */
  | 'RNA';

/** Rôle de l’organisme */
export type OrganizationRole =
  /** Responsable de traitement */
  | 'CONTROLLER'
  /** Sous-traitant */
  | 'PROCESSOR';

/** An authority, other than the CNIL, to which the breach was notified (section 14 of the form). */
export type OtherAuthority =
  /** Autorité de contrôle prudentiel et de résolution (ACPR) */
  | 'ACPR'
  /** Agence nationale de la sécurité des systèmes d’information (ANSSI) */
  | 'ANSSI'
  /** Autre autorité */
  | 'OTHER'
  /** Autre autorité de protection des données */
  | 'OTHER_DPA'
  /** Plainte pénale (procureur de la République) */
  | 'PROSECUTOR';

/** A named person of the organisation: legal representative, contact or DPO. */
export type PersonInput = {
  /** Civility (« civilité »). */
  civility?: Civility | null | undefined;
  /** Email address. */
  email?: string | null | undefined;
  /** Given name (« prénom »). */
  firstName?: string | null | undefined;
  /** Surname (« nom »). */
  lastName?: string | null | undefined;
  /** Telephone number, as written. */
  phone?: string | null | undefined;
  /** Fonction. */
  position?: string | null | undefined;
};

/** Whether the controller informs the persons of the breach (art. 34). */
export type PersonsInformationChoice =
  /** Informer les personnes */
  | 'INFORM'
  /** Ne pas informer les personnes */
  | 'NOT_INFORM';

/** The letter’s record: an omitted field stays, null clears it. Any change clears « ready ». */
export type PersonsLetterInput = {
  /** YYYY-MM-DD. */
  letterDate?: string | null | undefined;
  /** The measures taken and planned, written for the persons (art. 34(2), 33(3)(d)). */
  measuresText?: string | null | undefined;
  /** What the processor does for the controller, as the letter says it. */
  processorService?: string | null | undefined;
  /** Who signs the letter for the controller. */
  signatoryName?: string | null | undefined;
  /** The signatory’s title. */
  signatoryTitle?: string | null | undefined;
  /** The version the update was prepared against; omitted only to create the record. */
  version?: number | null | undefined;
};

/** Where an answer came from: a FactSourceType, or the organisation record, or the ingested lists. */
export type ProvenanceSource =
  /** The controller’s own assessment. */
  | 'CONTROLLER_ASSESSMENT'
  /** A forensic report. */
  | 'FORENSIC_REPORT'
  /** The organisation’s identity as recorded in the gateway. */
  | 'ORGANIZATION'
  /** The processor’s notice. */
  | 'PROCESSOR_NOTICE'
  /** A public statement. */
  | 'PUBLIC_STATEMENT'
  /** The incident’s or exposure’s own recorded fields. */
  | 'RECORD'
  /** The exact counts of the ingested lists of persons. */
  | 'SUBJECT_LISTS';

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

/** A DORA step taken for the exposure: a report to the ACPR, a notice of late reporting, or the clients informed. */
export type RecordDoraStepInput = {
  /** When it was submitted, sent or done. */
  at: string;
  /** LATE_NOTICE only: the report it concerns. */
  concerns?: DoraReport | null | undefined;
  /** The step: every intermediate report is one, the first and the updated ones. */
  kind: DoraRecordKind;
  /** LATE_NOTICE only: the reasons for the delay. */
  reasons?: string | null | undefined;
  /** The reference the authority gave, when any. */
  reference?: string | null | undefined;
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

/** One sending of the communication to the persons (art. 34), or a reminder, as it was made. */
export type RecordPersonsCommunicationInput = {
  /** How it was sent (section 13 of the form). */
  channel: CommunicationChannel;
  /** Persons it failed to reach; 0 when omitted. */
  failures?: number | null | undefined;
  /** A reminder of an earlier first communication (which must be recorded first); false when omitted. */
  isReminder?: boolean | null | undefined;
  /** Any precision worth keeping with it. */
  note?: string | null | undefined;
  /** Persons it reached, 0 or more. */
  personsReached: number;
  /** When it was sent, ISO 8601 in UTC; not in the future. */
  sentAt: string;
};

/** Autres régimes de notification */
export type Regime =
  /** DORA — incident majeur lié aux TIC (ACPR) */
  | 'DORA'
  /** NIS 2 — incident important (ANSSI) */
  | 'NIS2';

/** Whether one regulatory regime applies to the organisation, and why. */
export type RegimeScopeInput = {
  /** Whether the regime applies to the organisation. */
  inScope: boolean;
  /** Why it applies or not, e.g. the article and category relied on. */
  rationale: string;
  /** The regime (DORA, NIS 2…). */
  regime: Regime;
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

/** A new webhook. */
export type RegisterWebhookInput = {
  /** The kinds of event to receive (at least one). */
  events: Array<EventKind>;
  /** The organisation whose events it receives; default the viewer's (an admin may name any). */
  organizationId?: string | number | null | undefined;
  /** whsec_<base64 of 24 to 64 bytes>; omitted, one is generated. Returned once, never readable afterwards. */
  secret?: string | null | undefined;
  /** https URL of a public host (http or a private address only for hosts listed in WEBHOOK_ALLOW_HOSTS); no user:password@. */
  url: string;
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

/** Facts about one incident (and optionally one exposure of it) from one source. */
export type SubmitBreachFactsInput = {
  /** How sure the source is of them. */
  confidence: FactConfidence;
  /** The exposure-level facts the source states (needs exposureId); omitted fields are not stated. */
  exposureFacts?: ExposurePatch | null | undefined;
  /** Required for exposure-level facts, and for any fact a controller submits. */
  exposureId?: string | number | null | undefined;
  /** Unique per submitting organisation; a replay with the same payload returns the same submission. */
  idempotencyKey: string;
  /** The incident-level facts the source states; omitted fields are not stated. */
  incidentFacts?: IncidentPatch | null | undefined;
  /** The incident the facts are about. */
  incidentId: string | number;
  /** The source's own reference (report number, notice id…); null for none. */
  reference?: string | null | undefined;
  /** Where the facts come from; RECORD is refused. */
  sourceType: FactSourceType;
};

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

/** Changes to an incident's title and facts. */
export type UpdateIncidentInput = {
  /** The system the breach happened on; kept by the gateway, not asked by the form. */
  affectedSystem?: string | null | undefined;
  /** How the attacker got in, e.g. phished credentials; kept by the gateway, not asked by the form. */
  attackVector?: string | null | undefined;
  /** What caused the breach, as the CNIL list codes it (form section 7). */
  causes?: Array<IncidentCause> | null | undefined;
  /** The free text the form asks for beside the cause OTHER (« Autre (à préciser) »); required with it. */
  causesOther?: string | null | undefined;
  /** Free-text comment on the dates, e.g. why the start is approximate (form section 6). */
  datesComment?: string | null | undefined;
  /** Detailed description of the breach (« descriptif détaillé », form section 7, art. 33(3)(a)). */
  description?: string | null | undefined;
  /** When the source organisation detected the incident (ISO 8601, UTC), which starts a processor's duty to alert its controllers (art. 33(2)); null while unknown. */
  detectedAt?: string | null | undefined;
  /** How the breach was discovered (« circonstances de la découverte », form section 6). */
  discoveryCircumstances?: string | null | undefined;
  /** When the breach ended (ISO 8601, UTC); null while it is ongoing or the end is unknown (form section 6). */
  endAt?: string | null | undefined;
  /** The breach's natures: loss of confidentiality, integrity or availability (form section 7, art. 33(3)(a)). */
  natures?: Array<BreachNature> | null | undefined;
  /** Whether the breach is still under way (« toujours en cours », form section 6). */
  ongoing?: boolean | null | undefined;
  /** Where the breach came from, as the CNIL list codes it (form section 7). */
  origins?: Array<IncidentOrigin> | null | undefined;
  /** The free text the form asks for beside the origin OTHER (« Autre (à préciser) »); required with it. */
  originsOther?: string | null | undefined;
  /** The security measures in place before the breach (form section 9, art. 32). */
  priorSecurityMeasures?: string | null | undefined;
  /** When the breach began (ISO 8601, UTC), as precise as startPrecision says; null while unknown (form section 6). */
  startAt?: string | null | undefined;
  /** Whether the breach's start is exact, approximate or unknown (form section 6). */
  startPrecision?: DatePrecision | null | undefined;
  /** A new title; omitted leaves it unchanged, and it may not be blank. */
  title?: string | null | undefined;
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

/** Changes to an organisation (EDIT_OWN_ORGANIZATION for its own, or ADMINISTER); its registration (roles, SIREN, other identifier) is the administrator's alone. */
export type UpdateOrganizationInput = {
  /** Postal address (form section 2); replaces the whole address. */
  address?: AddressInput | null | undefined;
  /** The person the CNIL may contact about the breach (form section 4). */
  contact?: PersonInput | null | undefined;
  /** Section 4 is the legal representative: the contact is filled from legalRepresentative (its position and phone kept when the representative has none). */
  contactIsLegalRepresentative?: boolean | null | undefined;
  /** The data protection officer designated under art. 37 GDPR. */
  dpo?: PersonInput | null | undefined;
  /** The number the CNIL gave the DPO designation. */
  dpoDesignationNumber?: string | null | undefined;
  /** Number of employees (« effectif », form section 2). */
  headcount?: number | null | undefined;
  /** New legal name (« dénomination »). */
  legalName?: string | null | undefined;
  /** The legal representative (« responsable légal », form section 3). */
  legalRepresentative?: PersonInput | null | undefined;
  /** The form’s « pas de SIREN » box; ADMINISTER only. */
  noSiren?: boolean | null | undefined;
  /** The identifier given instead of a SIREN; ADMINISTER only. */
  otherIdentifier?: string | null | undefined;
  /** The kind of identifier given instead of a SIREN; ADMINISTER only. */
  otherIdentifierType?: OrganizationIdentifierType | null | undefined;
  /** Whether each regime (DORA, NIS 2…) applies, with its rationale; replaces the whole list. */
  regimes?: Array<RegimeScopeInput> | null | undefined;
  /** New capacities (controller, processor); ADMINISTER only. */
  roles?: Array<OrganizationRole> | null | undefined;
  /** Business sector (« secteur d'activité », form section 2), as free text. */
  sector?: string | null | undefined;
  /** New SIREN: 9 digits, spaces allowed, Luhn-checked; ADMINISTER only. */
  siren?: string | null | undefined;
  /** Intra-community VAT number (« N° de TVA intracommunautaire »); spaces are dropped. */
  vatNumber?: string | null | undefined;
  /** The version the update was prepared against; a stale one is a CONFLICT. */
  version?: number | null | undefined;
};

/** Changes to a webhook's URL or events; its secret stays. */
export type UpdateWebhookInput = {
  /** The new set of kinds of event. */
  events?: Array<EventKind> | null | undefined;
  /** A new URL, checked as at registration. */
  url?: string | null | undefined;
  /** The version this change was prepared against; a stale one is refused. */
  version?: number | null | undefined;
};

/** Where an answer list comes from. */
export type VocabularyOrigin =
  /** A list of the CNIL téléservice. */
  | 'CNIL_FORM'
  /** A list of the gateway itself, not the CNIL’s. */
  | 'GATEWAY';

/** What the version of an answer list rests on (see docs/vocabulary.md). */
export type VocabularyStatus =
  /** Confirmed by a dated capture of the téléservice. */
  | 'CONFIRMED'
  /** The gateway’s own list. */
  | 'GATEWAY'
  /** Rebuilt from secondary sources: no dated capture of the téléservice confirms it. */
  | 'RECONSTITUTED';

/** Narrows the delivery log. */
export type WebhookDeliveryFilter = {
  /** Deliveries in any of these statuses. */
  status?: Array<DeliveryStatus> | null | undefined;
};

/** Whether a webhook receives deliveries. */
export type WebhookStatus =
  /** Nothing is sent; its pending deliveries wait until it is enabled again. */
  | 'DISABLED'
  /** Events are delivered to it. */
  | 'ENABLED';

export type ComplianceDashboardQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  overdue?: boolean | null | undefined;
}>;


export type ComplianceDashboardQuery = { incidents: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, title: string, startAt: string | null, detectedAt: string | null, ongoing: boolean, natures: Array<BreachNature>, sourceOrganization: { id: string, legalName: string, siren: string | null }, subjectCounts: { persons: number, records: number, minors: number, duplicateReferences: number, parts: Array<{ partId: string, persons: number }> } } }> }, exposures: { totalCount: number, edges: Array<{ node: { id: string, awareAt: string | null, processorAlertedAt: string | null, approxPersons: number | null, dataCategories: Array<DataCategory>, sensitiveData: Array<SensitiveDataCategory>, incident: { id: string }, controller: { id: string, legalName: string, siren: string | null }, subjectCounts: { persons: number, records: number, minors: number }, obligations: Array<{ code: ObligationCode, authority: ObligationAuthority, party: ObligationParty, dueAt: string | null, doneAt: string | null, status: ObligationStatus }> } }> }, notifications: { totalCount: number, edges: Array<{ node: { id: string, type: NotificationType, status: NotificationStatus, number: string, cnilReference: string | null, filedAt: string | null, filedLate: boolean | null, exposure: { id: string, controller: { id: string, legalName: string } }, document: { severity: { se: number, level: SeverityLevel, levelLabel: string, art34Recommended: boolean }, deadline: { dueAt: string | null, remainingSeconds: number | null, overdue: boolean }, completeness: Array<{ code: CompletenessCode, section: number, messageFr: string, blocksReady: boolean }> } } }> }, deadlines: { totalCount: number, edges: Array<{ node: { controllerName: string, exposure: { id: string }, incident: { id: string }, notification: { id: string } | null, obligation: { code: ObligationCode, authority: ObligationAuthority, dueAt: string | null, status: ObligationStatus } } }> }, consolidatedSubjectCounts: { persons: number, records: number, minors: number, duplicateReferences: number } };

export type NotificationPdfsQueryVariables = Exact<{ [key: string]: never; }>;


export type NotificationPdfsQuery = { incidents: { edges: Array<{ node: { exposures: { edges: Array<{ node: { controller: { id: string, legalName: string, siren: string | null }, notifications: { edges: Array<{ node: { id: string, type: NotificationType, status: NotificationStatus, number: string, version: number, document: { canonicalJson: string, sha256: string, url: string, letterUrl: string, byteSize: number, pageCount: number, pdfSha256: string, letterJson: Record<string, unknown> } } }> } } }> } } }> } };

export type DownloadLinksQueryVariables = Exact<{ [key: string]: never; }>;


export type DownloadLinksQuery = { incidents: { edges: Array<{ node: { exposures: { edges: Array<{ node: { controller: { id: string }, notifications: { edges: Array<{ node: { id: string, document: { url: string, dossierUrl: string, letterUrl: string, letterDocxUrl: string, letterRecipientsUrl: string, beneficiaryLetterUrl: string } } }> } } }> } } }> }, registerDownloads: { csvUrl: string, openDataCsvUrl: string, pdfUrl: string } };

export type FactSourceFieldsFragment = { submissionId: string | null, type: FactSourceType, confidence: FactConfidence | null, reference: string | null, subject: string | null, submittedAt: string | null, organization: { id: string, legalName: string } | null };

export type FactValueFieldsFragment = { kind: FactValueKind, instant: string | null, text: string | null, texts: Array<string> | null, boolean: boolean | null, integer: number | null, code: string | null, codes: Array<string> | null };

export type IncidentFactsFieldsFragment = { startPrecision: DatePrecision | null, startAt: string | null, endAt: string | null, ongoing: boolean | null, natures: Array<BreachNature> | null, origins: Array<IncidentOrigin> | null, description: string | null };

export type ExposureFactsFieldsFragment = { awareAt: string | null, dataCategories: Array<DataCategory> | null, sensitiveData: Array<SensitiveDataCategory> | null, exposedDataItems: Array<string> | null, approxPersons: number | null, approxRecords: number | null, communicationStatus: CommunicationStatus | null };

export type SubmitBreachFactsMutationVariables = Exact<{
  input: SubmitBreachFactsInput;
}>;


export type SubmitBreachFactsMutation = { submitBreachFacts: { id: string, sourceType: FactSourceType, confidence: FactConfidence, payloadHash: string, incidentId: string, exposureId: string | null, incidentFacts: Record<string, unknown>, exposureFacts: Record<string, unknown>, statedIncidentFacts: { startPrecision: DatePrecision | null, startAt: string | null, endAt: string | null, ongoing: boolean | null, natures: Array<BreachNature> | null, origins: Array<IncidentOrigin> | null, description: string | null }, statedExposureFacts: { awareAt: string | null, dataCategories: Array<DataCategory> | null, sensitiveData: Array<SensitiveDataCategory> | null, exposedDataItems: Array<string> | null, approxPersons: number | null, approxRecords: number | null, communicationStatus: CommunicationStatus | null }, organization: { legalName: string } | null } };

export type ExposureFactsQueryVariables = Exact<{
  id: string | number;
}>;


export type ExposureFactsQuery = { exposure: { id: string, controller: { legalName: string }, factSubmissions: Array<{ id: string, sourceType: FactSourceType, organization: { legalName: string } | null, statedIncidentFacts: { startPrecision: DatePrecision | null, startAt: string | null, endAt: string | null, ongoing: boolean | null, natures: Array<BreachNature> | null, origins: Array<IncidentOrigin> | null, description: string | null }, statedExposureFacts: { awareAt: string | null, dataCategories: Array<DataCategory> | null, sensitiveData: Array<SensitiveDataCategory> | null, exposedDataItems: Array<string> | null, approxPersons: number | null, approxRecords: number | null, communicationStatus: CommunicationStatus | null } }>, facts: { fields: Array<{ field: FactField, level: FactLevel, value: unknown, conflicting: boolean, typedValue: { kind: FactValueKind, instant: string | null, text: string | null, texts: Array<string> | null, boolean: boolean | null, integer: number | null, code: string | null, codes: Array<string> | null }, source: { submissionId: string | null, type: FactSourceType, confidence: FactConfidence | null, reference: string | null, subject: string | null, submittedAt: string | null, organization: { id: string, legalName: string } | null } }>, conflicts: Array<{ field: FactField, value: unknown, typedValue: { kind: FactValueKind, instant: string | null, text: string | null, texts: Array<string> | null, boolean: boolean | null, integer: number | null, code: string | null, codes: Array<string> | null }, candidates: Array<{ value: unknown, typedValue: { kind: FactValueKind, instant: string | null, text: string | null, texts: Array<string> | null, boolean: boolean | null, integer: number | null, code: string | null, codes: Array<string> | null }, source: { submissionId: string | null, type: FactSourceType, confidence: FactConfidence | null, reference: string | null, subject: string | null, submittedAt: string | null, organization: { id: string, legalName: string } | null } }> }> } } | null };

export type FilingCopyNotificationsQueryVariables = Exact<{ [key: string]: never; }>;


export type FilingCopyNotificationsQuery = { incidents: { edges: Array<{ node: { exposures: { edges: Array<{ node: { id: string, controller: { id: string, legalName: string }, notifications: { edges: Array<{ node: { id: string, status: NotificationStatus, number: string, version: number, cnilReference: string | null, filedAt: string | null, filedBy: string | null, filingRecordedAt: string | null, recapitulatifAt: string | null, snapshotSha256: string | null, document: { sha256: string, url: string, dossierUrl: string }, recapitulatif: { sha256: string, byteSize: number, uploadedAt: string, uploadedBy: string, url: string } | null } }> } } }> } } }> } };

export type RecordAuthorityNotificationMutationVariables = Exact<{
  exposureId: string | number;
  input: AuthorityNotificationInput;
}>;


export type RecordAuthorityNotificationMutation = { recordAuthorityNotification: { id: string, exposureId: string, authority: OtherAuthority, notifiedAt: string, reference: string | null, note: string | null, recordedBy: string } };

export type FilingRecordFilingMutationVariables = Exact<{
  id: string | number;
  input: RecordFilingInput;
}>;


export type FilingRecordFilingMutation = { recordNotificationFiling: { id: string, version: number, status: NotificationStatus, filedAt: string | null, filedBy: string | null, filingRecordedAt: string | null, recapitulatifAt: string | null, snapshotSha256: string | null } };

export type FilingRecordRegisterQueryVariables = Exact<{ [key: string]: never; }>;


export type FilingRecordRegisterQuery = { register: { edges: Array<{ node: { controllerName: string, filings: Array<{ number: string, cnilReference: string | null, filedAt: string, filedBy: string | null, filingRecordedAt: string | null }> } }> } };

export type NotificationSectionQueryVariables = Exact<{
  id: string | number;
  code: FormSectionCode;
}>;


export type NotificationSectionQuery = { notification: { id: string, document: { sha256: string, canonicalJson: string, header: { schemaVersion: string, type: NotificationType, typeLabel: string, number: string | null, status: string, phase: { rank: number, final: boolean } | null, organization: { name: string, siren: string | null, otherIdentifier: { typeLabel: string, value: string } | null } }, section: { number: number, code: FormSectionCode, title: string, questions: Array<{ path: string, label: string, kind: FormQuestionKind, answer: { kind: FormQuestionKind, text: string | null, number: number | null, unit: string | null, instant: string | null, instantDisplay: string | null, multiple: boolean | null, other: string | null, options: Array<{ code: string, label: string, selected: boolean }> | null, table: { columns: Array<string>, rows: Array<Array<string>> } | null }, provenance: { source: ProvenanceSource, organizationId: string | null, submissionId: string | null, reference: string | null, confidence: FactConfidence | null } | null, missing: Array<{ code: CompletenessCode, section: number, path: string, messageFr: string, blocksReady: boolean }> }>, missing: Array<{ code: CompletenessCode, path: string, blocksReady: boolean }> } | null } } | null };

export type NotificationTypedDocumentQueryVariables = Exact<{
  id: string | number;
  path: string;
}>;


export type NotificationTypedDocumentQuery = { notification: { id: string, document: { sha256: string, letterStatus: LetterStatus, sections: Array<{ number: number, code: FormSectionCode, questions: Array<{ path: string, kind: FormQuestionKind, missing: Array<{ code: CompletenessCode, blocksReady: boolean }> }>, missing: Array<{ code: CompletenessCode, path: string }> }>, question: { path: string, label: string, kind: FormQuestionKind, answer: { kind: FormQuestionKind, number: number | null, unit: string | null }, provenance: { source: ProvenanceSource, confidence: FactConfidence | null } | null } | null, completeness: Array<{ code: CompletenessCode, section: number, path: string, blocksReady: boolean }>, severity: { method: string, methodReference: string, se: number, level: SeverityLevel, levelLabel: string, art34Recommended: boolean, decision: string, components: Array<{ code: SeverityComponentCode, label: string, value: number, justification: string }>, factors: Array<{ component: SeverityComponentCode, label: string, points: string, reason: string, sourceLabel: string }>, risk: { persons: number | null, likelihoodLabel: string | null, likelihoodReason: string | null, justification: string }, computed: { se: number, level: SeverityLevel, levelLabel: string, components: Array<{ code: SeverityComponentCode, value: number }> }, override: { reason: string, computedSe: number, computedLevelLabel: string } | null, chosen: { level: SeverityLevel, levelLabel: string, gravity: Gravity, gravityLabel: string, by: string, at: string, atDisplay: string, reason: string | null } | null, gravity: { label: string, suggestedLabel: string, reason: string | null } }, obligations: Array<{ code: ObligationCode, authority: ObligationAuthority, party: ObligationParty, status: ObligationStatus, dueAt: string | null, doneAt: string | null, rationale: string }>, letter: { variant: LetterVariant, status: LetterStatus, addressee: string, dateLine: string | null, paragraphs: Array<{ item: LetterParagraphItem, heading: string, text: string }>, completeness: Array<{ code: LetterIssueCode, blocksReady: boolean }> }, letters: Array<{ variant: LetterVariant, status: LetterStatus }> } } | null };

export type ExposureFieldsFragment = { id: string, version: number, processorAlertedAt: string | null, awareAt: string | null, dataCategories: Array<DataCategory>, sensitiveData: Array<SensitiveDataCategory>, exposedDataItems: Array<string>, notExposedDataItems: Array<string>, subjectCategories: Array<SubjectCategory>, approxPersons: number | null, approxRecords: number | null, controller: { id: string, legalName: string, siren: string | null } };

export type IncidentFieldsFragment = { id: string, version: number, title: string, startPrecision: DatePrecision, startAt: string | null, endAt: string | null, ongoing: boolean, detectedAt: string | null, natures: Array<BreachNature>, origins: Array<IncidentOrigin>, causes: Array<IncidentCause>, attackVector: string | null, sourceOrganization: { id: string, legalName: string } };

export type IncidentsQueryVariables = Exact<{
  filter?: IncidentFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type IncidentsQuery = { incidents: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, version: number, title: string, startPrecision: DatePrecision, startAt: string | null, endAt: string | null, ongoing: boolean, detectedAt: string | null, natures: Array<BreachNature>, origins: Array<IncidentOrigin>, causes: Array<IncidentCause>, attackVector: string | null, exposures: { edges: Array<{ node: { id: string, version: number, processorAlertedAt: string | null, awareAt: string | null, dataCategories: Array<DataCategory>, sensitiveData: Array<SensitiveDataCategory>, exposedDataItems: Array<string>, notExposedDataItems: Array<string>, subjectCategories: Array<SubjectCategory>, approxPersons: number | null, approxRecords: number | null, controller: { id: string, legalName: string, siren: string | null } } }> }, sourceOrganization: { id: string, legalName: string } } }> } };

export type IncidentQueryVariables = Exact<{
  id: string | number;
}>;


export type IncidentQuery = { incident: { id: string, version: number, title: string, startPrecision: DatePrecision, startAt: string | null, endAt: string | null, ongoing: boolean, detectedAt: string | null, natures: Array<BreachNature>, origins: Array<IncidentOrigin>, causes: Array<IncidentCause>, attackVector: string | null, exposures: { edges: Array<{ node: { id: string, version: number, processorAlertedAt: string | null, awareAt: string | null, dataCategories: Array<DataCategory>, sensitiveData: Array<SensitiveDataCategory>, exposedDataItems: Array<string>, notExposedDataItems: Array<string>, subjectCategories: Array<SubjectCategory>, approxPersons: number | null, approxRecords: number | null, controller: { id: string, legalName: string, siren: string | null } } }> }, sourceOrganization: { id: string, legalName: string } } | null };

export type ExposureQueryVariables = Exact<{
  id: string | number;
}>;


export type ExposureQuery = { exposure: { id: string, version: number, processorAlertedAt: string | null, awareAt: string | null, dataCategories: Array<DataCategory>, sensitiveData: Array<SensitiveDataCategory>, exposedDataItems: Array<string>, notExposedDataItems: Array<string>, subjectCategories: Array<SubjectCategory>, approxPersons: number | null, approxRecords: number | null, incident: { id: string, title: string }, controller: { id: string, legalName: string, siren: string | null } } | null };

export type CreateIncidentMutationVariables = Exact<{
  input: CreateIncidentInput;
}>;


export type CreateIncidentMutation = { createIncident: { id: string, version: number, title: string, startPrecision: DatePrecision, startAt: string | null, endAt: string | null, ongoing: boolean, detectedAt: string | null, natures: Array<BreachNature>, origins: Array<IncidentOrigin>, causes: Array<IncidentCause>, attackVector: string | null, sourceOrganization: { id: string, legalName: string } } };

export type UpdateIncidentMutationVariables = Exact<{
  id: string | number;
  input: UpdateIncidentInput;
}>;


export type UpdateIncidentMutation = { updateIncident: { id: string, version: number, title: string, startPrecision: DatePrecision, startAt: string | null, endAt: string | null, ongoing: boolean, detectedAt: string | null, natures: Array<BreachNature>, origins: Array<IncidentOrigin>, causes: Array<IncidentCause>, attackVector: string | null, sourceOrganization: { id: string, legalName: string } } };

export type CreateExposureMutationVariables = Exact<{
  input: CreateExposureInput;
}>;


export type CreateExposureMutation = { createExposure: { id: string, version: number, processorAlertedAt: string | null, awareAt: string | null, dataCategories: Array<DataCategory>, sensitiveData: Array<SensitiveDataCategory>, exposedDataItems: Array<string>, notExposedDataItems: Array<string>, subjectCategories: Array<SubjectCategory>, approxPersons: number | null, approxRecords: number | null, controller: { id: string, legalName: string, siren: string | null } } };

export type UpdateExposureMutationVariables = Exact<{
  id: string | number;
  input: UpdateExposureInput;
}>;


export type UpdateExposureMutation = { updateExposure: { id: string, version: number, processorAlertedAt: string | null, awareAt: string | null, dataCategories: Array<DataCategory>, sensitiveData: Array<SensitiveDataCategory>, exposedDataItems: Array<string>, notExposedDataItems: Array<string>, subjectCategories: Array<SubjectCategory>, approxPersons: number | null, approxRecords: number | null, controller: { id: string, legalName: string, siren: string | null } } };

export type VocabularyQueryVariables = Exact<{
  name?: string | null | undefined;
  locale?: Locale | null | undefined;
}>;


export type VocabularyQuery = { vocabulary: Array<{ name: string, title: string, version: string, origin: VocabularyOrigin, status: VocabularyStatus, statusDescription: string, capturedOn: string | null, englishTitle: string, entries: Array<{ code: string, label: string }> }> };

export type CountFieldsFragment = { persons: number, records: number, minors: number, duplicateReferences: number, parts: Array<{ partId: string, persons: number, records: number, minors: number }> };

export type SubjectCountsQueryVariables = Exact<{ [key: string]: never; }>;


export type SubjectCountsQuery = { incidents: { edges: Array<{ node: { id: string, startAt: string | null, sourceOrganization: { id: string, legalName: string }, subjectCounts: { persons: number, records: number, minors: number, duplicateReferences: number, parts: Array<{ partId: string, persons: number, records: number, minors: number }> }, exposures: { edges: Array<{ node: { id: string, controller: { id: string, siren: string | null, legalName: string }, subjectCounts: { persons: number, records: number, minors: number, duplicateReferences: number, parts: Array<{ partId: string, persons: number, records: number, minors: number }> } } }> } } }> }, consolidatedSubjectCounts: { persons: number, records: number, minors: number, duplicateReferences: number, parts: Array<{ partId: string, persons: number, records: number, minors: number }> } };

export type IngestBatchesQueryVariables = Exact<{
  incidentId: string | number;
}>;


export type IngestBatchesQuery = { ingestBatches: Array<{ id: string, status: BatchStatus, fileName: string, sha256: string | null, profile: string, onError: OnError, rowsRead: number, rowsAccepted: number, rowsRejected: number, errors: { total: number, byField: Array<{ field: string, count: number }>, first: Array<{ file: string, line: number, field: string, reason: string }> } | null, sourceOrganization: { legalName: string } }> };

export type PageFieldsFragment = { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null };

export type ListNotificationsQueryVariables = Exact<{
  filter?: NotificationFilter | null | undefined;
  orderBy?: NotificationOrder | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
}>;


export type ListNotificationsQuery = { notifications: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, number: string, type: NotificationType, status: NotificationStatus, version: number, createdAt: string, updatedAt: string, filedAt: string | null } }> } };

export type ListExposuresQueryVariables = Exact<{
  filter?: ExposureFilter | null | undefined;
  orderBy?: ExposureOrder | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
}>;


export type ListExposuresQuery = { exposures: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, createdAt: string, processorAlertedAt: string | null, controller: { id: string }, incident: { id: string, title: string } } }> } };

export type ListDeadlinesQueryVariables = Exact<{
  filter?: DeadlineFilter | null | undefined;
  orderBy?: DeadlineOrder | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
}>;


export type ListDeadlinesQuery = { deadlines: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, exposure: { id: string, controller: { id: string, legalName: string } }, incident: { id: string, title: string }, notification: { id: string, type: NotificationType, status: NotificationStatus } | null, obligation: { code: ObligationCode, authority: ObligationAuthority, party: ObligationParty, dueAt: string | null, status: ObligationStatus } } }> } };

export type ListRegisterQueryVariables = Exact<{
  filter?: RegisterFilter | null | undefined;
  orderBy?: RegisterOrder | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
}>;


export type ListRegisterQuery = { register: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ cursor: string, node: { exposureId: string, recordedAt: string, incidentTitle: string, controllerName: string, decision: RegisterDecision, awareAt: string | null } }> } };

export type IncidentExposurePageQueryVariables = Exact<{
  id: string | number;
  orderBy?: ExposureOrder | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
}>;


export type IncidentExposurePageQuery = { incident: { id: string, exposures: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, notifications: { totalCount: number, edges: Array<{ node: { id: string } }> } } }> } } | null };

export type SideBySideIncidentsQueryVariables = Exact<{
  valid: string | number;
  unknown: string | number;
  hidden: string | number;
}>;


export type SideBySideIncidentsQuery = { valid: { id: string, title: string } | null, unknown: { id: string, title: string } | null, hidden: { id: string, title: string } | null, viewer: { subject: string } };

export type NodeByIdQueryVariables = Exact<{
  id: string | number;
}>;


export type NodeByIdQuery = { node:
    | { __typename: 'Exposure', awareAt: string | null, id: string, controller: { legalName: string } }
    | { __typename: 'FactSubmission', sourceType: FactSourceType, id: string }
    | { __typename: 'Incident', title: string, id: string }
    | { __typename: 'IngestBatch', id: string, batchStatus: BatchStatus }
    | { __typename: 'Notification', status: NotificationStatus, number: string, id: string }
    | { __typename: 'Organization', legalName: string, id: string }
   | null };

export type NodesByIdsQueryVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type NodesByIdsQuery = { nodes: Array<
    | { __typename: 'Exposure', id: string }
    | { __typename: 'FactSubmission', id: string }
    | { __typename: 'Incident', id: string }
    | { __typename: 'IngestBatch', id: string }
    | { __typename: 'Notification', id: string }
    | { __typename: 'Organization', id: string }
   | null> };

export type WhoAmIQueryVariables = Exact<{ [key: string]: never; }>;


export type WhoAmIQuery = { viewer: { subject: string, organizationId: string, roles: Array<Role>, capabilities: Array<Capability>, actingCapacities: Array<OrganizationRole>, tokenExpiresAt: string | null, organization: { id: string, legalName: string } | null } };

export type NotificationFieldsFragment = { id: string, version: number, type: NotificationType, status: NotificationStatus, number: string, delayReasons: string | null, cnilReference: string | null, filedAt: string | null, filedLate: boolean | null, snapshotSha256: string | null, exposureId: string, initial: { id: string, number: string, cnilReference: string | null } | null };

export type CreateNotificationMutationVariables = Exact<{
  input: CreateNotificationInput;
}>;


export type CreateNotificationMutation = { createNotification: { id: string, version: number, type: NotificationType, status: NotificationStatus, number: string, delayReasons: string | null, cnilReference: string | null, filedAt: string | null, filedLate: boolean | null, snapshotSha256: string | null, exposureId: string, initial: { id: string, number: string, cnilReference: string | null } | null } };

export type UpdateNotificationMutationVariables = Exact<{
  id: string | number;
  input: UpdateNotificationInput;
}>;


export type UpdateNotificationMutation = { updateNotification: { id: string, version: number, type: NotificationType, status: NotificationStatus, number: string, delayReasons: string | null, cnilReference: string | null, filedAt: string | null, filedLate: boolean | null, snapshotSha256: string | null, exposureId: string, initial: { id: string, number: string, cnilReference: string | null } | null } };

export type SignOffGravityMutationVariables = Exact<{
  id: string | number;
  version: number;
  input: SignOffGravityInput;
}>;


export type SignOffGravityMutation = { signOffGravity: { gravityOverride: Gravity | null, gravitySignedOffBy: string | null, gravitySignedOffAt: string | null, id: string, version: number, type: NotificationType, status: NotificationStatus, number: string, delayReasons: string | null, cnilReference: string | null, filedAt: string | null, filedLate: boolean | null, snapshotSha256: string | null, exposureId: string, initial: { id: string, number: string, cnilReference: string | null } | null } };

export type MarkNotificationReadyMutationVariables = Exact<{
  id: string | number;
  version: number;
}>;


export type MarkNotificationReadyMutation = { markNotificationReady: { id: string, version: number, type: NotificationType, status: NotificationStatus, number: string, delayReasons: string | null, cnilReference: string | null, filedAt: string | null, filedLate: boolean | null, snapshotSha256: string | null, exposureId: string, initial: { id: string, number: string, cnilReference: string | null } | null } };

export type RecordNotificationFilingMutationVariables = Exact<{
  id: string | number;
  input: RecordFilingInput;
}>;


export type RecordNotificationFilingMutation = { recordNotificationFiling: { id: string, version: number, type: NotificationType, status: NotificationStatus, number: string, delayReasons: string | null, cnilReference: string | null, filedAt: string | null, filedLate: boolean | null, snapshotSha256: string | null, exposureId: string, initial: { id: string, number: string, cnilReference: string | null } | null } };

export type StartComplementaryNotificationMutationVariables = Exact<{
  id: string | number;
}>;


export type StartComplementaryNotificationMutation = { startComplementaryNotification: { id: string, version: number, type: NotificationType, status: NotificationStatus, number: string, delayReasons: string | null, cnilReference: string | null, filedAt: string | null, filedLate: boolean | null, snapshotSha256: string | null, exposureId: string, initial: { id: string, number: string, cnilReference: string | null } | null } };

export type NotificationDocumentQueryVariables = Exact<{
  id: string | number;
}>;


export type NotificationDocumentQuery = { notification: { id: string, version: number, type: NotificationType, status: NotificationStatus, number: string, delayReasons: string | null, cnilReference: string | null, filedAt: string | null, filedLate: boolean | null, snapshotSha256: string | null, exposureId: string, changesSinceInitial: Array<{ section: number, path: string, label: string, kind: ContentChangeKind, before: string | null, after: string | null }> | null, document: { content: Record<string, unknown>, sha256: string, severityJson: unknown, completeness: Array<{ code: CompletenessCode, section: number, path: string, messageFr: string, blocksReady: boolean }>, deadline: { dueAt: string | null, remainingSeconds: number | null, overdue: boolean }, obligations: Array<{ code: ObligationCode, authority: ObligationAuthority, party: ObligationParty, status: ObligationStatus, dueAt: string | null, rationale: string }>, letter: { variant: LetterVariant, status: LetterStatus, organization: { name: string }, paragraphs: Array<{ item: LetterParagraphItem, heading: string, text: string }> } }, initial: { id: string, number: string, cnilReference: string | null } | null } | null };

export type DeadlinesQueryVariables = Exact<{
  before?: string | null | undefined;
  overdue?: boolean | null | undefined;
}>;


export type DeadlinesQuery = { deadlines: { edges: Array<{ node: { exposureId: string, controllerName: string, obligation: { code: ObligationCode, authority: ObligationAuthority, party: ObligationParty, dueAt: string | null, doneAt: string | null, status: ObligationStatus, rationale: string } } }> } };

export type ExposureObligationsQueryVariables = Exact<{
  id: string | number;
}>;


export type ExposureObligationsQuery = { exposure: { id: string, obligations: Array<{ code: ObligationCode, authority: ObligationAuthority, basis: string, party: ObligationParty, dueAt: string | null, dueBasis: string | null, legalEnd: string | null, effectiveFrom: string | null, doneAt: string | null, status: ObligationStatus, rationale: string, rulesVersion: string }> } | null };

export type DemoNotificationsQueryVariables = Exact<{ [key: string]: never; }>;


export type DemoNotificationsQuery = { incidents: { edges: Array<{ node: { title: string, exposures: { edges: Array<{ node: { controller: { legalName: string }, notifications: { edges: Array<{ node: { type: NotificationType, status: NotificationStatus, number: string, cnilReference: string | null, filedLate: boolean | null, document: { severity: { se: number, level: SeverityLevel, levelLabel: string }, deadline: { dueAt: string | null, overdue: boolean }, completeness: Array<{ code: CompletenessCode, blocksReady: boolean }> } } }> } } }> } } }> } };

export type RegisterQueryVariables = Exact<{ [key: string]: never; }>;


export type RegisterQuery = { register: { edges: Array<{ node: { exposureId: string, incidentTitle: string, controllerName: string, decision: RegisterDecision, rationale: string, notifiedAt: string | null, cnilReference: string | null, personsBand: string | null, severityLevel: SeverityLevel } }> } };

export type OrganizationFieldsFragment = { id: string, version: number, legalName: string, siren: string | null, noSiren: boolean, otherIdentifierType: OrganizationIdentifierType | null, otherIdentifier: string | null, vatNumber: string | null, roles: Array<OrganizationRole>, sector: string | null, headcount: number | null, contactIsLegalRepresentative: boolean, dpoDesignationNumber: string | null, address: { street: string | null, postalCode: string | null, city: string | null, country: string | null }, legalRepresentative: { civility: Civility | null, firstName: string | null, lastName: string | null, email: string | null } | null, contact: { civility: Civility | null, firstName: string | null, lastName: string | null, position: string | null, email: string | null, phone: string | null } | null, dpo: { firstName: string | null, lastName: string | null, email: string | null } | null, regimes: Array<{ regime: Regime, inScope: boolean, rationale: string }> };

export type OrganizationsQueryVariables = Exact<{ [key: string]: never; }>;


export type OrganizationsQuery = { organizations: Array<{ id: string, version: number, legalName: string, siren: string | null, noSiren: boolean, otherIdentifierType: OrganizationIdentifierType | null, otherIdentifier: string | null, vatNumber: string | null, roles: Array<OrganizationRole>, sector: string | null, headcount: number | null, contactIsLegalRepresentative: boolean, dpoDesignationNumber: string | null, address: { street: string | null, postalCode: string | null, city: string | null, country: string | null }, legalRepresentative: { civility: Civility | null, firstName: string | null, lastName: string | null, email: string | null } | null, contact: { civility: Civility | null, firstName: string | null, lastName: string | null, position: string | null, email: string | null, phone: string | null } | null, dpo: { firstName: string | null, lastName: string | null, email: string | null } | null, regimes: Array<{ regime: Regime, inScope: boolean, rationale: string }> }> };

export type OrganizationQueryVariables = Exact<{
  id: string | number;
}>;


export type OrganizationQuery = { organization: { id: string, version: number, legalName: string, siren: string | null, noSiren: boolean, otherIdentifierType: OrganizationIdentifierType | null, otherIdentifier: string | null, vatNumber: string | null, roles: Array<OrganizationRole>, sector: string | null, headcount: number | null, contactIsLegalRepresentative: boolean, dpoDesignationNumber: string | null, address: { street: string | null, postalCode: string | null, city: string | null, country: string | null }, legalRepresentative: { civility: Civility | null, firstName: string | null, lastName: string | null, email: string | null } | null, contact: { civility: Civility | null, firstName: string | null, lastName: string | null, position: string | null, email: string | null, phone: string | null } | null, dpo: { firstName: string | null, lastName: string | null, email: string | null } | null, regimes: Array<{ regime: Regime, inScope: boolean, rationale: string }> } | null };

export type CreateOrganizationMutationVariables = Exact<{
  input: CreateOrganizationInput;
}>;


export type CreateOrganizationMutation = { createOrganization: { id: string, version: number, legalName: string, siren: string | null, noSiren: boolean, otherIdentifierType: OrganizationIdentifierType | null, otherIdentifier: string | null, vatNumber: string | null, roles: Array<OrganizationRole>, sector: string | null, headcount: number | null, contactIsLegalRepresentative: boolean, dpoDesignationNumber: string | null, address: { street: string | null, postalCode: string | null, city: string | null, country: string | null }, legalRepresentative: { civility: Civility | null, firstName: string | null, lastName: string | null, email: string | null } | null, contact: { civility: Civility | null, firstName: string | null, lastName: string | null, position: string | null, email: string | null, phone: string | null } | null, dpo: { firstName: string | null, lastName: string | null, email: string | null } | null, regimes: Array<{ regime: Regime, inScope: boolean, rationale: string }> } };

export type UpdateOrganizationMutationVariables = Exact<{
  id: string | number;
  input: UpdateOrganizationInput;
}>;


export type UpdateOrganizationMutation = { updateOrganization: { id: string, version: number, legalName: string, siren: string | null, noSiren: boolean, otherIdentifierType: OrganizationIdentifierType | null, otherIdentifier: string | null, vatNumber: string | null, roles: Array<OrganizationRole>, sector: string | null, headcount: number | null, contactIsLegalRepresentative: boolean, dpoDesignationNumber: string | null, address: { street: string | null, postalCode: string | null, city: string | null, country: string | null }, legalRepresentative: { civility: Civility | null, firstName: string | null, lastName: string | null, email: string | null } | null, contact: { civility: Civility | null, firstName: string | null, lastName: string | null, position: string | null, email: string | null, phone: string | null } | null, dpo: { firstName: string | null, lastName: string | null, email: string | null } | null, regimes: Array<{ regime: Regime, inScope: boolean, rationale: string }> } };

export type DeclareProcessorMutationVariables = Exact<{
  controllerId: string | number;
  processorSiren: string;
}>;


export type DeclareProcessorMutation = { declareProcessor: { id: string, legalName: string } };

export type WithdrawProcessorMutationVariables = Exact<{
  controllerId: string | number;
  processorSiren: string;
}>;


export type WithdrawProcessorMutation = { withdrawProcessor: { id: string, legalName: string } };

export type PersonsDecisionFieldsFragment = { id: string, replaces: string | null, decision: PersonsInformationChoice, ground: NonCommunicationJustification | null, reasoning: string, decidedBy: string, decidedAt: string, assessedLevel: SeverityLevel | null, communicationDueAt: string | null, targetDays: number | null, publicCommunicationAt: string | null, publicCommunicationChannel: CommunicationChannel | null, publicCommunicationReference: string | null };

export type PersonsInformationFieldsFragment = { exposureId: string, decision: { id: string, replaces: string | null, decision: PersonsInformationChoice, ground: NonCommunicationJustification | null, reasoning: string, decidedBy: string, decidedAt: string, assessedLevel: SeverityLevel | null, communicationDueAt: string | null, targetDays: number | null, publicCommunicationAt: string | null, publicCommunicationChannel: CommunicationChannel | null, publicCommunicationReference: string | null } | null, history: Array<{ id: string, replaces: string | null, decision: PersonsInformationChoice, ground: NonCommunicationJustification | null, reasoning: string, decidedBy: string, decidedAt: string, assessedLevel: SeverityLevel | null, communicationDueAt: string | null, targetDays: number | null, publicCommunicationAt: string | null, publicCommunicationChannel: CommunicationChannel | null, publicCommunicationReference: string | null }>, communications: Array<{ id: string, sentAt: string, channel: CommunicationChannel, personsReached: number, failures: number, isReminder: boolean, note: string | null, recordedBy: string, recordedAt: string }> };

export type DecidePersonsInformationMutationVariables = Exact<{
  exposureId: string | number;
  input: DecidePersonsInformationInput;
}>;


export type DecidePersonsInformationMutation = { decidePersonsInformation: { exposureId: string, decision: { id: string, replaces: string | null, decision: PersonsInformationChoice, ground: NonCommunicationJustification | null, reasoning: string, decidedBy: string, decidedAt: string, assessedLevel: SeverityLevel | null, communicationDueAt: string | null, targetDays: number | null, publicCommunicationAt: string | null, publicCommunicationChannel: CommunicationChannel | null, publicCommunicationReference: string | null } | null, history: Array<{ id: string, replaces: string | null, decision: PersonsInformationChoice, ground: NonCommunicationJustification | null, reasoning: string, decidedBy: string, decidedAt: string, assessedLevel: SeverityLevel | null, communicationDueAt: string | null, targetDays: number | null, publicCommunicationAt: string | null, publicCommunicationChannel: CommunicationChannel | null, publicCommunicationReference: string | null }>, communications: Array<{ id: string, sentAt: string, channel: CommunicationChannel, personsReached: number, failures: number, isReminder: boolean, note: string | null, recordedBy: string, recordedAt: string }> } };

export type RecordPersonsCommunicationMutationVariables = Exact<{
  exposureId: string | number;
  input: RecordPersonsCommunicationInput;
}>;


export type RecordPersonsCommunicationMutation = { recordPersonsCommunication: { exposureId: string, decision: { id: string, replaces: string | null, decision: PersonsInformationChoice, ground: NonCommunicationJustification | null, reasoning: string, decidedBy: string, decidedAt: string, assessedLevel: SeverityLevel | null, communicationDueAt: string | null, targetDays: number | null, publicCommunicationAt: string | null, publicCommunicationChannel: CommunicationChannel | null, publicCommunicationReference: string | null } | null, history: Array<{ id: string, replaces: string | null, decision: PersonsInformationChoice, ground: NonCommunicationJustification | null, reasoning: string, decidedBy: string, decidedAt: string, assessedLevel: SeverityLevel | null, communicationDueAt: string | null, targetDays: number | null, publicCommunicationAt: string | null, publicCommunicationChannel: CommunicationChannel | null, publicCommunicationReference: string | null }>, communications: Array<{ id: string, sentAt: string, channel: CommunicationChannel, personsReached: number, failures: number, isReminder: boolean, note: string | null, recordedBy: string, recordedAt: string }> } };

export type ExposurePersonsInformationQueryVariables = Exact<{
  id: string | number;
}>;


export type ExposurePersonsInformationQuery = { exposure: { id: string, personsInformation: { exposureId: string, decision: { id: string, replaces: string | null, decision: PersonsInformationChoice, ground: NonCommunicationJustification | null, reasoning: string, decidedBy: string, decidedAt: string, assessedLevel: SeverityLevel | null, communicationDueAt: string | null, targetDays: number | null, publicCommunicationAt: string | null, publicCommunicationChannel: CommunicationChannel | null, publicCommunicationReference: string | null } | null, history: Array<{ id: string, replaces: string | null, decision: PersonsInformationChoice, ground: NonCommunicationJustification | null, reasoning: string, decidedBy: string, decidedAt: string, assessedLevel: SeverityLevel | null, communicationDueAt: string | null, targetDays: number | null, publicCommunicationAt: string | null, publicCommunicationChannel: CommunicationChannel | null, publicCommunicationReference: string | null }>, communications: Array<{ id: string, sentAt: string, channel: CommunicationChannel, personsReached: number, failures: number, isReminder: boolean, note: string | null, recordedBy: string, recordedAt: string }> } | null, obligations: Array<{ code: ObligationCode, dueAt: string | null, dueBasis: string | null, doneAt: string | null, status: ObligationStatus, rationale: string }> } | null };

export type UpdatePersonsLetterMutationVariables = Exact<{
  exposureId: string | number;
  input: PersonsLetterInput;
}>;


export type UpdatePersonsLetterMutation = { updatePersonsLetter: { id: string, version: number, measuresText: string | null, processorService: string | null, signatoryName: string | null, signatoryTitle: string | null, letterDate: string | null, readyAt: string | null, readyBy: string | null, editedBy: string } };

export type MarkPersonsLetterReadyMutationVariables = Exact<{
  notificationId: string | number;
  version: number;
}>;


export type MarkPersonsLetterReadyMutation = { markPersonsLetterReady: { id: string, version: number, readyAt: string | null, readyBy: string | null } };

export type NotificationLetterQueryVariables = Exact<{
  id: string | number;
}>;


export type NotificationLetterQuery = { notification: { id: string, status: NotificationStatus, version: number, document: { letterJson: Record<string, unknown>, letterUrl: string, letterDocxUrl: string, letterRecipientsUrl: string, letterStatus: LetterStatus, letterCompleteness: Array<{ code: LetterIssueCode, messageFr: string, messageEn: string, blocksReady: boolean }> } } | null };

export type PhaseFieldsFragment = { id: string, version: number, type: NotificationType, status: NotificationStatus, number: string, rank: number | null, final: boolean, complementaryFollowUpAt: string | null, afterFinalReason: string | null, filedAt: string | null, missingItemReasons: Array<{ path: string, reason: string }>, initial: { id: string, number: string, cnilReference: string | null } | null };

export type PhaseStartComplementaryMutationVariables = Exact<{
  id: string | number;
  afterFinalReason?: string | null | undefined;
}>;


export type PhaseStartComplementaryMutation = { startComplementaryNotification: { id: string, version: number, type: NotificationType, status: NotificationStatus, number: string, rank: number | null, final: boolean, complementaryFollowUpAt: string | null, afterFinalReason: string | null, filedAt: string | null, missingItemReasons: Array<{ path: string, reason: string }>, initial: { id: string, number: string, cnilReference: string | null } | null } };

export type PhaseUpdateMutationVariables = Exact<{
  id: string | number;
  input: UpdateNotificationInput;
}>;


export type PhaseUpdateMutation = { updateNotification: { id: string, version: number, type: NotificationType, status: NotificationStatus, number: string, rank: number | null, final: boolean, complementaryFollowUpAt: string | null, afterFinalReason: string | null, filedAt: string | null, missingItemReasons: Array<{ path: string, reason: string }>, initial: { id: string, number: string, cnilReference: string | null } | null } };

export type PhaseRecordFilingMutationVariables = Exact<{
  id: string | number;
  input: RecordFilingInput;
}>;


export type PhaseRecordFilingMutation = { recordNotificationFiling: { id: string, version: number, type: NotificationType, status: NotificationStatus, number: string, rank: number | null, final: boolean, complementaryFollowUpAt: string | null, afterFinalReason: string | null, filedAt: string | null, missingItemReasons: Array<{ path: string, reason: string }>, initial: { id: string, number: string, cnilReference: string | null } | null } };

export type PhaseNotificationQueryVariables = Exact<{
  id: string | number;
}>;


export type PhaseNotificationQuery = { notification: { id: string, version: number, type: NotificationType, status: NotificationStatus, number: string, rank: number | null, final: boolean, complementaryFollowUpAt: string | null, afterFinalReason: string | null, filedAt: string | null, changesSincePrevious: Array<{ section: number, label: string, kind: ContentChangeKind, before: string | null, after: string | null }> | null, document: { url: string, content: Record<string, unknown>, completeness: Array<{ code: CompletenessCode, section: number, path: string, messageFr: string, blocksReady: boolean }> }, missingItemReasons: Array<{ path: string, reason: string }>, initial: { id: string, number: string, cnilReference: string | null } | null } | null };

export type RecordEntityFactsMutationVariables = Exact<{
  organizationId: string | number;
  input: EntityFactsInput;
}>;


export type RecordEntityFactsMutation = { recordEntityFacts: { doraCategory: DoraCategory | null, solvency2SmallUndertaking: boolean | null, doraReason: string | null, doraSystemic: boolean | null, nis2Status: Nis2Status | null, nis2Sector: string | null, nis2Reason: string | null, nis1Designated: boolean | null, recordedBy: string, recordedAt: string } };

export type OrganizationEntityFactsQueryVariables = Exact<{
  id: string | number;
}>;


export type OrganizationEntityFactsQuery = { organization: { id: string, entityFacts: { doraCategory: DoraCategory | null, doraReason: string | null, recordedBy: string } | null } | null };

export type RecordProcessingContractMutationVariables = Exact<{
  controllerId: string | number;
  processorSiren: string;
  alertHours?: number | null | undefined;
  contractReference?: string | null | undefined;
}>;


export type RecordProcessingContractMutation = { recordProcessingContract: { controllerId: string, processorId: string, alertHours: number | null, contractReference: string | null } };

export type ClassifyDoraIncidentMutationVariables = Exact<{
  exposureId: string | number;
  input: ClassifyDoraIncidentInput;
}>;


export type ClassifyDoraIncidentMutation = { classifyDoraIncident: { id: string, major: boolean, classifiedAt: string, classifiedBy: string, reason: string, criteria: Array<{ criterion: DoraCriterion, value: string }> } };

export type RecordDoraStepMutationVariables = Exact<{
  exposureId: string | number;
  input: RecordDoraStepInput;
}>;


export type RecordDoraStepMutation = { recordDoraStep: { id: string, kind: DoraRecordKind, at: string, concerns: DoraReport | null, reasons: string | null } };

export type ExposureDoraQueryVariables = Exact<{
  id: string | number;
}>;


export type ExposureDoraQuery = { exposure: { id: string, doraClassifications: Array<{ major: boolean, classifiedBy: string, criteria: Array<{ criterion: DoraCriterion, value: string }> }>, doraSteps: Array<{ kind: DoraRecordKind, at: string, concerns: DoraReport | null, reasons: string | null }> } | null };

export type RegisterDetailsQueryVariables = Exact<{ [key: string]: never; }>;


export type RegisterDetailsQuery = { register: { edges: Array<{ node: { exposureId: string, incidentTitle: string, controllerName: string, startAt: string | null, awareAt: string | null, consequences: Array<Consequence>, harms: Array<Harm>, measuresTaken: string | null, sensitiveData: Array<SensitiveDataCategory>, approxPersons: number | null, exactPersons: number | null, personsBand: string | null, severityLevel: SeverityLevel, computedSeverityLevel: SeverityLevel, severityOverrideReason: string | null, decision: RegisterDecision, decisionLabel: string, rationale: string, decidedBy: string | null, decidedAt: string | null, suggestion: string, personsSuggestion: string, personsDecision: { decision: PersonsInformationChoice, decisionLabel: string, reasoning: string, decidedBy: string, decidedAt: string } | null, decisionHistory: Array<{ decision: CnilDecision, reasoning: string, decidedBy: string }>, filings: Array<{ number: string, cnilReference: string | null, filedAt: string, type: NotificationType }> } }> } };

export type DecideCnilNotificationMutationVariables = Exact<{
  exposureId: string | number;
  input: DecideCnilNotificationInput;
}>;


export type DecideCnilNotificationMutation = { decideCnilNotification: { id: string, decision: CnilDecision, reasoning: string, decidedBy: string, decidedAt: string } };

export type MesEcheancesQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type MesEcheancesQuery = { deadlines: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, obligation: { code: ObligationCode, label: string, authority: ObligationAuthority, party: ObligationParty, status: ObligationStatus, dueAt: string | null, dueBasis: string | null, basis: string }, incident: { id: string, title: string }, exposure: { id: string, controller: { id: string, legalName: string } }, notification: { id: string, number: string, type: NotificationType, status: NotificationStatus } | null } }> } };

export type CeQuiManqueQueryVariables = Exact<{
  id: string | number;
}>;


export type CeQuiManqueQuery = { notification: { id: string, number: string, status: NotificationStatus, version: number, document: { sections: Array<{ number: number, code: FormSectionCode, title: string, questions: Array<{ path: string, label: string, missing: Array<{ code: CompletenessCode, messageFr: string, blocksReady: boolean }> }>, missing: Array<{ code: CompletenessCode, path: string, messageFr: string, blocksReady: boolean }> }> } } | null };

export type MesDepotsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type MesDepotsQuery = { notifications: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, number: string, type: NotificationType, rank: number | null, filedAt: string | null, filedBy: string | null, cnilReference: string | null, exposure: { id: string, incident: { id: string, title: string }, controller: { id: string, legalName: string } }, document: { sha256: string, url: string, letterUrl: string } } }> } };

export type NotificationChangedSubscriptionVariables = Exact<{
  notificationId?: string | number | null | undefined;
  exposureId?: string | number | null | undefined;
}>;


export type NotificationChangedSubscription = { notificationChanged: { notificationId: string, exposureId: string, incidentId: string, controllerId: string, type: string, status: NotificationStatus, version: number, complete: boolean, missing: number, blocking: number, contentSha256: string, previousStatus: NotificationStatus | null, previousVersion: number | null } };

export type DeadlineAlertsSubscriptionVariables = Exact<{
  filter?: DeadlineAlertFilter | null | undefined;
}>;


export type DeadlineAlertsSubscription = { deadlineAlerts: { alertId: string, obligationId: string, exposureId: string, incidentId: string, controllerId: string, code: string, authority: string, party: string, label: string, threshold: string, dueAt: string, firedAt: string } };

export type IngestBatchProgressSubscriptionVariables = Exact<{
  batchId?: string | number | null | undefined;
}>;


export type IngestBatchProgressSubscription = { ingestBatchProgress: { batchId: string, incidentId: string, status: BatchStatus, rowsRead: number, rowsAccepted: number, rowsRejected: number } };

export type RegisterWebhookMutationVariables = Exact<{
  input: RegisterWebhookInput;
}>;


export type RegisterWebhookMutation = { registerWebhook: { secret: string, webhook: { id: string, organizationId: string, url: string, events: Array<EventKind>, status: WebhookStatus, version: number } } };

export type WebhooksQueryVariables = Exact<{
  organizationId?: string | number | null | undefined;
}>;


export type WebhooksQuery = { webhooks: Array<{ id: string, organizationId: string, url: string, events: Array<EventKind>, status: WebhookStatus, disabledReason: string | null, disabledAt: string | null }> };

export type UpdateWebhookMutationVariables = Exact<{
  id: string | number;
  input: UpdateWebhookInput;
}>;


export type UpdateWebhookMutation = { updateWebhook: { id: string, url: string, events: Array<EventKind>, version: number } };

export type DisableWebhookMutationVariables = Exact<{
  id: string | number;
}>;


export type DisableWebhookMutation = { disableWebhook: { id: string, status: WebhookStatus, disabledReason: string | null } };

export type EnableWebhookMutationVariables = Exact<{
  id: string | number;
}>;


export type EnableWebhookMutation = { enableWebhook: { id: string, status: WebhookStatus, disabledReason: string | null } };

export type WebhookDeliveriesQueryVariables = Exact<{
  webhookId: string | number;
  filter?: WebhookDeliveryFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type WebhookDeliveriesQuery = { webhookDeliveries: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, channel: DeliveryChannel, eventId: number, kind: EventKind, status: DeliveryStatus, attempts: number, lastStatusCode: number | null, lastError: string | null, deliveredAt: string | null, attemptLog: Array<{ attemptNo: number, at: string, ok: boolean, statusCode: number | null, error: string | null, durationMs: number, replay: boolean }> } }> } };

export type ReplayWebhookDeliveryMutationVariables = Exact<{
  id: string | number;
}>;


export type ReplayWebhookDeliveryMutation = { replayWebhookDelivery: { id: string, status: DeliveryStatus } };

export type SetAlertEmailsMutationVariables = Exact<{
  organizationId: string | number;
  addresses: Array<string> | string;
}>;


export type SetAlertEmailsMutation = { setAlertEmails: { organizationId: string, addresses: Array<string> } };

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

export const FactSourceFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FactSourceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FactSource"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submissionId"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"legalName"}}]}}]}}]} as unknown as DocumentNode<FactSourceFieldsFragment, unknown>;
export const FactValueFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FactValueFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FactValue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"instant"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"texts"}},{"kind":"Field","name":{"kind":"Name","value":"boolean"}},{"kind":"Field","name":{"kind":"Name","value":"integer"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"codes"}}]}}]} as unknown as DocumentNode<FactValueFieldsFragment, unknown>;
export const IncidentFactsFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IncidentFactsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IncidentFacts"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startPrecision"}},{"kind":"Field","name":{"kind":"Name","value":"startAt"}},{"kind":"Field","name":{"kind":"Name","value":"endAt"}},{"kind":"Field","name":{"kind":"Name","value":"ongoing"}},{"kind":"Field","name":{"kind":"Name","value":"natures"}},{"kind":"Field","name":{"kind":"Name","value":"origins"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]} as unknown as DocumentNode<IncidentFactsFieldsFragment, unknown>;
export const ExposureFactsFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExposureFactsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ExposureFacts"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"awareAt"}},{"kind":"Field","name":{"kind":"Name","value":"dataCategories"}},{"kind":"Field","name":{"kind":"Name","value":"sensitiveData"}},{"kind":"Field","name":{"kind":"Name","value":"exposedDataItems"}},{"kind":"Field","name":{"kind":"Name","value":"approxPersons"}},{"kind":"Field","name":{"kind":"Name","value":"approxRecords"}},{"kind":"Field","name":{"kind":"Name","value":"communicationStatus"}}]}}]} as unknown as DocumentNode<ExposureFactsFieldsFragment, unknown>;
export const ExposureFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExposureFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Exposure"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"processorAlertedAt"}},{"kind":"Field","name":{"kind":"Name","value":"awareAt"}},{"kind":"Field","name":{"kind":"Name","value":"dataCategories"}},{"kind":"Field","name":{"kind":"Name","value":"sensitiveData"}},{"kind":"Field","name":{"kind":"Name","value":"exposedDataItems"}},{"kind":"Field","name":{"kind":"Name","value":"notExposedDataItems"}},{"kind":"Field","name":{"kind":"Name","value":"subjectCategories"}},{"kind":"Field","name":{"kind":"Name","value":"approxPersons"}},{"kind":"Field","name":{"kind":"Name","value":"approxRecords"}},{"kind":"Field","name":{"kind":"Name","value":"controller"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"legalName"}},{"kind":"Field","name":{"kind":"Name","value":"siren"}}]}}]}}]} as unknown as DocumentNode<ExposureFieldsFragment, unknown>;
export const IncidentFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IncidentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Incident"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startPrecision"}},{"kind":"Field","name":{"kind":"Name","value":"startAt"}},{"kind":"Field","name":{"kind":"Name","value":"endAt"}},{"kind":"Field","name":{"kind":"Name","value":"ongoing"}},{"kind":"Field","name":{"kind":"Name","value":"detectedAt"}},{"kind":"Field","name":{"kind":"Name","value":"natures"}},{"kind":"Field","name":{"kind":"Name","value":"origins"}},{"kind":"Field","name":{"kind":"Name","value":"causes"}},{"kind":"Field","name":{"kind":"Name","value":"attackVector"}},{"kind":"Field","name":{"kind":"Name","value":"sourceOrganization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"legalName"}}]}}]}}]} as unknown as DocumentNode<IncidentFieldsFragment, unknown>;
export const CountFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CountFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ScopedSubjectCounts"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"persons"}},{"kind":"Field","name":{"kind":"Name","value":"records"}},{"kind":"Field","name":{"kind":"Name","value":"minors"}},{"kind":"Field","name":{"kind":"Name","value":"duplicateReferences"}},{"kind":"Field","name":{"kind":"Name","value":"parts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partId"}},{"kind":"Field","name":{"kind":"Name","value":"persons"}},{"kind":"Field","name":{"kind":"Name","value":"records"}},{"kind":"Field","name":{"kind":"Name","value":"minors"}}]}}]}}]} as unknown as DocumentNode<CountFieldsFragment, unknown>;
export const PageFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]} as unknown as DocumentNode<PageFieldsFragment, unknown>;
export const NotificationFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NotificationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Notification"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"delayReasons"}},{"kind":"Field","name":{"kind":"Name","value":"cnilReference"}},{"kind":"Field","name":{"kind":"Name","value":"filedAt"}},{"kind":"Field","name":{"kind":"Name","value":"filedLate"}},{"kind":"Field","name":{"kind":"Name","value":"snapshotSha256"}},{"kind":"Field","name":{"kind":"Name","value":"exposureId"}},{"kind":"Field","name":{"kind":"Name","value":"initial"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"cnilReference"}}]}}]}}]} as unknown as DocumentNode<NotificationFieldsFragment, unknown>;
export const OrganizationFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganizationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"legalName"}},{"kind":"Field","name":{"kind":"Name","value":"siren"}},{"kind":"Field","name":{"kind":"Name","value":"noSiren"}},{"kind":"Field","name":{"kind":"Name","value":"otherIdentifierType"}},{"kind":"Field","name":{"kind":"Name","value":"otherIdentifier"}},{"kind":"Field","name":{"kind":"Name","value":"vatNumber"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"headcount"}},{"kind":"Field","name":{"kind":"Name","value":"address"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"street"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}},{"kind":"Field","name":{"kind":"Name","value":"legalRepresentative"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"civility"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contactIsLegalRepresentative"}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"civility"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dpo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dpoDesignationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"regimes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regime"}},{"kind":"Field","name":{"kind":"Name","value":"inScope"}},{"kind":"Field","name":{"kind":"Name","value":"rationale"}}]}}]}}]} as unknown as DocumentNode<OrganizationFieldsFragment, unknown>;
export const PersonsDecisionFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PersonsDecisionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PersonsInformationDecision"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"replaces"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"ground"}},{"kind":"Field","name":{"kind":"Name","value":"reasoning"}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"assessedLevel"}},{"kind":"Field","name":{"kind":"Name","value":"communicationDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"targetDays"}},{"kind":"Field","name":{"kind":"Name","value":"publicCommunicationAt"}},{"kind":"Field","name":{"kind":"Name","value":"publicCommunicationChannel"}},{"kind":"Field","name":{"kind":"Name","value":"publicCommunicationReference"}}]}}]} as unknown as DocumentNode<PersonsDecisionFieldsFragment, unknown>;
export const PersonsInformationFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PersonsInformationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PersonsInformation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exposureId"}},{"kind":"Field","name":{"kind":"Name","value":"decision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PersonsDecisionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PersonsDecisionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"communications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"personsReached"}},{"kind":"Field","name":{"kind":"Name","value":"failures"}},{"kind":"Field","name":{"kind":"Name","value":"isReminder"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PersonsDecisionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PersonsInformationDecision"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"replaces"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"ground"}},{"kind":"Field","name":{"kind":"Name","value":"reasoning"}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"assessedLevel"}},{"kind":"Field","name":{"kind":"Name","value":"communicationDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"targetDays"}},{"kind":"Field","name":{"kind":"Name","value":"publicCommunicationAt"}},{"kind":"Field","name":{"kind":"Name","value":"publicCommunicationChannel"}},{"kind":"Field","name":{"kind":"Name","value":"publicCommunicationReference"}}]}}]} as unknown as DocumentNode<PersonsInformationFieldsFragment, unknown>;
export const PhaseFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PhaseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Notification"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"final"}},{"kind":"Field","name":{"kind":"Name","value":"complementaryFollowUpAt"}},{"kind":"Field","name":{"kind":"Name","value":"afterFinalReason"}},{"kind":"Field","name":{"kind":"Name","value":"filedAt"}},{"kind":"Field","name":{"kind":"Name","value":"missingItemReasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"initial"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"cnilReference"}}]}}]}}]} as unknown as DocumentNode<PhaseFieldsFragment, unknown>;
export const WebSubjectCountsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebSubjectCounts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ScopedSubjectCounts"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"persons"}},{"kind":"Field","name":{"kind":"Name","value":"records"}},{"kind":"Field","name":{"kind":"Name","value":"duplicateReferences"}},{"kind":"Field","name":{"kind":"Name","value":"minors"}},{"kind":"Field","name":{"kind":"Name","value":"parts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partId"}},{"kind":"Field","name":{"kind":"Name","value":"persons"}},{"kind":"Field","name":{"kind":"Name","value":"records"}},{"kind":"Field","name":{"kind":"Name","value":"minors"}}]}}]}}]} as unknown as DocumentNode<WebSubjectCountsFragment, unknown>;
export const WebFactValueFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebFactValue"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FactValue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"boolean"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"codes"}},{"kind":"Field","name":{"kind":"Name","value":"instant"}},{"kind":"Field","name":{"kind":"Name","value":"integer"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"texts"}}]}}]} as unknown as DocumentNode<WebFactValueFragment, unknown>;
export const WebFactSourceFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebFactSource"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FactSource"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"legalName"}}]}}]}}]} as unknown as DocumentNode<WebFactSourceFragment, unknown>;
export const WebExposureNotificationsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebExposureNotifications"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Exposure"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notifications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]}}]} as unknown as DocumentNode<WebExposureNotificationsFragment, unknown>;
export const WebIngestBatchFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebIngestBatchFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IngestBatch"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"incidentId"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"profile"}},{"kind":"Field","name":{"kind":"Name","value":"onError"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"rowsRead"}},{"kind":"Field","name":{"kind":"Name","value":"rowsAccepted"}},{"kind":"Field","name":{"kind":"Name","value":"rowsRejected"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedBySubject"}},{"kind":"Field","name":{"kind":"Name","value":"sourceOrganization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"legalName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"byField"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"first"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"line"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]}}]} as unknown as DocumentNode<WebIngestBatchFieldsFragment, unknown>;
export const WebNotificationStateFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebNotificationState"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Notification"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]} as unknown as DocumentNode<WebNotificationStateFragment, unknown>;
export const ComplianceDashboardDocument = {"__meta__":{"hash":"sha256:9754da6d830604b9a71225b47b7eca06b34bfdf02a109aeb64e61d4866f18a6b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ComplianceDashboard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"overdue"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"incidents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startAt"}},{"kind":"Field","name":{"kind":"Name","value":"detectedAt"}},{"kind":"Field","name":{"kind":"Name","value":"ongoing"}},{"kind":"Field","name":{"kind":"Name","value":"natures"}},{"kind":"Field","name":{"kind":"Name","value":"sourceOrganization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"legalName"}},{"kind":"Field","name":{"kind":"Name","value":"siren"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subjectCounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"persons"}},{"kind":"Field","name":{"kind":"Name","value":"records"}},{"kind":"Field","name":{"kind":"Name","value":"minors"}},{"kind":"Field","name":{"kind":"Name","value":"duplicateReferences"}},{"kind":"Field","name":{"kind":"Name","value":"parts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partId"}},{"kind":"Field","name":{"kind":"Name","value":"persons"}}]}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"exposures"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"incident"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"awareAt"}},{"kind":"Field","name":{"kind":"Name","value":"processorAlertedAt"}},{"kind":"Field","name":{"kind":"Name","value":"approxPersons"}},{"kind":"Field","name":{"kind":"Name","value":"dataCategories"}},{"kind":"Field","name":{"kind":"Name","value":"sensitiveData"}},{"kind":"Field","name":{"kind":"Name","value":"controller"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"legalName"}},{"kind":"Field","name":{"kind":"Name","value":"siren"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subjectCounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"persons"}},{"kind":"Field","name":{"kind":"Name","value":"records"}},{"kind":"Field","name":{"kind":"Name","value":"minors"}}]}},{"kind":"Field","name":{"kind":"Name","value":"obligations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"authority"}},{"kind":"Field","name":{"kind":"Name","value":"party"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"doneAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"notifications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"UPDATED_AT"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"DESC"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"exposure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"controller"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"legalName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"cnilReference"}},{"kind":"Field","name":{"kind":"Name","value":"filedAt"}},{"kind":"Field","name":{"kind":"Name","value":"filedLate"}},{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"severity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"se"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"levelLabel"}},{"kind":"Field","name":{"kind":"Name","value":"art34Recommended"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deadline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"remainingSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}}]}},{"kind":"Field","name":{"kind":"Name","value":"completeness"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"section"}},{"kind":"Field","name":{"kind":"Name","value":"messageFr"}},{"kind":"Field","name":{"kind":"Name","value":"blocksReady"}}]}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"deadlines"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"overdue"},"value":{"kind":"Variable","name":{"kind":"Name","value":"overdue"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exposure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"incident"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"notification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"controllerName"}},{"kind":"Field","name":{"kind":"Name","value":"obligation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"authority"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"consolidatedSubjectCounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"persons"}},{"kind":"Field","name":{"kind":"Name","value":"records"}},{"kind":"Field","name":{"kind":"Name","value":"minors"}},{"kind":"Field","name":{"kind":"Name","value":"duplicateReferences"}}]}}]}}]} as unknown as DocumentNode<ComplianceDashboardQuery, ComplianceDashboardQueryVariables>;
export const NotificationPdfsDocument = {"__meta__":{"hash":"sha256:42ec8c22f0fe553c3535497973e140002991ed8fb8177d08026c065b764d2a2d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NotificationPdfs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"incidents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exposures"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"controller"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"legalName"}},{"kind":"Field","name":{"kind":"Name","value":"siren"}}]}},{"kind":"Field","name":{"kind":"Name","value":"notifications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"canonicalJson"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"letterUrl"}},{"kind":"Field","name":{"kind":"Name","value":"byteSize"}},{"kind":"Field","name":{"kind":"Name","value":"pageCount"}},{"kind":"Field","name":{"kind":"Name","value":"pdfSha256"}},{"kind":"Field","name":{"kind":"Name","value":"letterJson"}}]}}]}}]}}]}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<NotificationPdfsQuery, NotificationPdfsQueryVariables>;
export const DownloadLinksDocument = {"__meta__":{"hash":"sha256:d2ea114683168338ba147e67ae0774ea6fe62d2a2b6b15805c97bd0ce9f29fc9"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DownloadLinks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"incidents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exposures"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"controller"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"notifications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"dossierUrl"}},{"kind":"Field","name":{"kind":"Name","value":"letterUrl"}},{"kind":"Field","alias":{"kind":"Name","value":"beneficiaryLetterUrl"},"name":{"kind":"Name","value":"letterUrl"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"variant"},"value":{"kind":"EnumValue","value":"BENEFICIARY"}}]},{"kind":"Field","name":{"kind":"Name","value":"letterDocxUrl"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"variant"},"value":{"kind":"EnumValue","value":"MINOR_REPRESENTATIVE"}}]},{"kind":"Field","name":{"kind":"Name","value":"letterRecipientsUrl"}}]}}]}}]}}]}}]}}]}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"registerDownloads"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"csvUrl"}},{"kind":"Field","name":{"kind":"Name","value":"openDataCsvUrl"}},{"kind":"Field","name":{"kind":"Name","value":"pdfUrl"}}]}}]}}]} as unknown as DocumentNode<DownloadLinksQuery, DownloadLinksQueryVariables>;
export const SubmitBreachFactsDocument = {"__meta__":{"hash":"sha256:1362696273e974a87f150db0a59deb1a29550269a1b09e9de0645e4f313f8c8a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitBreachFacts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SubmitBreachFactsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitBreachFacts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sourceType"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}},{"kind":"Field","name":{"kind":"Name","value":"payloadHash"}},{"kind":"Field","name":{"kind":"Name","value":"incidentId"}},{"kind":"Field","name":{"kind":"Name","value":"exposureId"}},{"kind":"Field","name":{"kind":"Name","value":"incidentFacts"}},{"kind":"Field","name":{"kind":"Name","value":"exposureFacts"}},{"kind":"Field","name":{"kind":"Name","value":"statedIncidentFacts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IncidentFactsFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statedExposureFacts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExposureFactsFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"legalName"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IncidentFactsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IncidentFacts"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startPrecision"}},{"kind":"Field","name":{"kind":"Name","value":"startAt"}},{"kind":"Field","name":{"kind":"Name","value":"endAt"}},{"kind":"Field","name":{"kind":"Name","value":"ongoing"}},{"kind":"Field","name":{"kind":"Name","value":"natures"}},{"kind":"Field","name":{"kind":"Name","value":"origins"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExposureFactsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ExposureFacts"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"awareAt"}},{"kind":"Field","name":{"kind":"Name","value":"dataCategories"}},{"kind":"Field","name":{"kind":"Name","value":"sensitiveData"}},{"kind":"Field","name":{"kind":"Name","value":"exposedDataItems"}},{"kind":"Field","name":{"kind":"Name","value":"approxPersons"}},{"kind":"Field","name":{"kind":"Name","value":"approxRecords"}},{"kind":"Field","name":{"kind":"Name","value":"communicationStatus"}}]}}]} as unknown as DocumentNode<SubmitBreachFactsMutation, SubmitBreachFactsMutationVariables>;
export const ExposureFactsDocument = {"__meta__":{"hash":"sha256:5af2131f3b1817ff9c16a626ab919240200443b1f2183b76713d18d842f32fde"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExposureFacts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exposure"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"controller"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"legalName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"factSubmissions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sourceType"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"legalName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statedIncidentFacts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IncidentFactsFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statedExposureFacts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExposureFactsFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"facts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"typedValue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FactValueFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"conflicting"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FactSourceFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"conflicts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"typedValue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FactValueFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"candidates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"typedValue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FactValueFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FactSourceFields"}}]}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IncidentFactsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IncidentFacts"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startPrecision"}},{"kind":"Field","name":{"kind":"Name","value":"startAt"}},{"kind":"Field","name":{"kind":"Name","value":"endAt"}},{"kind":"Field","name":{"kind":"Name","value":"ongoing"}},{"kind":"Field","name":{"kind":"Name","value":"natures"}},{"kind":"Field","name":{"kind":"Name","value":"origins"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExposureFactsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ExposureFacts"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"awareAt"}},{"kind":"Field","name":{"kind":"Name","value":"dataCategories"}},{"kind":"Field","name":{"kind":"Name","value":"sensitiveData"}},{"kind":"Field","name":{"kind":"Name","value":"exposedDataItems"}},{"kind":"Field","name":{"kind":"Name","value":"approxPersons"}},{"kind":"Field","name":{"kind":"Name","value":"approxRecords"}},{"kind":"Field","name":{"kind":"Name","value":"communicationStatus"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FactValueFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FactValue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"instant"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"texts"}},{"kind":"Field","name":{"kind":"Name","value":"boolean"}},{"kind":"Field","name":{"kind":"Name","value":"integer"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"codes"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FactSourceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FactSource"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submissionId"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"legalName"}}]}}]}}]} as unknown as DocumentNode<ExposureFactsQuery, ExposureFactsQueryVariables>;
export const FilingCopyNotificationsDocument = {"__meta__":{"hash":"sha256:633fd2aad665396dc553e13c599152c5cf33203f569bdb3800fd247a542f139c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FilingCopyNotifications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"incidents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exposures"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"controller"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"legalName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"notifications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"cnilReference"}},{"kind":"Field","name":{"kind":"Name","value":"filedAt"}},{"kind":"Field","name":{"kind":"Name","value":"filedBy"}},{"kind":"Field","name":{"kind":"Name","value":"filingRecordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"recapitulatifAt"}},{"kind":"Field","name":{"kind":"Name","value":"snapshotSha256"}},{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sha256"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"dossierUrl"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recapitulatif"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sha256"}},{"kind":"Field","name":{"kind":"Name","value":"byteSize"}},{"kind":"Field","name":{"kind":"Name","value":"uploadedAt"}},{"kind":"Field","name":{"kind":"Name","value":"uploadedBy"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]}}]}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<FilingCopyNotificationsQuery, FilingCopyNotificationsQueryVariables>;
export const RecordAuthorityNotificationDocument = {"__meta__":{"hash":"sha256:ecb339ee34fd6a7afd0ed975ac8847393198ed5a941da98923346bfb592bc967"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordAuthorityNotification"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"exposureId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AuthorityNotificationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordAuthorityNotification"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"exposureId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"exposureId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"exposureId"}},{"kind":"Field","name":{"kind":"Name","value":"authority"}},{"kind":"Field","name":{"kind":"Name","value":"notifiedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"}}]}}]}}]} as unknown as DocumentNode<RecordAuthorityNotificationMutation, RecordAuthorityNotificationMutationVariables>;
export const FilingRecordFilingDocument = {"__meta__":{"hash":"sha256:56087c6de11aa6620367f0020dc06aca90bc064402fa1d0e81b353b52e021bbc"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FilingRecordFiling"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordFilingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordNotificationFiling"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"filedAt"}},{"kind":"Field","name":{"kind":"Name","value":"filedBy"}},{"kind":"Field","name":{"kind":"Name","value":"filingRecordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"recapitulatifAt"}},{"kind":"Field","name":{"kind":"Name","value":"snapshotSha256"}}]}}]}}]} as unknown as DocumentNode<FilingRecordFilingMutation, FilingRecordFilingMutationVariables>;
export const FilingRecordRegisterDocument = {"__meta__":{"hash":"sha256:7df560570f1541ea2c3ea18e48cd4380419c022a82b53e061f6120425cfdb57e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FilingRecordRegister"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"register"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"controllerName"}},{"kind":"Field","name":{"kind":"Name","value":"filings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"cnilReference"}},{"kind":"Field","name":{"kind":"Name","value":"filedAt"}},{"kind":"Field","name":{"kind":"Name","value":"filedBy"}},{"kind":"Field","name":{"kind":"Name","value":"filingRecordedAt"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<FilingRecordRegisterQuery, FilingRecordRegisterQueryVariables>;
export const NotificationSectionDocument = {"__meta__":{"hash":"sha256:b6ff0f276eee4adf2de60e7cea4269a3526b40e785e129b04e8d9bca0d692d1e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NotificationSection"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FormSectionCode"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notification"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sha256"}},{"kind":"Field","name":{"kind":"Name","value":"canonicalJson"}},{"kind":"Field","name":{"kind":"Name","value":"header"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"schemaVersion"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"typeLabel"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"phase"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"final"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"siren"}},{"kind":"Field","name":{"kind":"Name","value":"otherIdentifier"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"typeLabel"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"section"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"questions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"answer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"instant"}},{"kind":"Field","name":{"kind":"Name","value":"instantDisplay"}},{"kind":"Field","name":{"kind":"Name","value":"multiple"}},{"kind":"Field","name":{"kind":"Name","value":"options"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"selected"}}]}},{"kind":"Field","name":{"kind":"Name","value":"other"}},{"kind":"Field","name":{"kind":"Name","value":"table"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"columns"}},{"kind":"Field","name":{"kind":"Name","value":"rows"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"provenance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"submissionId"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}}]}},{"kind":"Field","name":{"kind":"Name","value":"missing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"section"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"messageFr"}},{"kind":"Field","name":{"kind":"Name","value":"blocksReady"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"missing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"blocksReady"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<NotificationSectionQuery, NotificationSectionQueryVariables>;
export const NotificationTypedDocumentDocument = {"__meta__":{"hash":"sha256:a2c9e5f4f8a1f5675179594b2d8b78ffd2e2d7559fc1dcbdc51632d1ed724cda"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NotificationTypedDocument"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"path"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notification"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sha256"}},{"kind":"Field","name":{"kind":"Name","value":"sections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"questions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"missing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"blocksReady"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"missing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"path"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"question"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"path"},"value":{"kind":"Variable","name":{"kind":"Name","value":"path"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"answer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"provenance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"completeness"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"section"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"blocksReady"}}]}},{"kind":"Field","name":{"kind":"Name","value":"severity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"methodReference"}},{"kind":"Field","name":{"kind":"Name","value":"se"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"levelLabel"}},{"kind":"Field","name":{"kind":"Name","value":"art34Recommended"}},{"kind":"Field","name":{"kind":"Name","value":"components"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"justification"}}]}},{"kind":"Field","name":{"kind":"Name","value":"factors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"component"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"sourceLabel"}}]}},{"kind":"Field","name":{"kind":"Name","value":"risk"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"persons"}},{"kind":"Field","name":{"kind":"Name","value":"likelihoodLabel"}},{"kind":"Field","name":{"kind":"Name","value":"likelihoodReason"}},{"kind":"Field","name":{"kind":"Name","value":"justification"}}]}},{"kind":"Field","name":{"kind":"Name","value":"computed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"se"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"levelLabel"}},{"kind":"Field","name":{"kind":"Name","value":"components"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"override"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"computedSe"}},{"kind":"Field","name":{"kind":"Name","value":"computedLevelLabel"}}]}},{"kind":"Field","name":{"kind":"Name","value":"chosen"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"levelLabel"}},{"kind":"Field","name":{"kind":"Name","value":"gravity"}},{"kind":"Field","name":{"kind":"Name","value":"gravityLabel"}},{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"atDisplay"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"gravity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"suggestedLabel"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decision"}}]}},{"kind":"Field","name":{"kind":"Name","value":"obligations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"authority"}},{"kind":"Field","name":{"kind":"Name","value":"party"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"doneAt"}},{"kind":"Field","name":{"kind":"Name","value":"rationale"}}]}},{"kind":"Field","name":{"kind":"Name","value":"letterStatus"}},{"kind":"Field","name":{"kind":"Name","value":"letter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"variant"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"addressee"}},{"kind":"Field","name":{"kind":"Name","value":"dateLine"}},{"kind":"Field","name":{"kind":"Name","value":"paragraphs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"item"}},{"kind":"Field","name":{"kind":"Name","value":"heading"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"completeness"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"blocksReady"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"letters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"variant"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]}}]} as unknown as DocumentNode<NotificationTypedDocumentQuery, NotificationTypedDocumentQueryVariables>;
export const IncidentsDocument = {"__meta__":{"hash":"sha256:ca2f31fadfc3400342946bd64acbc1a71ac676a73f2d3db2e9e09b9537713671"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Incidents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"IncidentFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"incidents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IncidentFields"}},{"kind":"Field","name":{"kind":"Name","value":"exposures"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExposureFields"}}]}}]}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IncidentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Incident"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startPrecision"}},{"kind":"Field","name":{"kind":"Name","value":"startAt"}},{"kind":"Field","name":{"kind":"Name","value":"endAt"}},{"kind":"Field","name":{"kind":"Name","value":"ongoing"}},{"kind":"Field","name":{"kind":"Name","value":"detectedAt"}},{"kind":"Field","name":{"kind":"Name","value":"natures"}},{"kind":"Field","name":{"kind":"Name","value":"origins"}},{"kind":"Field","name":{"kind":"Name","value":"causes"}},{"kind":"Field","name":{"kind":"Name","value":"attackVector"}},{"kind":"Field","name":{"kind":"Name","value":"sourceOrganization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"legalName"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExposureFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Exposure"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"processorAlertedAt"}},{"kind":"Field","name":{"kind":"Name","value":"awareAt"}},{"kind":"Field","name":{"kind":"Name","value":"dataCategories"}},{"kind":"Field","name":{"kind":"Name","value":"sensitiveData"}},{"kind":"Field","name":{"kind":"Name","value":"exposedDataItems"}},{"kind":"Field","name":{"kind":"Name","value":"notExposedDataItems"}},{"kind":"Field","name":{"kind":"Name","value":"subjectCategories"}},{"kind":"Field","name":{"kind":"Name","value":"approxPersons"}},{"kind":"Field","name":{"kind":"Name","value":"approxRecords"}},{"kind":"Field","name":{"kind":"Name","value":"controller"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"legalName"}},{"kind":"Field","name":{"kind":"Name","value":"siren"}}]}}]}}]} as unknown as DocumentNode<IncidentsQuery, IncidentsQueryVariables>;
export const IncidentDocument = {"__meta__":{"hash":"sha256:f3574938c8fc2d6cb4f1e82956f249288b827e96d608be97ade3e7c817c12c15"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Incident"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"incident"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IncidentFields"}},{"kind":"Field","name":{"kind":"Name","value":"exposures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExposureFields"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IncidentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Incident"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startPrecision"}},{"kind":"Field","name":{"kind":"Name","value":"startAt"}},{"kind":"Field","name":{"kind":"Name","value":"endAt"}},{"kind":"Field","name":{"kind":"Name","value":"ongoing"}},{"kind":"Field","name":{"kind":"Name","value":"detectedAt"}},{"kind":"Field","name":{"kind":"Name","value":"natures"}},{"kind":"Field","name":{"kind":"Name","value":"origins"}},{"kind":"Field","name":{"kind":"Name","value":"causes"}},{"kind":"Field","name":{"kind":"Name","value":"attackVector"}},{"kind":"Field","name":{"kind":"Name","value":"sourceOrganization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"legalName"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExposureFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Exposure"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"processorAlertedAt"}},{"kind":"Field","name":{"kind":"Name","value":"awareAt"}},{"kind":"Field","name":{"kind":"Name","value":"dataCategories"}},{"kind":"Field","name":{"kind":"Name","value":"sensitiveData"}},{"kind":"Field","name":{"kind":"Name","value":"exposedDataItems"}},{"kind":"Field","name":{"kind":"Name","value":"notExposedDataItems"}},{"kind":"Field","name":{"kind":"Name","value":"subjectCategories"}},{"kind":"Field","name":{"kind":"Name","value":"approxPersons"}},{"kind":"Field","name":{"kind":"Name","value":"approxRecords"}},{"kind":"Field","name":{"kind":"Name","value":"controller"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"legalName"}},{"kind":"Field","name":{"kind":"Name","value":"siren"}}]}}]}}]} as unknown as DocumentNode<IncidentQuery, IncidentQueryVariables>;
export const ExposureDocument = {"__meta__":{"hash":"sha256:900cb013f197ee85298fd81b8aac6c85115c76a02d4fb3af6012dbe696d0dbca"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Exposure"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exposure"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExposureFields"}},{"kind":"Field","name":{"kind":"Name","value":"incident"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExposureFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Exposure"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"processorAlertedAt"}},{"kind":"Field","name":{"kind":"Name","value":"awareAt"}},{"kind":"Field","name":{"kind":"Name","value":"dataCategories"}},{"kind":"Field","name":{"kind":"Name","value":"sensitiveData"}},{"kind":"Field","name":{"kind":"Name","value":"exposedDataItems"}},{"kind":"Field","name":{"kind":"Name","value":"notExposedDataItems"}},{"kind":"Field","name":{"kind":"Name","value":"subjectCategories"}},{"kind":"Field","name":{"kind":"Name","value":"approxPersons"}},{"kind":"Field","name":{"kind":"Name","value":"approxRecords"}},{"kind":"Field","name":{"kind":"Name","value":"controller"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"legalName"}},{"kind":"Field","name":{"kind":"Name","value":"siren"}}]}}]}}]} as unknown as DocumentNode<ExposureQuery, ExposureQueryVariables>;
export const CreateIncidentDocument = {"__meta__":{"hash":"sha256:9cc11ff326fd0928936d56318ecabaf5e7a7beabc1806b6d9429db5e31596ab0"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateIncident"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateIncidentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createIncident"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IncidentFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IncidentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Incident"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startPrecision"}},{"kind":"Field","name":{"kind":"Name","value":"startAt"}},{"kind":"Field","name":{"kind":"Name","value":"endAt"}},{"kind":"Field","name":{"kind":"Name","value":"ongoing"}},{"kind":"Field","name":{"kind":"Name","value":"detectedAt"}},{"kind":"Field","name":{"kind":"Name","value":"natures"}},{"kind":"Field","name":{"kind":"Name","value":"origins"}},{"kind":"Field","name":{"kind":"Name","value":"causes"}},{"kind":"Field","name":{"kind":"Name","value":"attackVector"}},{"kind":"Field","name":{"kind":"Name","value":"sourceOrganization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"legalName"}}]}}]}}]} as unknown as DocumentNode<CreateIncidentMutation, CreateIncidentMutationVariables>;
export const UpdateIncidentDocument = {"__meta__":{"hash":"sha256:eb5e3f68d8be351329bba1ec57bcb6e1b83109fbb5e11d95ae42eaf0d2ceab2c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateIncident"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateIncidentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateIncident"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IncidentFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IncidentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Incident"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startPrecision"}},{"kind":"Field","name":{"kind":"Name","value":"startAt"}},{"kind":"Field","name":{"kind":"Name","value":"endAt"}},{"kind":"Field","name":{"kind":"Name","value":"ongoing"}},{"kind":"Field","name":{"kind":"Name","value":"detectedAt"}},{"kind":"Field","name":{"kind":"Name","value":"natures"}},{"kind":"Field","name":{"kind":"Name","value":"origins"}},{"kind":"Field","name":{"kind":"Name","value":"causes"}},{"kind":"Field","name":{"kind":"Name","value":"attackVector"}},{"kind":"Field","name":{"kind":"Name","value":"sourceOrganization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"legalName"}}]}}]}}]} as unknown as DocumentNode<UpdateIncidentMutation, UpdateIncidentMutationVariables>;
export const CreateExposureDocument = {"__meta__":{"hash":"sha256:aa3f31ec4731ec170b42b9a3dfe19803fb0f2b4e015d77bfe3eee14428bae3a8"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateExposure"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateExposureInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createExposure"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExposureFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExposureFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Exposure"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"processorAlertedAt"}},{"kind":"Field","name":{"kind":"Name","value":"awareAt"}},{"kind":"Field","name":{"kind":"Name","value":"dataCategories"}},{"kind":"Field","name":{"kind":"Name","value":"sensitiveData"}},{"kind":"Field","name":{"kind":"Name","value":"exposedDataItems"}},{"kind":"Field","name":{"kind":"Name","value":"notExposedDataItems"}},{"kind":"Field","name":{"kind":"Name","value":"subjectCategories"}},{"kind":"Field","name":{"kind":"Name","value":"approxPersons"}},{"kind":"Field","name":{"kind":"Name","value":"approxRecords"}},{"kind":"Field","name":{"kind":"Name","value":"controller"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"legalName"}},{"kind":"Field","name":{"kind":"Name","value":"siren"}}]}}]}}]} as unknown as DocumentNode<CreateExposureMutation, CreateExposureMutationVariables>;
export const UpdateExposureDocument = {"__meta__":{"hash":"sha256:625702de71c7e1c076408091de89fcdfc61f43e446cb969bc854ba4ff9943060"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateExposure"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateExposureInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateExposure"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExposureFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExposureFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Exposure"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"processorAlertedAt"}},{"kind":"Field","name":{"kind":"Name","value":"awareAt"}},{"kind":"Field","name":{"kind":"Name","value":"dataCategories"}},{"kind":"Field","name":{"kind":"Name","value":"sensitiveData"}},{"kind":"Field","name":{"kind":"Name","value":"exposedDataItems"}},{"kind":"Field","name":{"kind":"Name","value":"notExposedDataItems"}},{"kind":"Field","name":{"kind":"Name","value":"subjectCategories"}},{"kind":"Field","name":{"kind":"Name","value":"approxPersons"}},{"kind":"Field","name":{"kind":"Name","value":"approxRecords"}},{"kind":"Field","name":{"kind":"Name","value":"controller"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"legalName"}},{"kind":"Field","name":{"kind":"Name","value":"siren"}}]}}]}}]} as unknown as DocumentNode<UpdateExposureMutation, UpdateExposureMutationVariables>;
export const VocabularyDocument = {"__meta__":{"hash":"sha256:8c4e9e6afcb4957eed09dc37c91d2c342d8c9893d75df1a88183805deee86c14"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Vocabulary"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"locale"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Locale"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vocabulary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"origin"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusDescription"}},{"kind":"Field","name":{"kind":"Name","value":"capturedOn"}},{"kind":"Field","alias":{"kind":"Name","value":"englishTitle"},"name":{"kind":"Name","value":"title"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"locale"},"value":{"kind":"EnumValue","value":"EN"}}]},{"kind":"Field","name":{"kind":"Name","value":"entries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"locale"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locale"}}}]}]}}]}}]}}]} as unknown as DocumentNode<VocabularyQuery, VocabularyQueryVariables>;
export const SubjectCountsDocument = {"__meta__":{"hash":"sha256:546334cfff1e68e9ceb7264c75369f0451499232d2dc0e5877686b6a36ff2a82"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SubjectCounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"incidents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startAt"}},{"kind":"Field","name":{"kind":"Name","value":"sourceOrganization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"legalName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subjectCounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CountFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"exposures"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"controller"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"siren"}},{"kind":"Field","name":{"kind":"Name","value":"legalName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subjectCounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CountFields"}}]}}]}}]}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"consolidatedSubjectCounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CountFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CountFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ScopedSubjectCounts"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"persons"}},{"kind":"Field","name":{"kind":"Name","value":"records"}},{"kind":"Field","name":{"kind":"Name","value":"minors"}},{"kind":"Field","name":{"kind":"Name","value":"duplicateReferences"}},{"kind":"Field","name":{"kind":"Name","value":"parts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partId"}},{"kind":"Field","name":{"kind":"Name","value":"persons"}},{"kind":"Field","name":{"kind":"Name","value":"records"}},{"kind":"Field","name":{"kind":"Name","value":"minors"}}]}}]}}]} as unknown as DocumentNode<SubjectCountsQuery, SubjectCountsQueryVariables>;
export const IngestBatchesDocument = {"__meta__":{"hash":"sha256:89e9831c6cd07e6384815793e8bfc2c5bd19b9f374ffed8847f2579b53e2c557"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IngestBatches"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"incidentId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ingestBatches"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"incidentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"incidentId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}},{"kind":"Field","name":{"kind":"Name","value":"profile"}},{"kind":"Field","name":{"kind":"Name","value":"onError"}},{"kind":"Field","name":{"kind":"Name","value":"rowsRead"}},{"kind":"Field","name":{"kind":"Name","value":"rowsAccepted"}},{"kind":"Field","name":{"kind":"Name","value":"rowsRejected"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"byField"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"first"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"file"}},{"kind":"Field","name":{"kind":"Name","value":"line"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"sourceOrganization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"legalName"}}]}}]}}]}}]} as unknown as DocumentNode<IngestBatchesQuery, IngestBatchesQueryVariables>;
export const ListNotificationsDocument = {"__meta__":{"hash":"sha256:1268b4a6b93a88a43542bce50737525642b371482130e7df5624bb475cd6dc57"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ListNotifications"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"NotificationFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"NotificationOrder"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notifications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"filedAt"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]} as unknown as DocumentNode<ListNotificationsQuery, ListNotificationsQueryVariables>;
export const ListExposuresDocument = {"__meta__":{"hash":"sha256:879038a45c7bc7feb97bc1bf258560c2d2d5a9c3317e5f29f231ff490895202b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ListExposures"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ExposureFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ExposureOrder"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exposures"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"processorAlertedAt"}},{"kind":"Field","name":{"kind":"Name","value":"controller"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"incident"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]} as unknown as DocumentNode<ListExposuresQuery, ListExposuresQueryVariables>;
export const ListDeadlinesDocument = {"__meta__":{"hash":"sha256:88b4fb42cebaab0347fce4246a56cf7d9e4fdb69b16dcbc726ce1cb53a187f1b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ListDeadlines"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DeadlineFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DeadlineOrder"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deadlines"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"exposure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"controller"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"legalName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"incident"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"notification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"obligation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"authority"}},{"kind":"Field","name":{"kind":"Name","value":"party"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]} as unknown as DocumentNode<ListDeadlinesQuery, ListDeadlinesQueryVariables>;
export const ListRegisterDocument = {"__meta__":{"hash":"sha256:5b15973d8eddb5277c666c95adfb2c57e3fb359b61e4e5432f787e16c9a446ff"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ListRegister"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterOrder"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"register"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exposureId"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"incidentTitle"}},{"kind":"Field","name":{"kind":"Name","value":"controllerName"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"awareAt"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]} as unknown as DocumentNode<ListRegisterQuery, ListRegisterQueryVariables>;
export const IncidentExposurePageDocument = {"__meta__":{"hash":"sha256:0ad89a020fb07b3e9cc3871cb534b17e40c91a179e6635fcd0e5e54a27566767"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IncidentExposurePage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ExposureOrder"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"incident"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"exposures"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"notifications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]} as unknown as DocumentNode<IncidentExposurePageQuery, IncidentExposurePageQueryVariables>;
export const SideBySideIncidentsDocument = {"__meta__":{"hash":"sha256:4bc3dedc722a6d880d04b06930b819edb3eb3f5658912e3da22250fd9bd6f452"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SideBySideIncidents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"valid"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"unknown"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"hidden"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"valid"},"name":{"kind":"Name","value":"incident"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"valid"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"unknown"},"name":{"kind":"Name","value":"incident"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"unknown"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"hidden"},"name":{"kind":"Name","value":"incident"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"hidden"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subject"}}]}}]}}]} as unknown as DocumentNode<SideBySideIncidentsQuery, SideBySideIncidentsQueryVariables>;
export const NodeByIdDocument = {"__meta__":{"hash":"sha256:f73a91a81e1e7211aeda470a40459925809e19c6a8c613ad9152b3e76122053d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NodeById"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Incident"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Exposure"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"awareAt"}},{"kind":"Field","name":{"kind":"Name","value":"controller"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"legalName"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"legalName"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Notification"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IngestBatch"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"batchStatus"},"name":{"kind":"Name","value":"status"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FactSubmission"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sourceType"}}]}}]}}]}}]} as unknown as DocumentNode<NodeByIdQuery, NodeByIdQueryVariables>;
export const NodesByIdsDocument = {"__meta__":{"hash":"sha256:d420e249d2371453b74c30b894f79d533948cb4920ce5745731efb4b997784cd"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NodesByIds"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<NodesByIdsQuery, NodesByIdsQueryVariables>;
export const WhoAmIDocument = {"__meta__":{"hash":"sha256:d2ddc022d0a1b07e1086caddf9dc72a887a7c847eee3224b96b051c4043e8da7"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WhoAmI"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"legalName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"capabilities"}},{"kind":"Field","name":{"kind":"Name","value":"actingCapacities"}},{"kind":"Field","name":{"kind":"Name","value":"tokenExpiresAt"}}]}}]}}]} as unknown as DocumentNode<WhoAmIQuery, WhoAmIQueryVariables>;
export const CreateNotificationDocument = {"__meta__":{"hash":"sha256:b021dcf87d503302796e7fd9e74e7d06789a6ddff99e19c7eb7b3e3bf130053f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateNotification"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateNotificationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createNotification"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NotificationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NotificationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Notification"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"delayReasons"}},{"kind":"Field","name":{"kind":"Name","value":"cnilReference"}},{"kind":"Field","name":{"kind":"Name","value":"filedAt"}},{"kind":"Field","name":{"kind":"Name","value":"filedLate"}},{"kind":"Field","name":{"kind":"Name","value":"snapshotSha256"}},{"kind":"Field","name":{"kind":"Name","value":"exposureId"}},{"kind":"Field","name":{"kind":"Name","value":"initial"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"cnilReference"}}]}}]}}]} as unknown as DocumentNode<CreateNotificationMutation, CreateNotificationMutationVariables>;
export const UpdateNotificationDocument = {"__meta__":{"hash":"sha256:0725c1b80aba3421d1b409979b84a33a507943bdffa3909b1b02f400fe2dfabd"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateNotification"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateNotificationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateNotification"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NotificationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NotificationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Notification"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"delayReasons"}},{"kind":"Field","name":{"kind":"Name","value":"cnilReference"}},{"kind":"Field","name":{"kind":"Name","value":"filedAt"}},{"kind":"Field","name":{"kind":"Name","value":"filedLate"}},{"kind":"Field","name":{"kind":"Name","value":"snapshotSha256"}},{"kind":"Field","name":{"kind":"Name","value":"exposureId"}},{"kind":"Field","name":{"kind":"Name","value":"initial"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"cnilReference"}}]}}]}}]} as unknown as DocumentNode<UpdateNotificationMutation, UpdateNotificationMutationVariables>;
export const SignOffGravityDocument = {"__meta__":{"hash":"sha256:3487d46609a3936b86192a8f32fbca9fae1d33240a831e8e411a352a960d4e83"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignOffGravity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SignOffGravityInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signOffGravity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NotificationFields"}},{"kind":"Field","name":{"kind":"Name","value":"gravityOverride"}},{"kind":"Field","name":{"kind":"Name","value":"gravitySignedOffBy"}},{"kind":"Field","name":{"kind":"Name","value":"gravitySignedOffAt"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NotificationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Notification"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"delayReasons"}},{"kind":"Field","name":{"kind":"Name","value":"cnilReference"}},{"kind":"Field","name":{"kind":"Name","value":"filedAt"}},{"kind":"Field","name":{"kind":"Name","value":"filedLate"}},{"kind":"Field","name":{"kind":"Name","value":"snapshotSha256"}},{"kind":"Field","name":{"kind":"Name","value":"exposureId"}},{"kind":"Field","name":{"kind":"Name","value":"initial"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"cnilReference"}}]}}]}}]} as unknown as DocumentNode<SignOffGravityMutation, SignOffGravityMutationVariables>;
export const MarkNotificationReadyDocument = {"__meta__":{"hash":"sha256:574ed57ed65c0a35906440982a356d546b313943fef7a48835b6dfdfc5d7f2e3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarkNotificationReady"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markNotificationReady"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NotificationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NotificationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Notification"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"delayReasons"}},{"kind":"Field","name":{"kind":"Name","value":"cnilReference"}},{"kind":"Field","name":{"kind":"Name","value":"filedAt"}},{"kind":"Field","name":{"kind":"Name","value":"filedLate"}},{"kind":"Field","name":{"kind":"Name","value":"snapshotSha256"}},{"kind":"Field","name":{"kind":"Name","value":"exposureId"}},{"kind":"Field","name":{"kind":"Name","value":"initial"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"cnilReference"}}]}}]}}]} as unknown as DocumentNode<MarkNotificationReadyMutation, MarkNotificationReadyMutationVariables>;
export const RecordNotificationFilingDocument = {"__meta__":{"hash":"sha256:0188dcc0c80b24b6d49b6a84c981e9bebdae7f407b867dafebbffb8bb33fe7b4"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordNotificationFiling"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordFilingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordNotificationFiling"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NotificationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NotificationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Notification"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"delayReasons"}},{"kind":"Field","name":{"kind":"Name","value":"cnilReference"}},{"kind":"Field","name":{"kind":"Name","value":"filedAt"}},{"kind":"Field","name":{"kind":"Name","value":"filedLate"}},{"kind":"Field","name":{"kind":"Name","value":"snapshotSha256"}},{"kind":"Field","name":{"kind":"Name","value":"exposureId"}},{"kind":"Field","name":{"kind":"Name","value":"initial"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"cnilReference"}}]}}]}}]} as unknown as DocumentNode<RecordNotificationFilingMutation, RecordNotificationFilingMutationVariables>;
export const StartComplementaryNotificationDocument = {"__meta__":{"hash":"sha256:ea5a6c04e703087e512bb515f2578514fe0b71b05c61adf204d3aa65c6a964fb"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartComplementaryNotification"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startComplementaryNotification"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NotificationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NotificationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Notification"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"delayReasons"}},{"kind":"Field","name":{"kind":"Name","value":"cnilReference"}},{"kind":"Field","name":{"kind":"Name","value":"filedAt"}},{"kind":"Field","name":{"kind":"Name","value":"filedLate"}},{"kind":"Field","name":{"kind":"Name","value":"snapshotSha256"}},{"kind":"Field","name":{"kind":"Name","value":"exposureId"}},{"kind":"Field","name":{"kind":"Name","value":"initial"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"cnilReference"}}]}}]}}]} as unknown as DocumentNode<StartComplementaryNotificationMutation, StartComplementaryNotificationMutationVariables>;
export const NotificationDocumentDocument = {"__meta__":{"hash":"sha256:47ff4ab9c9662236a8e8343385f71ed7acae769a0bc8d2f73179af297580da1a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NotificationDocument"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notification"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NotificationFields"}},{"kind":"Field","name":{"kind":"Name","value":"changesSinceInitial"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"section"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}}]}},{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}},{"kind":"Field","name":{"kind":"Name","value":"severityJson"}},{"kind":"Field","name":{"kind":"Name","value":"completeness"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"section"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"messageFr"}},{"kind":"Field","name":{"kind":"Name","value":"blocksReady"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deadline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"remainingSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}}]}},{"kind":"Field","name":{"kind":"Name","value":"obligations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"authority"}},{"kind":"Field","name":{"kind":"Name","value":"party"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"rationale"}}]}},{"kind":"Field","name":{"kind":"Name","value":"letter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"variant"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"paragraphs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"item"}},{"kind":"Field","name":{"kind":"Name","value":"heading"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NotificationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Notification"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"delayReasons"}},{"kind":"Field","name":{"kind":"Name","value":"cnilReference"}},{"kind":"Field","name":{"kind":"Name","value":"filedAt"}},{"kind":"Field","name":{"kind":"Name","value":"filedLate"}},{"kind":"Field","name":{"kind":"Name","value":"snapshotSha256"}},{"kind":"Field","name":{"kind":"Name","value":"exposureId"}},{"kind":"Field","name":{"kind":"Name","value":"initial"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"cnilReference"}}]}}]}}]} as unknown as DocumentNode<NotificationDocumentQuery, NotificationDocumentQueryVariables>;
export const DeadlinesDocument = {"__meta__":{"hash":"sha256:cb733d870379dce73032f044d0f191ed29ba68a6066e8b2476e558cb9fc8c9ad"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Deadlines"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTimeISO"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"overdue"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deadlines"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"dueBefore"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"overdue"},"value":{"kind":"Variable","name":{"kind":"Name","value":"overdue"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exposureId"}},{"kind":"Field","name":{"kind":"Name","value":"controllerName"}},{"kind":"Field","name":{"kind":"Name","value":"obligation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"authority"}},{"kind":"Field","name":{"kind":"Name","value":"party"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"doneAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"rationale"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<DeadlinesQuery, DeadlinesQueryVariables>;
export const ExposureObligationsDocument = {"__meta__":{"hash":"sha256:cb150d9d3c9b2eb090dbc2705bc5d87b8b150570fc2bbadd14f2304c95815a31"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExposureObligations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exposure"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"obligations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"authority"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"party"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueBasis"}},{"kind":"Field","name":{"kind":"Name","value":"legalEnd"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"doneAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"rationale"}},{"kind":"Field","name":{"kind":"Name","value":"rulesVersion"}}]}}]}}]}}]} as unknown as DocumentNode<ExposureObligationsQuery, ExposureObligationsQueryVariables>;
export const DemoNotificationsDocument = {"__meta__":{"hash":"sha256:1f9103b646022bb8886f605a589a389f24e7c09fca85d6f75982a7cb6223e4a0"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DemoNotifications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"incidents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"exposures"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"controller"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"legalName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"notifications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"cnilReference"}},{"kind":"Field","name":{"kind":"Name","value":"filedLate"}},{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"severity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"se"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"levelLabel"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deadline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}}]}},{"kind":"Field","name":{"kind":"Name","value":"completeness"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"blocksReady"}}]}}]}}]}}]}}]}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<DemoNotificationsQuery, DemoNotificationsQueryVariables>;
export const RegisterDocument = {"__meta__":{"hash":"sha256:ea466309b9ddaebf3a28e070c3aed0972dde7b5a2436976220c242d512d2682b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Register"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"register"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exposureId"}},{"kind":"Field","name":{"kind":"Name","value":"incidentTitle"}},{"kind":"Field","name":{"kind":"Name","value":"controllerName"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"rationale"}},{"kind":"Field","name":{"kind":"Name","value":"notifiedAt"}},{"kind":"Field","name":{"kind":"Name","value":"cnilReference"}},{"kind":"Field","name":{"kind":"Name","value":"personsBand"}},{"kind":"Field","name":{"kind":"Name","value":"severityLevel"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RegisterQuery, RegisterQueryVariables>;
export const OrganizationsDocument = {"__meta__":{"hash":"sha256:7884ec43e1b3f484fdc888b077564f7d3884130d7eb040c12dd2b1049f2326c8"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Organizations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganizationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganizationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"legalName"}},{"kind":"Field","name":{"kind":"Name","value":"siren"}},{"kind":"Field","name":{"kind":"Name","value":"noSiren"}},{"kind":"Field","name":{"kind":"Name","value":"otherIdentifierType"}},{"kind":"Field","name":{"kind":"Name","value":"otherIdentifier"}},{"kind":"Field","name":{"kind":"Name","value":"vatNumber"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"headcount"}},{"kind":"Field","name":{"kind":"Name","value":"address"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"street"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}},{"kind":"Field","name":{"kind":"Name","value":"legalRepresentative"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"civility"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contactIsLegalRepresentative"}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"civility"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dpo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dpoDesignationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"regimes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regime"}},{"kind":"Field","name":{"kind":"Name","value":"inScope"}},{"kind":"Field","name":{"kind":"Name","value":"rationale"}}]}}]}}]} as unknown as DocumentNode<OrganizationsQuery, OrganizationsQueryVariables>;
export const OrganizationDocument = {"__meta__":{"hash":"sha256:c47879ca321e16f21b807ac1ba2017a0971f177e3f3fc98a25838099d628d10a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Organization"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganizationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganizationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"legalName"}},{"kind":"Field","name":{"kind":"Name","value":"siren"}},{"kind":"Field","name":{"kind":"Name","value":"noSiren"}},{"kind":"Field","name":{"kind":"Name","value":"otherIdentifierType"}},{"kind":"Field","name":{"kind":"Name","value":"otherIdentifier"}},{"kind":"Field","name":{"kind":"Name","value":"vatNumber"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"headcount"}},{"kind":"Field","name":{"kind":"Name","value":"address"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"street"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}},{"kind":"Field","name":{"kind":"Name","value":"legalRepresentative"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"civility"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contactIsLegalRepresentative"}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"civility"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dpo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dpoDesignationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"regimes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regime"}},{"kind":"Field","name":{"kind":"Name","value":"inScope"}},{"kind":"Field","name":{"kind":"Name","value":"rationale"}}]}}]}}]} as unknown as DocumentNode<OrganizationQuery, OrganizationQueryVariables>;
export const CreateOrganizationDocument = {"__meta__":{"hash":"sha256:d33a122252271a126d5b391bfccdb79f6f4b98674c605a6b3e4f95f2cb9ba8c9"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateOrganization"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateOrganizationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createOrganization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganizationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganizationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"legalName"}},{"kind":"Field","name":{"kind":"Name","value":"siren"}},{"kind":"Field","name":{"kind":"Name","value":"noSiren"}},{"kind":"Field","name":{"kind":"Name","value":"otherIdentifierType"}},{"kind":"Field","name":{"kind":"Name","value":"otherIdentifier"}},{"kind":"Field","name":{"kind":"Name","value":"vatNumber"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"headcount"}},{"kind":"Field","name":{"kind":"Name","value":"address"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"street"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}},{"kind":"Field","name":{"kind":"Name","value":"legalRepresentative"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"civility"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contactIsLegalRepresentative"}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"civility"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dpo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dpoDesignationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"regimes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regime"}},{"kind":"Field","name":{"kind":"Name","value":"inScope"}},{"kind":"Field","name":{"kind":"Name","value":"rationale"}}]}}]}}]} as unknown as DocumentNode<CreateOrganizationMutation, CreateOrganizationMutationVariables>;
export const UpdateOrganizationDocument = {"__meta__":{"hash":"sha256:3d4ef93c4d23e18d1cdc700b31936db7058e369e7f891ee63fe4317d94b93955"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateOrganization"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateOrganizationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateOrganization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganizationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganizationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"legalName"}},{"kind":"Field","name":{"kind":"Name","value":"siren"}},{"kind":"Field","name":{"kind":"Name","value":"noSiren"}},{"kind":"Field","name":{"kind":"Name","value":"otherIdentifierType"}},{"kind":"Field","name":{"kind":"Name","value":"otherIdentifier"}},{"kind":"Field","name":{"kind":"Name","value":"vatNumber"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"headcount"}},{"kind":"Field","name":{"kind":"Name","value":"address"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"street"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}},{"kind":"Field","name":{"kind":"Name","value":"legalRepresentative"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"civility"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contactIsLegalRepresentative"}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"civility"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dpo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dpoDesignationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"regimes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regime"}},{"kind":"Field","name":{"kind":"Name","value":"inScope"}},{"kind":"Field","name":{"kind":"Name","value":"rationale"}}]}}]}}]} as unknown as DocumentNode<UpdateOrganizationMutation, UpdateOrganizationMutationVariables>;
export const DeclareProcessorDocument = {"__meta__":{"hash":"sha256:eb762a66596d484f2cc64a573ae1c9cb3d84b902d690c17561409bb1e41fe93e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeclareProcessor"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"controllerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"processorSiren"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"declareProcessor"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"controllerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"controllerId"}}},{"kind":"Argument","name":{"kind":"Name","value":"processorSiren"},"value":{"kind":"Variable","name":{"kind":"Name","value":"processorSiren"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"legalName"}}]}}]}}]} as unknown as DocumentNode<DeclareProcessorMutation, DeclareProcessorMutationVariables>;
export const WithdrawProcessorDocument = {"__meta__":{"hash":"sha256:28faba4e5f6a80e02f1b40f74fb9fe0b6ca24a418c8a3b0ad03bbfcc218380b4"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WithdrawProcessor"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"controllerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"processorSiren"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"withdrawProcessor"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"controllerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"controllerId"}}},{"kind":"Argument","name":{"kind":"Name","value":"processorSiren"},"value":{"kind":"Variable","name":{"kind":"Name","value":"processorSiren"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"legalName"}}]}}]}}]} as unknown as DocumentNode<WithdrawProcessorMutation, WithdrawProcessorMutationVariables>;
export const DecidePersonsInformationDocument = {"__meta__":{"hash":"sha256:4800d35bdd31da899459ba4e28775a09feebba0e418cf45a2c38ddbca4aded6e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DecidePersonsInformation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"exposureId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DecidePersonsInformationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decidePersonsInformation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"exposureId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"exposureId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PersonsInformationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PersonsDecisionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PersonsInformationDecision"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"replaces"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"ground"}},{"kind":"Field","name":{"kind":"Name","value":"reasoning"}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"assessedLevel"}},{"kind":"Field","name":{"kind":"Name","value":"communicationDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"targetDays"}},{"kind":"Field","name":{"kind":"Name","value":"publicCommunicationAt"}},{"kind":"Field","name":{"kind":"Name","value":"publicCommunicationChannel"}},{"kind":"Field","name":{"kind":"Name","value":"publicCommunicationReference"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PersonsInformationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PersonsInformation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exposureId"}},{"kind":"Field","name":{"kind":"Name","value":"decision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PersonsDecisionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PersonsDecisionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"communications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"personsReached"}},{"kind":"Field","name":{"kind":"Name","value":"failures"}},{"kind":"Field","name":{"kind":"Name","value":"isReminder"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}}]}}]}}]} as unknown as DocumentNode<DecidePersonsInformationMutation, DecidePersonsInformationMutationVariables>;
export const RecordPersonsCommunicationDocument = {"__meta__":{"hash":"sha256:1ab2513c66bfa3ee78a042d1f7b16d932618e3cd525a8bc74b402cb2170f69a5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordPersonsCommunication"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"exposureId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordPersonsCommunicationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordPersonsCommunication"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"exposureId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"exposureId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PersonsInformationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PersonsDecisionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PersonsInformationDecision"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"replaces"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"ground"}},{"kind":"Field","name":{"kind":"Name","value":"reasoning"}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"assessedLevel"}},{"kind":"Field","name":{"kind":"Name","value":"communicationDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"targetDays"}},{"kind":"Field","name":{"kind":"Name","value":"publicCommunicationAt"}},{"kind":"Field","name":{"kind":"Name","value":"publicCommunicationChannel"}},{"kind":"Field","name":{"kind":"Name","value":"publicCommunicationReference"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PersonsInformationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PersonsInformation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exposureId"}},{"kind":"Field","name":{"kind":"Name","value":"decision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PersonsDecisionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PersonsDecisionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"communications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"personsReached"}},{"kind":"Field","name":{"kind":"Name","value":"failures"}},{"kind":"Field","name":{"kind":"Name","value":"isReminder"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}}]}}]}}]} as unknown as DocumentNode<RecordPersonsCommunicationMutation, RecordPersonsCommunicationMutationVariables>;
export const ExposurePersonsInformationDocument = {"__meta__":{"hash":"sha256:5a1eb26493aacc9393670da511790951b57038ca10cac0ecb0e5ae4e7dc035cc"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExposurePersonsInformation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exposure"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"personsInformation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PersonsInformationFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"obligations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueBasis"}},{"kind":"Field","name":{"kind":"Name","value":"doneAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"rationale"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PersonsDecisionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PersonsInformationDecision"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"replaces"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"ground"}},{"kind":"Field","name":{"kind":"Name","value":"reasoning"}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"assessedLevel"}},{"kind":"Field","name":{"kind":"Name","value":"communicationDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"targetDays"}},{"kind":"Field","name":{"kind":"Name","value":"publicCommunicationAt"}},{"kind":"Field","name":{"kind":"Name","value":"publicCommunicationChannel"}},{"kind":"Field","name":{"kind":"Name","value":"publicCommunicationReference"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PersonsInformationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PersonsInformation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exposureId"}},{"kind":"Field","name":{"kind":"Name","value":"decision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PersonsDecisionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PersonsDecisionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"communications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"personsReached"}},{"kind":"Field","name":{"kind":"Name","value":"failures"}},{"kind":"Field","name":{"kind":"Name","value":"isReminder"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}}]}}]}}]} as unknown as DocumentNode<ExposurePersonsInformationQuery, ExposurePersonsInformationQueryVariables>;
export const UpdatePersonsLetterDocument = {"__meta__":{"hash":"sha256:0c6060d9379b503afbc63d0842cdbbd887e92a6c2f7ba84e8d358d0cb9840376"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdatePersonsLetter"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"exposureId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PersonsLetterInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updatePersonsLetter"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"exposureId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"exposureId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"measuresText"}},{"kind":"Field","name":{"kind":"Name","value":"processorService"}},{"kind":"Field","name":{"kind":"Name","value":"signatoryName"}},{"kind":"Field","name":{"kind":"Name","value":"signatoryTitle"}},{"kind":"Field","name":{"kind":"Name","value":"letterDate"}},{"kind":"Field","name":{"kind":"Name","value":"readyAt"}},{"kind":"Field","name":{"kind":"Name","value":"readyBy"}},{"kind":"Field","name":{"kind":"Name","value":"editedBy"}}]}}]}}]} as unknown as DocumentNode<UpdatePersonsLetterMutation, UpdatePersonsLetterMutationVariables>;
export const MarkPersonsLetterReadyDocument = {"__meta__":{"hash":"sha256:6f83ea57b0c85748ba4ed8ce1f588c4ca20757c9772ffc8d567218fa79b77bd8"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarkPersonsLetterReady"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"notificationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markPersonsLetterReady"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"notificationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"notificationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"readyAt"}},{"kind":"Field","name":{"kind":"Name","value":"readyBy"}}]}}]}}]} as unknown as DocumentNode<MarkPersonsLetterReadyMutation, MarkPersonsLetterReadyMutationVariables>;
export const NotificationLetterDocument = {"__meta__":{"hash":"sha256:5926635b243e532ea50c077f16b0e922ceb1a13336e7b40d82a2c5227dcd1f17"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NotificationLetter"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notification"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"letterJson"}},{"kind":"Field","name":{"kind":"Name","value":"letterUrl"}},{"kind":"Field","name":{"kind":"Name","value":"letterDocxUrl"}},{"kind":"Field","name":{"kind":"Name","value":"letterRecipientsUrl"}},{"kind":"Field","name":{"kind":"Name","value":"letterStatus"}},{"kind":"Field","name":{"kind":"Name","value":"letterCompleteness"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"messageFr"}},{"kind":"Field","name":{"kind":"Name","value":"messageEn"}},{"kind":"Field","name":{"kind":"Name","value":"blocksReady"}}]}}]}}]}}]}}]} as unknown as DocumentNode<NotificationLetterQuery, NotificationLetterQueryVariables>;
export const PhaseStartComplementaryDocument = {"__meta__":{"hash":"sha256:3b8846b8dea56f66f7385b3c37792cc3a3d8e30a13dc807aa9754371dc933fbf"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PhaseStartComplementary"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"afterFinalReason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startComplementaryNotification"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"afterFinalReason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"afterFinalReason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PhaseFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PhaseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Notification"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"final"}},{"kind":"Field","name":{"kind":"Name","value":"complementaryFollowUpAt"}},{"kind":"Field","name":{"kind":"Name","value":"afterFinalReason"}},{"kind":"Field","name":{"kind":"Name","value":"filedAt"}},{"kind":"Field","name":{"kind":"Name","value":"missingItemReasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"initial"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"cnilReference"}}]}}]}}]} as unknown as DocumentNode<PhaseStartComplementaryMutation, PhaseStartComplementaryMutationVariables>;
export const PhaseUpdateDocument = {"__meta__":{"hash":"sha256:d6b5e0538439d55982d86f3b17ec45cde5d258be674dccdd481cd851c97a55e7"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PhaseUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateNotificationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateNotification"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PhaseFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PhaseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Notification"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"final"}},{"kind":"Field","name":{"kind":"Name","value":"complementaryFollowUpAt"}},{"kind":"Field","name":{"kind":"Name","value":"afterFinalReason"}},{"kind":"Field","name":{"kind":"Name","value":"filedAt"}},{"kind":"Field","name":{"kind":"Name","value":"missingItemReasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"initial"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"cnilReference"}}]}}]}}]} as unknown as DocumentNode<PhaseUpdateMutation, PhaseUpdateMutationVariables>;
export const PhaseRecordFilingDocument = {"__meta__":{"hash":"sha256:9ed20bbd15872087d5926b5ff787cc26770114a789033f979f43bd8a53b5bf0e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PhaseRecordFiling"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordFilingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordNotificationFiling"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PhaseFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PhaseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Notification"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"final"}},{"kind":"Field","name":{"kind":"Name","value":"complementaryFollowUpAt"}},{"kind":"Field","name":{"kind":"Name","value":"afterFinalReason"}},{"kind":"Field","name":{"kind":"Name","value":"filedAt"}},{"kind":"Field","name":{"kind":"Name","value":"missingItemReasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"initial"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"cnilReference"}}]}}]}}]} as unknown as DocumentNode<PhaseRecordFilingMutation, PhaseRecordFilingMutationVariables>;
export const PhaseNotificationDocument = {"__meta__":{"hash":"sha256:30dde1f970069bb89bacb46d0ff51c035d0f2cfab2c9e84a58036d71a87b110c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PhaseNotification"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notification"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PhaseFields"}},{"kind":"Field","name":{"kind":"Name","value":"changesSincePrevious"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"section"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}}]}},{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"completeness"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"section"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"messageFr"}},{"kind":"Field","name":{"kind":"Name","value":"blocksReady"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PhaseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Notification"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"final"}},{"kind":"Field","name":{"kind":"Name","value":"complementaryFollowUpAt"}},{"kind":"Field","name":{"kind":"Name","value":"afterFinalReason"}},{"kind":"Field","name":{"kind":"Name","value":"filedAt"}},{"kind":"Field","name":{"kind":"Name","value":"missingItemReasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"initial"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"cnilReference"}}]}}]}}]} as unknown as DocumentNode<PhaseNotificationQuery, PhaseNotificationQueryVariables>;
export const RecordEntityFactsDocument = {"__meta__":{"hash":"sha256:39fba44017093033c6239b24eb2ac034a2754a70f5d7303b32e20d2f5fbcc8fd"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordEntityFacts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EntityFactsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordEntityFacts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"organizationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"doraCategory"}},{"kind":"Field","name":{"kind":"Name","value":"solvency2SmallUndertaking"}},{"kind":"Field","name":{"kind":"Name","value":"doraReason"}},{"kind":"Field","name":{"kind":"Name","value":"doraSystemic"}},{"kind":"Field","name":{"kind":"Name","value":"nis2Status"}},{"kind":"Field","name":{"kind":"Name","value":"nis2Sector"}},{"kind":"Field","name":{"kind":"Name","value":"nis2Reason"}},{"kind":"Field","name":{"kind":"Name","value":"nis1Designated"}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}}]}}]}}]} as unknown as DocumentNode<RecordEntityFactsMutation, RecordEntityFactsMutationVariables>;
export const OrganizationEntityFactsDocument = {"__meta__":{"hash":"sha256:ddbdc73d5d006bdf9407888ceca1fccff10958f8868d061f02ce74ae45484943"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrganizationEntityFacts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"entityFacts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"doraCategory"}},{"kind":"Field","name":{"kind":"Name","value":"doraReason"}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"}}]}}]}}]}}]} as unknown as DocumentNode<OrganizationEntityFactsQuery, OrganizationEntityFactsQueryVariables>;
export const RecordProcessingContractDocument = {"__meta__":{"hash":"sha256:bb548073359895695aab803b43f330666e61a10e560d4a67168f0213bf935a9b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordProcessingContract"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"controllerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"processorSiren"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"alertHours"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"contractReference"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordProcessingContract"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"controllerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"controllerId"}}},{"kind":"Argument","name":{"kind":"Name","value":"processorSiren"},"value":{"kind":"Variable","name":{"kind":"Name","value":"processorSiren"}}},{"kind":"Argument","name":{"kind":"Name","value":"alertHours"},"value":{"kind":"Variable","name":{"kind":"Name","value":"alertHours"}}},{"kind":"Argument","name":{"kind":"Name","value":"contractReference"},"value":{"kind":"Variable","name":{"kind":"Name","value":"contractReference"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"controllerId"}},{"kind":"Field","name":{"kind":"Name","value":"processorId"}},{"kind":"Field","name":{"kind":"Name","value":"alertHours"}},{"kind":"Field","name":{"kind":"Name","value":"contractReference"}}]}}]}}]} as unknown as DocumentNode<RecordProcessingContractMutation, RecordProcessingContractMutationVariables>;
export const ClassifyDoraIncidentDocument = {"__meta__":{"hash":"sha256:80b308c4a9a63c1c2c047066ca5541128c4dac33cca9bedba96bd3cf5d28f516"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ClassifyDoraIncident"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"exposureId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ClassifyDoraIncidentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"classifyDoraIncident"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"exposureId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"exposureId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"major"}},{"kind":"Field","name":{"kind":"Name","value":"classifiedAt"}},{"kind":"Field","name":{"kind":"Name","value":"classifiedBy"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"criteria"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"criterion"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]} as unknown as DocumentNode<ClassifyDoraIncidentMutation, ClassifyDoraIncidentMutationVariables>;
export const RecordDoraStepDocument = {"__meta__":{"hash":"sha256:007b6aef8a63bbcaba508183f02eab6779bf78839134bb7c78f1deb24c0ffc78"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordDoraStep"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"exposureId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordDoraStepInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordDoraStep"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"exposureId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"exposureId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"concerns"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"}}]}}]}}]} as unknown as DocumentNode<RecordDoraStepMutation, RecordDoraStepMutationVariables>;
export const ExposureDoraDocument = {"__meta__":{"hash":"sha256:a05e104fea5c52b88e86bb4ee2cef48399694275b828618c6d2d092d49b59114"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExposureDora"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exposure"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"doraClassifications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"major"}},{"kind":"Field","name":{"kind":"Name","value":"classifiedBy"}},{"kind":"Field","name":{"kind":"Name","value":"criteria"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"criterion"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"doraSteps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"concerns"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"}}]}}]}}]}}]} as unknown as DocumentNode<ExposureDoraQuery, ExposureDoraQueryVariables>;
export const RegisterDetailsDocument = {"__meta__":{"hash":"sha256:ee1b5d4555ba5f9258f0657a647bc52c71b21ece12c9dff4e2bbe2cd619c3bc6"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RegisterDetails"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"register"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exposureId"}},{"kind":"Field","name":{"kind":"Name","value":"incidentTitle"}},{"kind":"Field","name":{"kind":"Name","value":"controllerName"}},{"kind":"Field","name":{"kind":"Name","value":"startAt"}},{"kind":"Field","name":{"kind":"Name","value":"awareAt"}},{"kind":"Field","name":{"kind":"Name","value":"consequences"}},{"kind":"Field","name":{"kind":"Name","value":"harms"}},{"kind":"Field","name":{"kind":"Name","value":"measuresTaken"}},{"kind":"Field","name":{"kind":"Name","value":"sensitiveData"}},{"kind":"Field","name":{"kind":"Name","value":"approxPersons"}},{"kind":"Field","name":{"kind":"Name","value":"exactPersons"}},{"kind":"Field","name":{"kind":"Name","value":"personsBand"}},{"kind":"Field","name":{"kind":"Name","value":"severityLevel"}},{"kind":"Field","name":{"kind":"Name","value":"computedSeverityLevel"}},{"kind":"Field","name":{"kind":"Name","value":"severityOverrideReason"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"decisionLabel"}},{"kind":"Field","name":{"kind":"Name","value":"rationale"}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"suggestion"}},{"kind":"Field","name":{"kind":"Name","value":"personsSuggestion"}},{"kind":"Field","name":{"kind":"Name","value":"personsDecision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"decisionLabel"}},{"kind":"Field","name":{"kind":"Name","value":"reasoning"}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decisionHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"reasoning"}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"}}]}},{"kind":"Field","name":{"kind":"Name","value":"filings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"cnilReference"}},{"kind":"Field","name":{"kind":"Name","value":"filedAt"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<RegisterDetailsQuery, RegisterDetailsQueryVariables>;
export const DecideCnilNotificationDocument = {"__meta__":{"hash":"sha256:4f8774731e17654c17871751a625c0e97d7016d09c25cd8e1c8b36816b972f72"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DecideCnilNotification"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"exposureId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DecideCnilNotificationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decideCnilNotification"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"exposureId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"exposureId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"reasoning"}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}}]}}]}}]} as unknown as DocumentNode<DecideCnilNotificationMutation, DecideCnilNotificationMutationVariables>;
export const MesEcheancesDocument = {"__meta__":{"hash":"sha256:2954b930ae46de0ae1644c965929ebc72c86d6be4c02169897fcdd57ae7251d9"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MesEcheances"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"50"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deadlines"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"PENDING"},{"kind":"EnumValue","value":"OVERDUE"},{"kind":"EnumValue","value":"TO_CLASSIFY"}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"DUE_AT"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"ASC"}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"obligation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"authority"}},{"kind":"Field","name":{"kind":"Name","value":"party"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueBasis"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}}]}},{"kind":"Field","name":{"kind":"Name","value":"incident"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"exposure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"controller"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"legalName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"notification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<MesEcheancesQuery, MesEcheancesQueryVariables>;
export const CeQuiManqueDocument = {"__meta__":{"hash":"sha256:205e2af7d21eec64b1249a5505636f7bd37f668fb2e42a450d4c5f8174920413"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CeQuiManque"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notification"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sections"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"missingOnly"},"value":{"kind":"BooleanValue","value":true}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"questions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"missing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"messageFr"}},{"kind":"Field","name":{"kind":"Name","value":"blocksReady"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"missing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"messageFr"}},{"kind":"Field","name":{"kind":"Name","value":"blocksReady"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CeQuiManqueQuery, CeQuiManqueQueryVariables>;
export const MesDepotsDocument = {"__meta__":{"hash":"sha256:70a487486d5ab1b3d35bd6faa901fcc71023256cc4156fa999ed8887096a1532"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MesDepots"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"20"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notifications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"FILED"}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"FILED_AT"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"DESC"}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"filedAt"}},{"kind":"Field","name":{"kind":"Name","value":"filedBy"}},{"kind":"Field","name":{"kind":"Name","value":"cnilReference"}},{"kind":"Field","name":{"kind":"Name","value":"exposure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"incident"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"controller"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"legalName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sha256"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"letterUrl"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<MesDepotsQuery, MesDepotsQueryVariables>;
export const NotificationChangedDocument = {"__meta__":{"hash":"sha256:41b65af2c5bb50c9bb085dbe9ee7d3409d9b7f7af5ef646f66b8136ec9423d57"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"NotificationChanged"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"notificationId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"exposureId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notificationChanged"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"notificationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"notificationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"exposureId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"exposureId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notificationId"}},{"kind":"Field","name":{"kind":"Name","value":"exposureId"}},{"kind":"Field","name":{"kind":"Name","value":"incidentId"}},{"kind":"Field","name":{"kind":"Name","value":"controllerId"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"complete"}},{"kind":"Field","name":{"kind":"Name","value":"missing"}},{"kind":"Field","name":{"kind":"Name","value":"blocking"}},{"kind":"Field","name":{"kind":"Name","value":"contentSha256"}},{"kind":"Field","name":{"kind":"Name","value":"previousStatus"}},{"kind":"Field","name":{"kind":"Name","value":"previousVersion"}}]}}]}}]} as unknown as DocumentNode<NotificationChangedSubscription, NotificationChangedSubscriptionVariables>;
export const DeadlineAlertsDocument = {"__meta__":{"hash":"sha256:caca4490fe4954bec494044cafae02a9500ed303d6a0b8812d23c1f2b735ba3e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"DeadlineAlerts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DeadlineAlertFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deadlineAlerts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"alertId"}},{"kind":"Field","name":{"kind":"Name","value":"obligationId"}},{"kind":"Field","name":{"kind":"Name","value":"exposureId"}},{"kind":"Field","name":{"kind":"Name","value":"incidentId"}},{"kind":"Field","name":{"kind":"Name","value":"controllerId"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"authority"}},{"kind":"Field","name":{"kind":"Name","value":"party"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"firedAt"}}]}}]}}]} as unknown as DocumentNode<DeadlineAlertsSubscription, DeadlineAlertsSubscriptionVariables>;
export const IngestBatchProgressDocument = {"__meta__":{"hash":"sha256:c68b4fffd615e0f0e73deacdba1e9a6fb35173a26f36d5855cd560b5357c2240"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"IngestBatchProgress"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"batchId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ingestBatchProgress"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"batchId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"batchId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"batchId"}},{"kind":"Field","name":{"kind":"Name","value":"incidentId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"rowsRead"}},{"kind":"Field","name":{"kind":"Name","value":"rowsAccepted"}},{"kind":"Field","name":{"kind":"Name","value":"rowsRejected"}}]}}]}}]} as unknown as DocumentNode<IngestBatchProgressSubscription, IngestBatchProgressSubscriptionVariables>;
export const RegisterWebhookDocument = {"__meta__":{"hash":"sha256:a4aca5e1761cfb526280e3d4d68352a3daecaa8af110abff4b89c495b1991609"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegisterWebhook"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterWebhookInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerWebhook"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"webhook"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"events"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]}}]} as unknown as DocumentNode<RegisterWebhookMutation, RegisterWebhookMutationVariables>;
export const WebhooksDocument = {"__meta__":{"hash":"sha256:1f4dee6a58f66afd9af6a1dd6c34d7053e280e0034a9e9d8d4965fddef3ec964"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Webhooks"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"webhooks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"organizationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"events"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"disabledReason"}},{"kind":"Field","name":{"kind":"Name","value":"disabledAt"}}]}}]}}]} as unknown as DocumentNode<WebhooksQuery, WebhooksQueryVariables>;
export const UpdateWebhookDocument = {"__meta__":{"hash":"sha256:f9f4ae84f1b6a2dadf10d008268a550060de6230fae095c01d4c0b34082eaf9d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateWebhook"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateWebhookInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateWebhook"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"events"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<UpdateWebhookMutation, UpdateWebhookMutationVariables>;
export const DisableWebhookDocument = {"__meta__":{"hash":"sha256:f15a08cdadf356e01122dde80bbc65c703563976ed8331f20b07e933e163bdbc"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DisableWebhook"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"disableWebhook"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"disabledReason"}}]}}]}}]} as unknown as DocumentNode<DisableWebhookMutation, DisableWebhookMutationVariables>;
export const EnableWebhookDocument = {"__meta__":{"hash":"sha256:6611fda4dcd0ecd255ce72e0ff5e1aeb7c0a47f7c2ccbd13680bca2aef9220ed"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EnableWebhook"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enableWebhook"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"disabledReason"}}]}}]}}]} as unknown as DocumentNode<EnableWebhookMutation, EnableWebhookMutationVariables>;
export const WebhookDeliveriesDocument = {"__meta__":{"hash":"sha256:3eceb231b24ef122fd823b44397668a23978ff727e8ad8b7d3583c28a8b85705"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WebhookDeliveries"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"webhookId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookDeliveryFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"webhookDeliveries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"webhookId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"webhookId"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"lastStatusCode"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredAt"}},{"kind":"Field","name":{"kind":"Name","value":"attemptLog"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attemptNo"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"ok"}},{"kind":"Field","name":{"kind":"Name","value":"statusCode"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"durationMs"}},{"kind":"Field","name":{"kind":"Name","value":"replay"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<WebhookDeliveriesQuery, WebhookDeliveriesQueryVariables>;
export const ReplayWebhookDeliveryDocument = {"__meta__":{"hash":"sha256:ed2e323d48eedfd8f117eb0b16680cd66dbf889ec7b3dc5505bdf636f6b5e732"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReplayWebhookDelivery"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"replayWebhookDelivery"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<ReplayWebhookDeliveryMutation, ReplayWebhookDeliveryMutationVariables>;
export const SetAlertEmailsDocument = {"__meta__":{"hash":"sha256:d36563e61d52fc3370cdf2d0809373cce033f433fd4c45faaa69fc8245950892"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetAlertEmails"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"addresses"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setAlertEmails"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"organizationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"addresses"},"value":{"kind":"Variable","name":{"kind":"Name","value":"addresses"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"addresses"}}]}}]}}]} as unknown as DocumentNode<SetAlertEmailsMutation, SetAlertEmailsMutationVariables>;
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