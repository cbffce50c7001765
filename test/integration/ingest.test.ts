import { Writable } from 'node:stream';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../../src/auth/roles';
import { DEMO_INCIDENTS, DEMO_ORGANIZATIONS } from '../../src/demo/scenario';
import { demoLists } from '../../src/demo/lists';
import { BUILT_IN_PROFILES } from '../../src/ingest/profiles';
import { ageAt } from '../../src/ingest/pseudonym';
import { encodeForProfile, formatRow, headerRow, type SyntheticPerson, syntheticPeople } from '../../src/ingest/synthetic';
import { IngestBatchesDocument, SubjectCountsDocument } from '../generated/graphql';
import { dialect, startGateway, type TestGateway } from '../support/app';
import { type DemoOrgIds, withDemo } from '../support/demo';
import { first, must } from '../support/must';
import { databaseText } from '../support/nir-scan';

const siren = (key: string) => DEMO_ORGANIZATIONS.find((o) => o.key === key)!.siren;
const keyOf = (p: SyntheticPerson, withRank: boolean) => `${p.nir}:${withRank ? p.birthRank : 1}`;

/** The counts computed independently of the gateway, from the generated people themselves. */
function expectedCounts(people: SyntheticPerson[], withRank: boolean, start: Date) {
  const persons = new Map<string, SyntheticPerson>();
  for (const p of people) persons.set(keyOf(p, withRank), p);
  const minors = [...persons.values()].filter((p) => ageAt(p.birthDate, start) < 18).length;
  return { persons: persons.size, records: people.length, minors };
}

