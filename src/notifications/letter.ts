import { adviceFor, PERSONS_ADVICE_VERSION, type AdviceTrigger } from '../cnil/persons-advice';
import { DATA_CATEGORY } from '../cnil/vocabulary';
import {
  LETTER_SCHEMA_VERSION,
  type LetterIssue,
  type LetterParagraph,
  type LetterVariant,
  type PersonsLetterContent,
  type LetterIssueCode,
} from '../content/letter-content';
import { organizationIdentity, type AssemblyInput } from './assemble';

/** What a named person recorded for the letter (see PersonsLetter): nothing here is a default. */
export interface PersonsLetterRecord {
  measuresText: string | null;
  processorService: string | null;
  signatoryName: string | null;
  signatoryTitle: string | null;
  /** YYYY-MM-DD, the date the letter bears. */
  letterDate: string | null;
  readyAt: Date | null;
}

export interface LetterInput {
  assembly: AssemblyInput;
  record: PersonsLetterRecord | null;
  /** When the CNIL was notified of this breach (the initial filing), if a filing is recorded. */
  cnilFiledAt: Date | null;
}

const MONTHS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];

function frenchDate(year: number, month: number, day: number): string {
  return `${day === 1 ? '1er' : day} ${MONTHS[month - 1]} ${year}`;
}

/** The calendar day in Paris: an approximate start is never printed to the minute (legal review C7). */
function parisDay(instant: Date): string {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris', year: 'numeric', month: 'numeric', day: 'numeric' })
    .formatToParts(instant)
    .reduce<Record<string, number>>((acc, p) => (p.type === 'literal' ? acc : { ...acc, [p.type]: Number(p.value) }), {});
  return frenchDate(parts.year!, parts.month!, parts.day!);
}

function recordedDay(value: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  return m ? frenchDate(Number(m[1]), Number(m[2]), Number(m[3])) : null;
}

const text = (value: string | null | undefined): string | null => (value?.trim() ? value.trim() : null);

/** Per addressee: the line above the salutation, whose data, and the possessive used for them. */
const VARIANTS: Record<LetterVariant, { addressee: string; concerns: string; whose: string; of: string }> = {
  MEMBER: {
    addressee: 'À l’attention de l’adhérent',
    concerns: 'Ce courrier concerne vos propres données personnelles.',
    whose: 'vous concernant',
    of: 'vos',
  },
  BENEFICIARY: {
    addressee: 'À l’attention de l’ayant droit',
    concerns:
      'Ce courrier concerne vos données personnelles, enregistrées parce que vous êtes ayant droit (bénéficiaire rattaché au contrat d’un adhérent).',
    whose: 'vous concernant',
    of: 'vos',
  },
  MINOR_REPRESENTATIVE: {
    addressee: 'À l’attention du représentant légal',
    concerns:
      'Ce courrier vous est adressé en tant que représentant légal d’un enfant mineur : il concerne les données personnelles de cet enfant, et non les vôtres.',
    whose: 'concernant l’enfant mineur dont vous êtes le représentant légal',
    of: 'ses',
  },
};

/** What each nature of breach means for the reader (art. 34(2): the nature of the breach). */
const NATURE_TEXT: Record<string, string> = {
  CONFIDENTIALITY: 'ont pu être consultées ou copiées par une personne non autorisée',
  INTEGRITY: 'ont pu être modifiées sans autorisation',
  AVAILABILITY: 'ont été rendues temporairement inaccessibles',
};

/** The harms as the reader lives them, addressed to the reader (never « leurs » to « vous »). */
const HARM_TEXT: Record<string, (of: string) => string> = {
  LOSS_OF_CONTROL: (of) => `une perte de contrôle sur ${of} données`,
  LIMITATION_OF_RIGHTS: (of) => `une limitation de ${of} droits`,
  DISCRIMINATION: () => 'une discrimination',
  IDENTITY_THEFT: () => 'une usurpation d’identité',
  FRAUD: () => 'une tentative de fraude ou d’escroquerie',
  PSEUDONYMISATION_REVERSAL: () => 'une réidentification de données pseudonymisées',
  FINANCIAL_LOSS: () => 'une perte financière',
  REPUTATION_DAMAGE: () => 'une atteinte à la réputation',
  PROFESSIONAL_SECRECY_LOSS: () => 'la divulgation d’informations couvertes par le secret professionnel',
};

