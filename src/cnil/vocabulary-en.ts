import { VOCABULARY_LISTS } from './vocabulary';

/**
 * English labels of the answer lists, for dashboards read by people who do not read French (a
 * group's DPO abroad, an auditor). They are the gateway's translation, not the CNIL's: the documents
 * sent to the CNIL and to persons always use the French labels of vocabulary.ts.
 */
const EN_LABELS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  NotificationType: { COMPLETE: 'Complete notification', INITIAL: 'Initial notification', COMPLEMENTARY: 'Complementary notification' },
  OrganizationRole: { CONTROLLER: 'Controller', PROCESSOR: 'Processor' },
  Civility: { MADAME: 'Ms', MONSIEUR: 'Mr' },
  OrganizationIdentifierType: {
    RNA: 'RNA number (French association)',
    FOREIGN_REGISTRATION: 'Foreign registration number',
    OTHER: 'Other identifier',
  },
  Regime: { DORA: 'DORA: major ICT-related incident (ACPR)', NIS2: 'NIS 2: significant incident (ANSSI)' },
  DatePrecision: { EXACT: 'Exact date', APPROXIMATE: 'Approximate date', UNKNOWN: 'Unknown date' },
  BreachNature: { CONFIDENTIALITY: 'Loss of confidentiality', INTEGRITY: 'Loss of integrity', AVAILABILITY: 'Loss of availability' },
  IncidentOrigin: {
    LOST_STOLEN_EQUIPMENT: 'Equipment lost or stolen',
    LOST_STOLEN_PAPER: 'Paper lost, stolen or left in an unsecured place',
    LOST_OPENED_MAIL: 'Mail lost or opened before being returned to sender',
    HACKING_MALWARE_PHISHING: 'Hacking, malware (e.g. ransomware) and/or phishing',
    PAPER_DISPOSAL: 'Paper documents with personal data disposed of without physical destruction',
    DEVICE_DISPOSAL: 'Digital devices with personal data disposed of without secure erasure',
    UNINTENDED_PUBLICATION: 'Unintended publication of information',
    WRONG_PERSON_DATA_ON_PORTAL: "Wrong person's data shown on the customer portal",
    WRONG_RECIPIENT: 'Personal data sent to the wrong recipient',
    VERBAL_DISCLOSURE: 'Personal information disclosed verbally',
    OTHER: 'Other',
    UNKNOWN: 'Not known yet',
  },
  IncidentCause: {
    INTERNAL_MALICIOUS: 'Internal malicious act',
    INTERNAL_ACCIDENTAL: 'Internal accidental act',
    EXTERNAL_MALICIOUS: 'External malicious act',
    EXTERNAL_ACCIDENTAL: 'External accidental act',
    OTHER: 'Other',
    UNKNOWN: 'Unknown',
  },
  DataCategory: {
    CIVIL_STATUS: 'Civil status (name, sex, date of birth, age…)',
    NIR: 'NIR (French social-security number)',
    CONTACT: 'Contact details (postal or e-mail address, phone…)',
    IDENTIFICATION_ACCESS: 'Identification or access data (login, password, customer number…)',
    FINANCIAL: 'Financial or economic information (income, bank details, card…)',
    OFFICIAL_DOCUMENTS: 'Official documents (passport, identity card…)',
    LOCATION: 'Location data',
    OFFENCES: 'Offences, convictions, security measures',
    OTHER: 'Other data',
    UNKNOWN: 'Not known yet',
  },
  SensitiveDataCategory: {
    RACIAL_ETHNIC_ORIGIN: 'Racial or ethnic origin',
    POLITICAL_OPINIONS: 'Political opinions',
    RELIGIOUS_PHILOSOPHICAL: 'Religious or philosophical beliefs',
    TRADE_UNION: 'Trade-union membership',
    SEXUAL_ORIENTATION: 'Sex life or sexual orientation',
    HEALTH: 'Health data',
    BIOMETRIC: 'Biometric data',
    GENETIC: 'Genetic data',
  },
  SubjectCategory: {
    EMPLOYEES: 'Employees',
    USERS: 'Users',
    MEMBERS: 'Members',
    STUDENTS: 'Students / pupils',
    MILITARY: 'Military personnel',
    CUSTOMERS: 'Customers (current or prospective)',
    PATIENTS: 'Patients',
    MINORS: 'Minors',
    VULNERABLE: 'Vulnerable persons',
    NOT_DETERMINED: 'Not determined yet',
    OTHER: 'Others',
  },
  Consequence: {
    SPREAD_BEYOND_CONTROL: 'The data spread further than necessary and escaped the persons’ control',
    CROSS_MATCHING: 'The data can be cross-matched with other information',
    MISUSE: 'The data can be used for other purposes than intended or maliciously',
    FALSIFICATION: 'The data can be falsified',
    SERVICE_DISRUPTION: 'Malfunction and difficulty providing a critical service',
    OTHER: 'Other',
    UNKNOWN: 'Not known yet',
  },
  Harm: {
    LOSS_OF_CONTROL: 'Loss of control over their data',
    LIMITATION_OF_RIGHTS: 'Limitation of their rights',
    DISCRIMINATION: 'Discrimination',
    IDENTITY_THEFT: 'Identity theft or fraud',
    FRAUD: 'Fraud',
    PSEUDONYMISATION_REVERSAL: 'Unauthorised reversal of pseudonymisation',
    FINANCIAL_LOSS: 'Financial loss',
    REPUTATION_DAMAGE: 'Damage to reputation',
    PROFESSIONAL_SECRECY_LOSS: 'Loss of confidentiality of data protected by professional secrecy',
    OTHER: 'Other',
  },
  Gravity: { NEGLIGIBLE: 'Negligible', LIMITED: 'Limited', IMPORTANT: 'Significant', MAXIMAL: 'Maximum' },
  CommunicationStatus: {
    INFORMED: 'Yes, the persons have been informed',
    WILL_BE_INFORMED: 'No, but they will be',
    WILL_NOT_BE_INFORMED: 'No, they will not be',
    UNDETERMINED: 'Not determined yet',
  },
  NonCommunicationJustification: {
    RISK_NOT_HIGH: 'The breach is unlikely to result in a high risk',
    DATA_UNINTELLIGIBLE: 'The data are unintelligible to anyone not authorised (GDPR article 34(3)(a))',
    SUBSEQUENT_MEASURES: 'Subsequent measures make the high risk unlikely to materialise (GDPR article 34(3)(b))',
    DISPROPORTIONATE_EFFORT_PUBLIC_COMMUNICATION: 'Disproportionate effort: public communication instead (GDPR article 34(3)(c))',
  },
  CommunicationChannel: {
    EMAIL: 'E-mail',
    SMS: 'Text message',
    POSTAL_MAIL: 'Postal mail',
    CUSTOMER_PORTAL: 'Customer portal',
    PHONE: 'Telephone',
    PUBLIC_NOTICE: 'Public notice',
    PRESS: 'Press',
  },
};

