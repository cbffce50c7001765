import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../../src/auth/roles';
import { fixedClock } from '../../src/config/clock';
import { sha256Hex } from '../../src/lib/canonical-json';
import { ComplianceDashboardDocument, NotificationSectionDocument, NotificationTypedDocumentDocument } from '../generated/graphql';
import { dialect, startGateway, type TestGateway } from '../support/app';
import { type DemoOrgIds, withDemo } from '../support/demo';
import { must } from '../support/must';

/** The generated result type of one operation, as test/generated/graphql.ts declares it. */
function generatedType(name: string): string {
  const generated = readFileSync(join(__dirname, '..', 'generated', 'graphql.ts'), 'utf8');
  return must(
    generated.split('\n').find((line) => line.startsWith(`export type ${name} = `)),
    `the generated type ${name}`,
  );
}

/** The notification document typed end to end: the CNIL form's sections, the severity, the obligations, the letter. */
describe(`the typed notification document on ${dialect}`, () => {
  let gw: TestGateway;
  let orgs: DemoOrgIds;
  let horizon: string;
  /** Horizon's filed initial notification, and its complementary draft that still lacks items. */
  let filed: string;
  let draft: string;

  beforeAll(async () => {
    gw = await startGateway({ clock: fixedClock('2024-02-06T12:00:00Z') });
    orgs = await withDemo(gw);
    horizon = await gw.token(orgs.horizon, [Role.CONTROLLER_LEGAL], 'legal@horizon.example');
    const { data } = await gw.gql(ComplianceDashboardDocument, {}, horizon);
    const notifications = data!.notifications.edges.map((e) => e.node).filter((n) => n.exposure.controller.id === orgs.horizon);
    filed = must(
      notifications.find((n) => n.type === 'INITIAL' && n.status === 'FILED'),
      'the filed initial',
    ).id;
    draft = must(
      notifications.find((n) => n.type === 'COMPLEMENTARY' && n.status === 'DRAFT'),
      'the complementary draft',
    ).id;
  });
  afterAll(() => gw.close());

  it('reads one section as typed questions: answers, provenance and the header', async () => {
    const { data, errors } = await gw.gql(NotificationSectionDocument, { id: filed, code: 'DATA' }, horizon);
    expect(errors).toBeUndefined();
    const { document } = data!.notification!;
    expect(document.header).toMatchObject({
      type: 'INITIAL',
      status: 'FILED',
      schemaVersion: expect.stringMatching(/^cnil-notification\//),
      organization: { name: 'Mutuelle Horizon Santé', siren: expect.stringMatching(/^\d{9}$/) },
    });
    const section = must(document.section ?? undefined, 'section DATA');
    expect(section).toMatchObject({ number: 8, code: 'DATA', title: 'Données concernées' });
    const question = (path: string) =>
      must(
        section.questions.find((q) => q.path === path),
        `question ${path}`,
      );
    const persons = question('data.persons');
    expect(persons.kind).toBe('NUMBER');
    expect(persons.answer).toMatchObject({ kind: 'NUMBER', number: expect.any(Number), unit: 'personnes', text: null, options: null });
    expect(persons.provenance).toMatchObject({ source: expect.stringMatching(/^[A-Z_]+$/), organizationId: expect.any(String) });
    const categories = question('data.categories');
    expect(categories.kind).toBe('CHOICE');
    expect(categories.answer.options!.length).toBeGreaterThan(1);
    expect(categories.answer.options!.some((o) => o.selected)).toBe(true);
    expect(categories.answer.options![0]).toEqual({ code: expect.any(String), label: expect.any(String), selected: expect.any(Boolean) });
    // The canonical JSON is exactly what the sha256 is computed over (and what the filing froze).
    expect(sha256Hex(document.canonicalJson)).toBe(document.sha256);
    expect(JSON.parse(document.canonicalJson)).toMatchObject({ notification: { status: 'FILED' } });
  });

  it('links each completeness item to its question, and reads one question by path', async () => {
    const { data, errors } = await gw.gql(NotificationTypedDocumentDocument, { id: draft, path: 'data.persons' }, horizon);
    expect(errors).toBeUndefined();
    const { document } = data!.notification!;
    expect(document.sections.map((s) => s.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14]);
    expect(document.completeness.length).toBeGreaterThan(0);
    const questions = document.sections.flatMap((s) => s.questions);
    for (const issue of document.completeness) {
      const section = must(
        document.sections.find((s) => s.number === issue.section),
        `section ${issue.section}`,
      );
      // Every item is under its section; under its question too whenever the form shows that path.
      expect(section.missing).toContainEqual({ code: issue.code, path: issue.path });
      const question = questions.find((q) => q.path === issue.path);
      if (question) expect(question.missing).toContainEqual({ code: issue.code, blocksReady: issue.blocksReady });
    }
    expect(questions.some((q) => q.missing.length > 0)).toBe(true);
    expect(document.question).toMatchObject({ path: 'data.persons', kind: 'NUMBER', answer: { kind: 'NUMBER', unit: 'personnes' } });
  });

  it('types the severity, the obligations and the letter', async () => {
    const { data, errors } = await gw.gql(NotificationTypedDocumentDocument, { id: filed, path: 'nowhere' }, horizon);
    expect(errors).toBeUndefined();
    const { document } = data!.notification!;
    expect(document.question).toBeNull();
    const { severity } = document;
    expect(severity).toMatchObject({ method: 'enisa-2013', se: 3, level: 'HIGH', levelLabel: 'Élevé', art34Recommended: true });
    expect(severity.components.map((c) => c.code)).toEqual(['DPC', 'EI', 'CB']);
    expect(severity.computed).toMatchObject({ se: 3, level: 'HIGH' });
    expect(severity.factors.length).toBeGreaterThan(0);
    expect(severity.decision).toMatch(/Niveau/);
    expect(severity.chosen).toMatchObject({ gravity: expect.stringMatching(/^[A-Z]+$/), by: expect.any(String), at: expect.any(String) });
    const cnil = must(
      document.obligations.find((o) => o.code === 'CNIL_NOTIFICATION'),
      'the CNIL obligation',
    );
    expect(cnil).toMatchObject({ authority: 'CNIL', party: 'CONTROLLER', status: expect.stringMatching(/^DONE/) });
    expect(document.obligations.find((o) => o.code === 'DATA_SUBJECTS_COMMUNICATION')?.authority).toBe('DATA_SUBJECTS');
    expect(document.letter).toMatchObject({ variant: 'MEMBER', status: document.letterStatus });
    expect(document.letter.paragraphs.map((p) => p.item)).toContain('NATURE');
    expect(document.letters.map((l) => l.variant)).toEqual(['MEMBER', 'BENEFICIARY', 'MINOR_REPRESENTATIVE']);
  });

  it('gives a generated client result types with no unknown in them', () => {
    for (const name of ['NotificationSectionQuery', 'NotificationTypedDocumentQuery']) {
      expect(generatedType(name)).not.toMatch(/\bunknown\b|\bany\b|Record<string/);
    }
  });
});
