import { Role } from '../auth/roles';
import { FactConfidence, FactSourceType } from '../facts/fact-submission.entity';
import type { CreateExposureInput } from '../incidents/exposure.inputs';
import type { CreateIncidentInput } from '../incidents/incident.inputs';
import type { CreateOrganizationInput } from '../organizations/organization.inputs';
import { OtherAuthority } from '../notifications/authority-notification.entity';
import type { ClassifyDoraIncident, RecordDoraStep } from '../notifications/dora.service';
import { PersonsInformationChoice } from '../notifications/persons-information.entities';

/**
 * The reference case of shared/domain/scenario-2024-third-party-payment.md, with fictional
 * organisations: two third-party-payment operators (processors) breached through their
 * professionals' portals in early 2024, and five insurers (controllers), two of which use both.
 * Public timeline, roles and data categories are kept; names are invented, and so is whatever a
 * comment marks as fiction (per-insurer counts, hours, references, every insurer's own steps).
 */
// Every demo organisation has a SIREN: the lists and users name them by it.
type DemoOrganization = Omit<CreateOrganizationInput, 'siren'> & { key: string; siren: string };

/**
 * Each entity's standing under DORA and NIS 2, not a duty: the rules engine dates each rule, so no
 * duty of either arises from the February 2024 incidents (legal review S7, O8). The insurers are
 * taken to be insurance undertakings under Solvency II, which the demo assumes (fiction).
 */
const DORA_INSURER = {
  regime: 'DORA' as const,
  inScope: true,
  rationale:
    'Entreprise d’assurance : entité financière au sens de l’article 2, paragraphe 1, point n), du règlement (UE) 2022/2554 (DORA), qui s’applique à compter du 17 janvier 2025 (article 64) ; ses incidents majeurs liés aux TIC se notifient alors à l’ACPR (article 19). Aucune obligation DORA pour un incident antérieur à cette date.',
};
const NIS2_INSURER = {
  regime: 'NIS2' as const,
  inScope: false,
  rationale:
    'Assurance : secteur absent des annexes I et II de la directive (UE) 2022/2555 (NIS 2), dont aucune transposition française n’était en vigueur en février 2024.',
};

function mutuelle(
  key: string,
  legalName: string,
  siren: string,
  city: string,
  postalCode: string,
  dpo: [string, string],
  headcount: number,
): DemoOrganization {
  const [firstName, lastName] = dpo;
  const domain = `${key}.example`;
  return {
    key,
    roles: ['CONTROLLER'],
    legalName,
    siren,
    sector: 'Assurance complémentaire santé',
    headcount,
    address: { street: '12 rue de la Santé', postalCode, city, country: 'FR' },
    legalRepresentative: {
      civility: 'MADAME',
      firstName: 'Claire',
      lastName: 'Directrice',
      position: 'Directrice générale',
      email: `dg@${domain}`,
    },
    contact: {
      civility: 'MONSIEUR',
      firstName,
      lastName,
      position: 'Délégué à la protection des données',
      email: `dpo@${domain}`,
      phone: '+33 1 00 00 00 00',
    },
    dpo: { civility: 'MONSIEUR', firstName, lastName, position: 'DPO', email: `dpo@${domain}`, phone: '+33 1 00 00 00 00' },
    dpoDesignationNumber: `DPO-${siren.slice(0, 6)}`,
    regimes: [DORA_INSURER, NIS2_INSURER],
  };
}

function operator(key: string, legalName: string, siren: string, city: string, postalCode: string): DemoOrganization {
  return {
    key,
    roles: ['PROCESSOR'],
    legalName,
    siren,
    sector: 'Gestion du tiers payant pour organismes complémentaires',
    headcount: 850,
    address: { street: '1 avenue du Tiers Payant', postalCode, city, country: 'FR' },
    legalRepresentative: {
      civility: 'MONSIEUR',
      firstName: 'Marc',
      lastName: 'Président',
      position: 'Président',
      email: `president@${key}.example`,
    },
    contact: { civility: 'MADAME', firstName: 'Nadia', lastName: 'Sécurité', position: 'RSSI', email: `rssi@${key}.example` },
    regimes: [
      {
        regime: 'DORA',
        inScope: false,
        rationale:
          'Prestataire tiers de services TIC, pas une entité financière au sens de l’article 2, paragraphe 1, du règlement (UE) 2022/2554 (DORA) : aucune notification à sa charge ; il alerte les assureurs, ses clients. Le règlement s’applique à compter du 17 janvier 2025 (article 64).',
      },
      {
        regime: 'NIS2',
        inScope: false,
        rationale:
          'Directive (UE) 2022/2555 (NIS 2) : aucune transposition française en vigueur en février 2024 (délai de transposition au 17 octobre 2024, article 41). Ses signalements à l’ANSSI sont enregistrés comme ses propres faits, pas comme une obligation calculée par la passerelle.',
      },
    ],
  };
}

