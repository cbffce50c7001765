/**
 * The CNIL notification form's answer lists, as data: one source of truth for the GraphQL enums,
 * the `vocabulary` query, the assembler and the PDF. The form is expected to be realigned (EDPB
 * common template), so every list carries the vocabulary version it belongs to; changing a label or
 * adding a code is a data change here, nowhere else.
 */

/**
 * Bumped whenever a code or a label changes; snapshots record it so old filings stay readable. The
 * CNIL's lists are « reconstituées »: the téléservice sits behind a login and no dated capture of it
 * has been made, so they rest on secondary sources (docs/vocabulary.md names them). The version says
 * so until such a capture confirms them; then it becomes « confirmée » with the capture's date.
 */
export const VOCABULARY_VERSION = 'cnil-reconstituee-2026.1';

/** The gateway's own lists (not the CNIL's): versioned apart, never stamped as the téléservice's. */
export const GATEWAY_VOCABULARY_VERSION = 'breach-gateway-2026.1';

export type VocabularyStatus = 'RECONSTITUTED' | 'CONFIRMED' | 'GATEWAY';

export interface VocabularyVersionInfo {
  status: VocabularyStatus;
  /** In French, for the documents: what the version is and what it rests on. */
  description: string;
  /** The date of the téléservice capture that confirmed the lists; null while reconstituted. */
  capturedOn: string | null;
}

const RECONSTITUTED_DESCRIPTION =
  'listes reconstituées d’après des sources secondaires (documents préparatoires publics, guides de tiers, jeu de données ouvertes de la CNIL), non confirmées par une capture datée du téléservice';

/** Every vocabulary version a snapshot may carry, old ones included, and what it is. */
export const VOCABULARY_VERSIONS: Readonly<Record<string, VocabularyVersionInfo>> = {
  // The first version was stamped as if it were the téléservice's; it was reconstituted as well.
  'cnil-teleservice-2024.1': { status: 'RECONSTITUTED', description: RECONSTITUTED_DESCRIPTION, capturedOn: null },
  [VOCABULARY_VERSION]: { status: 'RECONSTITUTED', description: RECONSTITUTED_DESCRIPTION, capturedOn: null },
  [GATEWAY_VOCABULARY_VERSION]: {
    status: 'GATEWAY',
    description: 'listes propres à l’outil, qui ne sont pas des listes de la CNIL',
    capturedOn: null,
  },
};

/** What a version is, in French; an unknown version says so rather than pass for a confirmed one. */
export function vocabularyVersionText(version: string): string {
  const info = VOCABULARY_VERSIONS[version];
  return `${version} (${info ? info.description : 'version inconnue de l’outil'})`;
}

/** Where a list comes from: the CNIL's form (reconstituted) or the gateway itself. */
export type VocabularyOrigin = 'CNIL_FORM' | 'GATEWAY';

export interface VocabularyList<C extends string> {
  /** Stable machine name of the list, also the GraphQL enum name. */
  readonly name: string;
  /** The form's own heading for the list, in French. */
  readonly title: string;
  readonly labels: Readonly<Record<C, string>>;
  /** `{ CODE: 'CODE' }`, the shape TypeGraphQL's registerEnumType expects. */
  readonly values: Readonly<{ [K in C]: K }>;
  readonly codes: readonly C[];
  readonly origin: VocabularyOrigin;
  /** VOCABULARY_VERSION for the CNIL's lists, GATEWAY_VOCABULARY_VERSION for the gateway's own. */
  readonly version: string;
}

function defineList<C extends string>(
  name: string,
  title: string,
  labels: Record<C, string>,
  origin: VocabularyOrigin = 'CNIL_FORM',
): VocabularyList<C> {
  const codes = Object.keys(labels) as C[];
  const values = Object.fromEntries(codes.map((code) => [code, code])) as { [K in C]: K };
  const version = origin === 'CNIL_FORM' ? VOCABULARY_VERSION : GATEWAY_VOCABULARY_VERSION;
  return Object.freeze({
    name,
    title,
    labels: Object.freeze(labels),
    values: Object.freeze(values),
    codes: Object.freeze(codes),
    origin,
    version,
  });
}

export type CodeOf<L> = L extends VocabularyList<infer C> ? C : never;

export const BREACH_NATURE = defineList('BreachNature', 'Nature de la violation', {
  CONFIDENTIALITY: 'Perte de la confidentialité',
  INTEGRITY: "Perte de l'intégrité",
  AVAILABILITY: 'Perte de la disponibilité',
});

