import { FACT_CATALOGUE, type FactField, type FactFieldOf } from '../cnil/fact-catalogue';
import { FIELD_LABELS, type FieldPath, CONTENT_SCHEMA_VERSION, FORM_SECTIONS, type SectionCode } from '../cnil/form';
import {
  BREACH_NATURE,
  CIVILITY,
  COMMUNICATION_CHANNEL,
  COMMUNICATION_STATUS,
  CONSEQUENCE,
  CONSEQUENCE_NATURE,
  DATA_CATEGORY,
  DATE_PRECISION,
  GRAVITY,
  HARM,
  INCIDENT_CAUSE,
  INCIDENT_ORIGIN,
  NON_COMMUNICATION_JUSTIFICATION,
  NOTIFICATION_TYPE,
  ORGANIZATION_IDENTIFIER_TYPE,
  SENSITIVE_DATA,
  SUBJECT_CATEGORY,
  VOCABULARY_VERSION,
  type Gravity,
  type NotificationType,
  type OrganizationIdentifierType,
  type VocabularyList,
} from '../cnil/vocabulary';
import type { GravitySignOff } from './annexes';
import type {
  CnilNotificationContent,
  ContentItem,
  ContentSection,
  OrganizationIdentity,
  Provenance,
} from '../content/notification-content';
import type { FactView } from '../facts/fact-view';
import { phaseChanges } from './changes';
import { unansweredPaths } from './completeness';
import { displayCountry, displayInstant } from './display';
import type { Obligation } from './obligations';
import type { SeverityAssessment } from './severity';

/**
 * The assembler: unified facts, organisations, counts, severity and obligations in, the CNIL form's
 * 14 sections out. A pure function of its input (the assembly instant included), so the same input
 * gives the same content, byte for byte once canonicalised, and filing can freeze and hash it.
 */
export interface PersonData {
  civility?: string | null;
  lastName?: string | null;
  firstName?: string | null;
  position?: string | null;
  email?: string | null;
  phone?: string | null;
}

export interface OrganizationData {
  id: string;
  name: string;
  /** Null for an organisation without SIREN (« pas de SIREN »), which gives `otherIdentifier`. */
  siren: string | null;
  noSiren?: boolean;
  otherIdentifier?: { type: OrganizationIdentifierType; value: string } | null;
  vatNumber?: string | null;
  sector?: string | null;
  headcount?: number | null;
  address: { street?: string | null; postalCode?: string | null; city?: string | null; country?: string | null };
  legalRepresentative: PersonData;
  contact: PersonData;
  /** Section 4 names the same person as section 3; the contact then holds the same identity. */
  contactIsLegalRepresentative?: boolean;
  dpo?: PersonData | null;
  dpoDesignationNumber?: string | null;
}

export interface AssemblyInput {
  assembledAt: Date;
  notification: {
    type: NotificationType;
    number: string | null;
    status: string;
    initial: { number: string; filedAt: Date } | null;
    /**
     * The « date à laquelle les informations complémentaires seront transmises » as the controller
     * promised it (initial or non-final complementary); null when none was promised: a default is
     * never printed as the controller's promise.
     */
    followUpAt?: Date | null;
    /** For a complementary notification: its place in the chain (see PhaseInput). */
    phase?: PhaseInput | null;
    /** Once filed: the CNIL's reference, and the date of its récapitulatif when it was given. */
    cnilReference?: string | null;
    recapitulatifAt?: Date | null;
  };
  controller: OrganizationData;
  /** The processor the incident happened at, when it is not the controller itself. */
  processor: (Pick<OrganizationData, 'id' | 'name' | 'siren'> & { country: string | null }) | null;
  facts: Readonly<FactView>;
  counts: { persons: number; records: number; minors: number } | null;
  /** The chosen assessment (with a lawyer's override, if any), and the computed one for the annex. */
  /** `overrideReason` is a lawyer's reason for changing the ENISA assessment, `gravityReason` for choosing another gravity. */
  severity: {
    assessment: SeverityAssessment;
    computed: SeverityAssessment;
    /** Null until a named person signs it off: section 11 then reads "à confirmer". */
    gravity: Gravity | null;
    overrideReason: string | null;
    gravityReason: string | null;
    signOff: GravitySignOff | null;
  } | null;
  obligations: readonly Obligation[];
  delayReasons: string | null;
  crossBorder: boolean | null;
  otherDpa: string | null;
  /** Notifications actually made to other authorities (section 14), as recorded: never the duties. */
  authorityNotifications: { authorityLabel: string; at: Date; reference: string | null; note: string | null }[];
}

