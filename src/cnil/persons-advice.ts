import type { DataCategory, SensitiveDataCategory } from './vocabulary';

/**
 * The advice the letter to the persons gives (art. 34(2) does not require it; the CNIL and
 * cybermalveillance.gouv.fr recommend it), as versioned data: each item names its source, and the
 * library its review. An item is chosen by the data exposed, never because of one past case.
 *
 * The sentences are addressed to « vous » and stand on their own (no « nous vous recommandons : »
 * before a list). `{of}` is replaced by whose data the letter speaks of (« vos » or « ses »).
 */
export const PERSONS_ADVICE_VERSION = 'persons-advice/2026-12-04';

export const PERSONS_ADVICE_REVIEW =
  'Relu le 4 décembre 2026 contre les recommandations de cybermalveillance.gouv.fr (hameçonnage, fuite de données) et de la CNIL ; à relire à chaque changement de ces pages.';

export type AdviceTrigger = 'ALWAYS' | DataCategory | SensitiveDataCategory | 'CREDENTIALS';

export interface PersonsAdvice {
  code: string;
  /** Any of these categories exposed selects the item; ALWAYS selects it for every letter. */
  when: readonly AdviceTrigger[];
  text: string;
  source: string;
}

export const PERSONS_ADVICE: readonly PersonsAdvice[] = [
  {
    code: 'NEVER_ASK_CREDENTIALS',
    when: ['ALWAYS'],
    text: 'Nous ne vous demanderons jamais vos identifiants, vos mots de passe ni vos coordonnées bancaires par courriel, SMS ou téléphone : un message qui vous les demande en notre nom est une tentative d’escroquerie.',
    source: 'https://www.cybermalveillance.gouv.fr/tous-nos-contenus/fiches-reflexes/hameconnage-phishing',
  },
  {
    code: 'PHISHING_CAUTION',
    when: ['CIVIL_STATUS', 'CONTACT', 'NIR', 'FINANCIAL', 'HEALTH', 'IDENTIFICATION_ACCESS'],
    text: 'Faites preuve de vigilance face aux messages inattendus (courriel, SMS, appel) qui citent {of} informations personnelles pour paraître crédibles : n’ouvrez ni les liens ni les pièces jointes qu’ils contiennent et, en cas de doute, contactez-nous par les moyens habituels.',
    source: 'https://www.cybermalveillance.gouv.fr/tous-nos-contenus/fiches-reflexes/hameconnage-phishing',
  },
  {
    code: 'SMS_33700',
    when: ['CONTACT'],
    text: 'Vous pouvez signaler gratuitement un SMS ou un appel frauduleux en le transférant au 33700.',
    source: 'https://www.33700.fr',
  },
  {
    code: 'NIR_IDENTITY',
    when: ['NIR', 'OFFICIAL_DOCUMENTS'],
    text: 'Le numéro de sécurité sociale ne permet pas à lui seul d’accéder à {of} comptes, mais il peut servir à rendre crédible une usurpation d’identité : ne le communiquez qu’aux organismes qui en ont besoin et signalez-nous toute démarche qui s’appuierait sur ces informations et que vous n’auriez pas engagée.',
    source: 'https://www.cybermalveillance.gouv.fr/tous-nos-contenus/fiches-reflexes/usurpation-identite',
  },
  {
    code: 'BANK_WATCH',
    when: ['FINANCIAL'],
    text: 'Surveillez les opérations de {of} comptes bancaires et signalez sans attendre à votre banque toute opération que vous ne reconnaissez pas.',
    source: 'https://www.cybermalveillance.gouv.fr/tous-nos-contenus/fiches-reflexes/fuite-de-donnees-personnelles',
  },
  {
    code: 'CHANGE_PASSWORD',
    when: ['IDENTIFICATION_ACCESS', 'CREDENTIALS'],
    text: 'Changez le mot de passe du compte concerné et de tout autre compte où vous utilisez le même, et activez la double authentification lorsqu’elle est proposée.',
    source: 'https://www.cybermalveillance.gouv.fr/tous-nos-contenus/bonnes-pratiques/mots-de-passe',
  },
  {
    code: 'HEALTH_REIMBURSEMENTS',
    when: ['HEALTH'],
    text: 'Vérifiez les remboursements figurant sur {of} relevés et signalez-nous tout acte ou remboursement que vous ne reconnaissez pas.',
    source: 'https://www.cnil.fr/fr/violations-de-donnees-personnelles',
  },
  {
    code: 'CYBERMALVEILLANCE',
    when: ['ALWAYS'],
    text: 'Si vous êtes victime d’une escroquerie, la plateforme cybermalveillance.gouv.fr vous indique les démarches à suivre, notamment pour porter plainte.',
    source: 'https://www.cybermalveillance.gouv.fr',
  },
];

/** The items for the categories exposed, in the library's order. */
export function adviceFor(exposed: ReadonlySet<AdviceTrigger>): PersonsAdvice[] {
  return PERSONS_ADVICE.filter((a) => a.when.some((w) => w === 'ALWAYS' || exposed.has(w)));
}
