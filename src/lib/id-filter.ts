import { BadUserInputError } from './errors';
import { isUuid } from './uuid';

/** Ids given in a list filter, checked before any query (PostgreSQL fails on a malformed uuid). */
export function checkFilterIds(filter: object, argument = 'filter'): void {
  for (const [name, value] of Object.entries(filter)) {
    if (name.endsWith('Id') && value != null && !isUuid(value)) {
      throw new BadUserInputError([{ argument: `${argument}.${name}`, reason: 'not an id returned by this API' }]);
    }
  }
}