describe(`affected-person lists on ${dialect}`, () => {
  let gw: TestGateway;
  let orgs: DemoOrgIds;
  let admin: string;
  let operatorB: string;
  let horizon: string;
  let incidentB: string;
  const logs: string[] = [];
  const outputs: string[] = [];
  const inputs: Buffer[] = [];

  const post = async (query: Record<string, string>, body: Buffer, token = operatorB) => {
    inputs.push(body);
    const response = await fetch(`${gw.baseUrl}/ingest/subjects?${new URLSearchParams(query)}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'text/csv' },
      body,
    });
    const text = await response.text();
    outputs.push(text);
    return { status: response.status, body: JSON.parse(text) };
  };

  beforeAll(async () => {
    const sink = new Writable({ write: (chunk, _enc, done) => (logs.push(chunk.toString()), done()) });
    gw = await startGateway({ logger: pino({ level: 'debug' }, sink) });
    orgs = await withDemo(gw);
    inputs.push(...demoLists().map((l) => l.content));
    admin = await gw.token(orgs.horizon, [Role.ADMIN]);
    operatorB = await gw.token(orgs['operator-b'], [Role.PROCESSOR_SECURITY]);
    horizon = await gw.token(orgs.horizon, [Role.CONTROLLER_DPO]);
    const { data } = await gw.gql(SubjectCountsDocument, {}, admin);
    incidentB = data!.incidents.edges.find((e) => e.node.sourceOrganization.id === orgs['operator-b'])!.node.id;
  });
  afterAll(() => gw.close());

  it("counts the demo's two lists exactly, per exposure, per incident and across incidents", async () => {
    const [listA, listB] = demoLists();
    const startA = must(DEMO_INCIDENTS[0], 'incident A').startAt!;
    const startB = must(DEMO_INCIDENTS[1], 'incident B').startAt!;
    const { data } = await gw.gql(SubjectCountsDocument, {}, admin);
    const listed = data!.incidents.edges.filter(({ node }) =>
      [orgs['operator-a'], orgs['operator-b']].includes(node.sourceOrganization.id),
    );
    expect(listed).toHaveLength(2);
    for (const { node } of data!.incidents.edges) {
      // The demo's 2025 incident (operator C) has an estimate and no list: nothing is counted for it.
      if (!listed.some((e) => e.node.id === node.id)) {
        expect(node.subjectCounts).toMatchObject({ persons: 0, records: 0 });
        continue;
      }
      const list = node.sourceOrganization.id === orgs['operator-a'] ? listA : listB;
      const withRank = list === listA;
      const start = list === listA ? startA : startB;
      expect(node.subjectCounts).toMatchObject({ ...expectedCounts(list.people, withRank, start), duplicateReferences: 0 });
      for (const exposure of node.exposures.edges.map((edge) => edge.node)) {
        const own = list.people.filter((p) => p.controller === exposure.controller.siren);
        expect(exposure.subjectCounts, exposure.controller.legalName).toMatchObject(expectedCounts(own, withRank, start));
      }
    }
    // Across both operators, the twelve insured listed twice count once.
    const all = [...listA.people.map((p) => keyOf(p, true)), ...listB.people.map((p) => keyOf(p, false))];
    expect(data!.consolidatedSubjectCounts).toMatchObject({ persons: new Set(all).size, duplicateReferences: 12 });
    expect(new Set(all).size).toBe(listA.people.length + listB.people.length - 12);
  });

  it('gives a controller its own persons once across both operators', async () => {
    const [listA, listB] = demoLists();
    const mine = (l: typeof listA, withRank: boolean) =>
      l.people.filter((p) => p.controller === siren('horizon')).map((p) => keyOf(p, withRank));
    const a = mine(listA, true);
    const b = mine(listB, false);
    const { data } = await gw.gql(SubjectCountsDocument, {}, horizon);
    expect(data!.consolidatedSubjectCounts).toMatchObject({
      persons: new Set([...a, ...b]).size,
      duplicateReferences: a.length + b.length - new Set([...a, ...b]).size,
    });
    expect(data!.consolidatedSubjectCounts.duplicateReferences).toBeGreaterThan(0);
  });

  describe('over HTTP', () => {
    const profile = must(BUILT_IN_PROFILES['operator-b-csv'], 'the operator-b-csv profile');
    const people = [
      ...syntheticPeople({ seed: 99, count: 500, controllers: [siren('rhone'), siren('horizon')], ownNirForDependants: true }),
    ];
    const file = (rows: string[]) => encodeForProfile(`${[headerRow(profile), ...rows].join('\n')}\n`, profile);
    const good = file(people.map((p) => formatRow(p, profile)));
    const countsOfB = async () =>
      (await gw.gql(SubjectCountsDocument, {}, admin)).data!.incidents.edges.find((e) => e.node.id === incidentB)!.node.subjectCounts;

    it('streams a file into a batch and counts it; the same file again is a reported no-op', async () => {
      const before = await countsOfB();
      const first = await post({ incident: incidentB, profile: 'operator-b-csv', fileName: 'extra.csv' }, good);
      expect(first.status).toBe(200);
      expect(first.body.batch).toMatchObject({ status: 'COMPLETED', rowsRead: 500, rowsAccepted: 500, rowsRejected: 0 });
      const after = await countsOfB();
      expect(after.persons - before.persons).toBe(new Set(people.map((p) => p.nir)).size);

      const again = await post({ incident: incidentB, profile: 'operator-b-csv', fileName: 'extra-again.csv' }, good);
      expect(again.body.batch).toMatchObject({ status: 'DUPLICATE', sha256: first.body.batch.sha256 });
      expect(await countsOfB()).toEqual(after);

      const { data } = await gw.gql(IngestBatchesDocument, { incidentId: incidentB }, operatorB);
      expect(data!.ingestBatches.map((b) => [b.fileName, b.status])).toEqual([
        ['extra-again.csv', 'DUPLICATE'],
        ['extra.csv', 'COMPLETED'],
        ['beta-persons-2024-02-05.csv', 'COMPLETED'],
      ]);
    });

    const broken = () => {
      const [a, b, c] = [...syntheticPeople({ seed: 7, count: 3, controllers: [siren('rhone')], ownNirForDependants: true })];
      if (!a || !b || !c) throw new Error('expected three synthetic people');
      const badKey = { ...b, nir: `${b.nir.slice(0, 13)}${b.nir.slice(13) === '00' ? '01' : '00'}` };
      const badDate = formatRow(c, profile).replace(c.birthDate, '2023-02-30');
      const unknown = formatRow({ ...a, controller: '999999999' }, profile);
      return { rows: [formatRow(a, profile), formatRow(badKey, profile), badDate, unknown], badKey };
    };

    it('rejects the whole batch on an invalid row by default, naming file, line and field, counting nothing', async () => {
      const before = await countsOfB();
      const { rows } = broken();
      const response = await post({ incident: incidentB, profile: 'operator-b-csv', fileName: 'broken.csv' }, file(rows));
      expect(response.status).toBe(200);
      expect(response.body.batch).toMatchObject({ status: 'REJECTED', rowsRead: 4, rowsAccepted: 0, rowsRejected: 3 });
      expect(response.body.batch.errorSummary.first.map((e: { line: number; field: string }) => [e.line, e.field])).toEqual([
        [3, 'nir'],
        [4, 'birthDate'],
        [5, 'controller'],
      ]);
      expect(response.body.batch.errorSummary.first[0]).toMatchObject({ file: 'broken.csv', reason: expect.stringMatching(/key/) });
      expect(await countsOfB()).toEqual(before);
    });

    it('keeps the valid rows in quarantine mode and reports the others', async () => {
      const before = await countsOfB();
      const { rows } = broken();
      const response = await post(
        { incident: incidentB, profile: 'operator-b-csv', fileName: 'broken-q.csv', onError: 'quarantine' },
        file(rows),
      );
      expect(response.body.batch).toMatchObject({ status: 'COMPLETED', rowsAccepted: 1, rowsRejected: 3 });
      expect((await countsOfB()).persons).toBe(before.persons + 1);
    });

    it('reports a missing column before reading any row, naming it, and writes nothing', async () => {
      const before = await countsOfB();
      const header = headerRow(profile)!.replace('insurer_siren', 'insurer');
      const response = await post(
        { incident: incidentB, profile: 'operator-b-csv', fileName: 'nocol.csv' },
        encodeForProfile(`${header}\n${formatRow(first(people), profile).replace(siren('rhone'), 'x')}\n`, profile),
      );
      expect(response.status).toBe(400);
      expect(response.body.error).toMatchObject({
        code: 'BAD_USER_INPUT',
        file: 'nocol.csv',
        line: 1,
        message: expect.stringMatching(/insurer_siren/),
      });
      expect(await countsOfB()).toEqual(before);
    });

    it('refuses a controller listing for an incident that does not expose it, and an anonymous upload', async () => {
      const rhoneIsNotInA = await gw.token(orgs.cigales, [Role.CONTROLLER_DPO]);
      expect((await post({ incident: incidentB, profile: 'operator-b-csv' }, good, rhoneIsNotInA)).body.error.code).toBe('NOT_FOUND');
      const anonymous = await fetch(`${gw.baseUrl}/ingest/subjects?incident=${incidentB}&profile=operator-b-csv`, {
        method: 'POST',
        body: good,
      });
      expect(anonymous.status).toBe(401);
    });
  });

  it('never stores, logs or echoes a NIR in clear', async () => {
    // Every NIR-looking run of the inputs, compact and as written (operator A writes them with spaces).
    const nirs = new Set<string>();
    for (const input of inputs) {
      const text = input.toString('latin1');
      for (const match of text.matchAll(/[12378][\d ]{12,20}\d/g)) {
        const compact = match[0].replace(/ /g, '');
        if (compact.length === 15) nirs.add(compact).add(match[0]);
      }
    }
    expect(nirs.size).toBeGreaterThan(800);
    const stores = databaseText(gw);
    const { data } = await gw.gql(IngestBatchesDocument, { incidentId: incidentB }, admin);
    const haystacks = [...stores, logs.join(''), outputs.join(''), JSON.stringify(data)];
    expect(logs.length).toBeGreaterThan(0);
    for (const nir of nirs) {
      for (const haystack of haystacks) expect(haystack.includes(nir)).toBe(false);
    }
  });
});