export const DEMO_ORGANIZATIONS: DemoOrganization[] = [
  operator('operator-a', 'Tiers-Payant Alpha SAS', '912300019', 'Lyon', '69003'),
  operator('operator-b', 'Bêta Gestion Santé SA', '912300027', 'Paris', '75012'),
  mutuelle('horizon', 'Mutuelle Horizon Santé', '912300035', 'Nantes', '44000', ['Julien', 'Martin'], 420),
  mutuelle('cigales', 'Mutuelle des Cigales', '912300043', 'Marseille', '13001', ['Sophie', 'Bernard'], 160),
  mutuelle('atlantique', 'Prévoyance Atlantique', '912300050', 'Bordeaux', '33000', ['Karim', 'Petit'], 310),
  mutuelle('rhone', 'Mutuelle du Rhône Solidaire', '912300068', 'Lyon', '69002', ['Élise', 'Robert'], 95),
  mutuelle('lumiere', 'Assurances Santé Lumière', '912300076', 'Lille', '59000', ['Thomas', 'Richard'], 230),
  // The 2025 incident's operator (fiction, like its SIREN): see DORA_2025 below.
  operator('operator-c', 'Gamma Tiers-Payant SAS', '912300084', 'Rennes', '35000'),
];

type DemoIncident = Omit<CreateIncidentInput, 'sourceOrganizationId'> & { key: string; source: string };

/** What the CNIL said was not concerned (communiqué of 7 February 2024). */
const NOT_EXPOSED = [
  'coordonnées bancaires',
  'données médicales',
  'remboursements de santé',
  'adresses postales',
  'téléphones',
  'adresses électroniques',
];

/** The data the CNIL listed on 7 February 2024, both operators: civil status, birth date, NIR, insurer, guarantees. */
export const OPERATOR_A_ITEMS = ['nom', 'prénom', 'date de naissance', 'NIR', 'nom de l’organisme complémentaire', 'garanties du contrat'];
/**
 * Operator B's extract also held three items, per the press on 5 February 2024 (Stratégies; legal
 * review S3), unconfirmed by the CNIL: the demo gives them to operator B only, as the sources do.
 */
export const OPERATOR_B_ITEMS = [
  ...OPERATOR_A_ITEMS,
  'rang de naissance (jumeaux)',
  'numéro de contrat de l’assureur',
  'référence interne de l’opérateur',
];

export const DEMO_INCIDENTS: DemoIncident[] = [
  {
    key: 'incident-a',
    source: 'operator-a',
    title: 'Intrusion sur le portail des professionnels de santé — Tiers-Payant Alpha',
    startPrecision: 'APPROXIMATE',
    startAt: new Date('2024-01-29T08:00:00Z'),
    endAt: new Date('2024-02-01T10:30:00Z'),
    ongoing: false,
    detectedAt: new Date('2024-02-01T07:45:00Z'),
    datesComment: 'Début estimé d’après les journaux du portail ; fin à la déconnexion du portail.',
    natures: ['CONFIDENTIALITY'],
    origins: ['HACKING_MALWARE_PHISHING'],
    causes: ['EXTERNAL_MALICIOUS'],
    attackVector: 'Identifiants d’un professionnel de santé obtenus par hameçonnage, puis utilisés sur le portail web des professionnels.',
    affectedSystem: 'Portail web des professionnels de santé (consultation des droits des bénéficiaires)',
    description:
      'Un attaquant a utilisé les identifiants hameçonnés d’un professionnel de santé pour consulter et extraire en masse les pages des bénéficiaires : état civil, date de naissance, NIR, nom de l’organisme complémentaire et garanties du contrat.',
    discoveryCircumstances: 'Volume de consultations anormal détecté par la supervision du portail le 1er février au matin.',
    priorSecurityMeasures:
      'Authentification par identifiant et mot de passe sur le portail, journalisation des accès, chiffrement des flux (TLS).',
  },
  {
    key: 'incident-b',
    source: 'operator-b',
    title: 'Usurpation d’identifiants de professionnels sur le portail — Bêta Gestion Santé',
    startPrecision: 'APPROXIMATE',
    startAt: new Date('2024-02-01T00:00:00Z'),
    endAt: new Date('2024-02-05T09:00:00Z'),
    ongoing: false,
    detectedAt: new Date('2024-02-04T16:00:00Z'),
    natures: ['CONFIDENTIALITY'],
    origins: ['HACKING_MALWARE_PHISHING'],
    causes: ['EXTERNAL_MALICIOUS'],
    attackVector: 'Identifiants de plusieurs professionnels de santé usurpés.',
    affectedSystem: 'Portail des professionnels de santé',
    description:
      'Intrusion par le portail des professionnels avec des identifiants usurpés ; consultation de données d’état civil, date de naissance, rang de naissance, NIR, organisme, numéro de contrat de l’assureur, garanties et référence interne.',
    discoveryCircumstances: 'Signalement interne après des connexions simultanées depuis des adresses inhabituelles.',
    priorSecurityMeasures: 'Authentification par mot de passe, journalisation, filtrage réseau.',
  },
];

