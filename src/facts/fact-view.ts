import { type BreachFactValues, FACT_CATALOGUE, type FactField } from '../cnil/fact-catalogue';
import type { UnifiedFacts } from './unify';

/** Where a fact comes from, as a filing names it: a source and an organisation, never a person. */
export interface FactProvenance {
  type: string;
  organizationId: string | null;
  submissionId: string | null;
  reference: string | null;
  confidence: string | null;
}

export interface FactEntry<V> {
  value: V;
  source: FactProvenance;
}

/**
 * The unified facts of one exposure, typed by the catalogue (instants as Date, codes as their
 * vocabulary's union): what the assembler, the letter, the register and the deadlines read. A field
 * no source states is absent.
 */
export type FactView = { [K in FactField]?: FactEntry<BreachFactValues[K]> };

/**
 * Built once from the unification, whose values are JSON (instants as ISO strings, as submitted and
 * as shown by the unifiedFacts query). The filing names the organisations behind each fact, not
 * their people: the subject stays out.
 */
export function factView(unified: UnifiedFacts): FactView {
  const view: Partial<Record<FactField, FactEntry<unknown>>> = {};
  for (const {
    field,
    value,
    source: { subject: _person, ...source },
  } of unified.fields) {
    // Unify reads the catalogue's fields only (FACT_FIELDS).
    const catalogued = field as FactField;
    view[catalogued] = { value: FACT_CATALOGUE[catalogued].type === 'date' ? new Date(value as string) : value, source };
  }
  return view as FactView;
}
