/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type AddressInput = {
  city?: string | null | undefined;
  /** ISO 3166-1 alpha-2 country code. */
  country?: string | null | undefined;
  postalCode?: string | null | undefined;
  street?: string | null | undefined;
};

/** A notification of the breach made to another authority (section 14 of the form). */
export type AuthorityNotificationInput = {
  authority: OtherAuthority;
  /** Required for OTHER and OTHER_DPA: which authority. */
  note?: string | null | undefined;
  /** When it was made. */
  notifiedAt: string;
  /** The reference the authority gave (a parquet number for a complaint). */
  reference?: string | null | undefined;
};

export type BatchStatus =
  | 'COMPLETED'
  | 'DUPLICATE'
  | 'REJECTED'
  | 'STAGING';

/** Nature de la violation */
export type BreachNature =
  | 'AVAILABILITY'
  | 'CONFIDENTIALITY'
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
  | 'MADAME'
  | 'MONSIEUR';

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

/** Moyens de communication */
export type CommunicationChannel =
  | 'CUSTOMER_PORTAL'
  | 'EMAIL'
  | 'PHONE'
  | 'POSTAL_MAIL'
  | 'PRESS'
  | 'PUBLIC_NOTICE'
  | 'SMS';

/** Communication aux personnes */
export type CommunicationStatus =
  | 'INFORMED'
  | 'UNDETERMINED'
  | 'WILL_BE_INFORMED'
  | 'WILL_NOT_BE_INFORMED';

/** Conséquences potentielles */
export type Consequence =
  | 'CROSS_MATCHING'
  | 'FALSIFICATION'
  | 'MISUSE'
  | 'OTHER'
  | 'SERVICE_DISRUPTION'
  | 'SPREAD_BEYOND_CONTROL'
  | 'UNKNOWN';

export type CreateExposureInput = {
  approxPersons?: number | null | undefined;
  approxRecords?: number | null | undefined;
  /** The controller's own awareness instant, when it differs from the processor's alert. */
  awareAt?: string | null | undefined;
  communicationAt?: string | null | undefined;
  communicationChannels?: Array<CommunicationChannel> | null | undefined;
  communicationDetails?: string | null | undefined;
  communicationStatus?: CommunicationStatus | null | undefined;
  consequences?: Array<Consequence> | null | undefined;
  /** Required with consequence OTHER. */
  consequencesOther?: string | null | undefined;
  /** The affected controller. */
  controllerId: string | number;
  dataCategories?: Array<DataCategory> | null | undefined;
  /** Required with data category OTHER. */
  dataCategoriesOther?: string | null | undefined;
  exposedDataItems?: Array<string> | null | undefined;
  harms?: Array<Harm> | null | undefined;
  harmsDescription?: string | null | undefined;
  /** Required with harm OTHER. */
  harmsOther?: string | null | undefined;
  incidentId: string | number;
  measuresPlanned?: string | null | undefined;
  measuresTaken?: string | null | undefined;
  nonCommunicationJustification?: NonCommunicationJustification | null | undefined;
  notExposedDataItems?: Array<string> | null | undefined;
  processorAlertedAt?: string | null | undefined;
  sensitiveData?: Array<SensitiveDataCategory> | null | undefined;
  subjectCategories?: Array<SubjectCategory> | null | undefined;
  /** Required with subject category OTHER. */
  subjectCategoriesOther?: string | null | undefined;
};

export type CreateIncidentInput = {
  affectedSystem?: string | null | undefined;
  attackVector?: string | null | undefined;
  causes?: Array<IncidentCause> | null | undefined;
  /** Required with cause OTHER. */
  causesOther?: string | null | undefined;
  datesComment?: string | null | undefined;
  description?: string | null | undefined;
  detectedAt?: string | null | undefined;
  discoveryCircumstances?: string | null | undefined;
  endAt?: string | null | undefined;
  natures?: Array<BreachNature> | null | undefined;
  ongoing?: boolean | null | undefined;
  origins?: Array<IncidentOrigin> | null | undefined;
  /** Required with origin OTHER. */
  originsOther?: string | null | undefined;
  priorSecurityMeasures?: string | null | undefined;
  /** Where the incident happened; defaults to the viewer's organisation. */
  sourceOrganizationId?: string | number | null | undefined;
  startAt?: string | null | undefined;
  startPrecision?: DatePrecision | null | undefined;
  title: string;
};

export type CreateNotificationInput = {
  exposureId: string | number;
  /** INITIAL or COMPLETE; a COMPLEMENTARY one starts from a filed notification. */
  type: NotificationType;
};

export type CreateOrganizationInput = {
  address?: AddressInput | null | undefined;
  contact?: PersonInput | null | undefined;
  /** Section 4 is the legal representative: the contact is filled from legalRepresentative (its position and phone kept when the representative has none). */
  contactIsLegalRepresentative?: boolean | null | undefined;
  dpo?: PersonInput | null | undefined;
  dpoDesignationNumber?: string | null | undefined;
  headcount?: number | null | undefined;
  legalName: string;
  legalRepresentative?: PersonInput | null | undefined;
  /** The form’s « pas de SIREN » box; then give otherIdentifierType and otherIdentifier. */
  noSiren?: boolean | null | undefined;
  otherIdentifier?: string | null | undefined;
  otherIdentifierType?: OrganizationIdentifierType | null | undefined;
  regimes?: Array<RegimeScopeInput> | null | undefined;
  roles: Array<OrganizationRole>;
  sector?: string | null | undefined;
  /** 9 digits, spaces allowed; Luhn-checked. Leave it out with noSiren. */
  siren?: string | null | undefined;
  vatNumber?: string | null | undefined;
};

/** Nature des données */
export type DataCategory =
  | 'CIVIL_STATUS'
  | 'CONTACT'
  | 'FINANCIAL'
  | 'IDENTIFICATION_ACCESS'
  | 'LOCATION'
  | 'NIR'
  | 'OFFENCES'
  | 'OFFICIAL_DOCUMENTS'
  | 'OTHER'
  | 'UNKNOWN';

/** Précision de la date de début */
export type DatePrecision =
  | 'APPROXIMATE'
  | 'EXACT'
  | 'UNKNOWN';

export type DecideCnilNotificationInput = {
  /** NOTIFY or NOT_NOTIFY. */
  decision: string;
  /** Why: required, kept in the register (art. 33(5)). */
  reasoning: string;
};

export type DecidePersonsInformationInput = {
  decision: PersonsInformationChoice;
  /** Required with NOT_INFORM. */
  ground?: NonCommunicationJustification | null | undefined;
  /** Art. 34(3)(c): when the public communication was made. */
  publicCommunicationAt?: string | null | undefined;
  publicCommunicationChannel?: CommunicationChannel | null | undefined;
  publicCommunicationReference?: string | null | undefined;
  /** Why: required, kept with the decision. */
  reasoning: string;
  /** The current decision this one replaces; required once there is one. */
  replaces?: string | number | null | undefined;
};

export type DoraCriterionInput = {
  /** CLIENTS_AFFECTED, REPUTATIONAL_IMPACT, DURATION, GEOGRAPHICAL_SPREAD, DATA_LOSSES, CRITICAL_SERVICES or ECONOMIC_IMPACT. */
  criterion: string;
  /** The value observed. */
  value: string;
};

/** One contextual factor of the ENISA 2013 DPC (assessment table 1, annex A2), with its reason. */
export type DpcFactorInput = {
  /** SIMPLE_PROFILING_OR_FINANCIAL_STATUS (+1), SIMPLE_SENSITIVE_ASSUMPTIONS (+2), BEHAVIOURAL_NO_INSIGHT (−1), BEHAVIOURAL_PROFILE (+1), FINANCIAL_NO_INSIGHT (−2), FINANCIAL_LIMITED_INSIGHT (−1), FINANCIAL_FULL_OR_PROFILE (+1), SENSITIVE_NO_INSIGHT_OR_PUBLIC (−3), SENSITIVE_GENERAL_ASSUMPTIONS (−2), SENSITIVE_ASSUMPTIONS (−1), PUBLICLY_AVAILABLE (−1), INVALID_OR_INACCURATE (−1), OLD_OR_INCOMPLETE (−1). A type-specific factor applies only when that type sets the base. */
  factor: string;
  reason: string;
};

/** The whole set of entity facts, each group with its reason; a new record replaces the previous set. */
export type EntityFactsInput = {
  /** DORA article 2(1) category: CREDIT_INSTITUTION, PAYMENT_INSTITUTION, INSURANCE_UNDERTAKING, MUTUELLE_LIVRE_II, INSTITUTION_DE_PREVOYANCE, … or MUTUELLE_LIVRE_III, NOT_A_FINANCIAL_ENTITY. */
  doraCategory?: string | null | undefined;
  /** Required with doraCategory. */
  doraReason?: string | null | undefined;
  doraSystemic?: boolean | null | undefined;
  /** Required with doraSystemic. */
  doraSystemicReason?: string | null | undefined;
  nis1Designated?: boolean | null | undefined;
  /** Required when nis1Designated is true. */
  nis1Reason?: string | null | undefined;
  /** Size or designation reason; required with nis2Status. */
  nis2Reason?: string | null | undefined;
  /** Annex and sector; required for ESSENTIAL or IMPORTANT. */
  nis2Sector?: string | null | undefined;
  /** ESSENTIAL, IMPORTANT or NOT_IN_SCOPE. */
  nis2Status?: string | null | undefined;
  /** Solvency II article 4 small undertaking; only for an insurance category. */
  solvency2SmallUndertaking?: boolean | null | undefined;
};

export type ExposurePatch = {
  approxPersons?: number | null | undefined;
  approxRecords?: number | null | undefined;
  /** The controller's own awareness instant, when it differs from the processor's alert. */
  awareAt?: string | null | undefined;
  communicationAt?: string | null | undefined;
  communicationChannels?: Array<CommunicationChannel> | null | undefined;
  communicationDetails?: string | null | undefined;
  communicationStatus?: CommunicationStatus | null | undefined;
  consequences?: Array<Consequence> | null | undefined;
  /** Required with consequence OTHER. */
  consequencesOther?: string | null | undefined;
  dataCategories?: Array<DataCategory> | null | undefined;
  /** Required with data category OTHER. */
  dataCategoriesOther?: string | null | undefined;
  exposedDataItems?: Array<string> | null | undefined;
  harms?: Array<Harm> | null | undefined;
  harmsDescription?: string | null | undefined;
  /** Required with harm OTHER. */
  harmsOther?: string | null | undefined;
  measuresPlanned?: string | null | undefined;
  measuresTaken?: string | null | undefined;
  nonCommunicationJustification?: NonCommunicationJustification | null | undefined;
  notExposedDataItems?: Array<string> | null | undefined;
  processorAlertedAt?: string | null | undefined;
  sensitiveData?: Array<SensitiveDataCategory> | null | undefined;
  subjectCategories?: Array<SubjectCategory> | null | undefined;
  /** Required with subject category OTHER. */
  subjectCategoriesOther?: string | null | undefined;
};

/** How sure its source is of it. */
export type FactConfidence =
  | 'CONFIRMED'
  | 'ESTIMATED'
  | 'REPORTED';

/** Whether a fact is about the incident or one exposure. */
export type FactLevel =
  | 'EXPOSURE'
  | 'INCIDENT';

/** Where a fact comes from. */
export type FactSourceType =
  | 'CONTROLLER_ASSESSMENT'
  | 'FORENSIC_REPORT'
  | 'PROCESSOR_NOTICE'
  | 'PUBLIC_STATEMENT'
  | 'RECORD';

/** Niveau de gravité */
export type Gravity =
  | 'IMPORTANT'
  | 'LIMITED'
  | 'MAXIMAL'
  | 'NEGLIGIBLE';

/** Préjudices potentiels */
export type Harm =
  | 'DISCRIMINATION'
  | 'FINANCIAL_LOSS'
  | 'FRAUD'
  | 'IDENTITY_THEFT'
  | 'LIMITATION_OF_RIGHTS'
  | 'LOSS_OF_CONTROL'
  | 'OTHER'
  | 'PROFESSIONAL_SECRECY_LOSS'
  | 'PSEUDONYMISATION_REVERSAL'
  | 'REPUTATION_DAMAGE';

/** Cause de l'incident */
export type IncidentCause =
  | 'EXTERNAL_ACCIDENTAL'
  | 'EXTERNAL_MALICIOUS'
  | 'INTERNAL_ACCIDENTAL'
  | 'INTERNAL_MALICIOUS'
  | 'OTHER'
  | 'UNKNOWN';

export type IncidentFilter = {
  /** Detected before this instant. */
  detectedBefore?: string | null | undefined;
  /** Detected at or after this instant. */
  detectedFrom?: string | null | undefined;
  ongoing?: boolean | null | undefined;
  /** Case-insensitive text searched in the title. */
  search?: string | null | undefined;
  sourceOrganizationId?: string | number | null | undefined;
};

