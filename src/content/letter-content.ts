/**
 * The letter to the persons concerned (art. 34): plain French, with at least what art. 34(2)
 * requires (nature of the breach, a contact point, likely consequences, measures) and practical
 * advice. Assembled from the same input as the notification, and as pure.
 */

export const LETTER_SCHEMA_VERSION = 'art34-letter/1';

export interface LetterParagraph {
  /** Which art. 34(2) item the paragraph answers, for completeness checks and reviewers. */
  item: 'NATURE' | 'CONTACT' | 'CONSEQUENCES' | 'MEASURES' | 'ADVICE';
  heading: string;
  text: string;
}

export interface PersonsLetterContent {
  schemaVersion: string;
  assembledAt: string;
  organization: { name: string; siren: string };
  /** The notification the letter goes with: until it is filed, the letter is a draft too. */
  notification: { number: string | null; status: string };
  subject: string;
  salutation: string;
  paragraphs: LetterParagraph[];
  advice: string[];
  signature: string;
}
