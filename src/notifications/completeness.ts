import {
  COMMUNICATION_STATUS,
  NON_COMMUNICATION_JUSTIFICATION,
  type CommunicationStatus,
  type Gravity,
  type NonCommunicationJustification,
  type NotificationType,
} from '../cnil/vocabulary';
import type { CnilNotificationContent, ContentItem } from '../content/notification-content';
import { displayInstant } from './display';
import { GROUND_TEXT, type PersonsInformationState, riskNotHighContradiction } from './persons-information';
import { sensitiveDpcLoweredWithoutReason, type SeverityAssessment } from './severity';

/**
 * What is still missing or inconsistent in a notification, item by item, and whether it blocks the
 * move to READY for its phase (art. 33(4): « dans la mesure où, et pour autant qu'il ne soit pas
 * possible de fournir toutes les informations en même temps »). INITIAL accepts "Ne sait pas pour
 * l'instant" everywhere but identification, contact, awareness and nature; a non-final COMPLEMENTARY
 * may still leave an art. 33(3) item for later if it says why it is not yet available, and must add
 * something; COMPLETE and a final COMPLEMENTARY need every item. Past the deadline, the reasons for
 * the delay are required (art. 33(1)); so they are for a complement filed after its follow-up date.
 */
/**
 * Every code a completeness issue may carry, with what it means (the enum CompletenessCode of the
 * API; a new check adds its code here, or does not compile).
 */
export const COMPLETENESS_CODES = {
  MISSING_NAME: "The organisation's name (section 2).",
  MISSING_SIREN: 'The SIREN, or « pas de SIREN » with another identifier (section 2).',
  MISSING_OTHER_IDENTIFIER: 'The identifier an organisation without SIREN gives instead (section 2).',
  MISSING_LEGAL_REPRESENTATIVE: 'The legal representative (section 3).',
  MISSING_LEGAL_REPRESENTATIVE_EMAIL: "The legal representative's e-mail address (section 3).",
  MISSING_CONTACT: 'The contact point (section 4, art. 33(3)(b)).',
  MISSING_CONTACT_EMAIL: "The contact point's e-mail address (section 4).",
  MISSING_AWARENESS: 'The instant the controller became aware of the breach (section 6).',
  MISSING_START: 'The start of the breach (section 6).',
  MISSING_DELAY_REASONS: 'Notified after 72 hours without the reasons for the delay (art. 33(1)).',
  MISSING_FOLLOW_UP_DELAY_REASONS: 'A complement sent after its follow-up date without the reasons for the delay (art. 33(4)).',
  MISSING_INITIAL_REFERENCE: 'The number, date and time of the initial notification (section 1).',
  NOTHING_ADDED: 'A complementary notification that adds or changes nothing against the last filed one.',
  MISSING_NATURE: 'The nature of the breach (section 7, art. 33(3)(a)).',
  MISSING_ORIGIN: 'The origin of the incident (section 7).',
  MISSING_CAUSE: 'The cause of the incident (section 7).',
  MISSING_DESCRIPTION: 'The detailed description (section 7).',
  MISSING_OTHER_TEXT: 'An « Autre (à préciser) » option ticked without its text.',
  MISSING_DATA_CATEGORIES: 'The data categories (section 8, art. 33(3)(a)).',
  MISSING_SUBJECT_CATEGORIES: 'The categories of persons (section 8, art. 33(3)(a)).',
  MISSING_PERSONS: 'The approximate number of persons (section 8, art. 33(3)(a)).',
  MISSING_RECORDS: 'The approximate number of records (section 8, art. 33(3)(a)).',
  MISSING_CONSEQUENCES: 'The likely consequences (section 10, art. 33(3)(c)).',
  INCONSISTENT_CONFIDENTIALITY_CONSEQUENCES: 'A loss of confidentiality declared without any confidentiality consequence (section 10).',
  MISSING_GRAVITY: 'The gravity, not yet signed off by a named person (section 11).',
  HEALTH_DPC_LOWERED_WITHOUT_REASON: 'Health data with the DPC lowered below 4 without a recorded reason (ENISA method).',
  MISSING_MEASURES: 'The measures taken or proposed (section 12, art. 33(3)(d)).',
  MISSING_COMMUNICATION: 'The decision on informing the persons (section 13, art. 34).',
  MISSING_ART34_EXEMPTION: 'A high risk without informing the persons and no art. 34(3) exemption justified (section 13).',
  INCONSISTENT_ART34_EXEMPTION: 'An art. 34(3) exemption that contradicts the other answers (section 13).',
  INCONSISTENT_ART34_DECISION: "Section 13 contradicts the controller's recorded art. 34 decision.",
  INCONSISTENT_ART34_GROUND: "Section 13 justifies not informing the persons, contradicting the controller's recorded art. 34 decision.",
} as const;

