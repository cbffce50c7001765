/** Page sizes of every connection: apart from connection.ts so the cost limit can read them without type-graphql. */

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 500;