/**
 * Each insurer's third-party-payment operators, as their contracts name them (art. 28): what lets
 * an operator record the insurer's exposure to its incident and read its contact points.
 */
export const DEMO_PROCESSORS: { controller: string; processors: string[] }[] = [
  { controller: 'horizon', processors: ['operator-a', 'operator-b'] },
  { controller: 'cigales', processors: ['operator-a'] },
  { controller: 'atlantique', processors: ['operator-a', 'operator-b', 'operator-c'] },
  { controller: 'rhone', processors: ['operator-b'] },
  { controller: 'lumiere', processors: ['operator-a'] },
];

type DemoExposure = Omit<CreateExposureInput, 'incidentId' | 'controllerId'> & { incident: string; controller: string };

/**
 * One insurer's exposure as its operator records it. Operator B's contract number and internal
 * reference are identifiers: « données d'identification » on the form, beside civil status and NIR.
 */
function exposure(
  incident: string,
  controller: string,
  processorAlertedAt: string,
  approxPersons: number,
  extra: Partial<DemoExposure> = {},
): DemoExposure {
  const operatorB = incident === 'incident-b';
  return {
    incident,
    controller,
    processorAlertedAt: new Date(processorAlertedAt),
    dataCategories: operatorB ? ['CIVIL_STATUS', 'NIR', 'IDENTIFICATION_ACCESS', 'OTHER'] : ['CIVIL_STATUS', 'NIR', 'OTHER'],
    exposedDataItems: operatorB ? OPERATOR_B_ITEMS : OPERATOR_A_ITEMS,
    // « Autre (à préciser) »: the form asks what OTHER covers (items listed among the exposed data).
    dataCategoriesOther: 'nom de l’organisme complémentaire, garanties du contrat',
    notExposedDataItems: NOT_EXPOSED,
    subjectCategories: ['MEMBERS', 'MINORS', 'OTHER'],
    subjectCategoriesOther: 'ayants droit des adhérents',
    approxPersons,
    approxRecords: Math.round(approxPersons * 1.15),
    ...extra,
  };
}

/**
 * The approximate numbers (section 8) each operator records, at or just above the exact counts of
 * its list (lists.ts, DEMO_LIST_SIZES): the demo is scaled down so its lists load in seconds. The
 * counts and hours are fiction; the public order of magnitude is the CNIL's « plus de 33 millions »
 * for the whole case, hundreds of thousands per insurer.
 */
export const DEMO_EXPOSURES: DemoExposure[] = [
  // Operator A alerts its insurers within hours of detection on 1 February…
  exposure('incident-a', 'horizon', '2024-02-01T13:00:00Z', 5_400),
  exposure('incident-a', 'cigales', '2024-02-01T15:30:00Z', 125),
  exposure('incident-a', 'atlantique', '2024-02-02T08:00:00Z', 115),
  // …except one insurer, alerted only on 6 February, which had learnt of it from the press on the
  // 1st: its awareness is its own, and its filing falls past 72 hours.
  exposure('incident-a', 'lumiere', '2024-02-06T10:00:00Z', 90, {
    awareAt: new Date('2024-02-01T18:00:00Z'),
  }),
  // Operator B lists eight of Horizon's and four of Atlantique's holders again (lists.ts).
  exposure('incident-b', 'horizon', '2024-02-05T11:00:00Z', 90),
  exposure('incident-b', 'atlantique', '2024-02-05T12:30:00Z', 75),
  exposure('incident-b', 'rhone', '2024-02-05T14:00:00Z', 50),
];