export type CompletenessCode = keyof typeof COMPLETENESS_CODES;

export interface CompletenessIssue {
  code: CompletenessCode;
  section: number;
  path: string;
  message: { fr: string; en: string };
  blocksReady: boolean;
}

export interface CompletenessContext {
  type: NotificationType;
  /** The deadline has passed (or will have by filing): delay reasons are then required. */
  late: boolean;
  /** The chosen assessment; `overrideReason` is set when a lawyer overrode the computed one. */
  severity: { assessment: SeverityAssessment; gravity: Gravity | null; overrideReason?: string | null } | null;
  /**
   * The controller's recorded art. 34 decision: section 13 must then agree with it. Absent or null
   * while none is recorded, and section 13 is judged on its own.
   */
  personsDecision?: PersonsInformationState | null;
  /** For a COMPLEMENTARY notification: its phase (see ComplementaryPhase). */
  phase?: ComplementaryPhase | null;
}

/** What the completeness of a complementary notification depends on beyond its content. */
export interface ComplementaryPhase {
  /** Marked final: every art. 33(3) item is required. */
  final: boolean;
  /** Why each item still missing is not yet available, by form path (art. 33(4)). */
  missingItemReasons: Readonly<Record<string, string>>;
  /** How many answers of sections 2 to 14 it adds or changes against the last filed notification. */
  changeCount: number;
  /** It is (or will be, filed now) after the follow-up date: delay reasons are then required. */
  followUpLate: boolean;
}

interface Requirement {
  path: string;
  code: CompletenessCode;
  fr: string;
  en: string;
  /** Also required of an INITIAL notification. */
  initial: boolean;
}