/** Origine de l'incident */
export type IncidentOrigin =
  | 'DEVICE_DISPOSAL'
  | 'HACKING_MALWARE_PHISHING'
  | 'LOST_OPENED_MAIL'
  | 'LOST_STOLEN_EQUIPMENT'
  | 'LOST_STOLEN_PAPER'
  | 'OTHER'
  | 'PAPER_DISPOSAL'
  | 'UNINTENDED_PUBLICATION'
  | 'UNKNOWN'
  | 'VERBAL_DISCLOSURE'
  | 'WRONG_PERSON_DATA_ON_PORTAL'
  | 'WRONG_RECIPIENT';

export type IncidentPatch = {
  affectedSystem?: string | null | undefined;
  attackVector?: string | null | undefined;
  causes?: Array<IncidentCause> | null | undefined;
  /** Required with cause OTHER. */
  causesOther?: string | null | undefined;
  datesComment?: string | null | undefined;
  description?: string | null | undefined;
  detectedAt?: string | null | undefined;
  discoveryCircumstances?: string | null | undefined;
  endAt?: string | null | undefined;
  natures?: Array<BreachNature> | null | undefined;
  ongoing?: boolean | null | undefined;
  origins?: Array<IncidentOrigin> | null | undefined;
  /** Required with origin OTHER. */
  originsOther?: string | null | undefined;
  priorSecurityMeasures?: string | null | undefined;
  startAt?: string | null | undefined;
  startPrecision?: DatePrecision | null | undefined;
};

/** Why an art. 33(3) item a non-final complementary notification leaves for later is not yet available. */
export type MissingItemReasonInput = {
  /** The item’s form path, e.g. breach.causes, data.persons (the paths completeness reports). */
  path: string;
  /** Why it is not yet available (art. 33(4)): shown in section 1. */
  reason: string;
};

/** Justification de l’absence de communication */
export type NonCommunicationJustification =
  | 'DATA_UNINTELLIGIBLE'
  | 'DISPROPORTIONATE_EFFORT_PUBLIC_COMMUNICATION'
  | 'RISK_NOT_HIGH'
  | 'SUBSEQUENT_MEASURES';

/** Type de notification */
export type NotificationType =
  | 'COMPLEMENTARY'
  | 'COMPLETE'
  | 'INITIAL';

/** What an invalid row does to its batch. */
export type OnError =
  | 'QUARANTINE'
  | 'REJECT';

/** Autre identifiant de l’organisme */
export type OrganizationIdentifierType =
  | 'FOREIGN_REGISTRATION'
  | 'OTHER'
  | 'RNA';

/** Rôle de l’organisme */
export type OrganizationRole =
  | 'CONTROLLER'
  | 'PROCESSOR';

/** An authority, other than the CNIL, to which the breach was notified (section 14 of the form). */
export type OtherAuthority =
  | 'ACPR'
  | 'ANSSI'
  | 'OTHER'
  | 'OTHER_DPA'
  | 'PROSECUTOR';

export type PersonInput = {
  civility?: Civility | null | undefined;
  email?: string | null | undefined;
  firstName?: string | null | undefined;
  lastName?: string | null | undefined;
  phone?: string | null | undefined;
  /** Fonction. */
  position?: string | null | undefined;
};

/** Whether the controller informs the persons of the breach (art. 34). */
export type PersonsInformationChoice =
  | 'INFORM'
  | 'NOT_INFORM';

/** The letter’s record: an omitted field stays, null clears it. Any change clears « ready ». */
export type PersonsLetterInput = {
  /** YYYY-MM-DD. */
  letterDate?: string | null | undefined;
  measuresText?: string | null | undefined;
  processorService?: string | null | undefined;
  signatoryName?: string | null | undefined;
  signatoryTitle?: string | null | undefined;
  /** The version the update was prepared against; omitted only to create the record. */
  version?: number | null | undefined;
};

/** Yes or no with the assessor’s reason. */
export type ReasonedBooleanInput = {
  /** Why: a recorded fact or the assessor’s judgement, shown in the dossier. */
  reason: string;
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
  value: number;
};

export type RecordDoraStepInput = {
  /** When it was submitted, sent or done. */
  at: string;
  /** LATE_NOTICE only: INITIAL, INTERMEDIATE or FINAL. */
  concerns?: string | null | undefined;
  /** INITIAL, INTERMEDIATE (each one, first and updated), FINAL, LATE_NOTICE or CLIENT_INFORMATION. */
  kind: string;
  /** LATE_NOTICE only: the reasons for the delay. */
  reasons?: string | null | undefined;
  reference?: string | null | undefined;
};

export type RecordFilingInput = {
  /** The reference the CNIL gave the filing. */
  cnilReference: string;
  /** INITIAL or non-final COMPLEMENTARY: the follow-up date promised in the filing, if not recorded before. */
  complementaryFollowUpAt?: string | null | undefined;
  /** When it was filed with the CNIL. */
  filedAt: string;
  /** The date of the CNIL's récapitulatif, shown on the archive copy. */
  recapitulatifAt?: string | null | undefined;
  version: number;
};

export type RecordPersonsCommunicationInput = {
  channel: CommunicationChannel;
  /** Persons it failed to reach; 0 when omitted. */
  failures?: number | null | undefined;
  isReminder?: boolean | null | undefined;
  note?: string | null | undefined;
  personsReached: number;
  sentAt: string;
};

/** Autres régimes de notification */
export type Regime =
  | 'DORA'
  | 'NIS2';

export type RegimeScopeInput = {
  inScope: boolean;
  rationale: string;
  regime: Regime;
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
  | 'BIOMETRIC'
  | 'GENETIC'
  | 'HEALTH'
  | 'POLITICAL_OPINIONS'
  | 'RACIAL_ETHNIC_ORIGIN'
  | 'RELIGIOUS_PHILOSOPHICAL'
  | 'SEXUAL_ORIENTATION'
  | 'TRADE_UNION';

/** The assessor’s inputs to the ENISA 2013 method, each with its reason. A null part leaves what the facts suggest; dpcFactors, once given (even empty), replaces the suggested factors. */
export type SeverityFactorsInput = {
  /** NONE, RECOVERABLE (0), RECOVERABLE_WITH_DIFFICULTY (temporary, 0.25) or IRRECOVERABLE (full unavailability, 0.5). */
  availability?: ReasonedCodeInput | null | undefined;
  /** NONE, KNOWN_RECIPIENTS (0.25) or UNKNOWN_RECIPIENTS (0.5). */
  confidentiality?: ReasonedCodeInput | null | undefined;
  /** What leaked credentials open: SIMPLE, BEHAVIOURAL, FINANCIAL or SENSITIVE. */
  credentialsOpen?: ReasonedCodeInput | null | undefined;
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

/** Override any computed ENISA component; the computed values stay visible. */
export type SeverityOverrideInput = {
  art34Recommended?: boolean | null | undefined;
  /** Circumstances of the breach, 0 to 2. */
  cb?: number | null | undefined;
  /** Data processing context, 1 to 4. */
  dpc?: number | null | undefined;
  /** Ease of identification: 0.25, 0.5, 0.75 or 1. */
  ei?: number | null | undefined;
  /** LOW, MEDIUM, HIGH or VERY_HIGH. */
  level?: string | null | undefined;
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

/** Catégories de personnes concernées */
export type SubjectCategory =
  | 'CUSTOMERS'
  | 'EMPLOYEES'
  | 'MEMBERS'
  | 'MILITARY'
  | 'MINORS'
  | 'NOT_DETERMINED'
  | 'OTHER'
  | 'PATIENTS'
  | 'STUDENTS'
  | 'USERS'
  | 'VULNERABLE';

/** Facts about one incident (and optionally one exposure of it) from one source. */
export type SubmitBreachFactsInput = {
  confidence: FactConfidence;
  exposureFacts?: ExposurePatch | null | undefined;
  /** Required for exposure-level facts, and for any fact a controller submits. */
  exposureId?: string | number | null | undefined;
  /** Unique per submitting organisation; a replay with the same payload returns the same submission. */
  idempotencyKey: string;
  incidentFacts?: IncidentPatch | null | undefined;
  incidentId: string | number;
  reference?: string | null | undefined;
  sourceType: FactSourceType;
};

export type UpdateExposureInput = {
  approxPersons?: number | null | undefined;
  approxRecords?: number | null | undefined;
  /** The controller's own awareness instant, when it differs from the processor's alert. */
  awareAt?: string | null | undefined;
  communicationAt?: string | null | undefined;
  communicationChannels?: Array<CommunicationChannel> | null | undefined;
  communicationDetails?: string | null | undefined;
  communicationStatus?: CommunicationStatus | null | undefined;
  consequences?: Array<Consequence> | null | undefined;
  /** Required with consequence OTHER. */
  consequencesOther?: string | null | undefined;
  dataCategories?: Array<DataCategory> | null | undefined;
  /** Required with data category OTHER. */
  dataCategoriesOther?: string | null | undefined;
  exposedDataItems?: Array<string> | null | undefined;
  harms?: Array<Harm> | null | undefined;
  harmsDescription?: string | null | undefined;
  /** Required with harm OTHER. */
  harmsOther?: string | null | undefined;
  measuresPlanned?: string | null | undefined;
  measuresTaken?: string | null | undefined;
  nonCommunicationJustification?: NonCommunicationJustification | null | undefined;
  notExposedDataItems?: Array<string> | null | undefined;
  processorAlertedAt?: string | null | undefined;
  sensitiveData?: Array<SensitiveDataCategory> | null | undefined;
  subjectCategories?: Array<SubjectCategory> | null | undefined;
  /** Required with subject category OTHER. */
  subjectCategoriesOther?: string | null | undefined;
  /** The version the update was prepared against; a stale one is a CONFLICT. */
  version?: number | null | undefined;
};

export type UpdateIncidentInput = {
  affectedSystem?: string | null | undefined;
  attackVector?: string | null | undefined;
  causes?: Array<IncidentCause> | null | undefined;
  /** Required with cause OTHER. */
  causesOther?: string | null | undefined;
  datesComment?: string | null | undefined;
  description?: string | null | undefined;
  detectedAt?: string | null | undefined;
  discoveryCircumstances?: string | null | undefined;
  endAt?: string | null | undefined;
  natures?: Array<BreachNature> | null | undefined;
  ongoing?: boolean | null | undefined;
  origins?: Array<IncidentOrigin> | null | undefined;
  /** Required with origin OTHER. */
  originsOther?: string | null | undefined;
  priorSecurityMeasures?: string | null | undefined;
  startAt?: string | null | undefined;
  startPrecision?: DatePrecision | null | undefined;
  title?: string | null | undefined;
  /** The version the update was prepared against; a stale one is a CONFLICT. */
  version?: number | null | undefined;
};

export type UpdateNotificationInput = {
  /** INITIAL or non-final COMPLEMENTARY: « date à laquelle les informations complémentaires seront transmises »; null removes it. */
  complementaryFollowUpAt?: string | null | undefined;
  crossBorder?: boolean | null | undefined;
  delayReasons?: string | null | undefined;
  /** COMPLEMENTARY only: the last one of the chain; every art. 33(3) item is then required (art. 33(4)). */
  final?: boolean | null | undefined;
  gravityOverride?: Gravity | null | undefined;
  /** Required with gravityOverride. */
  gravityOverrideReason?: string | null | undefined;
  /** COMPLEMENTARY only: replaces the reasons why missing art. 33(3) items are not yet available; null removes them. */
  missingItemReasons?: Array<MissingItemReasonInput> | null | undefined;
  otherDpa?: string | null | undefined;
  /** The assessor’s ENISA factors; null removes them. */
  severityFactors?: SeverityFactorsInput | null | undefined;
  /** null removes the override. */
  severityOverride?: SeverityOverrideInput | null | undefined;
  /** The version the update was prepared against; a stale one is a CONFLICT. */
  version: number;
};

export type UpdateOrganizationInput = {
  address?: AddressInput | null | undefined;
  contact?: PersonInput | null | undefined;
  /** Section 4 is the legal representative: the contact is filled from legalRepresentative (its position and phone kept when the representative has none). */
  contactIsLegalRepresentative?: boolean | null | undefined;
  dpo?: PersonInput | null | undefined;
  dpoDesignationNumber?: string | null | undefined;
  headcount?: number | null | undefined;
  legalName?: string | null | undefined;
  legalRepresentative?: PersonInput | null | undefined;
  noSiren?: boolean | null | undefined;
  otherIdentifier?: string | null | undefined;
  otherIdentifierType?: OrganizationIdentifierType | null | undefined;
  regimes?: Array<RegimeScopeInput> | null | undefined;
  roles?: Array<OrganizationRole> | null | undefined;
  sector?: string | null | undefined;
  siren?: string | null | undefined;
  vatNumber?: string | null | undefined;
  /** The version the update was prepared against; a stale one is a CONFLICT. */
  version?: number | null | undefined;
};

export type ComplianceDashboardQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  overdue?: boolean | null | undefined;
}>;


export type ComplianceDashboardQuery = { incidents: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, title: string, startAt: string | null, detectedAt: string | null, ongoing: boolean, natures: Array<BreachNature>, sourceOrganization: { id: string, legalName: string, siren: string | null }, subjectCounts: { persons: number, records: number, minors: number, duplicateReferences: number, parts: Array<{ partId: string, persons: number }> }, exposures: Array<{ id: string, awareAt: string | null, processorAlertedAt: string | null, approxPersons: number | null, dataCategories: Array<DataCategory>, sensitiveData: Array<SensitiveDataCategory>, controller: { id: string, legalName: string, siren: string | null }, subjectCounts: { persons: number, records: number, minors: number }, obligations: Array<{ code: string, authority: string, party: string, dueAt: string | null, doneAt: string | null, status: string }>, notifications: Array<{ id: string, type: NotificationType, status: string, number: string, cnilReference: string | null, filedAt: string | null, filedLate: boolean | null, document: { severity: unknown, deadline: { dueAt: string | null, remainingSeconds: number | null, overdue: boolean }, completeness: Array<{ code: string, section: number, messageFr: string, blocksReady: boolean }> } }> }> } }> }, deadlines: Array<{ exposureId: string, controllerName: string, obligation: { code: string, authority: string, dueAt: string | null, status: string } }>, consolidatedSubjectCounts: { persons: number, records: number, minors: number, duplicateReferences: number } };