/** A complementary notification's phase (art. 33(4)): what it follows and what it still leaves for later. */
export interface PhaseInput {
  rank: number;
  final: boolean;
  /** The filings it follows, oldest first: the initial, then the earlier complements. */
  previousFilings: { label: string; number: string; filedAt: Date }[];
  /** The last filed notification's content: what this one adds or changes is shown against it. */
  previous: CnilNotificationContent | null;
  /** Why each art. 33(3) item still missing is not yet available, by form path. */
  missingItemReasons: Readonly<Record<string, string>>;
  afterFinalReason: string | null;
}

const CHANGE_KIND = { ADDED: 'Ajout', CHANGED: 'Modification', REMOVED: 'Retrait' } as const;

/** « Notification complémentaire n° 2 — finale »: the type as the documents name it. */
export function phaseTypeLabel(type: NotificationType, phase: { rank: number; final: boolean } | null | undefined): string {
  const label = NOTIFICATION_TYPE.labels[type];
  return type === 'COMPLEMENTARY' && phase ? `${label} n° ${phase.rank}${phase.final ? ' — finale' : ''}` : label;
}

const ORGANIZATION_PROVENANCE = (organizationId: string): Provenance => ({
  source: 'ORGANIZATION',
  organizationId,
  submissionId: null,
  reference: null,
  confidence: null,
});

function label(path: FieldPath): string {
  return FIELD_LABELS[path];
}