/** Art. 33(3) and the form's identification: what a notification must say. */
const REQUIRED: readonly Requirement[] = [
  {
    path: 'organization.name',
    code: 'MISSING_NAME',
    fr: "La dénomination de l'organisme manque.",
    en: "The organisation's name is missing.",
    initial: true,
  },
  // Sections 3 and 4 are both required by the téléservice, even when they name the same person.
  {
    path: 'legalRepresentative.lastName',
    code: 'MISSING_LEGAL_REPRESENTATIVE',
    fr: 'Le nom du responsable légal (section 3) manque.',
    en: 'The legal representative (section 3) is missing.',
    initial: true,
  },
  {
    path: 'legalRepresentative.email',
    code: 'MISSING_LEGAL_REPRESENTATIVE_EMAIL',
    fr: "L'adresse électronique du responsable légal (section 3) manque.",
    en: "The legal representative's e-mail (section 3) is missing.",
    initial: true,
  },
  {
    path: 'contact.lastName',
    code: 'MISSING_CONTACT',
    fr: 'La personne à contacter (article 33, paragraphe 3, point b)) manque.',
    en: 'The contact point (art. 33(3)(b)) is missing.',
    initial: true,
  },
  {
    path: 'contact.email',
    code: 'MISSING_CONTACT_EMAIL',
    fr: "L'adresse électronique de la personne à contacter manque.",
    en: "The contact point's e-mail is missing.",
    initial: true,
  },
  {
    path: 'dates.awareAt',
    code: 'MISSING_AWARENESS',
    fr: 'La date de prise de connaissance manque.',
    en: 'The awareness instant is missing.',
    initial: true,
  },
  {
    path: 'breach.natures',
    code: 'MISSING_NATURE',
    fr: 'La nature de la violation manque (article 33, paragraphe 3, point a)).',
    en: 'The nature of the breach is missing (art. 33(3)(a)).',
    initial: true,
  },
  {
    path: 'dates.startAt',
    code: 'MISSING_START',
    fr: 'La date de début de la violation manque.',
    en: 'The start of the breach is missing.',
    initial: false,
  },
  {
    path: 'breach.origins',
    code: 'MISSING_ORIGIN',
    fr: "L'origine de l'incident manque.",
    en: 'The origin of the incident is missing.',
    initial: false,
  },
  {
    path: 'breach.causes',
    code: 'MISSING_CAUSE',
    fr: "La cause de l'incident manque.",
    en: 'The cause of the incident is missing.',
    initial: false,
  },
  {
    path: 'breach.description',
    code: 'MISSING_DESCRIPTION',
    fr: 'Le descriptif détaillé manque.',
    en: 'The detailed description is missing.',
    initial: false,
  },
  {
    path: 'data.categories',
    code: 'MISSING_DATA_CATEGORIES',
    fr: 'Les catégories de données manquent (article 33, paragraphe 3, point a)).',
    en: 'The data categories are missing (art. 33(3)(a)).',
    initial: false,
  },
  {
    path: 'data.subjectCategories',
    code: 'MISSING_SUBJECT_CATEGORIES',
    fr: 'Les catégories de personnes manquent (article 33, paragraphe 3, point a)).',
    en: 'The categories of data subjects are missing (art. 33(3)(a)).',
    initial: false,
  },
  {
    path: 'data.persons',
    code: 'MISSING_PERSONS',
    fr: 'Le nombre approximatif de personnes manque (article 33, paragraphe 3, point a)).',
    en: 'The approximate number of data subjects is missing (art. 33(3)(a)).',
    initial: false,
  },
  {
    path: 'data.records',
    code: 'MISSING_RECORDS',
    fr: "Le nombre approximatif d'enregistrements manque (article 33, paragraphe 3, point a)).",
    en: 'The approximate number of records is missing (art. 33(3)(a)).',
    initial: false,
  },
  {
    path: 'consequences.consequences',
    code: 'MISSING_CONSEQUENCES',
    fr: 'Les conséquences probables manquent (article 33, paragraphe 3, point c)).',
    en: 'The likely consequences are missing (art. 33(3)(c)).',
    initial: false,
  },
  {
    path: 'harms.gravity',
    code: 'MISSING_GRAVITY',
    fr: 'Le niveau de gravité n’est pas confirmé : le niveau calculé n’est qu’une suggestion, à valider par une personne nommée. Une notification initiale peut laisser la gravité inconnue.',
    en: 'The gravity is not signed off: the computed level is only a suggestion, to be confirmed by a named person (signOffGravity). An initial notification may leave the gravity unknown.',
    initial: false,
  },
  {
    path: 'measures.taken',
    code: 'MISSING_MEASURES',
    fr: 'Les mesures prises ou envisagées manquent (article 33, paragraphe 3, point d)).',
    en: 'The measures taken or proposed are missing (art. 33(3)(d)).',
    initial: false,
  },
  {
    path: 'communication.status',
    code: 'MISSING_COMMUNICATION',
    fr: 'La décision de communication aux personnes manque (article 34).',
    en: 'The decision on informing data subjects is missing (art. 34).',
    initial: false,
  },
];

/** The art. 33(3) items an initial notification may leave for later, and a non-final complement too, with a reason. */
export const LATER_ITEMS: ReadonlyMap<string, { code: CompletenessCode; fr: string }> = new Map(
  REQUIRED.filter((r) => !r.initial).map((r) => [r.path, { code: r.code, fr: r.fr }]),
);

/** "Ne sait pas pour l'instant" answers count as not known yet. */
const NOT_KNOWN_YET = new Set(['UNKNOWN', 'NOT_DETERMINED', 'UNDETERMINED']);

function isAnswered(item: ContentItem | undefined): boolean {
  if (!item) return false;
  switch (item.kind) {
    case 'text':
    case 'number':
    case 'instant':
      return item.value !== null;
    case 'choice':
      return item.options.some((o) => o.selected && !NOT_KNOWN_YET.has(o.code));
    case 'table':
      return item.rows.length > 0;
  }
}