export type NotificationPdfsQueryVariables = Exact<{ [key: string]: never; }>;


export type NotificationPdfsQuery = { incidents: { edges: Array<{ node: { exposures: Array<{ controller: { id: string, legalName: string, siren: string | null }, notifications: Array<{ id: string, type: NotificationType, status: string, number: string, version: number, document: { content: Record<string, unknown>, sha256: string, url: string, letterUrl: string, byteSize: number, pageCount: number, pdfSha256: string, letter: Record<string, unknown> } }> }> } }> } };

export type FactSourceFieldsFragment = { submissionId: string | null, type: FactSourceType, confidence: FactConfidence | null, reference: string | null, subject: string | null, submittedAt: string | null, organization: { id: string, legalName: string } | null };

export type SubmitBreachFactsMutationVariables = Exact<{
  input: SubmitBreachFactsInput;
}>;


export type SubmitBreachFactsMutation = { submitBreachFacts: { id: string, sourceType: FactSourceType, confidence: FactConfidence, payloadHash: string, incidentId: string, exposureId: string | null, incidentFacts: Record<string, unknown>, exposureFacts: Record<string, unknown>, organization: { legalName: string } | null } };

export type ExposureFactsQueryVariables = Exact<{
  id: string | number;
}>;


export type ExposureFactsQuery = { exposure: { id: string, controller: { legalName: string }, factSubmissions: Array<{ id: string, sourceType: FactSourceType, organization: { legalName: string } | null }>, facts: { fields: Array<{ field: string, level: FactLevel, value: unknown, conflicting: boolean, source: { submissionId: string | null, type: FactSourceType, confidence: FactConfidence | null, reference: string | null, subject: string | null, submittedAt: string | null, organization: { id: string, legalName: string } | null } }>, conflicts: Array<{ field: string, value: unknown, candidates: Array<{ value: unknown, source: { submissionId: string | null, type: FactSourceType, confidence: FactConfidence | null, reference: string | null, subject: string | null, submittedAt: string | null, organization: { id: string, legalName: string } | null } }> }> } } | null };

export type FilingCopyNotificationsQueryVariables = Exact<{ [key: string]: never; }>;


export type FilingCopyNotificationsQuery = { incidents: { edges: Array<{ node: { exposures: Array<{ id: string, controller: { id: string, legalName: string }, notifications: Array<{ id: string, status: string, number: string, version: number, cnilReference: string | null, filedAt: string | null, filedBy: string | null, filingRecordedAt: string | null, recapitulatifAt: string | null, snapshotSha256: string | null, document: { sha256: string, url: string, dossierUrl: string }, recapitulatif: { sha256: string, byteSize: number, uploadedAt: string, uploadedBy: string, url: string } | null }> }> } }> } };

export type RecordAuthorityNotificationMutationVariables = Exact<{
  exposureId: string | number;
  input: AuthorityNotificationInput;
}>;


export type RecordAuthorityNotificationMutation = { recordAuthorityNotification: { id: string, exposureId: string, authority: OtherAuthority, notifiedAt: string, reference: string | null, note: string | null, recordedBy: string } };

export type FilingRecordFilingMutationVariables = Exact<{
  id: string | number;
  input: RecordFilingInput;
}>;


export type FilingRecordFilingMutation = { recordNotificationFiling: { id: string, version: number, status: string, filedAt: string | null, filedBy: string | null, filingRecordedAt: string | null, recapitulatifAt: string | null, snapshotSha256: string | null } };

export type FilingRecordRegisterQueryVariables = Exact<{ [key: string]: never; }>;


export type FilingRecordRegisterQuery = { register: Array<{ controllerName: string, filings: Array<{ number: string, cnilReference: string | null, filedAt: string, filedBy: string | null, filingRecordedAt: string | null }> }> };

export type ExposureFieldsFragment = { id: string, version: number, processorAlertedAt: string | null, awareAt: string | null, dataCategories: Array<DataCategory>, sensitiveData: Array<SensitiveDataCategory>, exposedDataItems: Array<string>, notExposedDataItems: Array<string>, subjectCategories: Array<SubjectCategory>, approxPersons: number | null, approxRecords: number | null, controller: { id: string, legalName: string, siren: string | null } };

export type IncidentFieldsFragment = { id: string, version: number, title: string, startPrecision: DatePrecision, startAt: string | null, endAt: string | null, ongoing: boolean, detectedAt: string | null, natures: Array<BreachNature>, origins: Array<IncidentOrigin>, causes: Array<IncidentCause>, attackVector: string | null, sourceOrganization: { id: string, legalName: string } };

export type IncidentsQueryVariables = Exact<{
  filter?: IncidentFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type IncidentsQuery = { incidents: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, version: number, title: string, startPrecision: DatePrecision, startAt: string | null, endAt: string | null, ongoing: boolean, detectedAt: string | null, natures: Array<BreachNature>, origins: Array<IncidentOrigin>, causes: Array<IncidentCause>, attackVector: string | null, exposures: Array<{ id: string, version: number, processorAlertedAt: string | null, awareAt: string | null, dataCategories: Array<DataCategory>, sensitiveData: Array<SensitiveDataCategory>, exposedDataItems: Array<string>, notExposedDataItems: Array<string>, subjectCategories: Array<SubjectCategory>, approxPersons: number | null, approxRecords: number | null, controller: { id: string, legalName: string, siren: string | null } }>, sourceOrganization: { id: string, legalName: string } } }> } };

export type IncidentQueryVariables = Exact<{
  id: string | number;
}>;


export type IncidentQuery = { incident: { id: string, version: number, title: string, startPrecision: DatePrecision, startAt: string | null, endAt: string | null, ongoing: boolean, detectedAt: string | null, natures: Array<BreachNature>, origins: Array<IncidentOrigin>, causes: Array<IncidentCause>, attackVector: string | null, exposures: Array<{ id: string, version: number, processorAlertedAt: string | null, awareAt: string | null, dataCategories: Array<DataCategory>, sensitiveData: Array<SensitiveDataCategory>, exposedDataItems: Array<string>, notExposedDataItems: Array<string>, subjectCategories: Array<SubjectCategory>, approxPersons: number | null, approxRecords: number | null, controller: { id: string, legalName: string, siren: string | null } }>, sourceOrganization: { id: string, legalName: string } } | null };

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
}>;


export type VocabularyQuery = { vocabulary: Array<{ name: string, title: string, version: string, origin: string, status: string, statusDescription: string, capturedOn: string | null, entries: Array<{ code: string, label: string }> }> };

export type CountFieldsFragment = { persons: number, records: number, minors: number, duplicateReferences: number, parts: Array<{ partId: string, persons: number, records: number, minors: number }> };

export type SubjectCountsQueryVariables = Exact<{ [key: string]: never; }>;


export type SubjectCountsQuery = { incidents: { edges: Array<{ node: { id: string, startAt: string | null, sourceOrganization: { id: string, legalName: string }, subjectCounts: { persons: number, records: number, minors: number, duplicateReferences: number, parts: Array<{ partId: string, persons: number, records: number, minors: number }> }, exposures: Array<{ id: string, controller: { id: string, siren: string | null, legalName: string }, subjectCounts: { persons: number, records: number, minors: number, duplicateReferences: number, parts: Array<{ partId: string, persons: number, records: number, minors: number }> } }> } }> }, consolidatedSubjectCounts: { persons: number, records: number, minors: number, duplicateReferences: number, parts: Array<{ partId: string, persons: number, records: number, minors: number }> } };

export type IngestBatchesQueryVariables = Exact<{
  incidentId: string | number;
}>;


export type IngestBatchesQuery = { ingestBatches: Array<{ id: string, status: BatchStatus, fileName: string, sha256: string | null, profile: string, onError: OnError, rowsRead: number, rowsAccepted: number, rowsRejected: number, errorSummary: unknown, sourceOrganization: { legalName: string } }> };

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
    | { __typename: 'Notification', status: string, number: string, id: string }
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

export type NotificationFieldsFragment = { id: string, version: number, type: NotificationType, status: string, number: string, delayReasons: string | null, cnilReference: string | null, filedAt: string | null, filedLate: boolean | null, snapshotSha256: string | null, exposureId: string, initial: { id: string, number: string, cnilReference: string | null } | null };

export type CreateNotificationMutationVariables = Exact<{
  input: CreateNotificationInput;
}>;


export type CreateNotificationMutation = { createNotification: { id: string, version: number, type: NotificationType, status: string, number: string, delayReasons: string | null, cnilReference: string | null, filedAt: string | null, filedLate: boolean | null, snapshotSha256: string | null, exposureId: string, initial: { id: string, number: string, cnilReference: string | null } | null } };

export type UpdateNotificationMutationVariables = Exact<{
  id: string | number;
  input: UpdateNotificationInput;
}>;


export type UpdateNotificationMutation = { updateNotification: { id: string, version: number, type: NotificationType, status: string, number: string, delayReasons: string | null, cnilReference: string | null, filedAt: string | null, filedLate: boolean | null, snapshotSha256: string | null, exposureId: string, initial: { id: string, number: string, cnilReference: string | null } | null } };

export type SignOffGravityMutationVariables = Exact<{
  id: string | number;
  version: number;
  input: SignOffGravityInput;
}>;


export type SignOffGravityMutation = { signOffGravity: { gravityOverride: Gravity | null, gravitySignedOffBy: string | null, gravitySignedOffAt: string | null, id: string, version: number, type: NotificationType, status: string, number: string, delayReasons: string | null, cnilReference: string | null, filedAt: string | null, filedLate: boolean | null, snapshotSha256: string | null, exposureId: string, initial: { id: string, number: string, cnilReference: string | null } | null } };

export type MarkNotificationReadyMutationVariables = Exact<{
  id: string | number;
  version: number;
}>;


export type MarkNotificationReadyMutation = { markNotificationReady: { id: string, version: number, type: NotificationType, status: string, number: string, delayReasons: string | null, cnilReference: string | null, filedAt: string | null, filedLate: boolean | null, snapshotSha256: string | null, exposureId: string, initial: { id: string, number: string, cnilReference: string | null } | null } };

export type RecordNotificationFilingMutationVariables = Exact<{
  id: string | number;
  input: RecordFilingInput;
}>;


export type RecordNotificationFilingMutation = { recordNotificationFiling: { id: string, version: number, type: NotificationType, status: string, number: string, delayReasons: string | null, cnilReference: string | null, filedAt: string | null, filedLate: boolean | null, snapshotSha256: string | null, exposureId: string, initial: { id: string, number: string, cnilReference: string | null } | null } };

export type StartComplementaryNotificationMutationVariables = Exact<{
  id: string | number;
}>;


export type StartComplementaryNotificationMutation = { startComplementaryNotification: { id: string, version: number, type: NotificationType, status: string, number: string, delayReasons: string | null, cnilReference: string | null, filedAt: string | null, filedLate: boolean | null, snapshotSha256: string | null, exposureId: string, initial: { id: string, number: string, cnilReference: string | null } | null } };

export type NotificationDocumentQueryVariables = Exact<{
  id: string | number;
}>;


export type NotificationDocumentQuery = { notification: { id: string, version: number, type: NotificationType, status: string, number: string, delayReasons: string | null, cnilReference: string | null, filedAt: string | null, filedLate: boolean | null, snapshotSha256: string | null, exposureId: string, changesSinceInitial: Array<{ section: number, path: string, label: string, kind: string, before: string | null, after: string | null }> | null, document: { content: Record<string, unknown>, sha256: string, severity: unknown, obligations: unknown, letter: Record<string, unknown>, completeness: Array<{ code: string, section: number, path: string, messageFr: string, blocksReady: boolean }>, deadline: { dueAt: string | null, remainingSeconds: number | null, overdue: boolean } }, initial: { id: string, number: string, cnilReference: string | null } | null } | null };

