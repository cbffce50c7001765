import { defaultFieldResolver, GraphQLID, type GraphQLInputType, type GraphQLSchema, isInputObjectType, isListType, isNonNullType, isObjectType } from 'graphql';
import { isUuid } from '../lib/uuid';
import { BadUserInputError, type InputProblem } from './errors';

/** Every value of type ID inside an argument's value that is not a UUID, by its argument path. */
function malformedIds(type: GraphQLInputType, value: unknown, path: string, problems: InputProblem[]): void {
  if (value === null || value === undefined) return;
  if (isNonNullType(type)) return malformedIds(type.ofType, value, path, problems);
  if (isListType(type)) {
    (value as unknown[]).forEach((item, index) => malformedIds(type.ofType, item, `${path}[${index}]`, problems));
    return;
  }
  if (isInputObjectType(type)) {
    for (const field of Object.values(type.getFields())) malformedIds(field.type, (value as Record<string, unknown>)[field.name], `${path}.${field.name}`, problems);
    return;
  }
  if (type === GraphQLID && !isUuid(value)) problems.push({ argument: path, reason: 'an id is a UUID' });
}

/** Whether an argument of this type can hold an ID anywhere. */
function carriesId(type: GraphQLInputType, seen = new Set<GraphQLInputType>()): boolean {
  if (isNonNullType(type) || isListType(type)) return carriesId(type.ofType, seen);
  if (!isInputObjectType(type)) return type === GraphQLID;
  if (seen.has(type)) return false;
  seen.add(type);
  return Object.values(type.getFields()).some((field) => carriesId(field.type, seen));
}

/**
 * Every ID the gateway hands out is a UUID, so an ID argument that is not one is refused as
 * BAD_USER_INPUT, naming the argument, before the resolver runs: PostgreSQL would refuse it in a
 * uuid column with an error (a 500), where SQLite would find nothing. Only fields with such an
 * argument are wrapped; the schema's shape does not change.
 */
export function requireUuidIds(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      if (!field.args.some((arg) => carriesId(arg.type))) continue;
      const resolve = field.resolve ?? defaultFieldResolver;
      field.resolve = (source, args, context, info) => {
        const problems: InputProblem[] = [];
        for (const arg of field.args) malformedIds(arg.type, args[arg.name], arg.name, problems);
        if (problems.length) throw new BadUserInputError(problems);
        return resolve(source, args, context, info);
      };
    }
  }
  return schema;
}