export function assembleNotification(input: AssemblyInput): CnilNotificationContent {
  const { facts, controller } = input;
  const provenance = (field: FactField): Provenance | null => {
    const f = facts[field];
    return f ? { ...f.source, source: f.source.type } : null;
  };
  const factText = (path: FieldPath, field: FactFieldOf<string>): ContentItem => text(path, facts[field]?.value ?? null, provenance(field));
  const factInstant = (path: FieldPath, field: FactFieldOf<Date>): ContentItem =>
    instant(path, facts[field]?.value ?? null, provenance(field));
  /** The codes chosen: a list field's, or a single-answer field's one code. */
  const selected = (field: FactFieldOf<string | readonly string[]>): readonly string[] => {
    const value = facts[field]?.value;
    return value === undefined ? [] : typeof value === 'string' ? [value] : value;
  };
  // The field's codes are the list's: a field paired with another list does not compile. (The
  // intersection only tells the compiler, inside, that such a field holds codes.)
  type ChoiceField<C extends string> = FactFieldOf<C | readonly C[]> & FactFieldOf<string | readonly string[]>;
  // A list fact takes several answers, a scalar one (the date de début's precision) exactly one.
  // `other` is the fact holding the « Autre (à préciser) » text, for the lists that offer it.
  const factChoice = <C extends string>(
    path: FieldPath,
    list: VocabularyList<C>,
    field: ChoiceField<C>,
    other: FactFieldOf<string> | null = null,
    codes: readonly C[] = list.codes,
  ): ContentItem => {
    const item = choice(path, list, selected(field), FACT_CATALOGUE[field].kind === 'list', provenance(field), codes);
    return other && item.kind === 'choice' ? { ...item, other: facts[other]?.value?.trim() || null } : item;
  };
  const org = ORGANIZATION_PROVENANCE(controller.id);
  const natures = facts.natures?.value ?? [];

  const sections: Record<SectionCode, ContentItem[]> = {
    TYPE: [
      choice('type.type', NOTIFICATION_TYPE, [input.notification.type], false, null),
      ...(input.notification.initial
        ? [
            text('type.initialNumber', input.notification.initial.number, null),
            instant('type.initialFiledAt', input.notification.initial.filedAt, null),
          ]
        : []),
    ],
    ORGANIZATION: [
      text('organization.siren', controller.siren, org),
      // The form's « pas de SIREN » box and the identifier given instead (F4): shown only when ticked.
      ...(controller.noSiren
        ? [
            text('organization.noSiren', 'Oui', org),
            choice(
              'organization.otherIdentifierType',
              ORGANIZATION_IDENTIFIER_TYPE,
              controller.otherIdentifier ? [controller.otherIdentifier.type] : [],
              false,
              org,
            ),
            text('organization.otherIdentifier', controller.otherIdentifier?.value ?? null, org),
          ]
        : []),
      text('organization.name', controller.name, org),
      text('organization.vatNumber', controller.vatNumber ?? null, org),
      text('organization.sector', controller.sector ?? null, org),
      number('organization.headcount', controller.headcount ?? null, org),
      text('organization.street', controller.address.street ?? null, org),
      text('organization.postalCode', controller.address.postalCode ?? null, org),
      text('organization.city', controller.address.city ?? null, org),
      text('organization.country', displayCountry(controller.address.country), org),
    ],
    LEGAL_REPRESENTATIVE: person('legalRepresentative', controller.legalRepresentative, org, [
      'civility',
      'lastName',
      'firstName',
      'email',
    ]),
    CONTACT: [
      ...(controller.contactIsLegalRepresentative ? [text('contact.sameAsLegalRepresentative', 'Oui', org)] : []),
      ...person('contact', controller.contact, org, ['civility', 'lastName', 'firstName', 'position', 'email', 'phone']),
      text('contact.dpoDesignationNumber', controller.dpoDesignationNumber ?? null, org),
    ],
    OTHER_ORGANIZATIONS: [
      table(
        'others.organizations',
        ['Rôle', 'Dénomination', 'SIREN', 'Pays'],
        input.processor
          ? [['Sous-traitant', input.processor.name, input.processor.siren ?? '', displayCountry(input.processor.country) ?? '']]
          : [],
      ),
      ...(input.processor ? [factInstant('others.processorAlertedAt', 'processorAlertedAt')] : []),
    ],
    DATES: [
      factChoice('dates.startPrecision', DATE_PRECISION, 'startPrecision'),
      factInstant('dates.startAt', 'startAt'),
      factInstant('dates.endAt', 'endAt'),
      text('dates.ongoing', yesNo(facts.ongoing?.value), provenance('ongoing')),
      factInstant('dates.awareAt', 'awareAt'),
      factText('dates.comment', 'datesComment'),
      factText('dates.discovery', 'discoveryCircumstances'),
      text('dates.delayReasons', input.delayReasons, null),
    ],
    BREACH: [
      factChoice('breach.natures', BREACH_NATURE, 'natures'),
      factChoice('breach.origins', INCIDENT_ORIGIN, 'origins', 'originsOther'),
      factChoice('breach.causes', INCIDENT_CAUSE, 'causes', 'causesOther'),
      factText('breach.description', 'description'),
    ],
    DATA: [
      factChoice('data.categories', DATA_CATEGORY, 'dataCategories', 'dataCategoriesOther'),
      factChoice('data.sensitive', SENSITIVE_DATA, 'sensitiveData'),
      text('data.exposedItems', joined(facts.exposedDataItems?.value), provenance('exposedDataItems')),
      text('data.notExposedItems', joined(facts.notExposedDataItems?.value), provenance('notExposedDataItems')),
      number('data.records', facts.approxRecords?.value ?? null, provenance('approxRecords')),
      factChoice('data.subjectCategories', SUBJECT_CATEGORY, 'subjectCategories', 'subjectCategoriesOther'),
      // What the controller states (art. 33(3)(a): an approximate number); exact list counts are internal.
      number('data.persons', facts.approxPersons?.value ?? null, provenance('approxPersons')),
    ],
    PRIOR_MEASURES: [factText('priorMeasures.text', 'priorSecurityMeasures')],
    CONSEQUENCES: [
      // The form offers the consequences of the breach's natures only (and "other", "unknown").
      factChoice(
        'consequences.consequences',
        CONSEQUENCE,
        'consequences',
        'consequencesOther',
        CONSEQUENCE.codes.filter((c) => CONSEQUENCE_NATURE[c] === null || natures.includes(CONSEQUENCE_NATURE[c]!)),
      ),
    ],
    HARMS: [
      factChoice('harms.harms', HARM, 'harms', 'harmsOther'),
      factText('harms.description', 'harmsDescription'),
      choice('harms.gravity', GRAVITY, input.severity?.gravity ? [input.severity.gravity] : [], false, null),
      text('harms.gravityDecision', gravityDecision(input.severity), null),
    ],
    MEASURES: [factText('measures.taken', 'measuresTaken'), factText('measures.planned', 'measuresPlanned')],
    COMMUNICATION: [
      choice('communication.status', COMMUNICATION_STATUS, selected('communicationStatus'), false, provenance('communicationStatus')),
      factInstant('communication.at', 'communicationAt'),
      factChoice('communication.channels', COMMUNICATION_CHANNEL, 'communicationChannels'),
      choice(
        'communication.justification',
        NON_COMMUNICATION_JUSTIFICATION,
        selected('nonCommunicationJustification'),
        false,
        provenance('nonCommunicationJustification'),
      ),
      factText('communication.details', 'communicationDetails'),
    ],
    CROSS_BORDER: [
      text('crossBorder.crossBorder', yesNo(input.crossBorder), null),
      text('crossBorder.otherDpa', input.otherDpa, null),
      table(
        'crossBorder.otherAuthorities',
        ['Autorité', 'Date', 'Référence', 'Précisions'],
        input.authorityNotifications.map((a) => [a.authorityLabel, displayInstant(a.at), a.reference ?? '', a.note ?? '']),
      ),
    ],
  };

  const phase = input.notification.type === 'COMPLEMENTARY' ? (input.notification.phase ?? null) : null;
  if (input.notification.type === 'INITIAL' || (phase && !phase.final))
    sections.TYPE.push(instant('type.followUpAt', input.notification.followUpAt ?? null, null));

  const content: CnilNotificationContent = {
    schemaVersion: CONTENT_SCHEMA_VERSION,
    vocabularyVersion: VOCABULARY_VERSION,
    assembledAt: input.assembledAt.toISOString(),
    notification: {
      type: input.notification.type,
      typeLabel: phaseTypeLabel(input.notification.type, phase),
      number: input.notification.number,
      status: input.notification.status,
      initial: input.notification.initial
        ? { number: input.notification.initial.number, filedAt: input.notification.initial.filedAt.toISOString() }
        : null,
      ...(phase ? { phase: { rank: phase.rank, final: phase.final } } : {}),
      ...(input.notification.cnilReference ? { cnilReference: input.notification.cnilReference } : {}),
      ...(input.notification.recapitulatifAt
        ? {
            recapitulatif: {
              at: input.notification.recapitulatifAt.toISOString(),
              display: displayInstant(input.notification.recapitulatifAt),
            },
          }
        : {}),
    },
    organization: organizationIdentity(controller),
    sections: FORM_SECTIONS.map((s): ContentSection => ({ number: s.number, code: s.code, title: s.title, items: sections[s.code] })),
  };
  if (phase) content.sections[0]!.items.push(...phaseItems(phase, content));
  return content;
}

