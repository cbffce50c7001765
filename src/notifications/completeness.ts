import type { Gravity, NotificationType } from '../cnil/vocabulary';
import type { CnilNotificationContent, ContentItem } from '../content/notification-content';
import type { SeverityAssessment } from './severity';

/**
 * What is still missing or inconsistent in a notification, item by item, and whether it blocks the
 * move to READY for this type. COMPLETE (and COMPLEMENTARY, which completes) needs every art. 33(3)
 * item; INITIAL accepts "Ne sait pas pour l'instant" everywhere but identification, contact,
 * awareness and nature. Past the deadline, the reasons for the delay are required (art. 33(1)).
 */
export interface CompletenessIssue {
  code: string;
  section: number;
  path: string;
  message: { fr: string; en: string };
  blocksReady: boolean;
}

export interface CompletenessContext {
  type: NotificationType;
  /** The deadline has passed (or will have by filing): delay reasons are then required. */
  late: boolean;
  severity: { assessment: SeverityAssessment; gravity: Gravity | null } | null;
}

interface Requirement {
  path: string;
  code: string;
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

export function checkCompleteness(content: CnilNotificationContent, context: CompletenessContext): CompletenessIssue[] {
  const items = new Map<string, { item: ContentItem; section: number }>();
  for (const section of content.sections) for (const item of section.items) items.set(item.path, { item, section: section.number });
  const sectionOf = (path: string) => items.get(path)?.section ?? 0;
  const selected = (path: string) => {
    const item = items.get(path)?.item;
    return item?.kind === 'choice' ? item.options.filter((o) => o.selected).map((o) => o.code) : [];
  };
  const full = context.type !== 'INITIAL';
  const issues: CompletenessIssue[] = [];

  for (const r of REQUIRED) {
    // measures: either taken or planned will do.
    if (r.path === 'measures.taken' && isAnswered(items.get('measures.planned')?.item)) continue;
    if (!isAnswered(items.get(r.path)?.item)) {
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
  const health = selected('data.sensitive').includes('HEALTH');
  if (
    health &&
    context.severity &&
    (context.severity.assessment.dpc.value < 4 || ['NEGLIGIBLE', 'LIMITED'].includes(context.severity.gravity ?? ''))
  ) {
    issues.push({
      code: 'INCONSISTENT_HEALTH_SEVERITY',
      section: 11,
      path: 'harms.gravity',
      message: {
        fr: 'Des données de santé sont concernées mais la gravité retenue ne les prend pas en compte.',
        en: 'Health data is involved but the chosen severity does not account for it.',
      },
      blocksReady: full,
    });
  }
  if (
    context.severity?.assessment.art34Recommended &&
    selected('communication.status').includes('WILL_NOT_BE_INFORMED') &&
    selected('communication.justification').length === 0
  ) {
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
  return issues.sort((a, b) => a.section - b.section);
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