/** Words that make a data item a health item (art. 9): medical transport invoices are health data. */
const HEALTH_WORDS = /m[ée]dica|sant[ée]|soins?\b|ordonnance|pathologi|diagnostic|hospitali|pharmac|remboursements? de sant/i;

/** The NIR is named for what it is to the reader (legal review C7). */
const readable = (item: string): string => item.replace(/\bNIR\b/g, 'numéro de sécurité sociale');

function categoryLabel(code: string): string {
  if (code === 'NIR') return 'numéro de sécurité sociale';
  return DATA_CATEGORY.labels[code as keyof typeof DATA_CATEGORY.labels]?.replace(/ \(.*\)$/, '').toLowerCase() ?? code;
}

const issue = (code: LetterIssueCode, messageFr: string, messageEn: string, blocksReady = true): LetterIssue => ({
  code,
  messageFr,
  messageEn,
  blocksReady,
});

/**
 * The letter for one addressee, from recorded facts and the letter's record only. Pure: the same
 * input and variant give the same content. A sentence that would need a missing fact is left out
 * and its absence listed in `completeness` as blocking.
 */
export function assembleLetter(input: LetterInput, variant: LetterVariant = 'MEMBER'): PersonsLetterContent {
  const { assembly, record } = input;
  const { controller, facts } = assembly;
  const v = VARIANTS[variant];
  const issues: LetterIssue[] = [];

  const natures = (facts.natures?.value ?? []).filter((n) => n in NATURE_TEXT);
  if (!natures.length)
    issues.push(
      issue(
        'LETTER_NATURE_UNKNOWN',
        'La nature de la violation (confidentialité, intégrité, disponibilité) n’est pas enregistrée : la lettre ne peut pas la décrire.',
        'The nature of the breach (confidentiality, integrity, availability) is not recorded.',
      ),
    );

  const items = (facts.exposedDataItems?.value ?? []).map(readable);
  const categories = (facts.dataCategories?.value ?? []).filter((c) => c !== 'OTHER' && c !== 'UNKNOWN');
  const sensitive = facts.sensitiveData?.value ?? [];
  const healthItems = items.filter((i) => HEALTH_WORDS.test(i));
  const healthConcerned = sensitive.includes('HEALTH') || healthItems.length > 0;
  // An item said not exposed that is health data, while health data are exposed, is a contradiction.
  const notExposed = (facts.notExposedDataItems?.value ?? []).map(readable);
  const contradicting = healthConcerned ? notExposed.filter((i) => HEALTH_WORDS.test(i)) : [];
  if (healthItems.length && (!sensitive.includes('HEALTH') || contradicting.length))
    issues.push(
      issue(
        'LETTER_HEALTH_CONTRADICTION',
        `Des données de santé sont exposées (${healthItems.join(', ')}) : les données de santé doivent être déclarées concernées` +
          (contradicting.length ? ` et ne peuvent pas figurer parmi les données non concernées (${contradicting.join(', ')}).` : '.'),
        'A health data item is exposed while health data are not declared concerned (or are listed as not exposed).',
      ),
    );

  const start = facts.startAt?.value;
  const processor = assembly.processor;
  const service = text(record?.processorService);
  const where = processor
    ? service
      ? ` chez notre prestataire ${processor.name}, chargé pour notre compte de ${service},`
      : ` chez ${processor.name}, prestataire qui traite des données pour notre compte,`
    : '';
  const natureText = natures.map((n) => NATURE_TEXT[n]!);
  const dataText = items.length
    ? `Les données concernées sont : ${items.join(', ')}.`
    : categories.length
      ? `Les données concernées relèvent des catégories suivantes : ${categories.map(categoryLabel).join(', ')}.`
      : '';
  if (!dataText)
    issues.push(issue('LETTER_NO_DATA', 'Les données concernées ne sont pas enregistrées.', 'The data concerned are not recorded.'));
  const shownNotExposed = notExposed.filter((i) => !contradicting.includes(i));

  const paragraphs: LetterParagraph[] = [
    {
      item: 'NATURE',
      heading: 'Ce qui s’est passé',
      text: [
        `Un incident de sécurité est survenu${where}${start ? ` à partir du ${parisDay(start)}` : ''}. Il touche des données personnelles ${v.whose}` +
          (natureText.length ? ` : ces données ${natureText.join(', et ')}.` : '.'),
        dataText,
        shownNotExposed.length ? `Ne sont pas concernées : ${shownNotExposed.join(', ')}.` : '',
      ]
        .filter(Boolean)
        .join(' '),
    },
  ];

  const harms = (facts.harms?.value ?? []).filter((h) => h in HARM_TEXT).map((h) => HARM_TEXT[h]!(v.of));
  if (harms.length)
    paragraphs.push({
      item: 'CONSEQUENCES',
      heading: 'Les conséquences possibles',
      text: `Cet incident pourrait entraîner : ${harms.join(', ')}.`,
    });
  else
    issues.push(
      issue('LETTER_NO_CONSEQUENCES', 'Les conséquences probables ne sont pas enregistrées.', 'The likely consequences are not recorded.'),
    );

  const measures = text(record?.measuresText);
  if (!measures)
    issues.push(
      issue(
        'LETTER_NO_MEASURES',
        'Les mesures prises, rédigées pour les personnes, ne sont pas enregistrées dans la lettre.',
        'The measures, written for the persons, are not recorded on the letter.',
      ),
    );
  const cnil = input.cnilFiledAt
    ? `Nous avons informé la Commission nationale de l’informatique et des libertés (CNIL) de cet incident le ${parisDay(input.cnilFiledAt)}.`
    : null;
  const measuresText = [measures, cnil].filter(Boolean).join(' ');
  if (measuresText) paragraphs.push({ item: 'MEASURES', heading: 'Ce que nous avons fait', text: measuresText });

  const contact = controller.dpo?.email ?? controller.contact.email ?? null;
  if (contact)
    paragraphs.push({
      item: 'CONTACT',
      heading: 'Pour toute question',
      text:
        (controller.dpo?.email
          ? `Notre délégué à la protection des données répond à vos questions à l’adresse ${contact}.`
          : `Vous pouvez nous poser vos questions à l’adresse ${contact}.`) +
        ' Vous pouvez aussi adresser une réclamation à la CNIL (www.cnil.fr).',
    });
  else
    issues.push(
      issue(
        'LETTER_NO_CONTACT',
        'Aucun point de contact (délégué à la protection des données ou contact) n’est enregistré.',
        'No contact point is recorded.',
      ),
    );

  const triggers = new Set<AdviceTrigger>([...categories, ...sensitive, ...(healthItems.length ? (['HEALTH'] as const) : [])]);
  const advice = adviceFor(triggers).map((a) => a.text.replace(/\{of\}/g, v.of));
  paragraphs.push({ item: 'ADVICE', heading: 'Nos conseils', text: 'Quelques précautions utiles :' });

  const name = text(record?.signatoryName);
  const title = text(record?.signatoryTitle);
  if (!name || !title)
    issues.push(
      issue(
        'LETTER_NO_SIGNATORY',
        'Le nom et la fonction du signataire ne sont pas enregistrés.',
        'The signatory’s name and title are not recorded.',
      ),
    );
  const day = record?.letterDate ? recordedDay(record.letterDate) : null;
  if (!day) issues.push(issue('LETTER_NO_DATE', 'La date de la lettre n’est pas enregistrée.', 'The letter’s date is not recorded.'));

  const ready = Boolean(record?.readyAt) && !issues.some((i) => i.blocksReady);
  return {
    schemaVersion: LETTER_SCHEMA_VERSION,
    assembledAt: assembly.assembledAt.toISOString(),
    variant,
    addressee: v.addressee,
    concerns: v.concerns,
    organization: organizationIdentity(controller),
    notification: { number: assembly.notification.number, status: assembly.notification.status },
    status: ready ? 'READY' : 'DRAFT',
    dateLine: day ? `Le ${day}` : null,
    subject: 'Information relative à une violation de données personnelles',
    salutation: 'Madame, Monsieur,',
    paragraphs,
    advice,
    adviceVersion: PERSONS_ADVICE_VERSION,
    closing: [
      'Nous vous présentons nos excuses pour cet incident et restons à votre disposition.',
      'Nous vous prions d’agréer, Madame, Monsieur, l’expression de nos salutations distinguées.',
    ],
    signatory: name && title ? { name, title } : null,
    organizationLine: controller.name,
    completeness: issues,
  };
}
