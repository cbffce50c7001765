import { registerEnumType } from 'type-graphql';

/**
 * A closed set of codes as a GraphQL enum whose every value is described: `values` maps each code
 * to its description (its French label where the gateway has one). The codes are their own values,
 * so what the database stores and the wire carries stays the same string.
 */
export function codeEnum<C extends string>(
  name: string,
  description: string,
  values: Readonly<Record<C, string>>,
): Readonly<{ [K in C]: K }> {
  const codes = Object.keys(values) as C[];
  const enumObject = Object.fromEntries(codes.map((code) => [code, code])) as { [K in C]: K };
  registerEnumType(enumObject, {
    name,
    description,
    valuesConfig: Object.fromEntries(codes.map((code) => [code, { description: values[code] }])) as Record<C, { description: string }>,
  });
  return Object.freeze(enumObject);
}
