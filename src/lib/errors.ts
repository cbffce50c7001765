import { GraphQLError } from 'graphql';

/**
 * The typed errors services throw. Each carries its `extensions.code`; the formatter passes them
 * through and masks anything else, so a client sees a code it can act on and never an internal.
 */
export const ERROR_CODES = [
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'BAD_USER_INPUT',
  'CONFLICT',
  'INVALID_STATE_TRANSITION',
  'RATE_LIMITED',
  'SERVICE_UNAVAILABLE',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export class DomainError extends GraphQLError {
  constructor(code: ErrorCode, message: string, extensions: Record<string, unknown> = {}) {
    super(message, { extensions: { ...extensions, code } });
  }
}

export class UnauthenticatedError extends DomainError {
  constructor(reason = 'a valid bearer token is required') {
    // Thrown while building the request context, where Apollo takes the HTTP status from here.
    super('UNAUTHENTICATED', `Unauthenticated: ${reason}`, { http: { status: 401, headers: new Map([['www-authenticate', 'Bearer']]) } });
  }
}

export class ForbiddenError extends DomainError {
  constructor(action: string, extensions: Record<string, unknown> = {}) {
    super('FORBIDDEN', `Forbidden: your roles do not allow you to ${action}`, extensions);
  }
}

/** Also what another tenant's object looks like: the message never reveals that it exists. */
export class NotFoundError extends DomainError {
  constructor(type: string, id: string) {
    super('NOT_FOUND', `${type} ${id} not found`, { type, id });
  }
}

export interface InputProblem {
  /** Path of the offending argument, e.g. `input.siren`. */
  argument: string;
  reason: string;
}

export class BadUserInputError extends DomainError {
  readonly problems: InputProblem[];
  constructor(problems: InputProblem[]) {
    super('BAD_USER_INPUT', problems.map((p) => `${p.argument}: ${p.reason}`).join('; '), {
      problems,
      argument: problems[0]?.argument,
    });
    this.problems = problems;
  }
}

export class ConflictError extends DomainError {
  constructor(message: string, extensions: Record<string, unknown> = {}) {
    super('CONFLICT', message, extensions);
  }
}

/** The caller spent its budget (of renders, here); `retryAfterSeconds` says when it refills. */
export class RateLimitedError extends DomainError {
  constructor(message: string, retryAfterSeconds: number) {
    super('RATE_LIMITED', message, {
      retryAfterSeconds,
      http: { status: 429, headers: new Map([['retry-after', String(retryAfterSeconds)]]) },
    });
  }
}

/** The gateway is saturated (every render thread busy, the queue full): retry shortly. */
export class ServiceUnavailableError extends DomainError {
  constructor(message: string, retryAfterSeconds = 1) {
    super('SERVICE_UNAVAILABLE', message, {
      retryAfterSeconds,
      http: { status: 503, headers: new Map([['retry-after', String(retryAfterSeconds)]]) },
    });
  }
}

/** Collects input problems so one error reports all of them, not just the first. */
export class InputProblems {
  private readonly problems: InputProblem[] = [];

  add(argument: string, reason: string): void {
    this.problems.push({ argument, reason });
  }

  check(condition: boolean, argument: string, reason: string): void {
    if (!condition) this.add(argument, reason);
  }

  throwIfAny(): void {
    if (this.problems.length > 0) throw new BadUserInputError(this.problems);
  }
}

/**
 * What a nullable root lookup says about itself. The field is nullable so that one stale or foreign
 * id answers null and a NOT_FOUND error at that field's path, and the other fields of the response
 * still come back.
 */
export function lookupDescription(what: string): string {
  return `The ${what} with this id; null, with a NOT_FOUND error at this field's path, when it does not exist or lies outside the viewer's scope (the two answer alike). The rest of the response stands.`;
}