function itemsOf(content: CnilNotificationContent): Map<string, { item: ContentItem; section: number }> {
  const items = new Map<string, { item: ContentItem; section: number }>();
  for (const section of content.sections) for (const item of section.items) items.set(item.path, { item, section: section.number });
  return items;
}

/** The art. 33(3) items a content leaves unanswered, with their section: those a reason may explain. */
export function unansweredPaths(content: CnilNotificationContent): Map<string, number> {
  const items = itemsOf(content);
  const missing = new Map<string, number>();
  for (const [path] of LATER_ITEMS) {
    const found = items.get(path);
    if (!isAnswered(found?.item)) missing.set(path, found?.section ?? 0);
  }
  return missing;
}

export function checkCompleteness(content: CnilNotificationContent, context: CompletenessContext): CompletenessIssue[] {
  const items = itemsOf(content);
  const sectionOf = (path: string) => items.get(path)?.section ?? 0;
  const selected = (path: string) => {
    const item = items.get(path)?.item;
    return item?.kind === 'choice' ? item.options.filter((o) => o.selected).map((o) => o.code) : [];
  };
  const full = context.type !== 'INITIAL';
  const issues: CompletenessIssue[] = [];
  const phase = context.type === 'COMPLEMENTARY' ? (context.phase ?? null) : null;
  // A non-final complement may leave an item for later, saying why (art. 33(4)); a final one may not.
  const partial = phase !== null && !phase.final;

  const decision = context.personsDecision ?? null;
  let stillMissing = 0;
  for (const r of REQUIRED) {
    // measures: either taken or planned will do.
    if (r.path === 'measures.taken' && isAnswered(items.get('measures.planned')?.item)) continue;
    // With a recorded art. 34 decision, section 13 is judged against it below, its absence included.
    if (r.path === 'communication.status' && decision) continue;
    if (!isAnswered(items.get(r.path)?.item)) {
      if (partial && !r.initial) {
        stillMissing++;
        issues.push(laterItem(r, sectionOf(r.path), phase.missingItemReasons[r.path]));
        continue;
      }
      issues.push({
        code: r.code,
        section: sectionOf(r.path),
        path: r.path,
        message: { fr: r.fr, en: r.en },
        blocksReady: full || r.initial,
      });
    }
  }
  issues.push(...identityIssues(items));
  issues.push(...otherTextIssues(content));
  if (partial && phase.changeCount === 0 && stillMissing === 0) {
    issues.push({
      code: 'NOTHING_ADDED',
      section: 1,
      path: 'type.changes',
      message: {
        fr: 'Cette notification complémentaire n’ajoute ni ne modifie aucune information par rapport à la dernière notification déposée : complétez-la, ou marquez-la finale si les informations déposées sont complètes (article 33, paragraphe 4).',
        en: 'This complementary notification adds or changes nothing against the last filed one: complete it, or mark it final if the filed information is complete (art. 33(4)).',
      },
      blocksReady: true,
    });
  }
  if (phase?.followUpLate && !isAnswered(items.get('dates.delayReasons')?.item)) {
    issues.push({
      code: 'MISSING_FOLLOW_UP_DELAY_REASONS',
      section: 6,
      path: 'dates.delayReasons',
      message: {
        fr: 'Informations complémentaires transmises après la date de suivi : les motifs du retard sont requis (article 33, paragraphe 4 : « sans autre retard indu »).',
        en: 'Complementary information sent after its follow-up date: the reasons for the delay are required (art. 33(4), "without undue further delay").',
      },
      blocksReady: true,
    });
  }
  if (
    context.type === 'COMPLEMENTARY' &&
    (!isAnswered(items.get('type.initialNumber')?.item) || !isAnswered(items.get('type.initialFiledAt')?.item))
  ) {
    issues.push({
      code: 'MISSING_INITIAL_REFERENCE',
      section: 1,
      path: 'type.initialNumber',
      message: {
        fr: 'Le numéro, la date et l’heure de la notification initiale manquent.',
        en: 'The number, date and time of the initial notification are missing.',
      },
      blocksReady: true,
    });
  }
  if (context.late && !isAnswered(items.get('dates.delayReasons')?.item)) {
    issues.push({
      code: 'MISSING_DELAY_REASONS',
      section: 6,
      path: 'dates.delayReasons',
      message: {
        fr: 'Notification au-delà de 72 heures : les motifs du retard sont requis (article 33, paragraphe 1).',
        en: 'Notified after 72 hours: the reasons for the delay are required (art. 33(1)).',
      },
      blocksReady: true,
    });
  }

  // Consistency: answers that contradict each other.
  const natures = selected('breach.natures');
  const consequences = selected('consequences.consequences');
  if (
    natures.includes('CONFIDENTIALITY') &&
    consequences.length > 0 &&
    !consequences.some((c) => ['SPREAD_BEYOND_CONTROL', 'CROSS_MATCHING', 'MISUSE'].includes(c))
  ) {
    issues.push({
      code: 'INCONSISTENT_CONFIDENTIALITY_CONSEQUENCES',
      section: 10,
      path: 'consequences.consequences',
      message: {
        fr: 'Perte de confidentialité déclarée sans conséquence de confidentialité.',
        en: 'A loss of confidentiality is declared without any confidentiality consequence.',
      },
      blocksReady: full,
    });
  }
  // The method lets sensitive data go down (a generic certificate is not a diagnosis): only an
  // unexplained lowering is a problem, never the lowering itself.
  const health = selected('data.sensitive').includes('HEALTH');
  if (health && context.severity && sensitiveDpcLoweredWithoutReason(context.severity.assessment)) {
    issues.push({
      code: 'HEALTH_DPC_LOWERED_WITHOUT_REASON',
      section: 11,
      path: 'harms.gravity',
      message: {
        fr: 'Des données de santé sont concernées et le contexte (DPC) est abaissé sous 4 sans motif enregistré (méthode ENISA 2013).',
        en: 'Health data is involved and the DPC is lowered below 4 without a recorded reason (ENISA 2013 method).',
      },
      blocksReady: full,
    });
  }
  const status = selected('communication.status');
  const justification = selected('communication.justification');
  if (decision) issues.push(...section13AgainstDecision(status, justification, decision, full));
  // With a recorded decision, a missing justification is reported against the decision's ground above.
  if (!decision && context.severity?.assessment.art34Recommended && status.includes('WILL_NOT_BE_INFORMED') && justification.length === 0) {
    issues.push({
      code: 'MISSING_ART34_EXEMPTION',
      section: 13,
      path: 'communication.justification',
      message: {
        fr: 'Risque élevé sans communication aux personnes : une exemption de l’article 34, paragraphe 3, doit être justifiée.',
        en: 'High risk without informing data subjects: an art. 34(3) exemption must be justified.',
      },
      blocksReady: true,
    });
  }
  // The check the decision itself passes (persons-information.ts), applied to section 13's own answer.
  const riskNotHigh =
    justification.includes('RISK_NOT_HIGH') && context.severity
      ? riskNotHighContradiction({ level: context.severity.assessment.level, overridden: Boolean(context.severity.overrideReason) })
      : null;
  if (riskNotHigh) {
    issues.push({
      code: 'INCONSISTENT_ART34_EXEMPTION',
      section: 13,
      path: 'communication.justification',
      message: { fr: `Section 13 : ${riskNotHigh.fr}`, en: `Section 13: ${riskNotHigh.en}` },
      blocksReady: true,
    });
  }
  return issues.sort((a, b) => a.section - b.section);
}

