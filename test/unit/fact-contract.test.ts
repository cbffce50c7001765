import { describe, expect, it } from 'vitest';
import {
  EXPOSURE_FACT_FIELDS,
  FACT_CATALOGUE,
  FACT_FIELDS,
  INCIDENT_FACT_FIELDS,
  type ExposureFactField,
  type ExposureFactValues,
  type FactColumnMismatches,
  type FactInputMismatches,
  type IncidentFactField,
  type IncidentFactValues,
} from '../../src/cnil/fact-catalogue';
import { FORM_SECTIONS } from '../../src/cnil/form';
import { VOCABULARY_LISTS } from '../../src/cnil/vocabulary';
import type { FactView } from '../../src/facts/fact-view';
import type { Exposure } from '../../src/incidents/exposure.entity';
import type { ExposurePatch } from '../../src/incidents/exposure.inputs';
import type { Incident } from '../../src/incidents/incident.entity';
import type { IncidentPatch } from '../../src/incidents/incident.inputs';

/**
 * The fact contract (src/cnil/fact-catalogue.ts) is checked by the compiler: this file states what
 * it must refuse. Each `@ts-expect-error` line must fail to compile, and `npx tsc --noEmit` fails
 * if it ever compiles; `Equal` pins the exact field the compiler names.
 */
type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
/** Compiles only when `T` is never, as the checks beside the entities and inputs demand. */
const noMismatch = <T extends never>(): T[] => [];
const agree = <A, B>(same: Equal<A, B>): boolean => same;

type ExposureColumns = Omit<Exposure, 'awareAt'> & { awareAt: Exposure['declaredAwareAt'] };

describe('the fact contract', () => {
  it('holds for the entities and the patch inputs as they are', () => {
    expect(noMismatch<FactColumnMismatches<Incident, IncidentFactValues>>()).toEqual([]);
    expect(noMismatch<FactColumnMismatches<ExposureColumns, ExposureFactValues>>()).toEqual([]);
    expect(noMismatch<FactInputMismatches<IncidentPatch, IncidentFactValues>>()).toEqual([]);
    expect(noMismatch<FactInputMismatches<ExposurePatch, ExposureFactValues>>()).toEqual([]);
  });

  it('refuses an entity without a catalogued fact, or with a column of another type', () => {
    // @ts-expect-error the column of a catalogued fact is missing
    noMismatch<FactColumnMismatches<Omit<Incident, 'startAt'>, IncidentFactValues>>();
    expect(agree<FactColumnMismatches<Omit<Incident, 'startAt'>, IncidentFactValues>, 'startAt: no column'>(true)).toBe(true);
    // @ts-expect-error a count kept as text
    noMismatch<FactColumnMismatches<Omit<ExposureColumns, 'approxPersons'> & { approxPersons?: string }, ExposureFactValues>>();
    expect(
      agree<
        FactColumnMismatches<Omit<ExposureColumns, 'approxPersons'> & { approxPersons?: string }, ExposureFactValues>,
        'approxPersons: column type differs'
      >(true),
    ).toBe(true);
  });

  it('refuses a fact added to the catalogue but not to the entity or the input', () => {
    type Catalogued = IncidentFactValues & { newFact: string };
    // @ts-expect-error no column for the new fact
    noMismatch<FactColumnMismatches<Incident, Catalogued>>();
    // @ts-expect-error no input field for the new fact
    noMismatch<FactInputMismatches<IncidentPatch, Catalogued>>();
    expect(agree<FactInputMismatches<IncidentPatch, Catalogued>, 'newFact: no input field'>(true)).toBe(true);
  });

  it('refuses a fact added to a patch input but not to the catalogue, or typed otherwise', () => {
    // @ts-expect-error the input states a fact the catalogue does not declare
    noMismatch<FactInputMismatches<ExposurePatch & { newFact?: string | null }, ExposureFactValues>>();
    expect(
      agree<FactInputMismatches<ExposurePatch & { newFact?: string | null }, ExposureFactValues>, 'newFact: not in the fact catalogue'>(
        true,
      ),
    ).toBe(true);
    type ListForSingleAnswer = Omit<ExposurePatch, 'communicationStatus'> & { communicationStatus?: string[] | null };
    // @ts-expect-error a list input for a single-answer fact
    noMismatch<FactInputMismatches<ListForSingleAnswer, ExposureFactValues>>();
  });

  it('derives the registries and the typed view from the catalogue', () => {
    expect(agree<keyof typeof INCIDENT_FACT_FIELDS, IncidentFactField>(true)).toBe(true);
    expect(agree<keyof typeof EXPOSURE_FACT_FIELDS, ExposureFactField>(true)).toBe(true);
    expect(agree<NonNullable<FactView['awareAt']>['value'], Date>(true)).toBe(true);
    expect(agree<NonNullable<FactView['natures']>['value'], ('CONFIDENTIALITY' | 'INTEGRITY' | 'AVAILABILITY')[]>(true)).toBe(true);
    const source = { type: 'RECORD', organizationId: null, submissionId: null, reference: null, confidence: null };
    // @ts-expect-error an instant is a Date in the view, not its JSON string
    const view: FactView = { awareAt: { value: '2024-02-01T13:00:00.000Z', source } };
    expect(view.awareAt?.source).toBe(source);
    // Incident facts first, in the catalogue's order: the order of the unified facts.
    expect(FACT_FIELDS.map((f) => f.field)).toEqual([...Object.keys(INCIDENT_FACT_FIELDS), ...Object.keys(EXPOSURE_FACT_FIELDS)]);
    expect(Object.keys(FACT_CATALOGUE)).toEqual(FACT_FIELDS.map((f) => f.field));
  });

  it('names a form section and a known vocabulary for every fact', () => {
    const sections = new Set<number | null>([...FORM_SECTIONS.map((s) => s.number), null]);
    for (const [field, spec] of Object.entries(FACT_CATALOGUE)) {
      expect({ field, known: sections.has(spec.section) }).toEqual({ field, known: true });
      if (typeof spec.type !== 'string') expect(VOCABULARY_LISTS).toContain(spec.type);
    }
  });
});
