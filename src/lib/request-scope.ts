import { AsyncLocalStorage } from 'node:async_hooks';
import type { Response } from 'express';

/**
 * What the HTTP layer knows about the request being served, for the layers below it that answer
 * errors or count work: the id a user quotes to an operator, and the organisation of the viewer
 * once a token is verified (for the access log). One object per request, shared by reference.
 */
export interface RequestScope {
  requestId: string;
  organizationId?: string;
  /** The GraphQL operation's name, when one was resolved (access log and metrics). */
  operationName?: string;
}

const storage = new AsyncLocalStorage<RequestScope>();

/** Runs `work` with `scope` as the current request's. */
export function runInRequestScope<T>(scope: RequestScope, work: () => T): T {
  return storage.run(scope, work);
}

/** The request being served by this async chain, if any (a background job has none). */
export function currentRequestScope(): RequestScope | undefined {
  return storage.getStore();
}

const SCOPE = Symbol('requestScope');

/** Attaches the scope to the response too: stream callbacks (body parsing) lose the async context, the response does not. */
export function attachRequestScope(res: Response, scope: RequestScope): void {
  (res as unknown as Record<symbol, RequestScope>)[SCOPE] = scope;
}

export function requestScopeOf(res: Response): RequestScope | undefined {
  return (res as unknown as Record<symbol, RequestScope | undefined>)[SCOPE] ?? storage.getStore();
}

/** The request id to put in an error's body: the response's, else the async context's. */
export function requestIdOf(res?: Response): string | undefined {
  return (res ? requestScopeOf(res) : storage.getStore())?.requestId;
}
