import { DATA_CATEGORY, HARM } from '../cnil/vocabulary';
import type { AssemblyInput } from './assemble';
import { displayInstant } from './display';
import { LETTER_SCHEMA_VERSION, type LetterParagraph, type PersonsLetterContent } from '../content/letter-content';

/** The advice given to people in the 2024 case, generic enough for any breach exposing identity data. */
const ADVICE = [
  'Méfiez-vous des messages (courriel, SMS, appel) se présentant comme venant de votre mutuelle, de l’Assurance maladie ou d’un professionnel de santé et vous demandant des informations personnelles ou bancaires, en particulier au sujet de remboursements.',
  'Ne cliquez pas sur les liens et n’ouvrez pas les pièces jointes de messages inattendus ; en cas de doute, contactez-nous par les moyens habituels.',
  'Surveillez l’activité de vos comptes (relevés de remboursements, comptes bancaires) et signalez-nous toute opération inhabituelle.',
  'Vous pouvez signaler une tentative d’escroquerie sur la plateforme Pharos ou au 33700 pour les SMS frauduleux.',
];

const text = (value: string | undefined): string | null => (value?.trim() ? value.trim() : null);

export function assembleLetter(input: AssemblyInput): PersonsLetterContent {
  const { controller, facts } = input;
  // A code a later vocabulary dropped has no label any more: it is shown as it was stated.
  const categories = (facts.dataCategories?.value ?? [])
    .filter((c) => c !== 'OTHER' && c !== 'UNKNOWN')
    .map((c) => DATA_CATEGORY.labels[c]?.replace(/ \(.*\)$/, '').toLowerCase() ?? c);
  const items = facts.exposedDataItems?.value ?? [];
  const notExposed = facts.notExposedDataItems?.value ?? [];
  const harms = (facts.harms?.value ?? []).map((h) => HARM.labels[h]?.toLowerCase() ?? h);
  const contact = controller.dpo?.email ?? controller.contact.email ?? null;
  const contactName = [controller.dpo?.firstName ?? controller.contact.firstName, controller.dpo?.lastName ?? controller.contact.lastName]
    .filter(Boolean)
    .join(' ');
  const start = facts.startAt?.value;
  const processor = input.processor ? `chez ${input.processor.name}, prestataire qui gère pour notre compte le tiers payant, ` : '';

  const paragraphs: LetterParagraph[] = [
    {
      item: 'NATURE',
      heading: 'Ce qui s’est passé',
      text:
        `Nous vous informons qu’un accès non autorisé à des données personnelles vous concernant a eu lieu ${processor}` +
        (start ? `à partir du ${displayInstant(start).replace(' (heure de Paris)', '')}. ` : '. ') +
        (items.length
          ? `Les données concernées sont : ${items.join(', ')}.`
          : categories.length
            ? `Les données concernées relèvent des catégories suivantes : ${categories.join(', ')}.`
            : '') +
        (notExposed.length ? ` Ne sont pas concernées : ${notExposed.join(', ')}.` : ''),
    },
    {
      item: 'CONSEQUENCES',
      heading: 'Les conséquences possibles',
      text: harms.length
        ? `Ces données pourraient être utilisées pour des tentatives d’hameçonnage ou d’usurpation d’identité ; les risques identifiés sont : ${harms.join(', ')}.`
        : 'Ces données pourraient être utilisées pour des tentatives d’hameçonnage ou d’usurpation d’identité, par exemple par des messages frauduleux crédibles car personnalisés.',
    },
    {
      item: 'MEASURES',
      heading: 'Ce que nous avons fait',
      text:
        [text(facts.measuresTaken?.value), text(facts.measuresPlanned?.value)].filter(Boolean).join(' ') ||
        'Nous avons pris les mesures nécessaires pour faire cesser l’accès et en limiter les effets, et nous avons notifié la CNIL.',
    },
    {
      item: 'CONTACT',
      heading: 'Pour toute question',
      text: contact
        ? `Notre délégué à la protection des données${contactName ? `, ${contactName},` : ''} répond à vos questions à l’adresse ${contact}. Vous pouvez aussi adresser une réclamation à la CNIL (www.cnil.fr).`
        : 'Vous pouvez nous contacter par les moyens habituels, ou adresser une réclamation à la CNIL (www.cnil.fr).',
    },
    { item: 'ADVICE', heading: 'Nos conseils', text: 'Par précaution, nous vous recommandons :' },
  ];

  return {
    schemaVersion: LETTER_SCHEMA_VERSION,
    assembledAt: input.assembledAt.toISOString(),
    organization: { name: controller.name, siren: controller.siren },
    notification: { number: input.notification.number, status: input.notification.status },
    subject: 'Information relative à une violation de vos données personnelles',
    salutation: 'Madame, Monsieur,',
    paragraphs,
    advice: ADVICE,
    signature: `${controller.name}${controller.legalRepresentative.firstName || controller.legalRepresentative.lastName ? ` — ${[controller.legalRepresentative.firstName, controller.legalRepresentative.lastName].filter(Boolean).join(' ')}` : ''}`,
  };
}
