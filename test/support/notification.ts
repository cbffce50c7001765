import type { FactEntry } from '../../src/facts/fact-view';
import type { AssemblyInput } from '../../src/notifications/assemble';
import { obligationsOf } from '../../src/notifications/obligations';
import { assessSeverity } from '../../src/notifications/severity';

/** A complementary notification of Mutuelle Horizon Santé in the 2024 case, as the assembler takes it. */
const processorSays = <V>(value: V): FactEntry<V> => ({
  value,
  source: { type: 'PROCESSOR_NOTICE', organizationId: 'op-a', submissionId: 's1', reference: 'TPA-CERT-2024-017', confidence: 'REPORTED' },
});
const insurerSays = <V>(value: V): FactEntry<V> => ({
  value,
  source: {
    type: 'CONTROLLER_ASSESSMENT',
    organizationId: 'horizon',
    submissionId: 's2',
    reference: 'MHS-DPO-2024-03',
    confidence: 'CONFIRMED',
  },
});

const assessment = assessSeverity({
  dataCategories: ['CIVIL_STATUS', 'NIR', 'OTHER'],
  sensitiveData: [],
  subjectCategories: ['MEMBERS', 'MINORS'],
  natures: ['CONFIDENTIALITY'],
  origins: ['HACKING_MALWARE_PHISHING'],
  causes: ['EXTERNAL_MALICIOUS'],
  consequences: [],
});

export const horizonInput = {
  assembledAt: new Date('2024-02-02T09:00:00Z'),
  notification: {
    type: 'COMPLEMENTARY',
    number: 'HORIZON-2024-001-2',
    status: 'DRAFT',
    initial: { number: 'CNIL-2024-000123', filedAt: new Date('2024-02-02T08:00:00Z') },
  },
  controller: {
    id: 'horizon',
    name: 'Mutuelle Horizon Santé',
    siren: '912300035',
    vatNumber: 'FR12912300035',
    sector: 'Assurance complémentaire santé',
    headcount: 420,
    address: { street: '12 rue de la Santé', postalCode: '44000', city: 'Nantes', country: 'FR' },
    legalRepresentative: { civility: 'MADAME', firstName: 'Claire', lastName: 'Directrice', email: 'dg@horizon.example' },
    contact: {
      civility: 'MONSIEUR',
      firstName: 'Julien',
      lastName: 'Martin',
      position: 'DPO',
      email: 'dpo@horizon.example',
      phone: '+33 1 00 00 00 00',
    },
    dpoDesignationNumber: 'DPO-912300',
  },
  processor: { id: 'op-a', name: 'Tiers-Payant Alpha SAS', siren: '912300019', country: 'FR' },
  facts: {
    natures: processorSays(['CONFIDENTIALITY']),
    origins: processorSays(['HACKING_MALWARE_PHISHING']),
    causes: processorSays(['EXTERNAL_MALICIOUS']),
    startPrecision: processorSays('APPROXIMATE'),
    startAt: processorSays(new Date('2024-01-29T08:00:00.000Z')),
    awareAt: processorSays(new Date('2024-02-01T13:00:00.000Z')),
    processorAlertedAt: processorSays(new Date('2024-02-01T13:00:00.000Z')),
    dataCategories: processorSays(['CIVIL_STATUS', 'NIR', 'OTHER']),
    dataCategoriesOther: processorSays('nom de l’organisme complémentaire'),
    approxPersons: insurerSays(396_112),
    approxRecords: insurerSays(455_529),
    exposedDataItems: processorSays(['nom', 'date de naissance', 'NIR']),
  },
  counts: { persons: 96, records: 101, minors: 31 },
  severity: {
    assessment,
    computed: assessment,
    gravity: assessment.suggestedGravity,
    overrideReason: null,
    gravityReason: null,
    signOff: { by: 'dpo@horizon.example', at: new Date('2024-02-02T07:45:00Z') },
  },
  obligations: obligationsOf({
    now: new Date('2024-02-02T09:00:00Z'),
    awareAt: new Date('2024-02-01T13:00:00Z'),
    processorDetectedAt: new Date('2024-01-31T18:00:00Z'),
    processorAlertedAt: new Date('2024-02-01T13:00:00Z'),
    controllerRegimes: [{ regime: 'DORA', inScope: true, rationale: 'Entité financière (mutuelle)' }],
    done: { CNIL_NOTIFICATION: new Date('2024-02-02T08:00:00Z') },
    art34: { rationale: 'Suggestion : risque élevé (ENISA, SE 3)' },
  }),
  delayReasons: null,
  crossBorder: false,
  otherDpa: null,
  authorityNotifications: [
    {
      authorityLabel: 'Autorité de contrôle prudentiel et de résolution (ACPR)',
      at: new Date('2024-02-02T10:00:00Z'),
      reference: 'ACPR-2024-17',
      note: null,
    },
  ],
} satisfies AssemblyInput;

/** The keys of a NOTIFICATION_CHANGED payload (the agreed shape): identifiers, statuses and counts, nothing about a person. */
export const NOTIFICATION_CHANGED_KEYS = [
  'blocking',
  'complete',
  'contentSha256',
  'controllerId',
  'exposureId',
  'incidentId',
  'missing',
  'notificationId',
  'previous',
  'status',
  'type',
  'version',
];