export const INCIDENT_ORIGIN = defineList('IncidentOrigin', "Origine de l'incident", {
  LOST_STOLEN_EQUIPMENT: 'Équipement perdu ou volé',
  LOST_STOLEN_PAPER: 'Papier perdu, volé ou laissé accessible dans un endroit non sécurisé',
  LOST_OPENED_MAIL: "Courrier perdu ou ouvert avant d'être retourné à l'envoyeur",
  HACKING_MALWARE_PHISHING: 'Piratage, logiciel malveillant (par exemple rançongiciel) et/ou hameçonnage',
  PAPER_DISPOSAL: 'Mise au rebut de documents papier contenant des données personnelles sans destruction physique',
  DEVICE_DISPOSAL: "Mise au rebut d'appareils numériques contenant des données personnelles sans effacement sécurisé",
  UNINTENDED_PUBLICATION: "Publication non volontaire d'informations",
  WRONG_PERSON_DATA_ON_PORTAL: 'Données de la mauvaise personne affichées sur le portail du client',
  WRONG_RECIPIENT: 'Données personnelles envoyées à un mauvais destinataire',
  VERBAL_DISCLOSURE: 'Informations personnelles divulguées de façon verbale',
  OTHER: 'Autre',
  UNKNOWN: "Ne sait pas pour l'instant",
});

export const INCIDENT_CAUSE = defineList('IncidentCause', "Cause de l'incident", {
  INTERNAL_MALICIOUS: 'Acte interne malveillant',
  INTERNAL_ACCIDENTAL: 'Acte interne accidentel',
  EXTERNAL_MALICIOUS: 'Acte externe malveillant',
  EXTERNAL_ACCIDENTAL: 'Acte externe accidentel',
  OTHER: 'Autre',
  UNKNOWN: 'Inconnu',
});

export const DATA_CATEGORY = defineList('DataCategory', 'Nature des données', {
  CIVIL_STATUS: 'État civil (nom, sexe, date de naissance, âge…)',
  NIR: 'NIR (numéro de sécurité sociale)',
  CONTACT: 'Coordonnées (adresse postale ou électronique, téléphone…)',
  IDENTIFICATION_ACCESS: "Données d'identification ou d'accès (identifiant, mot de passe, numéro client…)",
  FINANCIAL: 'Informations financières ou économiques (revenus, coordonnées bancaires, carte…)',
  OFFICIAL_DOCUMENTS: "Documents officiels (passeport, pièce d'identité…)",
  LOCATION: 'Données de localisation',
  OFFENCES: 'Infractions, condamnations, mesures de sûreté',
  OTHER: 'Autres données',
  UNKNOWN: 'Pas connues pour le moment',
});

export const SENSITIVE_DATA = defineList('SensitiveDataCategory', 'Données sensibles', {
  RACIAL_ETHNIC_ORIGIN: 'Origine raciale ou ethnique',
  POLITICAL_OPINIONS: 'Opinions politiques',
  RELIGIOUS_PHILOSOPHICAL: 'Opinions philosophiques ou religieuses',
  TRADE_UNION: 'Appartenance syndicale',
  SEXUAL_ORIENTATION: 'Vie sexuelle ou orientation sexuelle',
  HEALTH: 'Données de santé',
  BIOMETRIC: 'Données biométriques',
  GENETIC: 'Données génétiques',
});

export const SUBJECT_CATEGORY = defineList('SubjectCategory', 'Catégories de personnes concernées', {
  EMPLOYEES: 'Employés',
  USERS: 'Utilisateurs',
  MEMBERS: 'Adhérents',
  STUDENTS: 'Étudiants / élèves',
  MILITARY: 'Personnel militaire',
  CUSTOMERS: 'Clients (actuels ou potentiels)',
  PATIENTS: 'Patients',
  MINORS: 'Mineurs',
  VULNERABLE: 'Personnes vulnérables',
  NOT_DETERMINED: 'Pas déterminé pour le moment',
  OTHER: 'Autres',
});

/** Consequences, each tied to the nature it follows from (the form shows them per nature). */
export const CONSEQUENCE = defineList('Consequence', 'Conséquences potentielles', {
  SPREAD_BEYOND_CONTROL: 'Les données ont été diffusées plus que nécessaire et ont échappé à la maîtrise des personnes',
  CROSS_MATCHING: 'Les données peuvent être croisées ou rapprochées avec d’autres informations',
  MISUSE: 'Les données peuvent être exploitées à d’autres fins que celles prévues ou de manière malveillante',
  FALSIFICATION: 'Les données peuvent être falsifiées',
  SERVICE_DISRUPTION: 'Dysfonctionnement et difficultés à fournir un service critique',
  OTHER: 'Autre',
  UNKNOWN: "Ne sait pas pour l'instant",
});

