import { describe, expect, it } from 'vitest';
import type { FactView } from '../../src/facts/fact-view';
import { assembleNotification } from '../../src/notifications/assemble';
import { changesBetween } from '../../src/notifications/changes';
import { must } from '../support/must';
import { horizonInput } from '../support/notification';

describe('changes since the initial notification', () => {
  it('lists the fields that changed, were added or removed, as the form shows them', () => {
    const initial = assembleNotification({
      ...horizonInput,
      notification: { ...horizonInput.notification, type: 'INITIAL', initial: null },
    });
    const facts: FactView = {
      ...horizonInput.facts,
      approxPersons: { ...must(horizonInput.facts.approxPersons, 'the approxPersons fact'), value: 397_000 },
      description: { ...must(horizonInput.facts.natures, 'the natures fact'), value: 'Extraction de pages bénéficiaires.' },
    };
    delete facts.exposedDataItems;
    const complementary = assembleNotification({ ...horizonInput, assembledAt: new Date('2024-02-09T00:00:00Z'), facts });
    const changes = changesBetween(initial, complementary);
    expect(changes.map((c) => [c.path, c.kind, c.before, c.after])).toEqual([
      ['type.type', 'CHANGED', 'Notification initiale', 'Notification complémentaire'],
      ['type.initialNumber', 'ADDED', null, 'CNIL-2024-000123'],
      ['type.initialFiledAt', 'ADDED', null, '02/02/2024 09:00 (heure de Paris)'],
      ['breach.description', 'ADDED', null, 'Extraction de pages bénéficiaires.'],
      ['data.exposedItems', 'REMOVED', 'nom, date de naissance, NIR', null],
      ['data.persons', 'CHANGED', '396112', '397000'],
    ]);
  });

  it('finds nothing between a content and itself, whenever it was assembled', () => {
    const a = assembleNotification(horizonInput);
    const b = assembleNotification({ ...horizonInput, assembledAt: new Date('2030-01-01T00:00:00Z') });
    expect(changesBetween(a, b)).toEqual([]);
  });
});
