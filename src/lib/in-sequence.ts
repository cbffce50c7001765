/**
 * Runs queries one after another and gives their results as Promise.all would. Inside a
 * transaction every query shares one connection: PostgreSQL's driver queues concurrent ones with a
 * deprecation warning (pg 9 refuses them), and they would not run any faster. The derived state is
 * computed inside the writing transaction (notifications/derived-state.ts), so the reads it shares
 * with request handlers use this.
 */
export async function inSequence<T extends readonly unknown[]>(tasks: { [K in keyof T]: () => Promise<T[K]> }): Promise<T> {
  const results: unknown[] = [];
  for (const task of tasks as readonly (() => Promise<unknown>)[]) results.push(await task());
  return results as unknown as T;
}