/** The demo's people, one per role: what the README's quick start prints and the web app's demo sign-in offers. */
export const DEMO_USERS = [
  { sub: 'dpo@horizon.example', organization: 'horizon', roles: ['CONTROLLER_DPO'], label: 'controller DPO (Mutuelle Horizon Santé)' },
  {
    sub: 'juridique@horizon.example',
    organization: 'horizon',
    roles: ['CONTROLLER_LEGAL'],
    label: 'controller legal (Mutuelle Horizon Santé)',
  },
  { sub: 'audit@horizon.example', organization: 'horizon', roles: ['AUDITOR'], label: 'auditor (Mutuelle Horizon Santé)' },
  {
    sub: 'rssi@operator-a.example',
    organization: 'operator-a',
    roles: ['PROCESSOR_SECURITY'],
    label: 'processor security (Tiers-Payant Alpha)',
  },
  { sub: 'admin@breach-gateway.example', organization: 'horizon', roles: ['ADMIN'], label: 'admin' },
] as const;

/**
 * Facts from both sides, with the scenario's disagreement: operator A reports 5 400 persons for
 * Horizon, whose own assessment of its deduplicated list says 5 250 (its exact count, lists.ts).
 * Then each operator's own steps, as the public sources date them (legal review S6, O11): portal
 * disconnected, criminal complaint, CNIL and ANSSI informed. The days are public; the hours and
 * references are fiction. The model has no structured record of a processor's own notifications
 * (an AuthorityNotification belongs to an insurer's exposure, section 14 of its form), so the
 * operator states them as its incident-level facts: the end of the intrusion and the comment on the
 * dates, with their provenance (who, when, reference).
 */
export const DEMO_FACTS = [
  {
    by: 'operator-a',
    subject: 'rssi@operator-a.example',
    role: Role.PROCESSOR_SECURITY,
    incident: 'incident-a',
    controller: null,
    sourceType: FactSourceType.PROCESSOR_NOTICE,
    confidence: FactConfidence.REPORTED,
    reference: 'TPA-CERT-2024-017',
    idempotencyKey: 'tpa-notice-2024-02-01',
    incidentFacts: {
      natures: ['CONFIDENTIALITY' as const],
      causes: ['EXTERNAL_MALICIOUS' as const],
      startPrecision: 'APPROXIMATE' as const,
      startAt: new Date('2024-01-29T08:00:00Z'),
    },
  },
  {
    by: 'operator-a',
    subject: 'rssi@operator-a.example',
    role: Role.PROCESSOR_SECURITY,
    incident: 'incident-a',
    controller: 'horizon',
    sourceType: FactSourceType.PROCESSOR_NOTICE,
    confidence: FactConfidence.REPORTED,
    reference: 'TPA-ALERTE-HORIZON',
    idempotencyKey: 'tpa-alert-horizon',
    exposureFacts: {
      approxPersons: 5_400,
      approxRecords: 6_210,
      dataCategories: ['CIVIL_STATUS' as const, 'NIR' as const, 'OTHER' as const],
    },
  },
  {
    by: 'horizon',
    subject: 'dpo@horizon.example',
    role: Role.CONTROLLER_DPO,
    incident: 'incident-a',
    controller: 'horizon',
    sourceType: FactSourceType.CONTROLLER_ASSESSMENT,
    confidence: FactConfidence.CONFIRMED,
    reference: 'MHS-DPO-2024-03',
    idempotencyKey: 'mhs-assessment-1',
    exposureFacts: { approxPersons: 5_250, approxRecords: 6_038 },
  },
  {
    by: 'operator-a',
    subject: 'rssi@operator-a.example',
    role: Role.PROCESSOR_SECURITY,
    incident: 'incident-a',
    controller: null,
    submittedAt: new Date('2024-02-01T18:00:00Z'),
    sourceType: FactSourceType.PROCESSOR_NOTICE,
    confidence: FactConfidence.CONFIRMED,
    reference: 'TPA-COMMUNIQUE-2024-02-01',
    idempotencyKey: 'tpa-own-steps-2024-02-01',
    incidentFacts: {
      endAt: new Date('2024-02-01T10:30:00Z'),
      datesComment:
        'Début estimé d’après les journaux du portail ; fin à la déconnexion du portail des professionnels, le 1er février 2024 à 11 h 30. Le même jour, Tiers-Payant Alpha a déposé plainte auprès du parquet de Paris et informé la CNIL et l’ANSSI.',
    },
  },
  {
    by: 'operator-b',
    subject: 'rssi@operator-b.example',
    role: Role.PROCESSOR_SECURITY,
    incident: 'incident-b',
    controller: null,
    submittedAt: new Date('2024-02-05T17:00:00Z'),
    sourceType: FactSourceType.PROCESSOR_NOTICE,
    confidence: FactConfidence.CONFIRMED,
    reference: 'BGS-COMMUNIQUE-2024-02-05',
    idempotencyKey: 'bgs-own-steps-2024-02-05',
    incidentFacts: {
      endAt: new Date('2024-02-05T09:00:00Z'),
      datesComment:
        'Début estimé ; fin à la fermeture du portail des professionnels, le 5 février 2024 à 10 heures. Le même jour, Bêta Gestion Santé a déposé plainte auprès du parquet de Paris et informé la CNIL et l’ANSSI.',
    },
  },
];

