import { BUILT_IN_PROFILES } from '../ingest/profiles';
import { encodeForProfile, formatRow, headerRow, type SyntheticPerson, syntheticPeople } from '../ingest/synthetic';
import { DEMO_ORGANIZATIONS } from './scenario';

/**
 * The demo's affected-person lists, one per operator and each in that operator's own export style:
 * operator A lists beneficiaries under the holder's NIR with a birth rank (UTF-8 with BOM, `;`,
 * dd/mm/yyyy); operator B lists everyone under their own NIR (Windows-1252, `,`, ISO dates). A few
 * insured of Horizon and Atlantique are in both lists: the exact counts deduplicate them.
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

/** How many holders of operator A's list operator B lists again. */
export const DEMO_PEOPLE_IN_BOTH_LISTS = 12;

function file(people: SyntheticPerson[], profileName: string): Buffer {
  const profile = BUILT_IN_PROFILES[profileName];
  if (!profile) throw new Error(`demo list: no built-in profile named ${profileName}`);
  const lines = [headerRow(profile), ...people.map((p) => formatRow(p, profile))].filter((l): l is string => l !== null);
  return encodeForProfile(`${lines.join('\r\n')}\r\n`, profile);
}

export function demoLists(): [DemoList, DemoList] {
  const listA = [...syntheticPeople({ seed: 2024, count: 300, controllers: ['horizon', 'cigales', 'atlantique', 'lumiere'].map(siren) })];
  const both = listA
    .filter((p) => p.beneficiaryType === 'MEMBER' && (p.controller === siren('horizon') || p.controller === siren('atlantique')))
    .slice(0, DEMO_PEOPLE_IN_BOTH_LISTS);
  const listB = [
    ...syntheticPeople({ seed: 2025, count: 200, controllers: ['horizon', 'atlantique', 'rhone'].map(siren), ownNirForDependants: true }),
    ...both,
  ];
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