export type DeadlinesQueryVariables = Exact<{
  before?: string | null | undefined;
  overdue?: boolean | null | undefined;
}>;


export type DeadlinesQuery = { deadlines: Array<{ exposureId: string, controllerName: string, obligation: { code: string, authority: string, party: string, dueAt: string | null, doneAt: string | null, status: string, rationale: string } }> };

export type ExposureObligationsQueryVariables = Exact<{
  id: string | number;
}>;


export type ExposureObligationsQuery = { exposure: { id: string, obligations: Array<{ code: string, authority: string, basis: string, party: string, dueAt: string | null, dueBasis: string | null, legalEnd: string | null, effectiveFrom: string | null, doneAt: string | null, status: string, rationale: string, rulesVersion: string }> } | null };

export type DemoNotificationsQueryVariables = Exact<{ [key: string]: never; }>;


export type DemoNotificationsQuery = { incidents: { edges: Array<{ node: { title: string, exposures: Array<{ controller: { legalName: string }, notifications: Array<{ type: NotificationType, status: string, number: string, cnilReference: string | null, filedLate: boolean | null, document: { severity: unknown, deadline: { dueAt: string | null, overdue: boolean }, completeness: Array<{ code: string, blocksReady: boolean }> } }> }> } }> } };

export type RegisterQueryVariables = Exact<{ [key: string]: never; }>;


export type RegisterQuery = { register: Array<{ exposureId: string, incidentTitle: string, controllerName: string, decision: string, rationale: string, notifiedAt: string | null, cnilReference: string | null, personsBand: string | null, severityLevel: string }> };

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

export type PersonsDecisionFieldsFragment = { id: string, replaces: string | null, decision: PersonsInformationChoice, ground: NonCommunicationJustification | null, reasoning: string, decidedBy: string, decidedAt: string, assessedLevel: string | null, communicationDueAt: string | null, targetDays: number | null, publicCommunicationAt: string | null, publicCommunicationChannel: CommunicationChannel | null, publicCommunicationReference: string | null };

export type PersonsInformationFieldsFragment = { exposureId: string, decision: { id: string, replaces: string | null, decision: PersonsInformationChoice, ground: NonCommunicationJustification | null, reasoning: string, decidedBy: string, decidedAt: string, assessedLevel: string | null, communicationDueAt: string | null, targetDays: number | null, publicCommunicationAt: string | null, publicCommunicationChannel: CommunicationChannel | null, publicCommunicationReference: string | null } | null, history: Array<{ id: string, replaces: string | null, decision: PersonsInformationChoice, ground: NonCommunicationJustification | null, reasoning: string, decidedBy: string, decidedAt: string, assessedLevel: string | null, communicationDueAt: string | null, targetDays: number | null, publicCommunicationAt: string | null, publicCommunicationChannel: CommunicationChannel | null, publicCommunicationReference: string | null }>, communications: Array<{ id: string, sentAt: string, channel: CommunicationChannel, personsReached: number, failures: number, isReminder: boolean, note: string | null, recordedBy: string, recordedAt: string }> };

export type DecidePersonsInformationMutationVariables = Exact<{
  exposureId: string | number;
  input: DecidePersonsInformationInput;
}>;


export type DecidePersonsInformationMutation = { decidePersonsInformation: { exposureId: string, decision: { id: string, replaces: string | null, decision: PersonsInformationChoice, ground: NonCommunicationJustification | null, reasoning: string, decidedBy: string, decidedAt: string, assessedLevel: string | null, communicationDueAt: string | null, targetDays: number | null, publicCommunicationAt: string | null, publicCommunicationChannel: CommunicationChannel | null, publicCommunicationReference: string | null } | null, history: Array<{ id: string, replaces: string | null, decision: PersonsInformationChoice, ground: NonCommunicationJustification | null, reasoning: string, decidedBy: string, decidedAt: string, assessedLevel: string | null, communicationDueAt: string | null, targetDays: number | null, publicCommunicationAt: string | null, publicCommunicationChannel: CommunicationChannel | null, publicCommunicationReference: string | null }>, communications: Array<{ id: string, sentAt: string, channel: CommunicationChannel, personsReached: number, failures: number, isReminder: boolean, note: string | null, recordedBy: string, recordedAt: string }> } };

export type RecordPersonsCommunicationMutationVariables = Exact<{
  exposureId: string | number;
  input: RecordPersonsCommunicationInput;
}>;


export type RecordPersonsCommunicationMutation = { recordPersonsCommunication: { exposureId: string, decision: { id: string, replaces: string | null, decision: PersonsInformationChoice, ground: NonCommunicationJustification | null, reasoning: string, decidedBy: string, decidedAt: string, assessedLevel: string | null, communicationDueAt: string | null, targetDays: number | null, publicCommunicationAt: string | null, publicCommunicationChannel: CommunicationChannel | null, publicCommunicationReference: string | null } | null, history: Array<{ id: string, replaces: string | null, decision: PersonsInformationChoice, ground: NonCommunicationJustification | null, reasoning: string, decidedBy: string, decidedAt: string, assessedLevel: string | null, communicationDueAt: string | null, targetDays: number | null, publicCommunicationAt: string | null, publicCommunicationChannel: CommunicationChannel | null, publicCommunicationReference: string | null }>, communications: Array<{ id: string, sentAt: string, channel: CommunicationChannel, personsReached: number, failures: number, isReminder: boolean, note: string | null, recordedBy: string, recordedAt: string }> } };

export type ExposurePersonsInformationQueryVariables = Exact<{
  id: string | number;
}>;


export type ExposurePersonsInformationQuery = { exposure: { id: string, personsInformation: { exposureId: string, decision: { id: string, replaces: string | null, decision: PersonsInformationChoice, ground: NonCommunicationJustification | null, reasoning: string, decidedBy: string, decidedAt: string, assessedLevel: string | null, communicationDueAt: string | null, targetDays: number | null, publicCommunicationAt: string | null, publicCommunicationChannel: CommunicationChannel | null, publicCommunicationReference: string | null } | null, history: Array<{ id: string, replaces: string | null, decision: PersonsInformationChoice, ground: NonCommunicationJustification | null, reasoning: string, decidedBy: string, decidedAt: string, assessedLevel: string | null, communicationDueAt: string | null, targetDays: number | null, publicCommunicationAt: string | null, publicCommunicationChannel: CommunicationChannel | null, publicCommunicationReference: string | null }>, communications: Array<{ id: string, sentAt: string, channel: CommunicationChannel, personsReached: number, failures: number, isReminder: boolean, note: string | null, recordedBy: string, recordedAt: string }> } | null, obligations: Array<{ code: string, dueAt: string | null, dueBasis: string | null, doneAt: string | null, status: string, rationale: string }> } | null };

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


export type NotificationLetterQuery = { notification: { id: string, status: string, version: number, document: { letter: Record<string, unknown>, letterUrl: string, letterDocxUrl: string, letterRecipientsUrl: string, letterStatus: string, letterCompleteness: Array<{ code: string, messageFr: string, messageEn: string, blocksReady: boolean }> } } | null };

export type PhaseFieldsFragment = { id: string, version: number, type: NotificationType, status: string, number: string, rank: number | null, final: boolean, complementaryFollowUpAt: string | null, afterFinalReason: string | null, filedAt: string | null, missingItemReasons: Array<{ path: string, reason: string }>, initial: { id: string, number: string, cnilReference: string | null } | null };

export type PhaseStartComplementaryMutationVariables = Exact<{
  id: string | number;
  afterFinalReason?: string | null | undefined;
}>;


export type PhaseStartComplementaryMutation = { startComplementaryNotification: { id: string, version: number, type: NotificationType, status: string, number: string, rank: number | null, final: boolean, complementaryFollowUpAt: string | null, afterFinalReason: string | null, filedAt: string | null, missingItemReasons: Array<{ path: string, reason: string }>, initial: { id: string, number: string, cnilReference: string | null } | null } };

export type PhaseUpdateMutationVariables = Exact<{
  id: string | number;
  input: UpdateNotificationInput;
}>;


export type PhaseUpdateMutation = { updateNotification: { id: string, version: number, type: NotificationType, status: string, number: string, rank: number | null, final: boolean, complementaryFollowUpAt: string | null, afterFinalReason: string | null, filedAt: string | null, missingItemReasons: Array<{ path: string, reason: string }>, initial: { id: string, number: string, cnilReference: string | null } | null } };

export type PhaseRecordFilingMutationVariables = Exact<{
  id: string | number;
  input: RecordFilingInput;
}>;


export type PhaseRecordFilingMutation = { recordNotificationFiling: { id: string, version: number, type: NotificationType, status: string, number: string, rank: number | null, final: boolean, complementaryFollowUpAt: string | null, afterFinalReason: string | null, filedAt: string | null, missingItemReasons: Array<{ path: string, reason: string }>, initial: { id: string, number: string, cnilReference: string | null } | null } };

export type PhaseNotificationQueryVariables = Exact<{
  id: string | number;
}>;


export type PhaseNotificationQuery = { notification: { id: string, version: number, type: NotificationType, status: string, number: string, rank: number | null, final: boolean, complementaryFollowUpAt: string | null, afterFinalReason: string | null, filedAt: string | null, changesSincePrevious: Array<{ section: number, label: string, kind: string, before: string | null, after: string | null }> | null, document: { url: string, content: Record<string, unknown>, completeness: Array<{ code: string, section: number, path: string, messageFr: string, blocksReady: boolean }> }, missingItemReasons: Array<{ path: string, reason: string }>, initial: { id: string, number: string, cnilReference: string | null } | null } | null };

export type RecordEntityFactsMutationVariables = Exact<{
  organizationId: string | number;
  input: EntityFactsInput;
}>;


export type RecordEntityFactsMutation = { recordEntityFacts: { doraCategory: string | null, solvency2SmallUndertaking: boolean | null, doraReason: string | null, doraSystemic: boolean | null, nis2Status: string | null, nis2Sector: string | null, nis2Reason: string | null, nis1Designated: boolean | null, recordedBy: string, recordedAt: string } };

export type OrganizationEntityFactsQueryVariables = Exact<{
  id: string | number;
}>;


export type OrganizationEntityFactsQuery = { organization: { id: string, entityFacts: { doraCategory: string | null, doraReason: string | null, recordedBy: string } | null } | null };

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


export type ClassifyDoraIncidentMutation = { classifyDoraIncident: { id: string, major: boolean, classifiedAt: string, classifiedBy: string, reason: string, criteria: Array<{ criterion: string, value: string }> } };

export type RecordDoraStepMutationVariables = Exact<{
  exposureId: string | number;
  input: RecordDoraStepInput;
}>;


export type RecordDoraStepMutation = { recordDoraStep: { id: string, kind: string, at: string, concerns: string | null, reasons: string | null } };

export type ExposureDoraQueryVariables = Exact<{
  id: string | number;
}>;


export type ExposureDoraQuery = { exposure: { id: string, doraClassifications: Array<{ major: boolean, classifiedBy: string, criteria: Array<{ criterion: string, value: string }> }>, doraSteps: Array<{ kind: string, at: string, concerns: string | null, reasons: string | null }> } | null };

export type RegisterDetailsQueryVariables = Exact<{ [key: string]: never; }>;


export type RegisterDetailsQuery = { register: Array<{ exposureId: string, incidentTitle: string, controllerName: string, startAt: string | null, awareAt: string | null, consequences: Array<string>, harms: Array<string>, measuresTaken: string | null, sensitiveData: Array<string>, approxPersons: number | null, exactPersons: number | null, personsBand: string | null, severityLevel: string, computedSeverityLevel: string, severityOverrideReason: string | null, decision: string, decisionLabel: string, rationale: string, decidedBy: string | null, decidedAt: string | null, suggestion: string, personsSuggestion: string, personsDecision: { decision: string, decisionLabel: string, reasoning: string, decidedBy: string, decidedAt: string } | null, decisionHistory: Array<{ decision: string, reasoning: string, decidedBy: string }>, filings: Array<{ number: string, cnilReference: string | null, filedAt: string, type: string }> }> };

export type DecideCnilNotificationMutationVariables = Exact<{
  exposureId: string | number;
  input: DecideCnilNotificationInput;
}>;


export type DecideCnilNotificationMutation = { decideCnilNotification: { id: string, decision: string, reasoning: string, decidedBy: string, decidedAt: string } };

