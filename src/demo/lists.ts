import { BUILT_IN_PROFILES } from '../ingest/profiles';
import { encodeForProfile, formatRow, headerRow, type SyntheticPerson, syntheticPeople } from '../ingest/synthetic';
import { DEMO_ORGANIZATIONS, OPERATOR_A_ITEMS, OPERATOR_B_ITEMS } from './scenario';

/**
 * The demo's affected-person lists, one per operator and each in that operator's own export style:
 * operator A lists beneficiaries under the holder's NIR with a birth rank (UTF-8 with BOM, `;`,
 * dd/mm/yyyy); operator B lists everyone under their own NIR (Windows-1252, `,`, ISO dates). A few
 * insured of Horizon and Atlantique are in both lists: the exact counts deduplicate them.
 *
 * Operator A's rank column is how its export tells the holder's beneficiaries apart, not an exposed
 * item: the press gave the birth rank among the exposed data of operator B only (legal review S3), so
 * each person's exposed items are the CNIL's list, plus birth rank, contract number and internal
 * reference for operator B. No health item: no public source reports one (legal review S4).
 */
export interface DemoList {
  incident: 'incident-a' | 'incident-b';
  source: 'operator-a' | 'operator-b';
  profile: string;
  fileName: string;
  people: SyntheticPerson[];
  content: Buffer;
}

const siren = (key: string) => DEMO_ORGANIZATIONS.find((o) => o.key === key)!.siren;

/** How many holders of operator A's list operator B lists again: eight of Horizon's, four of Atlantique's. */
export const DEMO_PEOPLE_IN_BOTH_LISTS = 12;

/**
 * Persons per insurer in each list: the exact, deduplicated counts the approximate numbers of
 * scenario.ts (section 8) round. Horizon's share of list A is the largest so that its filed
 * notification's approximate number (5 250) and its list agree, at a scale a demo loads in seconds;
 * the real insurers' counts were in the hundreds of thousands (fiction: every count is invented).
 */
export const DEMO_LIST_SIZES = {
  'incident-a': { horizon: 5_250, cigales: 120, atlantique: 110, lumiere: 90 },
  'incident-b': { horizon: 80, atlantique: 70, rhone: 50 },
} as const;

function file(people: SyntheticPerson[], profileName: string): Buffer {
  const profile = BUILT_IN_PROFILES[profileName];
  if (!profile) throw new Error(`demo list: no built-in profile named ${profileName}`);
  const lines = [headerRow(profile), ...people.map((p) => formatRow(p, profile))].filter((l): l is string => l !== null);
  return encodeForProfile(`${lines.join('\r\n')}\r\n`, profile);
}

/** One list: each insurer's persons from its own seed, every person with the operator's exposed items. */
function people(
  sizes: Readonly<Record<string, number>>,
  seed: number,
  items: readonly string[],
  ownNirForDependants: boolean,
): SyntheticPerson[] {
  return Object.entries(sizes).flatMap(([key, count], i) =>
    [...syntheticPeople({ seed: seed + i, count, controllers: [siren(key)], ownNirForDependants })].map((p) => ({
      ...p,
      exposedDataItems: [...items],
    })),
  );
}

export function demoLists(): [DemoList, DemoList] {
  const listA = people(DEMO_LIST_SIZES['incident-a'], 2024, OPERATOR_A_ITEMS, false);
  const members = (key: string, count: number) =>
    listA.filter((p) => p.beneficiaryType === 'MEMBER' && p.controller === siren(key)).slice(0, count);
  const both = [...members('horizon', 8), ...members('atlantique', DEMO_PEOPLE_IN_BOTH_LISTS - 8)].map((p) => ({
    ...p,
    exposedDataItems: [...OPERATOR_B_ITEMS],
  }));
  const listB = [...people(DEMO_LIST_SIZES['incident-b'], 2124, OPERATOR_B_ITEMS, true), ...both];
  return [
    {
      incident: 'incident-a',
      source: 'operator-a',
      profile: 'operator-a-csv',
      fileName: 'alpha-beneficiaires-2024-02-01.csv',
      people: listA,
      content: file(listA, 'operator-a-csv'),
    },
    {
      incident: 'incident-b',
      source: 'operator-b',
      profile: 'operator-b-csv',
      fileName: 'beta-persons-2024-02-05.csv',
      people: listB,
      content: file(listB, 'operator-b-csv'),
    },
  ];
}
