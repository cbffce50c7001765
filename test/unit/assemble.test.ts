import { describe, expect, it } from 'vitest';
import { FORM_SECTIONS } from '../../src/cnil/form';
import { canonicalHash } from '../../src/lib/canonical-json';
import { assembleNotification } from '../../src/notifications/assemble';
import { displayInstant } from '../../src/notifications/display';
import type { ContentItem } from '../../src/content/notification-content';
import { horizonInput as input } from '../support/notification';

const item = (content: ReturnType<typeof assembleNotification>, path: string): ContentItem =>
  content.sections.flatMap((s) => s.items).find((i) => i.path === path)!;

describe('the CNIL notification assembler', () => {
  const content = assembleNotification(input);

  it('lays out the 14 sections of the form, in order, with their French titles', () => {
    expect(content.sections.map((s) => [s.number, s.title])).toEqual(FORM_SECTIONS.map((s) => [s.number, s.title]));
    expect(content.sections[6]!.title).toBe('À propos de la violation');
    expect(content.schemaVersion).toBe('cnil-notification/4');
  });

  it('shows every option of a list with the chosen ones checked, as the form does', () => {
    const origins = item(content, 'breach.origins');
    expect(origins.kind === 'choice' && origins.options.length).toBe(12);
    expect(origins.kind === 'choice' && origins.options.filter((o) => o.selected).map((o) => o.label)).toEqual([
      'Piratage, logiciel malveillant (par exemple rançongiciel) et/ou hameçonnage',
    ]);
    // Consequences are offered for the breach's natures only: confidentiality here, no falsification.
    const consequences = item(content, 'consequences.consequences');
    expect(consequences.kind === 'choice' && consequences.options.map((o) => o.code)).toEqual([
      'SPREAD_BEYOND_CONTROL',
      'CROSS_MATCHING',
      'MISUSE',
      'OTHER',
      'UNKNOWN',
    ]);
  });

  // The form asks the approximate number the controller states, with no band and no exact count (F11).
  it('keeps the provenance of each fact, and the number of persons as the controller states it', () => {
    expect(item(content, 'data.persons')).toEqual({
      kind: 'number',
      path: 'data.persons',
      label: 'Nombre approximatif de personnes',
      value: 396_112,
      provenance: expect.objectContaining({ source: 'CONTROLLER_ASSESSMENT', reference: 'MHS-DPO-2024-03' }),
    });
    expect(JSON.stringify(content)).not.toContain('data.persons.exact');
    expect(JSON.stringify(content)).not.toContain('data.minors');
    expect(item(content, 'breach.natures').provenance).toMatchObject({ source: 'PROCESSOR_NOTICE', organizationId: 'op-a' });
    expect(item(content, 'organization.siren').provenance).toMatchObject({ source: 'ORGANIZATION' });
  });

  it('carries the initial notification of a complementary one, and shows instants in Paris time', () => {
    expect(content.notification).toMatchObject({
      typeLabel: 'Notification complémentaire',
      initial: { number: 'CNIL-2024-000123', filedAt: '2024-02-02T08:00:00.000Z' },
    });
    expect(item(content, 'dates.awareAt')).toMatchObject({
      value: '2024-02-01T13:00:00.000Z',
      display: '01/02/2024 14:00 (heure de Paris)',
    });
    expect(displayInstant(new Date('2024-07-01T12:00:00Z'))).toBe('01/07/2024 14:00 (heure de Paris)');
  });

  it('checks the chosen gravity and lists the notifications made to other authorities', () => {
    const gravity = item(content, 'harms.gravity');
    expect(gravity.kind === 'choice' && gravity.options.find((o) => o.selected)?.label).toBe('Important');
    expect(item(content, 'crossBorder.otherAuthorities')).toMatchObject({
      columns: ['Autorité', 'Date', 'Référence', 'Précisions'],
      rows: [['Autorité de contrôle prudentiel et de résolution (ACPR)', '02/02/2024 11:00 (heure de Paris)', 'ACPR-2024-17', '']],
    });
  });

  it('names countries in French rather than by their code (L3)', () => {
    expect(item(content, 'organization.country')).toMatchObject({ kind: 'text', value: 'France' });
    const others = item(content, 'others.organizations');
    expect(others.kind === 'table' && others.rows[0]?.[3]).toBe('France');
  });

  it('is a pure function: the same input gives the same canonical bytes', () => {
    expect(canonicalHash(assembleNotification(input))).toBe(canonicalHash(content));
    expect(JSON.parse(JSON.stringify(content))).toEqual(content);
  });
});