/**
 * An art. 33(3) item a non-final complement leaves for later: fine with the reason it is not yet
 * available (shown in section 1), blocking READY without one, naming the item.
 */
function laterItem(r: Requirement, section: number, reason: string | undefined): CompletenessIssue {
  const item = r.fr.replace(/\.$/, '');
  return reason?.trim()
    ? {
        code: r.code,
        section,
        path: r.path,
        message: {
          fr: `${item} ; transmission ultérieure (article 33, paragraphe 4), raison enregistrée : ${reason.trim()}`,
          en: `${r.en.replace(/\.$/, '')}; to be sent later (art. 33(4)), reason recorded.`,
        },
        blocksReady: false,
      }
    : {
        code: r.code,
        section,
        path: r.path,
        message: {
          fr: `${item} : une notification complémentaire non finale peut la transmettre plus tard, en indiquant pourquoi elle n’est pas encore disponible (article 33, paragraphe 4) ; aucune raison n’est enregistrée (missingItemReasons, « ${r.path} »).`,
          en: `${r.en.replace(/\.$/, '')}: a non-final complementary notification may send it later with the reason it is not yet available (art. 33(4)); no reason is recorded (missingItemReasons, "${r.path}").`,
        },
        blocksReady: true,
      };
}

const statusLabel = (code: string) => `« ${COMMUNICATION_STATUS.labels[code as CommunicationStatus] ?? code} »`;
const groundLabel = (code: string) => `« ${NON_COMMUNICATION_JUSTIFICATION.labels[code as NonCommunicationJustification] ?? code} »`;

