import { describe, expect, it } from 'vitest';
import type { FactView } from '../../src/facts/fact-view';
import { assembleNotification } from '../../src/notifications/assemble';
import { checkCompleteness } from '../../src/notifications/completeness';
import { assessSeverity } from '../../src/notifications/severity';
import { must } from '../support/must';
import { horizonInput } from '../support/notification';

const severity = horizonInput.severity!;
const codes = (issues: ReturnType<typeof checkCompleteness>) => issues.map((i) => `${i.code}${i.blocksReady ? '!' : ''}`);

describe('completeness', () => {
  it('lists what a complete notification still lacks, section by section, all blocking', () => {
    const content = assembleNotification({
      ...horizonInput,
      notification: { ...horizonInput.notification, type: 'COMPLETE', initial: null },
    });
    const issues = checkCompleteness(content, { type: 'COMPLETE', late: false, severity });
    expect(codes(issues)).toEqual([
      'MISSING_DESCRIPTION!',
      'MISSING_SUBJECT_CATEGORIES!',
      'MISSING_CONSEQUENCES!',
      'MISSING_MEASURES!',
      'MISSING_COMMUNICATION!',
    ]);
    expect(issues[0]).toMatchObject({
      section: 7,
      path: 'breach.description',
      message: { fr: 'Le descriptif détaillé manque.', en: 'The detailed description is missing.' },
    });
  });

  it('lets an initial notification say "don\'t know yet" except for identification, contact, awareness and nature', () => {
    const facts: FactView = { ...horizonInput.facts };
    delete facts.natures;
    const content = assembleNotification({
      ...horizonInput,
      facts,
      notification: { ...horizonInput.notification, type: 'INITIAL', initial: null },
    });
    const issues = checkCompleteness(content, { type: 'INITIAL', late: false, severity });
    expect(issues.filter((i) => i.blocksReady).map((i) => i.code)).toEqual(['MISSING_NATURE']);
    expect(issues.filter((i) => !i.blocksReady).map((i) => i.code)).toContain('MISSING_CONSEQUENCES');
  });

  it('requires delay reasons past the deadline, and the initial reference of a complementary one', () => {
    const content = assembleNotification({ ...horizonInput, notification: { ...horizonInput.notification, initial: null } });
    expect(codes(checkCompleteness(content, { type: 'COMPLEMENTARY', late: true, severity }))).toEqual(
      expect.arrayContaining(['MISSING_INITIAL_REFERENCE!', 'MISSING_DELAY_REASONS!']),
    );
    const explained = assembleNotification({ ...horizonInput, delayReasons: 'Alerte du sous-traitant reçue le 6 février seulement.' });
    expect(codes(checkCompleteness(explained, { type: 'COMPLEMENTARY', late: true, severity }))).not.toContain('MISSING_DELAY_REASONS!');
  });

  it('flags answers that contradict each other', () => {
    const facts: FactView = {
      ...horizonInput.facts,
      consequences: { ...must(horizonInput.facts.natures, 'the natures fact'), value: ['OTHER'] },
      sensitiveData: { ...must(horizonInput.facts.natures, 'the natures fact'), value: ['HEALTH'] },
    };
    const content = assembleNotification({ ...horizonInput, facts });
    // The severity was assessed without the health data: DPC 2, Important.
    const issues = checkCompleteness(content, { type: 'COMPLETE', late: false, severity });
    expect(codes(issues)).toEqual(
      expect.arrayContaining(['INCONSISTENT_CONFIDENTIALITY_CONSEQUENCES!', 'HEALTH_DPC_LOWERED_WITHOUT_REASON!']),
    );
    const reassessed = assessSeverity({
      dataCategories: ['CIVIL_STATUS', 'NIR'],
      sensitiveData: ['HEALTH'],
      subjectCategories: [],
      natures: ['CONFIDENTIALITY'],
      origins: [],
      causes: ['EXTERNAL_MALICIOUS'],
      consequences: [],
    });
    const fine = checkCompleteness(content, {
      type: 'COMPLETE',
      late: false,
      severity: { assessment: reassessed, gravity: reassessed.suggestedGravity },
    });
    expect(codes(fine)).not.toContain('HEALTH_DPC_LOWERED_WITHOUT_REASON!');
  });
});