/**
 * Section 1 of a complementary notification: its rank, whether it is final, the filings it follows,
 * the items it still leaves for later with their reasons (non-final only), and what it adds or
 * changes against the last filed notification, sections 2 to 14 (section 1 differs by nature).
 */
function phaseItems(phase: PhaseInput, content: CnilNotificationContent): ContentItem[] {
  const items: ContentItem[] = [
    text('type.rank', `n° ${phase.rank}`, null),
    text('type.final', yesNo(phase.final), null),
    table(
      'type.previousFilings',
      ['Notification', 'Numéro', 'Déposée le'],
      phase.previousFilings.map((f) => [f.label, f.number, displayInstant(f.filedAt)]),
    ),
  ];
  if (phase.afterFinalReason) items.push(text('type.afterFinalReason', phase.afterFinalReason, null));
  if (!phase.final) {
    const unanswered = unansweredPaths(content);
    items.push(
      table(
        'type.pendingItems',
        ['Section', 'Information', 'Raison pour laquelle elle n’est pas encore disponible'],
        Object.entries(phase.missingItemReasons)
          .filter(([path]) => unanswered.has(path))
          .map(([path, reason]) => [String(unanswered.get(path)), FIELD_LABELS[path as FieldPath] ?? path, reason]),
      ),
    );
  }
  const changes = phase.previous ? phaseChanges(phase.previous, content) : [];
  items.push(
    table(
      'type.changes',
      ['Section', 'Information', 'Nature', 'Dernière notification déposée', 'Présente notification'],
      changes.map((c) => [String(c.section), c.label, CHANGE_KIND[c.kind], c.before ?? '—', c.after ?? '—']),
    ),
  );
  return items;
}

