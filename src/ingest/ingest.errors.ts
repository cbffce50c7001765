import { DomainError } from '../lib/errors';

/** A file that cannot be ingested at all (missing column, unreadable encoding…), located precisely. */
export class IngestInputError extends DomainError {
  constructor(file: string, line: number | null, field: string | null, message: string) {
    super('BAD_USER_INPUT', message, { file, line, field });
  }
}
