/**
 * The letter to the persons concerned (art. 34): plain French addressed to « vous » (art. 12(1)),
 * with what art. 34(2) requires (nature of the breach, a contact point, likely consequences,
 * measures) and advice from a versioned library. Every sentence rests on a recorded fact or on the
 * letter's record (measures for the reader, signatory, date), kept by a named person; what is
 * missing is listed in `completeness`, and the letter is READY only when none of it blocks.
 */

import type { OrganizationIdentity } from './notification-content';

export const LETTER_SCHEMA_VERSION = 'art34-letter/2';

/** Who the letter is addressed to: the member, a beneficiary (ayant droit), a minor's legal representative. */
export const LETTER_VARIANTS = ['MEMBER', 'BENEFICIARY', 'MINOR_REPRESENTATIVE'] as const;
export type LetterVariant = (typeof LETTER_VARIANTS)[number];

export interface LetterParagraph {
  /** Which art. 34(2) item the paragraph answers, for completeness checks and reviewers. */
  item: 'NATURE' | 'CONTACT' | 'CONSEQUENCES' | 'MEASURES' | 'ADVICE';
  heading: string;
  text: string;
}

/** Every code a letter issue may carry, with what it means (the enum LetterIssueCode of the API). */
export const LETTER_ISSUE_CODES = {
  LETTER_NATURE_UNKNOWN: 'The nature of the breach is not recorded: the letter cannot describe it.',
  LETTER_HEALTH_CONTRADICTION: 'Health data are exposed but not declared concerned, or listed as not exposed.',
  LETTER_NO_DATA: 'The data concerned are not recorded.',
  LETTER_NO_CONSEQUENCES: 'The likely consequences are not recorded.',
  LETTER_NO_MEASURES: "The measures for the reader are not in the letter's record.",
  LETTER_NO_CONTACT: 'No contact point for the persons is recorded.',
  LETTER_NO_SIGNATORY: "The signatory is not in the letter's record.",
  LETTER_NO_DATE: "The letter's date is not in its record.",
} as const;

export type LetterIssueCode = keyof typeof LETTER_ISSUE_CODES;

export interface LetterIssue {
  code: LetterIssueCode;
  messageFr: string;
  messageEn: string;
  blocksReady: boolean;
}

export interface PersonsLetterContent {
  schemaVersion: string;
  assembledAt: string;
  variant: LetterVariant;
  /** The addressee line, and whose data the letter speaks of. */
  addressee: string;
  concerns: string;
  organization: OrganizationIdentity;
  /** The notification the letter goes with. */
  notification: { number: string | null; status: string };
  /** READY only once a named person marked it so and nothing blocks; a DRAFT says so on every page. */
  status: 'DRAFT' | 'READY';
  /** « Le 4 décembre 2026 », from the letter's record; null while not recorded (a blocking item). */
  dateLine: string | null;
  subject: string;
  salutation: string;
  paragraphs: LetterParagraph[];
  advice: string[];
  adviceVersion: string;
  closing: string[];
  signatory: { name: string; title: string } | null;
  organizationLine: string;
  completeness: LetterIssue[];
}
