import { codeEnum } from '../lib/code-enum';
import { SEVERITY_LEVELS, type SeverityLevel } from './severity-rules';

/**
 * The ENISA severity level as one GraphQL enum, shared by every field that carries one (the
 * override input, the art. 34 decision, the register, the document's severity), so a generated
 * client sees one closed type; each value's description is its French label.
 */
export const SEVERITY_LEVEL = codeEnum<SeverityLevel>(
  'SeverityLevel',
  'ENISA severity level (SE below 2 low, below 3 medium, below 4 high, else very high).',
  Object.fromEntries(SEVERITY_LEVELS.map((l) => [l.level, l.label])) as Record<SeverityLevel, string>,
);
