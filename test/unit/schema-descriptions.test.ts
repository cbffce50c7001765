import 'reflect-metadata';
import { type GraphQLNamedType, isEnumType, isInputObjectType, isInterfaceType, isObjectType, isSpecifiedScalarType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { gatewaySchema } from '../../src/app/graphql/schema';

/**
 * The schema is the dashboard developers' documentation: GraphiQL and generated clients show these
 * descriptions, and an enum value's description is the French label a person reads. Anything added
 * to the schema without one fails here, named by its schema coordinate.
 */
function undescribed(type: GraphQLNamedType): string[] {
  const missing: string[] = [];
  if (!type.description?.trim()) missing.push(type.name);
  if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
    for (const field of Object.values(type.getFields())) {
      if (!field.description?.trim()) missing.push(`${type.name}.${field.name}`);
      for (const arg of 'args' in field ? field.args : []) {
        if (!arg.description?.trim()) missing.push(`${type.name}.${field.name}(${arg.name}:)`);
      }
    }
  }
  if (isEnumType(type)) {
    for (const value of type.getValues()) if (!value.description?.trim()) missing.push(`${type.name}.${value.name}`);
  }
  return missing;
}

describe('schema descriptions', () => {
  it('describe every type, field, argument and enum value', async () => {
    const schema = await gatewaySchema();
    const types = Object.values(schema.getTypeMap()).filter((type) => !type.name.startsWith('__') && !isSpecifiedScalarType(type));
    expect(types.flatMap(undescribed)).toEqual([]);
  });

  it('give each enum value of a CNIL list its French label', async () => {
    const schema = await gatewaySchema();
    const gravity = schema.getType('Gravity');
    if (!isEnumType(gravity)) throw new Error('Gravity is not an enum');
    expect(gravity.getValues().map((value) => value.description)).toContain('Maximal');
  });
});