/** How the documents name the organisation: its SIREN, or the identifier it gives instead. */
export function organizationIdentity(controller: OrganizationData): OrganizationIdentity {
  return {
    name: controller.name,
    siren: controller.siren,
    otherIdentifier: controller.otherIdentifier
      ? { typeLabel: ORGANIZATION_IDENTIFIER_TYPE.labels[controller.otherIdentifier.type], value: controller.otherIdentifier.value }
      : null,
  };
}

function text(path: FieldPath, value: string | null, provenance: Provenance | null): ContentItem {
  return { kind: 'text', path, label: label(path), value: value?.trim() ? value : null, provenance };
}

function number(path: FieldPath, value: number | null, provenance: Provenance | null): ContentItem {
  return { kind: 'number', path, label: label(path), value, provenance };
}

function instant(path: FieldPath, value: Date | null, provenance: Provenance | null): ContentItem {
  return {
    kind: 'instant',
    path,
    label: label(path),
    value: value ? value.toISOString() : null,
    display: value ? displayInstant(value) : null,
    provenance,
  };
}

/** Every option of the list, checked or not, so the filing reads like the form. */
function choice<C extends string>(
  path: FieldPath,
  list: VocabularyList<C>,
  selected: readonly string[],
  multiple: boolean,
  provenance: Provenance | null,
  codes: readonly C[] = list.codes,
): ContentItem {
  return {
    kind: 'choice',
    path,
    label: label(path),
    multiple,
    options: codes.map((code) => ({ code, label: list.labels[code], selected: selected.includes(code) })),
    provenance,
  };
}

function table(path: FieldPath, columns: string[], rows: string[][]): ContentItem {
  return { kind: 'table', path, label: label(path), columns, rows, provenance: null };
}

/** Sections 3 and 4 each under their own paths, so that each is checked (F5). */
type PersonSection = 'legalRepresentative' | 'contact';
type PersonField = keyof PersonData;

function person(section: PersonSection, data: PersonData, provenance: Provenance, fields: PersonField[]): ContentItem[] {
  return fields.map((field) => {
    const path = `${section}.${field}` as FieldPath;
    return field === 'civility'
      ? choice(path, CIVILITY, data.civility ? [data.civility] : [], false, provenance)
      : text(path, data[field] ?? null, provenance);
  });
}

function joined(values: readonly string[] | undefined): string | null {
  return values?.length ? values.join(', ') : null;
}

/** Section 11's gravity is a decision: who confirmed it and when, or "À confirmer" until someone does. */
function gravityDecision(severity: AssemblyInput['severity']): string {
  if (!severity?.gravity || !severity.signOff) return 'À confirmer';
  const { by, at } = severity.signOff;
  const suggested = severity.assessment.suggestedGravity;
  if (severity.gravity === suggested) return `Niveau suggéré confirmé par ${by} le ${displayInstant(at)}`;
  const reason = severity.gravityReason ?? severity.overrideReason;
  return `Retenu par ${by} le ${displayInstant(at)} au lieu du niveau suggéré (${GRAVITY.labels[suggested].toLowerCase()})${reason ? ` : ${reason}` : ''}`;
}

function yesNo(value: boolean | null | undefined): string | null {
  return value === true ? 'Oui' : value === false ? 'Non' : null;
}