/**
 * The filings of the demo, one at each stage: Horizon filed its initial notification in time and has
 * started the complementary one; Cigales' is ready; Lumière's and Atlantique's are drafts that still
 * lack items (Lumière, alerted late, owes the reasons for its delay).
 */
export const DEMO_NOTIFICATIONS = [
  {
    controller: 'horizon',
    incident: 'incident-a',
    type: 'INITIAL' as const,
    delayReasons: null,
    filing: { cnilReference: 'CNIL-NOTIF-2024-004217', filedAt: new Date('2024-02-02T09:30:00Z') },
    // Its DPO confirmed the suggested gravity before filing: section 11 is a signed decision.
    gravitySignOff: { reason: null },
    complementary: true,
  },
  {
    controller: 'cigales',
    incident: 'incident-a',
    type: 'INITIAL' as const,
    // The demo replays 2024 today: every unfiled notification is past its 72 hours.
    delayReasons: 'Démonstration rejouée après les faits : le délai de 72 heures est dépassé par construction.',
    filing: null,
    complementary: false,
  },
  { controller: 'lumiere', incident: 'incident-a', type: 'INITIAL' as const, delayReasons: null, filing: null, complementary: false },
  { controller: 'atlantique', incident: 'incident-b', type: 'COMPLETE' as const, delayReasons: null, filing: null, complementary: false },
];

/**
 * What Horizon's DPO recorded for its letter to the persons of incident A (art. 34): the measures
 * written for the reader, what the processor does, the signatory and the date. The facts record no
 * harms, so the letter stays a draft and says why (LETTER_NO_CONSEQUENCES).
 */
export const DEMO_PERSONS_LETTERS = [
  {
    controller: 'horizon',
    incident: 'incident-a',
    input: {
      measuresText:
        'Notre prestataire a fermé l’accès au portail concerné dès la découverte de l’incident et renouvelé les identifiants de ses utilisateurs. Une plainte a été déposée.',
      processorService: 'la gestion du tiers payant',
      signatoryName: 'Claire Directrice',
      signatoryTitle: 'Directrice générale',
      letterDate: '2024-02-05',
    },
  },
];

/**
 * What Horizon recorded, before filing, as notified to other authorities (section 14 of the form):
 * its own criminal complaint and its report to ANSSI's CERT-FR, the evening its operator alerted it.
 * Fiction: no public source says an insurer did so; the references are invented too.
 */
export const DEMO_AUTHORITY_NOTIFICATIONS = [
  {
    controller: 'horizon',
    incident: 'incident-a',
    input: {
      authority: OtherAuthority.ANSSI,
      notifiedAt: new Date('2024-02-01T16:00:00Z'),
      reference: 'CERT-FR signalement 2024-0211',
    },
  },
  {
    controller: 'horizon',
    incident: 'incident-a',
    input: {
      authority: OtherAuthority.PROSECUTOR,
      notifiedAt: new Date('2024-02-01T17:30:00Z'),
      reference: 'Parquet de Paris n° 24032000117',
    },
  },
];