/** The recorded decision in a sentence: what, on what ground, who, when, and the first sending if any. */
function decisionText(d: PersonsInformationState): { fr: string; en: string } {
  const when = `de ${d.decidedBy} du ${displayInstant(d.decidedAt)}`;
  const sent = d.firstCommunicationAt;
  return d.decision === 'NOT_INFORM'
    ? {
        fr: `la décision ${when} de ne pas informer les personnes (motif : ${d.ground ? GROUND_TEXT[d.ground] : 'non renseigné'})`,
        en: `the decision by ${d.decidedBy} on ${d.decidedAt.toISOString()} not to inform the persons (ground ${d.ground ?? 'none'})`,
      }
    : {
        fr: `la décision ${when} d’informer les personnes${sent ? `, première communication enregistrée le ${displayInstant(sent)}` : ''}`,
        en: `the decision by ${d.decidedBy} on ${d.decidedAt.toISOString()} to inform the persons${sent ? `, first communication recorded on ${sent.toISOString()}` : ''}`,
      };
}

/** The section 13 answers the decision implies, in the order the message gives them. */
function impliedStatuses(d: PersonsInformationState): CommunicationStatus[] {
  if (d.decision === 'NOT_INFORM') return ['WILL_NOT_BE_INFORMED'];
  // Decided to inform: once a sending is recorded, the persons have been informed.
  return d.firstCommunicationAt ? ['INFORMED'] : ['WILL_BE_INFORMED', 'INFORMED'];
}

/**
 * Section 13 against the recorded art. 34 decision: the status, then the justification. The gateway
 * does not fill section 13 from the decision: section 13 is the controller's answer to the CNIL,
 * stated as a fact with its provenance, while a decision can be replaced, or followed by a sending,
 * after the draft was written; filling it would print the gateway's reading of the decision as the
 * controller's answer. It names the answer the decision implies instead, and blocks READY until both
 * agree. An unanswered section 13 keeps MISSING_COMMUNICATION's rule (an initial notification may
 * leave it for later, art. 33(4)); "Non déterminé pour le moment" is no longer true once decided.
 */
