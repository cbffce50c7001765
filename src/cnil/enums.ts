import { registerEnumType } from 'type-graphql';
import { codeEnum } from '../lib/code-enum';
import { VOCABULARY_LISTS } from './vocabulary';

/**
 * Every CNIL answer list becomes a GraphQL enum of the same name, so the schema and the vocabulary
 * cannot drift apart. Importing this module once (the schema builder does) registers them all.
 * Each value's description is its French label, so a generated client and GraphiQL show the words
 * of the form without a second query.
 */
for (const list of VOCABULARY_LISTS) {
  const valuesConfig = Object.fromEntries(Object.entries<string>(list.labels).map(([code, label]) => [code, { description: label }]));
  registerEnumType(list.values, { name: list.name, description: list.title, valuesConfig });
}

/** The languages a person may read a label in. */
export const LocaleEnum = codeEnum('Locale', 'The language of a label a person reads.', {
  FR: 'Français : les mots du formulaire de la CNIL, ceux des documents.',
  EN: 'English: the gateway’s translation, for readers who do not read French.',
});

export {
  BREACH_NATURE,
  CIVILITY,
  COMMUNICATION_CHANNEL,
  COMMUNICATION_STATUS,
  CONSEQUENCE,
  DATA_CATEGORY,
  DATE_PRECISION,
  GRAVITY,
  HARM,
  INCIDENT_CAUSE,
  INCIDENT_ORIGIN,
  NON_COMMUNICATION_JUSTIFICATION,
  NOTIFICATION_TYPE,
  ORGANIZATION_IDENTIFIER_TYPE,
  ORGANIZATION_ROLE,
  REGIME,
  SENSITIVE_DATA,
  SUBJECT_CATEGORY,
} from './vocabulary';