export const CONSEQUENCE_NATURE: Readonly<Record<CodeOf<typeof CONSEQUENCE>, CodeOf<typeof BREACH_NATURE> | null>> = {
  SPREAD_BEYOND_CONTROL: 'CONFIDENTIALITY',
  CROSS_MATCHING: 'CONFIDENTIALITY',
  MISUSE: 'CONFIDENTIALITY',
  FALSIFICATION: 'INTEGRITY',
  SERVICE_DISRUPTION: 'AVAILABILITY',
  OTHER: null,
  UNKNOWN: null,
};

export const HARM = defineList('Harm', 'Préjudices potentiels', {
  LOSS_OF_CONTROL: 'Perte de contrôle sur leurs données',
  LIMITATION_OF_RIGHTS: 'Limitation de leurs droits',
  DISCRIMINATION: 'Discrimination',
  IDENTITY_THEFT: 'Vol ou usurpation d’identité',
  FRAUD: 'Fraude',
  PSEUDONYMISATION_REVERSAL: 'Levée non autorisée de la pseudonymisation',
  FINANCIAL_LOSS: 'Pertes financières',
  REPUTATION_DAMAGE: 'Atteinte à la réputation',
  PROFESSIONAL_SECRECY_LOSS: 'Perte de la confidentialité de données protégées par un secret professionnel',
  OTHER: 'Autre',
});

export const GRAVITY = defineList('Gravity', 'Niveau de gravité', {
  NEGLIGIBLE: 'Négligeable',
  LIMITED: 'Limité',
  IMPORTANT: 'Important',
  MAXIMAL: 'Maximal',
});

export const COMMUNICATION_STATUS = defineList('CommunicationStatus', 'Communication aux personnes', {
  INFORMED: 'Oui, les personnes ont été informées',
  WILL_BE_INFORMED: 'Non, mais elles le seront',
  WILL_NOT_BE_INFORMED: 'Non, elles ne le seront pas',
  UNDETERMINED: 'Non déterminé pour le moment',
});

export const NON_COMMUNICATION_JUSTIFICATION = defineList(
  'NonCommunicationJustification',
  'Justification de l’absence de communication',
  {
    RISK_NOT_HIGH: 'La violation n’est pas susceptible d’engendrer un risque élevé',
    DATA_UNINTELLIGIBLE:
      'Les données sont incompréhensibles pour toute personne non autorisée (article 34, paragraphe 3, point a) du RGPD)',
    SUBSEQUENT_MEASURES: 'Des mesures ultérieures rendent le risque élevé improbable (article 34, paragraphe 3, point b) du RGPD)',
    DISPROPORTIONATE_EFFORT_PUBLIC_COMMUNICATION:
      'Efforts disproportionnés : communication publique (article 34, paragraphe 3, point c) du RGPD)',
  },
  // The form asks for a justification; these codes are the grounds of article 34, paragraph 3, in the gateway's words.
  'GATEWAY',
);

export const COMMUNICATION_CHANNEL = defineList(
  'CommunicationChannel',
  'Moyens de communication',
  {
    EMAIL: 'Courrier électronique',
    SMS: 'SMS',
    POSTAL_MAIL: 'Courrier postal',
    CUSTOMER_PORTAL: 'Espace client',
    PHONE: 'Téléphone',
    PUBLIC_NOTICE: 'Avis public',
    PRESS: 'Presse',
  },
  // No secondary source gives the téléservice's channel list: these are the gateway's.
  'GATEWAY',
);

export const NOTIFICATION_TYPE = defineList('NotificationType', 'Type de notification', {
  COMPLETE: 'Notification complète',
  INITIAL: 'Notification initiale',
  COMPLEMENTARY: 'Notification complémentaire',
});

export const DATE_PRECISION = defineList('DatePrecision', 'Précision de la date de début', {
  EXACT: 'Date exacte',
  APPROXIMATE: 'Date approximative',
  UNKNOWN: 'Date inconnue',
});

export const ORGANIZATION_ROLE = defineList(
  'OrganizationRole',
  'Rôle de l’organisme',
  {
    CONTROLLER: 'Responsable de traitement',
    PROCESSOR: 'Sous-traitant',
  },
  'GATEWAY',
);

export const REGIME = defineList(
  'Regime',
  'Autres régimes de notification',
  {
    DORA: 'DORA — incident majeur lié aux TIC (ACPR)',
    NIS2: 'NIS 2 — incident important (ANSSI)',
  },
  'GATEWAY',
);

export const CIVILITY = defineList(
  'Civility',
  'Civilité',
  {
    MADAME: 'Madame',
    MONSIEUR: 'Monsieur',
  },
  'GATEWAY',
);

