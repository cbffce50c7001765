import 'reflect-metadata';
import { MikroORM } from '@mikro-orm/core';
import { getNamedType, GraphQLString, isInputObjectType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { entities } from '../../src/app/modules';
import { ormOptions } from '../../src/db/orm';
import { gatewaySchema } from '../../src/app/graphql/schema';
import { TEXT_RULES, type TextKind } from '../../src/lib/text-rules';

/**
 * The input bound of a text is what its column holds, on PostgreSQL (where a longer value is an
 * error) as on SQLite: every String input field's maximum fits every entity column of the same name.
 */
/** Inputs a service checks and normalises before storing (the column holds the normal form). */
const NORMALISED: Readonly<Record<string, string>> = {
  siren: '9 digits, spaces allowed, Luhn-checked by src/organizations/siren.ts',
  letterDate: 'YYYY-MM-DD, checked by PersonsLetterService.update before anything is stored',
};

describe('text bounds', () => {
  it('fit the columns they are stored in', async () => {
    const orm = await MikroORM.init({
      ...ormOptions({ dialect: 'postgresql', url: 'postgres://postgres@127.0.0.1:1/none' }, entities, []),
      connect: false,
    });
    const columns = new Map<string, string[]>();
    for (const meta of Object.values(orm.getMetadata().getAll())) {
      for (const prop of Object.values(meta.properties)) {
        const type = prop.columnTypes?.[0];
        if (type && /^(varchar|character varying|text)/.test(type))
          columns.set(prop.name, [...(columns.get(prop.name) ?? []), `${meta.className}.${prop.name} ${type}`]);
      }
    }
    const schema = await gatewaySchema();
    const checked: string[] = [];
    const overflowing: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (!isInputObjectType(type)) continue;
      for (const field of Object.values(type.getFields())) {
        if (getNamedType(field.type) !== GraphQLString || field.name in NORMALISED) continue;
        const kind = (field.extensions.text as TextKind | undefined) ?? 'line';
        for (const column of columns.get(field.name) ?? []) {
          const length = /varchar\((\d+)\)|character varying\((\d+)\)/.exec(column);
          const holds = length ? Number(length[1] ?? length[2]) : Infinity;
          if (TEXT_RULES[kind].maxLength > holds)
            overflowing.push(`${type.name}.${field.name} (${kind}, ${TEXT_RULES[kind].maxLength}) → ${column}`);
          checked.push(`${type.name}.${field.name} → ${column}`);
        }
      }
    }
    expect(overflowing).toEqual([]);
    expect(checked.length).toBeGreaterThan(20);
    await orm.close();
  });
});