/**
 * The CNIL's récapitulatif of Horizon's filing, dated a minute after the filing and attached a quarter
 * of an hour after it (a stand-in: see recapitulatif-stand-in.ts).
 */
export const DEMO_RECAPITULATIFS = [
  {
    controller: 'horizon',
    incident: 'incident-a',
    recapitulatifAt: new Date('2024-02-02T09:31:00Z'),
    uploadedAt: new Date('2024-02-02T09:45:00Z'),
  },
];

/**
 * Operator B's forensic report on Rhône's members: the portal logs every page view, and none of a
 * Rhône beneficiary's pages was opened with the usurped credentials. Invented, like Rhône itself; it
 * is what makes Rhône's reasoned decision not to notify the CNIL plausible.
 */
export const DEMO_FORENSIC_FACTS = [
  {
    by: 'operator-b',
    subject: 'rssi@operator-b.example',
    role: Role.PROCESSOR_SECURITY,
    incident: 'incident-b',
    controller: 'rhone',
    submittedAt: new Date('2024-02-06T15:00:00Z'),
    sourceType: FactSourceType.FORENSIC_REPORT,
    confidence: FactConfidence.CONFIRMED,
    reference: 'BGS-FORENSIC-2024-009',
    idempotencyKey: 'bgs-forensic-rhone',
    exposureFacts: {
      dataCategories: ['OTHER' as const],
      exposedDataItems: ['données hébergées sur le portail compromis, sans consultation établie par les journaux'],
    },
  },
];

/**
 * Rhône's reasoned decision not to notify the CNIL (article 33, paragraphe 1, and its record under
 * article 33, paragraphe 5), taken within 72 hours of its operator's alert. Fictional, written as a
 * DPO would.
 */
export const DEMO_CNIL_DECISIONS = [
  {
    controller: 'rhone',
    incident: 'incident-b',
    decidedAt: new Date('2024-02-07T09:00:00Z'),
    input: {
      decision: 'NOT_NOTIFY' as const,
      reasoning:
        'Cas fictif de démonstration. Le rapport d’analyse technique de Bêta Gestion Santé (réf. BGS-FORENSIC-2024-009), qui couvre l’intégralité des journaux de consultation du portail des professionnels du 1er au 5 février 2024, établit qu’aucune page d’un bénéficiaire de la Mutuelle du Rhône Solidaire n’a été consultée ni extraite avec les identifiants usurpés. Les données de nos adhérents étaient hébergées sur le système compromis, mais rien n’établit qu’elles ont été accédées : la violation n’est pas susceptible d’engendrer un risque pour leurs droits et libertés (article 33, paragraphe 1). Décision consignée au registre (article 33, paragraphe 5) ; elle sera revue si une analyse ultérieure établit une consultation.',
    },
  },
];

/**
 * The controllers' art. 34 decisions and the communications that followed. Horizon informs each
 * person individually (NIR and identity extracted in clear: high risk) and records its sendings;
 * Rhône, whose members' pages were not consulted, records that the risk is not high (article 34,
 * paragraphe 1). No decision rests on a ground of article 34, paragraphe 3: in this scenario the
 * NIR was in clear (not point a)), nothing done afterwards removes the phishing risk it creates (not
 * point b)) and the CNIL asked each insurer to inform its members individually (not point c)). So
 * Cigales', Lumière's and Atlantique's decisions are left pending, as they would be on 7 February.
 */