/** The identifier an organisation without SIREN gives instead (section 2, « pas de SIREN »). */
export const ORGANIZATION_IDENTIFIER_TYPE = defineList(
  'OrganizationIdentifierType',
  'Autre identifiant de l’organisme',
  {
    RNA: 'Numéro RNA (association)',
    FOREIGN_REGISTRATION: 'Numéro d’immatriculation étranger',
    OTHER: 'Autre identifiant',
  },
  'GATEWAY',
);

/** Every list, in the order the `vocabulary` query returns them. */
export const VOCABULARY_LISTS = [
  NOTIFICATION_TYPE,
  ORGANIZATION_ROLE,
  CIVILITY,
  ORGANIZATION_IDENTIFIER_TYPE,
  REGIME,
  DATE_PRECISION,
  BREACH_NATURE,
  INCIDENT_ORIGIN,
  INCIDENT_CAUSE,
  DATA_CATEGORY,
  SENSITIVE_DATA,
  SUBJECT_CATEGORY,
  CONSEQUENCE,
  HARM,
  GRAVITY,
  COMMUNICATION_STATUS,
  NON_COMMUNICATION_JUSTIFICATION,
  COMMUNICATION_CHANNEL,
] as const;

export type BreachNature = CodeOf<typeof BREACH_NATURE>;
export type IncidentOrigin = CodeOf<typeof INCIDENT_ORIGIN>;
export type IncidentCause = CodeOf<typeof INCIDENT_CAUSE>;
export type DataCategory = CodeOf<typeof DATA_CATEGORY>;
export type SensitiveDataCategory = CodeOf<typeof SENSITIVE_DATA>;
export type SubjectCategory = CodeOf<typeof SUBJECT_CATEGORY>;
export type Consequence = CodeOf<typeof CONSEQUENCE>;
export type Harm = CodeOf<typeof HARM>;
export type Gravity = CodeOf<typeof GRAVITY>;
export type CommunicationStatus = CodeOf<typeof COMMUNICATION_STATUS>;
export type NonCommunicationJustification = CodeOf<typeof NON_COMMUNICATION_JUSTIFICATION>;
export type CommunicationChannel = CodeOf<typeof COMMUNICATION_CHANNEL>;
export type NotificationType = CodeOf<typeof NOTIFICATION_TYPE>;
export type DatePrecision = CodeOf<typeof DATE_PRECISION>;
export type OrganizationRole = CodeOf<typeof ORGANIZATION_ROLE>;
export type Regime = CodeOf<typeof REGIME>;
export type Civility = CodeOf<typeof CIVILITY>;
export type OrganizationIdentifierType = CodeOf<typeof ORGANIZATION_IDENTIFIER_TYPE>;

/**
 * CNIL open-data size bands for the number of persons. `openData` is the value exactly as the CNIL's
 * open-data file writes it (data.gouv.fr, « Notifications à la CNIL de violations de données à
 * caractère personnel »), as parsed by secondary sources: five bands, not a form answer.
 */
export const PERSON_COUNT_BANDS = [
  { code: 'FROM_0_TO_5', label: '0 à 5', openData: 'Entre 0 et 5 personnes', max: 5 },
  { code: 'FROM_6_TO_50', label: '6 à 50', openData: 'Entre 6 et 50 personnes', max: 50 },
  { code: 'FROM_51_TO_300', label: '51 à 300', openData: 'Entre 51 et 300 personnes', max: 300 },
  { code: 'FROM_301_TO_5000', label: '301 à 5 000', openData: 'Entre 301 et 5000 personnes', max: 5000 },
  { code: 'MORE_THAN_5000', label: 'Plus de 5 000', openData: 'Plus de 5000 personnes', max: Number.POSITIVE_INFINITY },
] as const;

/** « Information des personnes » as the CNIL's open-data file words it (not the form's labels). */
export const OPEN_DATA_COMMUNICATION: Readonly<Record<CommunicationStatus, string>> = {
  INFORMED: 'Oui, les personnes ont été informées',
  WILL_BE_INFORMED: 'Non, mais elles le seront',
  WILL_NOT_BE_INFORMED: 'Non ils ne le seront pas',
  UNDETERMINED: 'Non déterminé pour le moment',
};

export function personCountBand(count: number): (typeof PERSON_COUNT_BANDS)[number] {
  // The last band is unbounded, so find always succeeds for a non-negative count.
  return PERSON_COUNT_BANDS.find((band) => count <= band.max) ?? PERSON_COUNT_BANDS[PERSON_COUNT_BANDS.length - 1]!;
}
