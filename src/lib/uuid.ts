/** A UUID in its hyphenated text form, any version, either case (PostgreSQL takes both). */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Whether a value can be used as an id: PostgreSQL refuses anything else in a uuid column with an
 * error, where SQLite would just find nothing, so ids from outside are checked before any query.
 */
export function isUuid(value: unknown): value is string {
  return typeof value === 'string' && UUID.test(value);
}
