// Taiwanese reports count "disabling injuries" (失能傷害: an injury that keeps the worker off work a day
// or more, their lost-time injuries) and print a "disabling injury frequency rate (FR)" per million
// hours, often as the part of the recordable injuries a sentence names after the table ("Of the …
// recordable injuries, N were disabling injuries"). Company and figures are invented.
import { describe, expect, it } from 'vitest';
import { checkFacts } from '../src/check/index.js';
import { extractDocument } from '../src/extract/index.js';
import { docFromText } from './support/doc-from-text.js';

function facts(text: string) {
  return extractDocument(docFromText(text)).facts.map((f) => f.fact);
}

const REPORT = (rate: string) =>
  [
    'Hsinpu Optoelectronics Corp. 2025 Sustainability Report',
    '',
    'Occupational safety',
    '',
    'Indicator                                   2024            2025   Unit',
    '-----------------------------------------------------------------------',
    'Hours worked                           5,204,800       5,362,400    hours',
    'Recordable work-related injuries               6               9    cases',
    '-----------------------------------------------------------------------',
    '',
    'Of the 2025 recordable injuries, 4 were disabling injuries, giving a disabling injury frequency',
    `rate (FR) of ${rate} per million hours worked; no employee lost their life at work.`,
    '',
  ].join('\n');

describe('disabling injuries and their frequency rate', () => {
  it('reads the part a lead clause takes from the whole, and the FR, as lost-time figures', () => {
    const of2025 = facts(REPORT('0.75')).filter((f) => f.period.year === 2025);
    const count = of2025.find((f) => f.metric === 'safety.lost_time_injuries');
    expect(count?.quantity.value.toString()).toBe('4');
    const rate = of2025.find((f) => f.metric === 'safety.lost_time_injury_rate');
    expect(rate?.quantity.value.toString()).toBe('0.75');
    // The recordable injuries stay the table's 9, not the sentence's 4.
    expect(
      of2025.filter((f) => f.metric === 'safety.injuries').map((f) => f.quantity.value.toString()),
    ).toEqual(['9']);
  });

  it('checks the FR against the disabling injuries and the hours worked', () => {
    // 4 ÷ 5,362,400 × 1,000,000 = 0.746: 0.75 fits, 0.93 does not.
    const rule = (rate: string) =>
      checkFacts({ facts: facts(REPORT(rate)) }).findings.filter((f) => f.rule === 'rate.injury');
    expect(rule('0.75')).toEqual([]);
    const [finding] = rule('0.93');
    expect(finding?.expected).toBe('0.75');
    expect(finding?.source.map((s) => s.line)).toContain(12);
  });

  it('reads no part from a lead clause when the words after "were" are no counted noun', () => {
    const text = [
      'Hsinpu Optoelectronics Corp. 2025 Sustainability Report',
      '',
      'Of the plants we audited in 2025, 3 were compliant with every requirement.',
      '',
    ].join('\n');
    expect(facts(text).filter((f) => f.quantity.value.toString() === '3')).toEqual([]);
  });
});