function section13AgainstDecision(
  status: readonly string[],
  justification: readonly string[],
  d: PersonsInformationState,
  full: boolean,
): CompletenessIssue[] {
  const issues: CompletenessIssue[] = [];
  const decided = decisionText(d);
  const implied = impliedStatuses(d);
  const expectedGround = d.decision === 'NOT_INFORM' ? d.ground : null;
  const expected = {
    fr: `${implied.map(statusLabel).join(' ou ')}${expectedGround ? ` avec la justification ${groundLabel(expectedGround)}` : ''}`,
    en: `${implied.join(' or ')}${expectedGround ? ` with the justification ${expectedGround}` : ''}`,
  };
  if (status.length === 0) {
    issues.push({
      code: 'MISSING_COMMUNICATION',
      section: 13,
      path: 'communication.status',
      message: {
        fr: `La décision de communication aux personnes manque en section 13 (article 34) : ${decided.fr} appelle la réponse ${expected.fr}.`,
        en: `Section 13 does not answer whether the persons are informed (art. 34): ${decided.en} implies ${expected.en}.`,
      },
      blocksReady: full,
    });
  } else if (!status.every((s) => (implied as readonly string[]).includes(s))) {
    issues.push({
      code: 'INCONSISTENT_ART34_DECISION',
      section: 13,
      path: 'communication.status',
      message: {
        fr: `Section 13 : la réponse ${status.map(statusLabel).join(', ')} contredit ${decided.fr} ; réponse attendue : ${expected.fr}.`,
        en: `Section 13 answers ${status.join(', ')}, which contradicts ${decided.en}; expected: ${expected.en}.`,
      },
      blocksReady: true,
    });
  }
  // A decision not to inform names its ground, which section 13 repeats; a decision to inform has none.
  const groundDiffers =
    d.decision === 'INFORM'
      ? justification.length > 0
      : expectedGround !== null &&
        status.includes('WILL_NOT_BE_INFORMED') &&
        (justification.length !== 1 || justification[0] !== expectedGround);
  if (groundDiffers) {
    const given = justification.map(groundLabel).join(', ');
    issues.push({
      code: 'INCONSISTENT_ART34_GROUND',
      section: 13,
      path: 'communication.justification',
      message: !expectedGround
        ? {
            fr: `Section 13 : la justification de l’absence de communication ${given} contredit ${decided.fr}.`,
            en: `Section 13 justifies not informing (${justification.join(', ')}), which contradicts ${decided.en}.`,
          }
        : justification.length === 0
          ? {
              fr: `Section 13 : la justification de l’absence de communication manque ; ${decided.fr} retient ${groundLabel(expectedGround)}.`,
              en: `Section 13 gives no justification; ${decided.en} rests on ${expectedGround}.`,
            }
          : {
              fr: `Section 13 : la justification ${given} diffère du motif de ${decided.fr} ; justification attendue : ${groundLabel(expectedGround)}.`,
              en: `Section 13's justification (${justification.join(', ')}) differs from the ground of ${decided.en}; expected: ${expectedGround}.`,
            },
      blocksReady: true,
    });
  }
  return issues;
}

/**
 * Section 2's identifier: a SIREN, or the form's « pas de SIREN » box with another identifier (its
 * type and value), which the téléservice accepts from an association or a foreign controller. Either
 * one identifies the organisation, so even an initial notification needs it.
 */
function identityIssues(items: ReadonlyMap<string, { item: ContentItem }>): CompletenessIssue[] {
  if (isAnswered(items.get('organization.siren')?.item)) return [];
  if (!isAnswered(items.get('organization.noSiren')?.item)) {
    return [
      {
        code: 'MISSING_SIREN',
        section: 2,
        path: 'organization.siren',
        message: {
          fr: "Le SIREN de l'organisme manque ; un organisme qui n'en a pas coche « pas de SIREN » et donne un autre identifiant.",
          en: "The organisation's SIREN is missing; an organisation without one ticks « pas de SIREN » (noSiren) and gives another identifier.",
        },
        blocksReady: true,
      },
    ];
  }
  if (isAnswered(items.get('organization.otherIdentifierType')?.item) && isAnswered(items.get('organization.otherIdentifier')?.item))
    return [];
  return [
    {
      code: 'MISSING_OTHER_IDENTIFIER',
      section: 2,
      path: 'organization.otherIdentifier',
      message: {
        fr: "« Pas de SIREN » est coché : l'autre identifiant de l'organisme (type et numéro) manque.",
        en: "« Pas de SIREN » is ticked: the organisation's other identifier (otherIdentifierType and otherIdentifier) is missing.",
      },
      blocksReady: true,
    },
  ];
}

/**
 * « Autre (à préciser) »: the form asks for the text whenever OTHER is ticked, so OTHER without it is
 * an incomplete answer, whatever the notification's type.
 */
function otherTextIssues(content: CnilNotificationContent): CompletenessIssue[] {
  return content.sections.flatMap((section) =>
    section.items.flatMap((item): CompletenessIssue[] =>
      item.kind === 'choice' && 'other' in item && item.options.some((o) => o.code === 'OTHER' && o.selected) && !item.other
        ? [
            {
              code: 'MISSING_OTHER_TEXT',
              section: section.number,
              path: item.path,
              message: {
                fr: `« ${item.label} » : la réponse « Autre » est cochée sans être précisée.`,
                en: `« ${item.label} » (${item.path}): OTHER is ticked without the text that specifies it.`,
              },
              blocksReady: true,
            },
          ]
        : [],
    ),
  );
}
