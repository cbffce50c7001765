/**
 * Reads that the test expects to find something: a missing element fails the test with a message
 * naming what was missing, instead of a TypeError a few lines further.
 */
export function must<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`expected ${what}, found nothing`);
  return value;
}

/** The first element of a list the test expects not to be empty. */
export function first<T>(items: readonly T[], what = 'a first element'): T {
  return must(items[0], what);
}

/** The last element of a list the test expects not to be empty. */
export function last<T>(items: readonly T[], what = 'a last element'): T {
  return must(items.at(-1), what);
}

/** A record whose named keys the test relies on (always there); any other string may miss. */
export type Keyed<K extends string, V = string> = Record<K, V> & Record<string, V>;

/** `record` as a Keyed, after checking each of `keys` is there. */
export function withKeys<K extends string, V>(record: Record<string, V>, keys: readonly K[]): Keyed<K, V> {
  for (const key of keys) must(record[key], `the key ${key}`);
  return record as Keyed<K, V>;
}

/** The nodes of a connection's page, in order. */
export function nodes<T>(connection: { edges: readonly { node: T }[] }): T[] {
  return connection.edges.map((edge) => edge.node);
}