export const DEMO_PERSONS_INFORMATION = [
  {
    controller: 'horizon',
    incident: 'incident-a',
    decidedAt: new Date('2024-02-02T11:00:00Z'),
    input: {
      decision: PersonsInformationChoice.INFORM,
      reasoning:
        'Le NIR, l’état civil et la date de naissance de nos adhérents et de leurs ayants droit ont été extraits en clair : risque élevé d’hameçonnage ciblé et d’usurpation d’identité. Chaque personne est informée individuellement (article 34, paragraphe 1), les mineurs par leur représentant légal.',
    },
    communications: [
      {
        sentAt: new Date('2024-02-06T08:00:00Z'),
        channel: 'EMAIL' as const,
        personsReached: 4_200,
        failures: 130,
        note: 'Envoi aux adhérents disposant d’une adresse électronique ; les échecs sont repris par courrier.',
      },
      {
        sentAt: new Date('2024-02-09T07:00:00Z'),
        channel: 'POSTAL_MAIL' as const,
        personsReached: 1_180,
        failures: 16,
        note: 'Courrier aux 1 050 adhérents sans adresse électronique et aux 130 envois électroniques en échec ; 16 plis revenus (n’habite pas à l’adresse indiquée).',
      },
    ],
  },
  {
    controller: 'rhone',
    incident: 'incident-b',
    decidedAt: new Date('2024-02-07T09:15:00Z'),
    input: {
      decision: PersonsInformationChoice.NOT_INFORM,
      ground: 'RISK_NOT_HIGH' as const,
      reasoning:
        'Cas fictif de démonstration. Aucune page de nos bénéficiaires n’a été consultée d’après le rapport BGS-FORENSIC-2024-009 : la violation n’est pas susceptible d’engendrer un risque élevé (article 34, paragraphe 1). Décision revue si une consultation est établie.',
    },
    communications: [],
  },
];

/**
 * Each insurer's entity facts, recorded by its DPO with their reasons (fiction: the demo's insurers
 * are invented, and so are their categories and sizes). They decide the DORA and NIS 2 tests; the
 * rules engine dates each rule, so they give the February 2024 incidents no DORA duty and the
 * March 2025 one its ACPR chain.
 */
const INSURER_FACTS = {
  solvency2SmallUndertaking: false,
  doraSystemic: false,
  doraSystemicReason:
    'Cas fictif de démonstration : entité non désignée comme d’importance systémique ; la règle du report à midi le jour ouvré suivant s’applique.',
  nis2Status: 'NOT_IN_SCOPE' as const,
  nis2Reason: 'Cas fictif de démonstration : l’assurance ne figure pas dans les annexes I et II de la directive (UE) 2022/2555 (NIS 2).',
};
const LIVRE_II = {
  doraCategory: 'MUTUELLE_LIVRE_II' as const,
  doraReason:
    'Cas fictif de démonstration : mutuelle régie par le livre II du code de la mutualité, agréée par l’ACPR pour des opérations d’assurance santé, au-delà des seuils de l’article 4 de la directive 2009/138/CE',
};
export const DEMO_ENTITY_FACTS = [
  { organization: 'horizon', input: { ...INSURER_FACTS, ...LIVRE_II } },
  { organization: 'cigales', input: { ...INSURER_FACTS, ...LIVRE_II } },
  { organization: 'rhone', input: { ...INSURER_FACTS, ...LIVRE_II } },
  {
    organization: 'atlantique',
    input: {
      ...INSURER_FACTS,
      doraCategory: 'INSTITUTION_DE_PREVOYANCE' as const,
      doraReason:
        'Cas fictif de démonstration : institution de prévoyance régie par le titre III du livre IX du code de la sécurité sociale, agréée par l’ACPR, au-delà des seuils de l’article 4 de la directive 2009/138/CE',
    },
  },
  {
    organization: 'lumiere',
    input: {
      ...INSURER_FACTS,
      doraCategory: 'INSURANCE_UNDERTAKING' as const,
      doraReason:
        'Cas fictif de démonstration : société d’assurance régie par le code des assurances, agréée par l’ACPR, au-delà des seuils de l’article 4 de la directive 2009/138/CE',
    },
  },
];

/**
 * The second, wholly fictional incident, dated after DORA applies (17 January 2025): a ransomware
 * attack on Gamma Tiers-Payant, the third-party-payment operator of Prévoyance Atlantique, in March
 * 2025. Every name, count, hour and reference is invented. Paris is at UTC+1 until 30 March 2025.
 * Timeline (Paris time): encryption on Monday 10 March at 03:00, detected at 06:30; Atlantique
 * alerted at 10:00 (its contract says 24 hours); classified major at 14:00; initial report to the
 * ACPR at 17:30 (due 18:00, 4 hours after the classification, within 24 hours of awareness);
 * members informed on the 11th; intermediate reports on Thursday 13 March at 11:00 (due 72 hours
 * after the initial) and, updated, on Thursday 20 March at 11:00; the final report is still to come,
 * one month after the latest intermediate. The CNIL notification is a draft.
 */
