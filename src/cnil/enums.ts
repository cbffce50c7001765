import { registerEnumType } from 'type-graphql';
import { VOCABULARY_LISTS } from './vocabulary';

/**
 * Every CNIL answer list becomes a GraphQL enum of the same name, each value described by its French
 * label, so the schema and the vocabulary cannot drift apart. Importing this module once (the schema
 * builder does) registers them all.
 */
for (const list of VOCABULARY_LISTS) {
  const labels: Readonly<Record<string, string>> = list.labels;
  registerEnumType(list.values, {
    name: list.name,
    description: list.title,
    valuesConfig: Object.fromEntries(Object.entries(labels).map(([code, label]) => [code, { description: label }])),
  });
}

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
