/**
 * The CNIL notification form's layout as data: its 14 sections in order, and the French label of
 * every field the assembler fills. Versioned with the content schema: a realigned form (the EDPB
 * common template) is a new version here, and old snapshots keep the version they were made with.
 */

/**
 * cnil-notification/4: sections 3 and 4 each have their own paths, « pas de SIREN » and the other
 * identifier, the « Autre (à préciser) » texts, and the date de début as a single answer.
 */
export const CONTENT_SCHEMA_VERSION = 'cnil-notification/4';

export const FORM_SECTIONS = [
  { number: 1, code: 'TYPE', title: 'Type de notification' },
  { number: 2, code: 'ORGANIZATION', title: "Identification de l'organisme" },
  { number: 3, code: 'LEGAL_REPRESENTATIVE', title: 'Responsable légal' },
  { number: 4, code: 'CONTACT', title: 'Personne à contacter' },
  { number: 5, code: 'OTHER_ORGANIZATIONS', title: 'Autres organismes impliqués' },
  { number: 6, code: 'DATES', title: 'Dates' },
  { number: 7, code: 'BREACH', title: 'À propos de la violation' },
  { number: 8, code: 'DATA', title: 'Données concernées' },
  { number: 9, code: 'PRIOR_MEASURES', title: 'Mesures de sécurité préalables' },
  { number: 10, code: 'CONSEQUENCES', title: 'Conséquences potentielles' },
  { number: 11, code: 'HARMS', title: 'Préjudices potentiels et niveau de gravité' },
  { number: 12, code: 'MEASURES', title: 'Mesures prises suite à la violation' },
  { number: 13, code: 'COMMUNICATION', title: 'Communication aux personnes' },
  { number: 14, code: 'CROSS_BORDER', title: 'Notifications transfrontalières et autres' },
] as const;

export type SectionCode = (typeof FORM_SECTIONS)[number]['code'];

export const FIELD_LABELS = {
  'type.type': 'Type de notification',
  'type.initialNumber': 'Numéro de la notification initiale',
  'type.initialFiledAt': 'Date et heure de la notification initiale',
  'type.rank': 'Rang de la notification complémentaire',
  'type.final': 'Notification complémentaire finale (dernière)',
  'type.previousFilings': 'Notifications déjà déposées pour cette violation',
  'type.afterFinalReason': 'Motif d’une notification complémentaire après la notification finale',
  'type.followUpAt': 'Date à laquelle les informations complémentaires seront transmises',
  'type.pendingItems': 'Informations encore indisponibles et raisons (article 33, paragraphe 4)',
  'type.changes': 'Ajouts et modifications par rapport à la dernière notification déposée',
  'organization.siren': 'SIREN',
  'organization.noSiren': 'Pas de SIREN',
  'organization.otherIdentifierType': 'Type d’identifiant',
  'organization.otherIdentifier': 'Identifiant',
  'organization.name': 'Dénomination',
  'organization.vatNumber': 'N° de TVA intracommunautaire',
  'organization.sector': "Secteur d'activité",
  'organization.headcount': 'Effectif',
  'organization.street': 'Adresse',
  'organization.postalCode': 'Code postal',
  'organization.city': 'Ville',
  'organization.country': 'Pays',
  'legalRepresentative.civility': 'Civilité',
  'legalRepresentative.lastName': 'Nom',
  'legalRepresentative.firstName': 'Prénom',
  'legalRepresentative.email': 'Adresse électronique',
  'contact.sameAsLegalRepresentative': 'Même personne que le responsable légal',
  'contact.civility': 'Civilité',
  'contact.lastName': 'Nom',
  'contact.firstName': 'Prénom',
  'contact.position': 'Fonction',
  'contact.email': 'Adresse électronique',
  'contact.phone': 'Téléphone',
  'contact.dpoDesignationNumber': 'Numéro de désignation du DPO',
  'others.organizations': 'Organismes impliqués',
  'others.processorAlertedAt': 'Date à laquelle le sous-traitant a alerté le responsable de traitement',
  'dates.startPrecision': 'Date de début de la violation',
  'dates.startAt': 'Début',
  'dates.endAt': 'Fin',
  'dates.ongoing': 'Violation toujours en cours',
  'dates.awareAt': 'Date de prise de connaissance',
  'dates.comment': 'Commentaires sur les dates',
  'dates.discovery': 'Circonstances de la découverte',
  'dates.delayReasons': 'Motifs du retard',
  'breach.natures': 'Nature de la violation',
  'breach.origins': "Origine de l'incident",
  'breach.causes': "Cause de l'incident",
  'breach.description': 'Descriptif détaillé',
  'data.categories': 'Nature des données',
  'data.sensitive': 'Données sensibles',
  'data.exposedItems': 'Données exposées',
  'data.notExposedItems': 'Données non concernées',
  'data.records': "Nombre approximatif d'enregistrements",
  'data.subjectCategories': 'Catégories de personnes concernées',
  'data.persons': 'Nombre approximatif de personnes',
  'priorMeasures.text': 'Mesures de sécurité en place avant la violation',
  'consequences.consequences': 'Conséquences potentielles',
  'harms.harms': 'Préjudices potentiels',
  'harms.description': 'Précisions sur les préjudices',
  'harms.gravity': 'Niveau de gravité',
  'harms.gravityDecision': 'Décision sur le niveau de gravité',
  'measures.taken': 'Mesures prises',
  'measures.planned': 'Mesures envisagées',
  'communication.status': 'Les personnes ont-elles été informées ?',
  'communication.at': "Date de l'information",
  'communication.channels': 'Moyens de communication',
  'communication.justification': "Justification de l'absence de communication",
  'communication.details': 'Contenu ou justification',
  'crossBorder.crossBorder': 'Traitement transfrontalier',
  'crossBorder.otherDpa': 'Notifiée à une autre autorité de protection des données',
  'crossBorder.otherAuthorities': "Notifiée à d'autres autorités (ANSSI, ACPR, plainte pénale…)",
} as const;

export type FieldPath = keyof typeof FIELD_LABELS;

/** How instants are shown: the law counts in UTC, people read Paris time. */
export const DISPLAY_TIME_ZONE = 'Europe/Paris';
