import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, getNamedType, isObjectType, isInputObjectType, type GraphQLField, type GraphQLInputField } from 'graphql';
import { describe, expect, it } from 'vitest';

const schema = buildSchema(readFileSync(join(__dirname, '..', '..', 'schema', 'schema.graphql'), 'utf8'));

function field(type: string, name: string): GraphQLField<unknown, unknown> | GraphQLInputField {
  const t = schema.getType(type);
  if (!isObjectType(t) && !isInputObjectType(t)) throw new Error(`${type} is not an object or input type`);
  const f = t.getFields()[name];
  if (!f) throw new Error(`${type}.${name} does not exist`);
  return f;
}

/** The closed sets a generated client should see as enums, not strings (the emitted schema is checked up to date by npm run check). */
describe('the typed notification document in the schema', () => {
  it.each([
    ['Obligation', 'code', 'ObligationCode'],
    ['Obligation', 'authority', 'ObligationAuthority'],
    ['Obligation', 'party', 'ObligationParty'],
    ['Obligation', 'status', 'ObligationStatus'],
    ['CompletenessIssueType', 'code', 'CompletenessCode'],
    ['LetterIssueType', 'code', 'LetterIssueCode'],
    ['NotificationDocument', 'letterStatus', 'LetterStatus'],
    ['SeverityOverrideInput', 'level', 'SeverityLevel'],
    ['PersonsInformationDecision', 'assessedLevel', 'SeverityLevel'],
    ['RegisterEntry', 'severityLevel', 'SeverityLevel'],
    ['RegisterEntry', 'computedSeverityLevel', 'SeverityLevel'],
    ['NotificationDocument', 'severity', 'Severity'],
    ['NotificationDocument', 'obligations', 'Obligation'],
    ['NotificationDocument', 'letter', 'PersonsLetterDocument'],
    ['NotificationDocument', 'sections', 'FormSection'],
  ])('%s.%s is a %s', (type, name, expected) => {
    expect(getNamedType(field(type, name).type).name).toBe(expected);
  });

  it('keeps the JSON fields, deprecated, until 0.3.0', () => {
    for (const name of ['content', 'severityJson', 'obligationsJson', 'letterJson']) {
      expect(field('NotificationDocument', name).deprecationReason, name).toMatch(/removed in 0\.3\.0/);
    }
  });

  it('describes each SeverityLevel by its French label', () => {
    const level = schema.getType('SeverityLevel');
    expect(level && 'getValues' in level ? level.getValues().map((v) => [v.name, v.description]) : []).toEqual([
      ['HIGH', 'Élevé'],
      ['LOW', 'Faible'],
      ['MEDIUM', 'Moyen'],
      ['VERY_HIGH', 'Très élevé'],
    ]);
  });
});