/** List titles in English, by list name. */
const EN_TITLES: Readonly<Record<string, string>> = {
  NotificationType: 'Notification type',
  OrganizationRole: 'Role of the organisation',
  Civility: 'Title',
  OrganizationIdentifierType: 'Other identifier of the organisation',
  Regime: 'Other notification regimes',
  DatePrecision: 'Precision of the start date',
  BreachNature: 'Nature of the breach',
  IncidentOrigin: 'Origin of the incident',
  IncidentCause: 'Cause of the incident',
  DataCategory: 'Categories of data',
  SensitiveDataCategory: 'Sensitive data',
  SubjectCategory: 'Categories of persons concerned',
  Consequence: 'Potential consequences',
  Harm: 'Potential harm',
  Gravity: 'Severity level',
  CommunicationStatus: 'Communication to the persons',
  NonCommunicationJustification: 'Justification for not communicating',
  CommunicationChannel: 'Means of communication',
};

/** The locales a person may read a label in: French (the documents' language) or English. */
export type Locale = 'FR' | 'EN';

/** The label of one code of a list, in the locale asked; French when no translation exists. */
export function vocabularyLabel(listName: string, code: string, locale: Locale): string {
  const list = VOCABULARY_LISTS.find((candidate) => candidate.name === listName);
  const french = (list?.labels as Readonly<Record<string, string>> | undefined)?.[code] ?? code;
  return locale === 'EN' ? (EN_LABELS[listName]?.[code] ?? french) : french;
}

/** The title of a list in the locale asked. */
export function vocabularyTitle(listName: string, locale: Locale): string {
  const list = VOCABULARY_LISTS.find((candidate) => candidate.name === listName);
  const french = list?.title ?? listName;
  return locale === 'EN' ? (EN_TITLES[listName] ?? french) : french;
}

/** Codes of a list with no English label: empty when the translation is complete (a unit test checks). */
export function untranslatedCodes(): string[] {
  return VOCABULARY_LISTS.flatMap((list) =>
    list.codes.filter((code) => !EN_LABELS[list.name]?.[code]).map((code) => `${list.name}.${code}`),
  ).concat(VOCABULARY_LISTS.filter((list) => !EN_TITLES[list.name]).map((list) => list.name));
}
