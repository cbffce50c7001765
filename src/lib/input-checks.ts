import {
  defaultFieldResolver,
  type GraphQLInputObjectType,
  GraphQLID,
  type GraphQLInputType,
  type GraphQLSchema,
  GraphQLString,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
} from 'graphql';
import { Extensions, getMetadataStorage } from 'type-graphql';
import { textProblem, type TextKind } from './text-rules';
import { isUuid } from './uuid';
import { BadUserInputError, type InputProblem } from './errors';

/**
 * Marks a String input field with its text kind (`src/lib/text-rules.ts`). An unmarked input field
 * is a `line` (a name: single-line, printable, 255 characters); an unmarked String argument is a
 * `key` (a cursor, a list name): it never reaches a document.
 */
export function TextInput(kind: TextKind): MethodDecorator & PropertyDecorator & ClassDecorator {
  return Extensions({ text: kind });
}

/**
 * type-graphql builds an input type's inherited fields without their extensions (CreateIncidentInput
 * would lose IncidentPatch's text kinds): each is copied from the parent input type's own field.
 */
function inheritInputFieldExtensions(schema: GraphQLSchema): void {
  const inputTypes = getMetadataStorage().inputTypes;
  const nameOf = new Map<unknown, string>(inputTypes.map((input) => [input.target, input.name]));
  for (const input of inputTypes) {
    const type = schema.getType(input.name);
    if (!isInputObjectType(type)) continue;
    for (let parent = Object.getPrototypeOf(input.target); nameOf.has(parent); parent = Object.getPrototypeOf(parent)) {
      const parentFields = (schema.getType(nameOf.get(parent)!) as GraphQLInputObjectType | undefined)?.getFields() ?? {};
      for (const [name, field] of Object.entries(type.getFields())) {
        const inherited = parentFields[name]?.extensions;
        if (inherited && Object.keys(field.extensions).length === 0) Object.assign(field, { extensions: inherited });
      }
    }
  }
}

/** Every ID that is not a UUID and every string its kind refuses, inside an argument's value, by path. */
function inputProblems(type: GraphQLInputType, value: unknown, path: string, kind: TextKind, problems: InputProblem[]): void {
  if (value === null || value === undefined) return;
  if (isNonNullType(type)) return inputProblems(type.ofType, value, path, kind, problems);
  if (isListType(type)) {
    (value as unknown[]).forEach((item, index) => inputProblems(type.ofType, item, `${path}[${index}]`, kind, problems));
    return;
  }
  if (isInputObjectType(type)) {
    for (const field of Object.values(type.getFields())) {
      const fieldKind = (field.extensions.text as TextKind | undefined) ?? 'line';
      inputProblems(field.type, (value as Record<string, unknown>)[field.name], `${path}.${field.name}`, fieldKind, problems);
    }
    return;
  }
  if (type === GraphQLID && !isUuid(value)) problems.push({ argument: path, reason: 'an id is a UUID' });
  if (type === GraphQLString) {
    const reason = textProblem(value as string, kind);
    if (reason) problems.push({ argument: path, reason });
  }
}

/** Whether an argument of this type can hold an ID or a String anywhere. */
function needsCheck(type: GraphQLInputType, seen = new Set<GraphQLInputType>()): boolean {
  if (isNonNullType(type) || isListType(type)) return needsCheck(type.ofType, seen);
  if (!isInputObjectType(type)) return type === GraphQLID || type === GraphQLString;
  if (seen.has(type)) return false;
  seen.add(type);
  return Object.values(type.getFields()).some((field) => needsCheck(field.type, seen));
}

/**
 * The one check of every ID and String argument, at any depth, before the resolver runs; each
 * problem is a BAD_USER_INPUT naming the argument's path and the reason, never the value.
 *
 * IDs: every id the gateway hands out is a UUID, and PostgreSQL would refuse anything else in a
 * uuid column with an error (a 500) where SQLite would find nothing. Strings: a NUL byte, a lone
 * surrogate, a control character, a character the PDF fonts cannot draw or a text beyond its
 * bound would otherwise be stored differently, or refused with a 500, depending on the database.
 * Only fields with such an argument are wrapped; the schema's shape does not change.
 */
export function checkInputs(schema: GraphQLSchema): GraphQLSchema {
  inheritInputFieldExtensions(schema);
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      if (!field.args.some((arg) => needsCheck(arg.type))) continue;
      const check = (args: Record<string, unknown>) => {
        const problems: InputProblem[] = [];
        for (const arg of field.args)
          inputProblems(arg.type, args[arg.name], arg.name, (arg.extensions.text as TextKind | undefined) ?? 'key', problems);
        if (problems.length) throw new BadUserInputError(problems);
      };
      const resolve = field.resolve ?? defaultFieldResolver;
      field.resolve = (source, args, context, info) => {
        check(args);
        return resolve(source, args, context, info);
      };
      // A subscription's arguments are checked once, when it starts, before it listens.
      const subscribe = field.subscribe;
      if (subscribe)
        field.subscribe = (source, args, context, info) => {
          check(args);
          return subscribe(source, args, context, info);
        };
    }
  }
  return schema;
}