export const FactSourceFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FactSourceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FactSource"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submissionId"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"legalName"}}]}}]}}]} as unknown as DocumentNode<FactSourceFieldsFragment, unknown>;
export const ExposureFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExposureFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Exposure"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"processorAlertedAt"}},{"kind":"Field","name":{"kind":"Name","value":"awareAt"}},{"kind":"Field","name":{"kind":"Name","value":"dataCategories"}},{"kind":"Field","name":{"kind":"Name","value":"sensitiveData"}},{"kind":"Field","name":{"kind":"Name","value":"exposedDataItems"}},{"kind":"Field","name":{"kind":"Name","value":"notExposedDataItems"}},{"kind":"Field","name":{"kind":"Name","value":"subjectCategories"}},{"kind":"Field","name":{"kind":"Name","value":"approxPersons"}},{"kind":"Field","name":{"kind":"Name","value":"approxRecords"}},{"kind":"Field","name":{"kind":"Name","value":"controller"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"legalName"}},{"kind":"Field","name":{"kind":"Name","value":"siren"}}]}}]}}]} as unknown as DocumentNode<ExposureFieldsFragment, unknown>;
export const IncidentFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IncidentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Incident"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startPrecision"}},{"kind":"Field","name":{"kind":"Name","value":"startAt"}},{"kind":"Field","name":{"kind":"Name","value":"endAt"}},{"kind":"Field","name":{"kind":"Name","value":"ongoing"}},{"kind":"Field","name":{"kind":"Name","value":"detectedAt"}},{"kind":"Field","name":{"kind":"Name","value":"natures"}},{"kind":"Field","name":{"kind":"Name","value":"origins"}},{"kind":"Field","name":{"kind":"Name","value":"causes"}},{"kind":"Field","name":{"kind":"Name","value":"attackVector"}},{"kind":"Field","name":{"kind":"Name","value":"sourceOrganization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"legalName"}}]}}]}}]} as unknown as DocumentNode<IncidentFieldsFragment, unknown>;
export const CountFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CountFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ScopedSubjectCounts"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"persons"}},{"kind":"Field","name":{"kind":"Name","value":"records"}},{"kind":"Field","name":{"kind":"Name","value":"minors"}},{"kind":"Field","name":{"kind":"Name","value":"duplicateReferences"}},{"kind":"Field","name":{"kind":"Name","value":"parts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partId"}},{"kind":"Field","name":{"kind":"Name","value":"persons"}},{"kind":"Field","name":{"kind":"Name","value":"records"}},{"kind":"Field","name":{"kind":"Name","value":"minors"}}]}}]}}]} as unknown as DocumentNode<CountFieldsFragment, unknown>;
export const NotificationFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NotificationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Notification"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"delayReasons"}},{"kind":"Field","name":{"kind":"Name","value":"cnilReference"}},{"kind":"Field","name":{"kind":"Name","value":"filedAt"}},{"kind":"Field","name":{"kind":"Name","value":"filedLate"}},{"kind":"Field","name":{"kind":"Name","value":"snapshotSha256"}},{"kind":"Field","name":{"kind":"Name","value":"exposureId"}},{"kind":"Field","name":{"kind":"Name","value":"initial"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"cnilReference"}}]}}]}}]} as unknown as DocumentNode<NotificationFieldsFragment, unknown>;
export const OrganizationFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganizationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"legalName"}},{"kind":"Field","name":{"kind":"Name","value":"siren"}},{"kind":"Field","name":{"kind":"Name","value":"noSiren"}},{"kind":"Field","name":{"kind":"Name","value":"otherIdentifierType"}},{"kind":"Field","name":{"kind":"Name","value":"otherIdentifier"}},{"kind":"Field","name":{"kind":"Name","value":"vatNumber"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"headcount"}},{"kind":"Field","name":{"kind":"Name","value":"address"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"street"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}},{"kind":"Field","name":{"kind":"Name","value":"legalRepresentative"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"civility"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contactIsLegalRepresentative"}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"civility"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dpo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dpoDesignationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"regimes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regime"}},{"kind":"Field","name":{"kind":"Name","value":"inScope"}},{"kind":"Field","name":{"kind":"Name","value":"rationale"}}]}}]}}]} as unknown as DocumentNode<OrganizationFieldsFragment, unknown>;
export const PersonsDecisionFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PersonsDecisionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PersonsInformationDecision"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"replaces"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"ground"}},{"kind":"Field","name":{"kind":"Name","value":"reasoning"}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"assessedLevel"}},{"kind":"Field","name":{"kind":"Name","value":"communicationDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"targetDays"}},{"kind":"Field","name":{"kind":"Name","value":"publicCommunicationAt"}},{"kind":"Field","name":{"kind":"Name","value":"publicCommunicationChannel"}},{"kind":"Field","name":{"kind":"Name","value":"publicCommunicationReference"}}]}}]} as unknown as DocumentNode<PersonsDecisionFieldsFragment, unknown>;
export const PersonsInformationFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PersonsInformationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PersonsInformation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exposureId"}},{"kind":"Field","name":{"kind":"Name","value":"decision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PersonsDecisionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PersonsDecisionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"communications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"personsReached"}},{"kind":"Field","name":{"kind":"Name","value":"failures"}},{"kind":"Field","name":{"kind":"Name","value":"isReminder"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PersonsDecisionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PersonsInformationDecision"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"replaces"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"ground"}},{"kind":"Field","name":{"kind":"Name","value":"reasoning"}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"assessedLevel"}},{"kind":"Field","name":{"kind":"Name","value":"communicationDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"targetDays"}},{"kind":"Field","name":{"kind":"Name","value":"publicCommunicationAt"}},{"kind":"Field","name":{"kind":"Name","value":"publicCommunicationChannel"}},{"kind":"Field","name":{"kind":"Name","value":"publicCommunicationReference"}}]}}]} as unknown as DocumentNode<PersonsInformationFieldsFragment, unknown>;
export const PhaseFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PhaseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Notification"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"final"}},{"kind":"Field","name":{"kind":"Name","value":"complementaryFollowUpAt"}},{"kind":"Field","name":{"kind":"Name","value":"afterFinalReason"}},{"kind":"Field","name":{"kind":"Name","value":"filedAt"}},{"kind":"Field","name":{"kind":"Name","value":"missingItemReasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"initial"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"cnilReference"}}]}}]}}]} as unknown as DocumentNode<PhaseFieldsFragment, unknown>;
export const ComplianceDashboardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ComplianceDashboard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"overdue"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"incidents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startAt"}},{"kind":"Field","name":{"kind":"Name","value":"detectedAt"}},{"kind":"Field","name":{"kind":"Name","value":"ongoing"}},{"kind":"Field","name":{"kind":"Name","value":"natures"}},{"kind":"Field","name":{"kind":"Name","value":"sourceOrganization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"legalName"}},{"kind":"Field","name":{"kind":"Name","value":"siren"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subjectCounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"persons"}},{"kind":"Field","name":{"kind":"Name","value":"records"}},{"kind":"Field","name":{"kind":"Name","value":"minors"}},{"kind":"Field","name":{"kind":"Name","value":"duplicateReferences"}},{"kind":"Field","name":{"kind":"Name","value":"parts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partId"}},{"kind":"Field","name":{"kind":"Name","value":"persons"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"exposures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"awareAt"}},{"kind":"Field","name":{"kind":"Name","value":"processorAlertedAt"}},{"kind":"Field","name":{"kind":"Name","value":"approxPersons"}},{"kind":"Field","name":{"kind":"Name","value":"dataCategories"}},{"kind":"Field","name":{"kind":"Name","value":"sensitiveData"}},{"kind":"Field","name":{"kind":"Name","value":"controller"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"legalName"}},{"kind":"Field","name":{"kind":"Name","value":"siren"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subjectCounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"persons"}},{"kind":"Field","name":{"kind":"Name","value":"records"}},{"kind":"Field","name":{"kind":"Name","value":"minors"}}]}},{"kind":"Field","name":{"kind":"Name","value":"obligations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"authority"}},{"kind":"Field","name":{"kind":"Name","value":"party"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"doneAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"notifications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"cnilReference"}},{"kind":"Field","name":{"kind":"Name","value":"filedAt"}},{"kind":"Field","name":{"kind":"Name","value":"filedLate"}},{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"remainingSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}}]}},{"kind":"Field","name":{"kind":"Name","value":"completeness"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"section"}},{"kind":"Field","name":{"kind":"Name","value":"messageFr"}},{"kind":"Field","name":{"kind":"Name","value":"blocksReady"}}]}}]}}]}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"deadlines"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"overdue"},"value":{"kind":"Variable","name":{"kind":"Name","value":"overdue"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exposureId"}},{"kind":"Field","name":{"kind":"Name","value":"controllerName"}},{"kind":"Field","name":{"kind":"Name","value":"obligation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"authority"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"consolidatedSubjectCounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"persons"}},{"kind":"Field","name":{"kind":"Name","value":"records"}},{"kind":"Field","name":{"kind":"Name","value":"minors"}},{"kind":"Field","name":{"kind":"Name","value":"duplicateReferences"}}]}}]}}]} as unknown as DocumentNode<ComplianceDashboardQuery, ComplianceDashboardQueryVariables>;
export const NotificationPdfsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NotificationPdfs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"incidents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exposures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"controller"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"legalName"}},{"kind":"Field","name":{"kind":"Name","value":"siren"}}]}},{"kind":"Field","name":{"kind":"Name","value":"notifications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"letterUrl"}},{"kind":"Field","name":{"kind":"Name","value":"byteSize"}},{"kind":"Field","name":{"kind":"Name","value":"pageCount"}},{"kind":"Field","name":{"kind":"Name","value":"pdfSha256"}},{"kind":"Field","name":{"kind":"Name","value":"letter"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<NotificationPdfsQuery, NotificationPdfsQueryVariables>;
export const SubmitBreachFactsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitBreachFacts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SubmitBreachFactsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitBreachFacts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sourceType"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}},{"kind":"Field","name":{"kind":"Name","value":"payloadHash"}},{"kind":"Field","name":{"kind":"Name","value":"incidentId"}},{"kind":"Field","name":{"kind":"Name","value":"exposureId"}},{"kind":"Field","name":{"kind":"Name","value":"incidentFacts"}},{"kind":"Field","name":{"kind":"Name","value":"exposureFacts"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"legalName"}}]}}]}}]}}]} as unknown as DocumentNode<SubmitBreachFactsMutation, SubmitBreachFactsMutationVariables>;
export const ExposureFactsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExposureFacts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exposure"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"controller"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"legalName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"factSubmissions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sourceType"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"legalName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"facts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"conflicting"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FactSourceFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"conflicts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"candidates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FactSourceFields"}}]}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FactSourceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FactSource"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submissionId"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"legalName"}}]}}]}}]} as unknown as DocumentNode<ExposureFactsQuery, ExposureFactsQueryVariables>;
export const FilingCopyNotificationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FilingCopyNotifications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"incidents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exposures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"controller"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"legalName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"notifications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"cnilReference"}},{"kind":"Field","name":{"kind":"Name","value":"filedAt"}},{"kind":"Field","name":{"kind":"Name","value":"filedBy"}},{"kind":"Field","name":{"kind":"Name","value":"filingRecordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"recapitulatifAt"}},{"kind":"Field","name":{"kind":"Name","value":"snapshotSha256"}},{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sha256"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"dossierUrl"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recapitulatif"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sha256"}},{"kind":"Field","name":{"kind":"Name","value":"byteSize"}},{"kind":"Field","name":{"kind":"Name","value":"uploadedAt"}},{"kind":"Field","name":{"kind":"Name","value":"uploadedBy"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<FilingCopyNotificationsQuery, FilingCopyNotificationsQueryVariables>;
export const RecordAuthorityNotificationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordAuthorityNotification"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"exposureId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AuthorityNotificationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordAuthorityNotification"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"exposureId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"exposureId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"exposureId"}},{"kind":"Field","name":{"kind":"Name","value":"authority"}},{"kind":"Field","name":{"kind":"Name","value":"notifiedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"}}]}}]}}]} as unknown as DocumentNode<RecordAuthorityNotificationMutation, RecordAuthorityNotificationMutationVariables>;
export const FilingRecordFilingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FilingRecordFiling"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordFilingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordNotificationFiling"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"filedAt"}},{"kind":"Field","name":{"kind":"Name","value":"filedBy"}},{"kind":"Field","name":{"kind":"Name","value":"filingRecordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"recapitulatifAt"}},{"kind":"Field","name":{"kind":"Name","value":"snapshotSha256"}}]}}]}}]} as unknown as DocumentNode<FilingRecordFilingMutation, FilingRecordFilingMutationVariables>;
export const FilingRecordRegisterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FilingRecordRegister"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"register"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"controllerName"}},{"kind":"Field","name":{"kind":"Name","value":"filings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"cnilReference"}},{"kind":"Field","name":{"kind":"Name","value":"filedAt"}},{"kind":"Field","name":{"kind":"Name","value":"filedBy"}},{"kind":"Field","name":{"kind":"Name","value":"filingRecordedAt"}}]}}]}}]}}]} as unknown as DocumentNode<FilingRecordRegisterQuery, FilingRecordRegisterQueryVariables>;
export const IncidentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Incidents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"IncidentFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"incidents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IncidentFields"}},{"kind":"Field","name":{"kind":"Name","value":"exposures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExposureFields"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IncidentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Incident"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startPrecision"}},{"kind":"Field","name":{"kind":"Name","value":"startAt"}},{"kind":"Field","name":{"kind":"Name","value":"endAt"}},{"kind":"Field","name":{"kind":"Name","value":"ongoing"}},{"kind":"Field","name":{"kind":"Name","value":"detectedAt"}},{"kind":"Field","name":{"kind":"Name","value":"natures"}},{"kind":"Field","name":{"kind":"Name","value":"origins"}},{"kind":"Field","name":{"kind":"Name","value":"causes"}},{"kind":"Field","name":{"kind":"Name","value":"attackVector"}},{"kind":"Field","name":{"kind":"Name","value":"sourceOrganization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"legalName"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExposureFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Exposure"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"processorAlertedAt"}},{"kind":"Field","name":{"kind":"Name","value":"awareAt"}},{"kind":"Field","name":{"kind":"Name","value":"dataCategories"}},{"kind":"Field","name":{"kind":"Name","value":"sensitiveData"}},{"kind":"Field","name":{"kind":"Name","value":"exposedDataItems"}},{"kind":"Field","name":{"kind":"Name","value":"notExposedDataItems"}},{"kind":"Field","name":{"kind":"Name","value":"subjectCategories"}},{"kind":"Field","name":{"kind":"Name","value":"approxPersons"}},{"kind":"Field","name":{"kind":"Name","value":"approxRecords"}},{"kind":"Field","name":{"kind":"Name","value":"controller"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"legalName"}},{"kind":"Field","name":{"kind":"Name","value":"siren"}}]}}]}}]} as unknown as DocumentNode<IncidentsQuery, IncidentsQueryVariables>;
export const IncidentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Incident"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"incident"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IncidentFields"}},{"kind":"Field","name":{"kind":"Name","value":"exposures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExposureFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IncidentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Incident"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startPrecision"}},{"kind":"Field","name":{"kind":"Name","value":"startAt"}},{"kind":"Field","name":{"kind":"Name","value":"endAt"}},{"kind":"Field","name":{"kind":"Name","value":"ongoing"}},{"kind":"Field","name":{"kind":"Name","value":"detectedAt"}},{"kind":"Field","name":{"kind":"Name","value":"natures"}},{"kind":"Field","name":{"kind":"Name","value":"origins"}},{"kind":"Field","name":{"kind":"Name","value":"causes"}},{"kind":"Field","name":{"kind":"Name","value":"attackVector"}},{"kind":"Field","name":{"kind":"Name","value":"sourceOrganization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"legalName"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExposureFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Exposure"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"processorAlertedAt"}},{"kind":"Field","name":{"kind":"Name","value":"awareAt"}},{"kind":"Field","name":{"kind":"Name","value":"dataCategories"}},{"kind":"Field","name":{"kind":"Name","value":"sensitiveData"}},{"kind":"Field","name":{"kind":"Name","value":"exposedDataItems"}},{"kind":"Field","name":{"kind":"Name","value":"notExposedDataItems"}},{"kind":"Field","name":{"kind":"Name","value":"subjectCategories"}},{"kind":"Field","name":{"kind":"Name","value":"approxPersons"}},{"kind":"Field","name":{"kind":"Name","value":"approxRecords"}},{"kind":"Field","name":{"kind":"Name","value":"controller"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"legalName"}},{"kind":"Field","name":{"kind":"Name","value":"siren"}}]}}]}}]} as unknown as DocumentNode<IncidentQuery, IncidentQueryVariables>;
export const ExposureDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Exposure"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exposure"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExposureFields"}},{"kind":"Field","name":{"kind":"Name","value":"incident"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExposureFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Exposure"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"processorAlertedAt"}},{"kind":"Field","name":{"kind":"Name","value":"awareAt"}},{"kind":"Field","name":{"kind":"Name","value":"dataCategories"}},{"kind":"Field","name":{"kind":"Name","value":"sensitiveData"}},{"kind":"Field","name":{"kind":"Name","value":"exposedDataItems"}},{"kind":"Field","name":{"kind":"Name","value":"notExposedDataItems"}},{"kind":"Field","name":{"kind":"Name","value":"subjectCategories"}},{"kind":"Field","name":{"kind":"Name","value":"approxPersons"}},{"kind":"Field","name":{"kind":"Name","value":"approxRecords"}},{"kind":"Field","name":{"kind":"Name","value":"controller"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"legalName"}},{"kind":"Field","name":{"kind":"Name","value":"siren"}}]}}]}}]} as unknown as DocumentNode<ExposureQuery, ExposureQueryVariables>;
export const CreateIncidentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateIncident"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateIncidentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createIncident"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IncidentFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IncidentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Incident"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startPrecision"}},{"kind":"Field","name":{"kind":"Name","value":"startAt"}},{"kind":"Field","name":{"kind":"Name","value":"endAt"}},{"kind":"Field","name":{"kind":"Name","value":"ongoing"}},{"kind":"Field","name":{"kind":"Name","value":"detectedAt"}},{"kind":"Field","name":{"kind":"Name","value":"natures"}},{"kind":"Field","name":{"kind":"Name","value":"origins"}},{"kind":"Field","name":{"kind":"Name","value":"causes"}},{"kind":"Field","name":{"kind":"Name","value":"attackVector"}},{"kind":"Field","name":{"kind":"Name","value":"sourceOrganization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"legalName"}}]}}]}}]} as unknown as DocumentNode<CreateIncidentMutation, CreateIncidentMutationVariables>;
export const UpdateIncidentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateIncident"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateIncidentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateIncident"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IncidentFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IncidentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Incident"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startPrecision"}},{"kind":"Field","name":{"kind":"Name","value":"startAt"}},{"kind":"Field","name":{"kind":"Name","value":"endAt"}},{"kind":"Field","name":{"kind":"Name","value":"ongoing"}},{"kind":"Field","name":{"kind":"Name","value":"detectedAt"}},{"kind":"Field","name":{"kind":"Name","value":"natures"}},{"kind":"Field","name":{"kind":"Name","value":"origins"}},{"kind":"Field","name":{"kind":"Name","value":"causes"}},{"kind":"Field","name":{"kind":"Name","value":"attackVector"}},{"kind":"Field","name":{"kind":"Name","value":"sourceOrganization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"legalName"}}]}}]}}]} as unknown as DocumentNode<UpdateIncidentMutation, UpdateIncidentMutationVariables>;
export const CreateExposureDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateExposure"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateExposureInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createExposure"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExposureFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExposureFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Exposure"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"processorAlertedAt"}},{"kind":"Field","name":{"kind":"Name","value":"awareAt"}},{"kind":"Field","name":{"kind":"Name","value":"dataCategories"}},{"kind":"Field","name":{"kind":"Name","value":"sensitiveData"}},{"kind":"Field","name":{"kind":"Name","value":"exposedDataItems"}},{"kind":"Field","name":{"kind":"Name","value":"notExposedDataItems"}},{"kind":"Field","name":{"kind":"Name","value":"subjectCategories"}},{"kind":"Field","name":{"kind":"Name","value":"approxPersons"}},{"kind":"Field","name":{"kind":"Name","value":"approxRecords"}},{"kind":"Field","name":{"kind":"Name","value":"controller"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"legalName"}},{"kind":"Field","name":{"kind":"Name","value":"siren"}}]}}]}}]} as unknown as DocumentNode<CreateExposureMutation, CreateExposureMutationVariables>;
export const UpdateExposureDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateExposure"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateExposureInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateExposure"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExposureFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExposureFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Exposure"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"processorAlertedAt"}},{"kind":"Field","name":{"kind":"Name","value":"awareAt"}},{"kind":"Field","name":{"kind":"Name","value":"dataCategories"}},{"kind":"Field","name":{"kind":"Name","value":"sensitiveData"}},{"kind":"Field","name":{"kind":"Name","value":"exposedDataItems"}},{"kind":"Field","name":{"kind":"Name","value":"notExposedDataItems"}},{"kind":"Field","name":{"kind":"Name","value":"subjectCategories"}},{"kind":"Field","name":{"kind":"Name","value":"approxPersons"}},{"kind":"Field","name":{"kind":"Name","value":"approxRecords"}},{"kind":"Field","name":{"kind":"Name","value":"controller"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"legalName"}},{"kind":"Field","name":{"kind":"Name","value":"siren"}}]}}]}}]} as unknown as DocumentNode<UpdateExposureMutation, UpdateExposureMutationVariables>;
export const VocabularyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Vocabulary"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vocabulary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"origin"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusDescription"}},{"kind":"Field","name":{"kind":"Name","value":"capturedOn"}},{"kind":"Field","name":{"kind":"Name","value":"entries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}}]}}]} as unknown as DocumentNode<VocabularyQuery, VocabularyQueryVariables>;
export const SubjectCountsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SubjectCounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"incidents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startAt"}},{"kind":"Field","name":{"kind":"Name","value":"sourceOrganization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"legalName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subjectCounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CountFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"exposures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"controller"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"siren"}},{"kind":"Field","name":{"kind":"Name","value":"legalName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subjectCounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CountFields"}}]}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"consolidatedSubjectCounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CountFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CountFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ScopedSubjectCounts"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"persons"}},{"kind":"Field","name":{"kind":"Name","value":"records"}},{"kind":"Field","name":{"kind":"Name","value":"minors"}},{"kind":"Field","name":{"kind":"Name","value":"duplicateReferences"}},{"kind":"Field","name":{"kind":"Name","value":"parts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partId"}},{"kind":"Field","name":{"kind":"Name","value":"persons"}},{"kind":"Field","name":{"kind":"Name","value":"records"}},{"kind":"Field","name":{"kind":"Name","value":"minors"}}]}}]}}]} as unknown as DocumentNode<SubjectCountsQuery, SubjectCountsQueryVariables>;
export const IngestBatchesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IngestBatches"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"incidentId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ingestBatches"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"incidentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"incidentId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}},{"kind":"Field","name":{"kind":"Name","value":"profile"}},{"kind":"Field","name":{"kind":"Name","value":"onError"}},{"kind":"Field","name":{"kind":"Name","value":"rowsRead"}},{"kind":"Field","name":{"kind":"Name","value":"rowsAccepted"}},{"kind":"Field","name":{"kind":"Name","value":"rowsRejected"}},{"kind":"Field","name":{"kind":"Name","value":"errorSummary"}},{"kind":"Field","name":{"kind":"Name","value":"sourceOrganization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"legalName"}}]}}]}}]}}]} as unknown as DocumentNode<IngestBatchesQuery, IngestBatchesQueryVariables>;
export const SideBySideIncidentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SideBySideIncidents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"valid"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"unknown"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"hidden"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"valid"},"name":{"kind":"Name","value":"incident"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"valid"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"unknown"},"name":{"kind":"Name","value":"incident"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"unknown"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"hidden"},"name":{"kind":"Name","value":"incident"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"hidden"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subject"}}]}}]}}]} as unknown as DocumentNode<SideBySideIncidentsQuery, SideBySideIncidentsQueryVariables>;
export const NodeByIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NodeById"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Incident"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Exposure"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"awareAt"}},{"kind":"Field","name":{"kind":"Name","value":"controller"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"legalName"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"legalName"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Notification"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IngestBatch"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"batchStatus"},"name":{"kind":"Name","value":"status"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FactSubmission"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sourceType"}}]}}]}}]}}]} as unknown as DocumentNode<NodeByIdQuery, NodeByIdQueryVariables>;
export const NodesByIdsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NodesByIds"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<NodesByIdsQuery, NodesByIdsQueryVariables>;
export const WhoAmIDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WhoAmI"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"legalName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"capabilities"}},{"kind":"Field","name":{"kind":"Name","value":"actingCapacities"}},{"kind":"Field","name":{"kind":"Name","value":"tokenExpiresAt"}}]}}]}}]} as unknown as DocumentNode<WhoAmIQuery, WhoAmIQueryVariables>;
export const CreateNotificationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateNotification"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateNotificationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createNotification"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NotificationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NotificationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Notification"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"delayReasons"}},{"kind":"Field","name":{"kind":"Name","value":"cnilReference"}},{"kind":"Field","name":{"kind":"Name","value":"filedAt"}},{"kind":"Field","name":{"kind":"Name","value":"filedLate"}},{"kind":"Field","name":{"kind":"Name","value":"snapshotSha256"}},{"kind":"Field","name":{"kind":"Name","value":"exposureId"}},{"kind":"Field","name":{"kind":"Name","value":"initial"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"cnilReference"}}]}}]}}]} as unknown as DocumentNode<CreateNotificationMutation, CreateNotificationMutationVariables>;
export const UpdateNotificationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateNotification"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateNotificationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateNotification"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NotificationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NotificationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Notification"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"delayReasons"}},{"kind":"Field","name":{"kind":"Name","value":"cnilReference"}},{"kind":"Field","name":{"kind":"Name","value":"filedAt"}},{"kind":"Field","name":{"kind":"Name","value":"filedLate"}},{"kind":"Field","name":{"kind":"Name","value":"snapshotSha256"}},{"kind":"Field","name":{"kind":"Name","value":"exposureId"}},{"kind":"Field","name":{"kind":"Name","value":"initial"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"cnilReference"}}]}}]}}]} as unknown as DocumentNode<UpdateNotificationMutation, UpdateNotificationMutationVariables>;
export const SignOffGravityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignOffGravity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SignOffGravityInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signOffGravity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NotificationFields"}},{"kind":"Field","name":{"kind":"Name","value":"gravityOverride"}},{"kind":"Field","name":{"kind":"Name","value":"gravitySignedOffBy"}},{"kind":"Field","name":{"kind":"Name","value":"gravitySignedOffAt"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NotificationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Notification"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"delayReasons"}},{"kind":"Field","name":{"kind":"Name","value":"cnilReference"}},{"kind":"Field","name":{"kind":"Name","value":"filedAt"}},{"kind":"Field","name":{"kind":"Name","value":"filedLate"}},{"kind":"Field","name":{"kind":"Name","value":"snapshotSha256"}},{"kind":"Field","name":{"kind":"Name","value":"exposureId"}},{"kind":"Field","name":{"kind":"Name","value":"initial"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"cnilReference"}}]}}]}}]} as unknown as DocumentNode<SignOffGravityMutation, SignOffGravityMutationVariables>;
export const MarkNotificationReadyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarkNotificationReady"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markNotificationReady"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NotificationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NotificationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Notification"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"delayReasons"}},{"kind":"Field","name":{"kind":"Name","value":"cnilReference"}},{"kind":"Field","name":{"kind":"Name","value":"filedAt"}},{"kind":"Field","name":{"kind":"Name","value":"filedLate"}},{"kind":"Field","name":{"kind":"Name","value":"snapshotSha256"}},{"kind":"Field","name":{"kind":"Name","value":"exposureId"}},{"kind":"Field","name":{"kind":"Name","value":"initial"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"cnilReference"}}]}}]}}]} as unknown as DocumentNode<MarkNotificationReadyMutation, MarkNotificationReadyMutationVariables>;
export const RecordNotificationFilingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordNotificationFiling"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordFilingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordNotificationFiling"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NotificationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NotificationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Notification"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"delayReasons"}},{"kind":"Field","name":{"kind":"Name","value":"cnilReference"}},{"kind":"Field","name":{"kind":"Name","value":"filedAt"}},{"kind":"Field","name":{"kind":"Name","value":"filedLate"}},{"kind":"Field","name":{"kind":"Name","value":"snapshotSha256"}},{"kind":"Field","name":{"kind":"Name","value":"exposureId"}},{"kind":"Field","name":{"kind":"Name","value":"initial"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"cnilReference"}}]}}]}}]} as unknown as DocumentNode<RecordNotificationFilingMutation, RecordNotificationFilingMutationVariables>;
export const StartComplementaryNotificationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartComplementaryNotification"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startComplementaryNotification"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NotificationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NotificationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Notification"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"delayReasons"}},{"kind":"Field","name":{"kind":"Name","value":"cnilReference"}},{"kind":"Field","name":{"kind":"Name","value":"filedAt"}},{"kind":"Field","name":{"kind":"Name","value":"filedLate"}},{"kind":"Field","name":{"kind":"Name","value":"snapshotSha256"}},{"kind":"Field","name":{"kind":"Name","value":"exposureId"}},{"kind":"Field","name":{"kind":"Name","value":"initial"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"cnilReference"}}]}}]}}]} as unknown as DocumentNode<StartComplementaryNotificationMutation, StartComplementaryNotificationMutationVariables>;
export const NotificationDocumentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NotificationDocument"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notification"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NotificationFields"}},{"kind":"Field","name":{"kind":"Name","value":"changesSinceInitial"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"section"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}}]}},{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"completeness"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"section"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"messageFr"}},{"kind":"Field","name":{"kind":"Name","value":"blocksReady"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deadline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"remainingSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}}]}},{"kind":"Field","name":{"kind":"Name","value":"obligations"}},{"kind":"Field","name":{"kind":"Name","value":"letter"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NotificationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Notification"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"delayReasons"}},{"kind":"Field","name":{"kind":"Name","value":"cnilReference"}},{"kind":"Field","name":{"kind":"Name","value":"filedAt"}},{"kind":"Field","name":{"kind":"Name","value":"filedLate"}},{"kind":"Field","name":{"kind":"Name","value":"snapshotSha256"}},{"kind":"Field","name":{"kind":"Name","value":"exposureId"}},{"kind":"Field","name":{"kind":"Name","value":"initial"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"cnilReference"}}]}}]}}]} as unknown as DocumentNode<NotificationDocumentQuery, NotificationDocumentQueryVariables>;
export const DeadlinesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Deadlines"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTimeISO"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"overdue"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deadlines"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}},{"kind":"Argument","name":{"kind":"Name","value":"overdue"},"value":{"kind":"Variable","name":{"kind":"Name","value":"overdue"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exposureId"}},{"kind":"Field","name":{"kind":"Name","value":"controllerName"}},{"kind":"Field","name":{"kind":"Name","value":"obligation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"authority"}},{"kind":"Field","name":{"kind":"Name","value":"party"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"doneAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"rationale"}}]}}]}}]}}]} as unknown as DocumentNode<DeadlinesQuery, DeadlinesQueryVariables>;
export const ExposureObligationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExposureObligations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exposure"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"obligations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"authority"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"party"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueBasis"}},{"kind":"Field","name":{"kind":"Name","value":"legalEnd"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"doneAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"rationale"}},{"kind":"Field","name":{"kind":"Name","value":"rulesVersion"}}]}}]}}]}}]} as unknown as DocumentNode<ExposureObligationsQuery, ExposureObligationsQueryVariables>;
export const DemoNotificationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DemoNotifications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"incidents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"exposures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"controller"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"legalName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"notifications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"cnilReference"}},{"kind":"Field","name":{"kind":"Name","value":"filedLate"}},{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}}]}},{"kind":"Field","name":{"kind":"Name","value":"completeness"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"blocksReady"}}]}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<DemoNotificationsQuery, DemoNotificationsQueryVariables>;
export const RegisterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Register"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"register"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exposureId"}},{"kind":"Field","name":{"kind":"Name","value":"incidentTitle"}},{"kind":"Field","name":{"kind":"Name","value":"controllerName"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"rationale"}},{"kind":"Field","name":{"kind":"Name","value":"notifiedAt"}},{"kind":"Field","name":{"kind":"Name","value":"cnilReference"}},{"kind":"Field","name":{"kind":"Name","value":"personsBand"}},{"kind":"Field","name":{"kind":"Name","value":"severityLevel"}}]}}]}}]} as unknown as DocumentNode<RegisterQuery, RegisterQueryVariables>;
export const OrganizationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Organizations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganizationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganizationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"legalName"}},{"kind":"Field","name":{"kind":"Name","value":"siren"}},{"kind":"Field","name":{"kind":"Name","value":"noSiren"}},{"kind":"Field","name":{"kind":"Name","value":"otherIdentifierType"}},{"kind":"Field","name":{"kind":"Name","value":"otherIdentifier"}},{"kind":"Field","name":{"kind":"Name","value":"vatNumber"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"headcount"}},{"kind":"Field","name":{"kind":"Name","value":"address"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"street"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}},{"kind":"Field","name":{"kind":"Name","value":"legalRepresentative"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"civility"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contactIsLegalRepresentative"}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"civility"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dpo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dpoDesignationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"regimes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regime"}},{"kind":"Field","name":{"kind":"Name","value":"inScope"}},{"kind":"Field","name":{"kind":"Name","value":"rationale"}}]}}]}}]} as unknown as DocumentNode<OrganizationsQuery, OrganizationsQueryVariables>;
export const OrganizationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Organization"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganizationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganizationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"legalName"}},{"kind":"Field","name":{"kind":"Name","value":"siren"}},{"kind":"Field","name":{"kind":"Name","value":"noSiren"}},{"kind":"Field","name":{"kind":"Name","value":"otherIdentifierType"}},{"kind":"Field","name":{"kind":"Name","value":"otherIdentifier"}},{"kind":"Field","name":{"kind":"Name","value":"vatNumber"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"headcount"}},{"kind":"Field","name":{"kind":"Name","value":"address"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"street"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}},{"kind":"Field","name":{"kind":"Name","value":"legalRepresentative"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"civility"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contactIsLegalRepresentative"}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"civility"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dpo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dpoDesignationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"regimes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regime"}},{"kind":"Field","name":{"kind":"Name","value":"inScope"}},{"kind":"Field","name":{"kind":"Name","value":"rationale"}}]}}]}}]} as unknown as DocumentNode<OrganizationQuery, OrganizationQueryVariables>;
export const CreateOrganizationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateOrganization"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateOrganizationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createOrganization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganizationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganizationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"legalName"}},{"kind":"Field","name":{"kind":"Name","value":"siren"}},{"kind":"Field","name":{"kind":"Name","value":"noSiren"}},{"kind":"Field","name":{"kind":"Name","value":"otherIdentifierType"}},{"kind":"Field","name":{"kind":"Name","value":"otherIdentifier"}},{"kind":"Field","name":{"kind":"Name","value":"vatNumber"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"headcount"}},{"kind":"Field","name":{"kind":"Name","value":"address"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"street"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}},{"kind":"Field","name":{"kind":"Name","value":"legalRepresentative"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"civility"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contactIsLegalRepresentative"}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"civility"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dpo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dpoDesignationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"regimes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regime"}},{"kind":"Field","name":{"kind":"Name","value":"inScope"}},{"kind":"Field","name":{"kind":"Name","value":"rationale"}}]}}]}}]} as unknown as DocumentNode<CreateOrganizationMutation, CreateOrganizationMutationVariables>;
export const UpdateOrganizationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateOrganization"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateOrganizationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateOrganization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganizationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganizationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"legalName"}},{"kind":"Field","name":{"kind":"Name","value":"siren"}},{"kind":"Field","name":{"kind":"Name","value":"noSiren"}},{"kind":"Field","name":{"kind":"Name","value":"otherIdentifierType"}},{"kind":"Field","name":{"kind":"Name","value":"otherIdentifier"}},{"kind":"Field","name":{"kind":"Name","value":"vatNumber"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"headcount"}},{"kind":"Field","name":{"kind":"Name","value":"address"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"street"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}},{"kind":"Field","name":{"kind":"Name","value":"legalRepresentative"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"civility"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contactIsLegalRepresentative"}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"civility"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dpo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dpoDesignationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"regimes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regime"}},{"kind":"Field","name":{"kind":"Name","value":"inScope"}},{"kind":"Field","name":{"kind":"Name","value":"rationale"}}]}}]}}]} as unknown as DocumentNode<UpdateOrganizationMutation, UpdateOrganizationMutationVariables>;
export const DeclareProcessorDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeclareProcessor"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"controllerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"processorSiren"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"declareProcessor"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"controllerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"controllerId"}}},{"kind":"Argument","name":{"kind":"Name","value":"processorSiren"},"value":{"kind":"Variable","name":{"kind":"Name","value":"processorSiren"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"legalName"}}]}}]}}]} as unknown as DocumentNode<DeclareProcessorMutation, DeclareProcessorMutationVariables>;
export const WithdrawProcessorDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WithdrawProcessor"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"controllerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"processorSiren"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"withdrawProcessor"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"controllerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"controllerId"}}},{"kind":"Argument","name":{"kind":"Name","value":"processorSiren"},"value":{"kind":"Variable","name":{"kind":"Name","value":"processorSiren"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"legalName"}}]}}]}}]} as unknown as DocumentNode<WithdrawProcessorMutation, WithdrawProcessorMutationVariables>;
export const DecidePersonsInformationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DecidePersonsInformation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"exposureId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DecidePersonsInformationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decidePersonsInformation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"exposureId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"exposureId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PersonsInformationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PersonsDecisionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PersonsInformationDecision"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"replaces"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"ground"}},{"kind":"Field","name":{"kind":"Name","value":"reasoning"}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"assessedLevel"}},{"kind":"Field","name":{"kind":"Name","value":"communicationDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"targetDays"}},{"kind":"Field","name":{"kind":"Name","value":"publicCommunicationAt"}},{"kind":"Field","name":{"kind":"Name","value":"publicCommunicationChannel"}},{"kind":"Field","name":{"kind":"Name","value":"publicCommunicationReference"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PersonsInformationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PersonsInformation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exposureId"}},{"kind":"Field","name":{"kind":"Name","value":"decision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PersonsDecisionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PersonsDecisionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"communications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"personsReached"}},{"kind":"Field","name":{"kind":"Name","value":"failures"}},{"kind":"Field","name":{"kind":"Name","value":"isReminder"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}}]}}]}}]} as unknown as DocumentNode<DecidePersonsInformationMutation, DecidePersonsInformationMutationVariables>;
export const RecordPersonsCommunicationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordPersonsCommunication"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"exposureId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordPersonsCommunicationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordPersonsCommunication"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"exposureId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"exposureId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PersonsInformationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PersonsDecisionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PersonsInformationDecision"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"replaces"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"ground"}},{"kind":"Field","name":{"kind":"Name","value":"reasoning"}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"assessedLevel"}},{"kind":"Field","name":{"kind":"Name","value":"communicationDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"targetDays"}},{"kind":"Field","name":{"kind":"Name","value":"publicCommunicationAt"}},{"kind":"Field","name":{"kind":"Name","value":"publicCommunicationChannel"}},{"kind":"Field","name":{"kind":"Name","value":"publicCommunicationReference"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PersonsInformationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PersonsInformation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exposureId"}},{"kind":"Field","name":{"kind":"Name","value":"decision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PersonsDecisionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PersonsDecisionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"communications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"personsReached"}},{"kind":"Field","name":{"kind":"Name","value":"failures"}},{"kind":"Field","name":{"kind":"Name","value":"isReminder"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}}]}}]}}]} as unknown as DocumentNode<RecordPersonsCommunicationMutation, RecordPersonsCommunicationMutationVariables>;
export const ExposurePersonsInformationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExposurePersonsInformation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exposure"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"personsInformation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PersonsInformationFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"obligations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueBasis"}},{"kind":"Field","name":{"kind":"Name","value":"doneAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"rationale"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PersonsDecisionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PersonsInformationDecision"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"replaces"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"ground"}},{"kind":"Field","name":{"kind":"Name","value":"reasoning"}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"assessedLevel"}},{"kind":"Field","name":{"kind":"Name","value":"communicationDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"targetDays"}},{"kind":"Field","name":{"kind":"Name","value":"publicCommunicationAt"}},{"kind":"Field","name":{"kind":"Name","value":"publicCommunicationChannel"}},{"kind":"Field","name":{"kind":"Name","value":"publicCommunicationReference"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PersonsInformationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PersonsInformation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exposureId"}},{"kind":"Field","name":{"kind":"Name","value":"decision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PersonsDecisionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PersonsDecisionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"communications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"personsReached"}},{"kind":"Field","name":{"kind":"Name","value":"failures"}},{"kind":"Field","name":{"kind":"Name","value":"isReminder"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}}]}}]}}]} as unknown as DocumentNode<ExposurePersonsInformationQuery, ExposurePersonsInformationQueryVariables>;
export const UpdatePersonsLetterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdatePersonsLetter"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"exposureId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PersonsLetterInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updatePersonsLetter"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"exposureId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"exposureId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"measuresText"}},{"kind":"Field","name":{"kind":"Name","value":"processorService"}},{"kind":"Field","name":{"kind":"Name","value":"signatoryName"}},{"kind":"Field","name":{"kind":"Name","value":"signatoryTitle"}},{"kind":"Field","name":{"kind":"Name","value":"letterDate"}},{"kind":"Field","name":{"kind":"Name","value":"readyAt"}},{"kind":"Field","name":{"kind":"Name","value":"readyBy"}},{"kind":"Field","name":{"kind":"Name","value":"editedBy"}}]}}]}}]} as unknown as DocumentNode<UpdatePersonsLetterMutation, UpdatePersonsLetterMutationVariables>;
export const MarkPersonsLetterReadyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarkPersonsLetterReady"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"notificationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markPersonsLetterReady"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"notificationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"notificationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"readyAt"}},{"kind":"Field","name":{"kind":"Name","value":"readyBy"}}]}}]}}]} as unknown as DocumentNode<MarkPersonsLetterReadyMutation, MarkPersonsLetterReadyMutationVariables>;
export const NotificationLetterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NotificationLetter"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notification"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"letter"}},{"kind":"Field","name":{"kind":"Name","value":"letterUrl"}},{"kind":"Field","name":{"kind":"Name","value":"letterDocxUrl"}},{"kind":"Field","name":{"kind":"Name","value":"letterRecipientsUrl"}},{"kind":"Field","name":{"kind":"Name","value":"letterStatus"}},{"kind":"Field","name":{"kind":"Name","value":"letterCompleteness"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"messageFr"}},{"kind":"Field","name":{"kind":"Name","value":"messageEn"}},{"kind":"Field","name":{"kind":"Name","value":"blocksReady"}}]}}]}}]}}]}}]} as unknown as DocumentNode<NotificationLetterQuery, NotificationLetterQueryVariables>;
export const PhaseStartComplementaryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PhaseStartComplementary"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"afterFinalReason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startComplementaryNotification"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"afterFinalReason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"afterFinalReason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PhaseFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PhaseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Notification"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"final"}},{"kind":"Field","name":{"kind":"Name","value":"complementaryFollowUpAt"}},{"kind":"Field","name":{"kind":"Name","value":"afterFinalReason"}},{"kind":"Field","name":{"kind":"Name","value":"filedAt"}},{"kind":"Field","name":{"kind":"Name","value":"missingItemReasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"initial"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"cnilReference"}}]}}]}}]} as unknown as DocumentNode<PhaseStartComplementaryMutation, PhaseStartComplementaryMutationVariables>;
export const PhaseUpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PhaseUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateNotificationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateNotification"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PhaseFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PhaseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Notification"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"final"}},{"kind":"Field","name":{"kind":"Name","value":"complementaryFollowUpAt"}},{"kind":"Field","name":{"kind":"Name","value":"afterFinalReason"}},{"kind":"Field","name":{"kind":"Name","value":"filedAt"}},{"kind":"Field","name":{"kind":"Name","value":"missingItemReasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"initial"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"cnilReference"}}]}}]}}]} as unknown as DocumentNode<PhaseUpdateMutation, PhaseUpdateMutationVariables>;
export const PhaseRecordFilingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PhaseRecordFiling"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordFilingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordNotificationFiling"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PhaseFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PhaseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Notification"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"final"}},{"kind":"Field","name":{"kind":"Name","value":"complementaryFollowUpAt"}},{"kind":"Field","name":{"kind":"Name","value":"afterFinalReason"}},{"kind":"Field","name":{"kind":"Name","value":"filedAt"}},{"kind":"Field","name":{"kind":"Name","value":"missingItemReasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"initial"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"cnilReference"}}]}}]}}]} as unknown as DocumentNode<PhaseRecordFilingMutation, PhaseRecordFilingMutationVariables>;
export const PhaseNotificationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PhaseNotification"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notification"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PhaseFields"}},{"kind":"Field","name":{"kind":"Name","value":"changesSincePrevious"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"section"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}}]}},{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"completeness"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"section"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"messageFr"}},{"kind":"Field","name":{"kind":"Name","value":"blocksReady"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PhaseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Notification"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"final"}},{"kind":"Field","name":{"kind":"Name","value":"complementaryFollowUpAt"}},{"kind":"Field","name":{"kind":"Name","value":"afterFinalReason"}},{"kind":"Field","name":{"kind":"Name","value":"filedAt"}},{"kind":"Field","name":{"kind":"Name","value":"missingItemReasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"initial"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"cnilReference"}}]}}]}}]} as unknown as DocumentNode<PhaseNotificationQuery, PhaseNotificationQueryVariables>;
export const RecordEntityFactsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordEntityFacts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EntityFactsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordEntityFacts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"organizationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"doraCategory"}},{"kind":"Field","name":{"kind":"Name","value":"solvency2SmallUndertaking"}},{"kind":"Field","name":{"kind":"Name","value":"doraReason"}},{"kind":"Field","name":{"kind":"Name","value":"doraSystemic"}},{"kind":"Field","name":{"kind":"Name","value":"nis2Status"}},{"kind":"Field","name":{"kind":"Name","value":"nis2Sector"}},{"kind":"Field","name":{"kind":"Name","value":"nis2Reason"}},{"kind":"Field","name":{"kind":"Name","value":"nis1Designated"}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}}]}}]}}]} as unknown as DocumentNode<RecordEntityFactsMutation, RecordEntityFactsMutationVariables>;
export const OrganizationEntityFactsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrganizationEntityFacts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"entityFacts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"doraCategory"}},{"kind":"Field","name":{"kind":"Name","value":"doraReason"}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"}}]}}]}}]}}]} as unknown as DocumentNode<OrganizationEntityFactsQuery, OrganizationEntityFactsQueryVariables>;
export const RecordProcessingContractDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordProcessingContract"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"controllerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"processorSiren"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"alertHours"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"contractReference"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordProcessingContract"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"controllerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"controllerId"}}},{"kind":"Argument","name":{"kind":"Name","value":"processorSiren"},"value":{"kind":"Variable","name":{"kind":"Name","value":"processorSiren"}}},{"kind":"Argument","name":{"kind":"Name","value":"alertHours"},"value":{"kind":"Variable","name":{"kind":"Name","value":"alertHours"}}},{"kind":"Argument","name":{"kind":"Name","value":"contractReference"},"value":{"kind":"Variable","name":{"kind":"Name","value":"contractReference"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"controllerId"}},{"kind":"Field","name":{"kind":"Name","value":"processorId"}},{"kind":"Field","name":{"kind":"Name","value":"alertHours"}},{"kind":"Field","name":{"kind":"Name","value":"contractReference"}}]}}]}}]} as unknown as DocumentNode<RecordProcessingContractMutation, RecordProcessingContractMutationVariables>;
export const ClassifyDoraIncidentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ClassifyDoraIncident"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"exposureId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ClassifyDoraIncidentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"classifyDoraIncident"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"exposureId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"exposureId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"major"}},{"kind":"Field","name":{"kind":"Name","value":"classifiedAt"}},{"kind":"Field","name":{"kind":"Name","value":"classifiedBy"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"criteria"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"criterion"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]} as unknown as DocumentNode<ClassifyDoraIncidentMutation, ClassifyDoraIncidentMutationVariables>;
export const RecordDoraStepDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordDoraStep"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"exposureId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordDoraStepInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordDoraStep"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"exposureId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"exposureId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"concerns"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"}}]}}]}}]} as unknown as DocumentNode<RecordDoraStepMutation, RecordDoraStepMutationVariables>;
export const ExposureDoraDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExposureDora"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exposure"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"doraClassifications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"major"}},{"kind":"Field","name":{"kind":"Name","value":"classifiedBy"}},{"kind":"Field","name":{"kind":"Name","value":"criteria"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"criterion"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"doraSteps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"concerns"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"}}]}}]}}]}}]} as unknown as DocumentNode<ExposureDoraQuery, ExposureDoraQueryVariables>;
export const RegisterDetailsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RegisterDetails"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"register"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exposureId"}},{"kind":"Field","name":{"kind":"Name","value":"incidentTitle"}},{"kind":"Field","name":{"kind":"Name","value":"controllerName"}},{"kind":"Field","name":{"kind":"Name","value":"startAt"}},{"kind":"Field","name":{"kind":"Name","value":"awareAt"}},{"kind":"Field","name":{"kind":"Name","value":"consequences"}},{"kind":"Field","name":{"kind":"Name","value":"harms"}},{"kind":"Field","name":{"kind":"Name","value":"measuresTaken"}},{"kind":"Field","name":{"kind":"Name","value":"sensitiveData"}},{"kind":"Field","name":{"kind":"Name","value":"approxPersons"}},{"kind":"Field","name":{"kind":"Name","value":"exactPersons"}},{"kind":"Field","name":{"kind":"Name","value":"personsBand"}},{"kind":"Field","name":{"kind":"Name","value":"severityLevel"}},{"kind":"Field","name":{"kind":"Name","value":"computedSeverityLevel"}},{"kind":"Field","name":{"kind":"Name","value":"severityOverrideReason"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"decisionLabel"}},{"kind":"Field","name":{"kind":"Name","value":"rationale"}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"suggestion"}},{"kind":"Field","name":{"kind":"Name","value":"personsSuggestion"}},{"kind":"Field","name":{"kind":"Name","value":"personsDecision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"decisionLabel"}},{"kind":"Field","name":{"kind":"Name","value":"reasoning"}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decisionHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"reasoning"}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"}}]}},{"kind":"Field","name":{"kind":"Name","value":"filings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"cnilReference"}},{"kind":"Field","name":{"kind":"Name","value":"filedAt"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}}]}}]}}]} as unknown as DocumentNode<RegisterDetailsQuery, RegisterDetailsQueryVariables>;
export const DecideCnilNotificationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DecideCnilNotification"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"exposureId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DecideCnilNotificationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decideCnilNotification"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"exposureId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"exposureId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"reasoning"}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}}]}}]}}]} as unknown as DocumentNode<DecideCnilNotificationMutation, DecideCnilNotificationMutationVariables>;