export const DORA_2025 = {
  controller: 'atlantique',
  processor: 'operator-c',
  contract: { alertHours: 24, contractReference: 'Contrat fictif GTP-PA-2023-05, article 11' },
  factsRecordedAt: new Date('2025-01-20T09:00:00Z'),
  incident: {
    key: 'incident-c',
    source: 'operator-c',
    title: 'Rançongiciel sur le système de gestion du tiers payant — Gamma Tiers-Payant (cas fictif, mars 2025)',
    startPrecision: 'EXACT' as const,
    startAt: new Date('2025-03-10T02:00:00Z'),
    endAt: null,
    ongoing: true,
    detectedAt: new Date('2025-03-10T05:30:00Z'),
    datesComment: 'Cas fictif de démonstration. Chiffrement constaté à 3 heures (heure de Paris) ; restauration en cours.',
    natures: ['AVAILABILITY' as const, 'CONFIDENTIALITY' as const],
    origins: ['HACKING_MALWARE_PHISHING' as const],
    causes: ['EXTERNAL_MALICIOUS' as const],
    attackVector: 'Rançongiciel déployé depuis un accès VPN compromis (cas fictif).',
    affectedSystem: 'Système de gestion du tiers payant et serveurs de fichiers de l’opérateur (cas fictif)',
    description:
      'Cas fictif de démonstration. Un rançongiciel a chiffré le système de gestion du tiers payant de Gamma Tiers-Payant ; l’attaquant revendique l’exfiltration d’un extrait des fichiers des bénéficiaires (état civil, NIR, organisme complémentaire). Les remboursements en tiers payant des adhérents de Prévoyance Atlantique sont interrompus.',
    discoveryCircumstances: 'Alerte de l’outil de détection sur les serveurs de l’opérateur, puis note de rançon (cas fictif).',
    priorSecurityMeasures:
      'Sauvegardes hors ligne, authentification à deux facteurs sur les accès d’administration, antivirus (cas fictif).',
  },
  exposure: {
    processorAlertedAt: new Date('2025-03-10T09:00:00Z'),
    dataCategories: ['CIVIL_STATUS' as const, 'NIR' as const, 'OTHER' as const],
    dataCategoriesOther: 'nom de l’organisme complémentaire',
    exposedDataItems: ['nom', 'prénom', 'date de naissance', 'NIR', 'nom de l’organisme complémentaire'],
    subjectCategories: ['MEMBERS' as const, 'OTHER' as const],
    subjectCategoriesOther: 'ayants droit des adhérents',
    // Fiction: no list is loaded for this incident; the number is the operator's estimate.
    approxPersons: 2_000,
    approxRecords: 2_300,
  },
  classification: {
    major: true,
    classifiedAt: new Date('2025-03-10T13:00:00Z'),
    criteria: [
      { criterion: 'CRITICAL_SERVICES', value: 'Tiers payant santé interrompu (cas fictif)' },
      { criterion: 'CLIENTS_AFFECTED', value: 'Environ 2 000 adhérents, 14 % du portefeuille (cas fictif)' },
      { criterion: 'DATA_LOSSES', value: 'Exfiltration revendiquée d’un extrait des fichiers des bénéficiaires (cas fictif)' },
      { criterion: 'DURATION', value: 'Service indisponible depuis plus de 24 heures (cas fictif)' },
    ],
    reason:
      'Cas fictif de démonstration. Service critique touché et seuils de l’article 8 du règlement délégué (UE) 2024/1772 atteints (clients touchés, pertes de données) : incident majeur lié aux TIC.',
    clientsFinancialInterestsAffected: true,
  } satisfies ClassifyDoraIncident,
  steps: [
    { kind: 'INITIAL', at: new Date('2025-03-10T16:30:00Z'), reference: 'ACPR fictif DORA-2025-0042' },
    { kind: 'CLIENT_INFORMATION', at: new Date('2025-03-11T09:00:00Z'), reference: 'Message aux adhérents (cas fictif)' },
    { kind: 'INTERMEDIATE', at: new Date('2025-03-13T10:00:00Z'), reference: 'ACPR fictif DORA-2025-0042' },
    { kind: 'INTERMEDIATE', at: new Date('2025-03-20T10:00:00Z'), reference: 'ACPR fictif DORA-2025-0042' },
  ] satisfies RecordDoraStep[],
  notification: {
    createdAt: new Date('2025-03-11T08:00:00Z'),
    type: 'INITIAL' as const,
  },
};
