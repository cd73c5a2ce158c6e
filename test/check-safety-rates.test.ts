// Injury rates the rate.injury check could not reach: a rate row named "LTIR – contractors" (read as
// the contractors' headcount) and a Nordic sentence "an LTIF of 6,3 per million hours worked" whose
// hours group thousands with spaces. Companies and figures are invented.
import { describe, expect, it } from 'vitest';
import { checkFacts } from '../src/check/index.js';
import { extractDocument } from '../src/extract/index.js';
import { docFromText } from './support/doc-from-text.js';

function facts(text: string) {
  return extractDocument(docFromText(text)).facts.map((f) => f.fact);
}

function rateFindings(text: string) {
  return checkFacts({ facts: facts(text) }).findings.filter((f) => f.rule === 'rate.injury');
}

const DASHED_ROWS = (contractorRate: string) =>
  [
    'Harrowgate Fertilisers plc – Sustainability Report 2025',
    '',
    'Table 3  Occupational safety',
    'Indicator                                       2025          2024     Unit',
    '=========================================================================',
    'Hours worked – employees                   4,118,600     4,052,200     hours',
    'Hours worked – contractors                 1,736,400     1,602,800     hours',
    'Lost-time injuries – employees                     6             5     number',
    'Lost-time injuries – contractors                   7             4     number',
    'LTIR – employees                                0.29          0.25     per 200,000 hours',
    `LTIR – contractors                          ${contractorRate.padStart(8)}          0.50     per 200,000 hours`,
    '',
  ].join('\n');

const NORDIC = (rate: string) =>
  [
    'Fjellstad Trä AB – Sustainability Report 2025',
    'This report covers the financial year 1 January – 31 December 2025.',
    '',
    'Net sales were SEK 2 418,6 m (2024: SEK 2 305,2 m); the operating margin was 8,4 % and the',
    'equity ratio 46,2 %. Renewable energy covered 71,5 % of our use.',
    '',
    'Health and safety',
    '',
    'During the year there were 8 lost-time injuries (2024: 11) over 1 264 800 hours worked (2024:',
    `1 238 400), an LTIF of ${rate} per million hours worked (2024: 8,9). There were no fatal accidents.`,
    '',
  ].join('\n');

describe('an injury rate row named by its abbreviation and a dashed worker group', () => {
  it('reads "LTIR – contractors" as the contractors\' rate, not their headcount', () => {
    const rows = facts(DASHED_ROWS('0.81')).filter((f) => f.period.year === 2025);
    const rate = rows.find((f) => f.quantity.value.toString() === '0.81');
    expect(rate?.metric).toBe('safety.lost_time_injury_rate');
    expect(rate?.dims.employment_type).toBe('contractor');
  });

  it("checks it against the contractors' injuries and hours", () => {
    // 7 × 200,000 / 1,736,400 = 0.81; 0.58 is a slip.
    expect(rateFindings(DASHED_ROWS('0.81'))).toEqual([]);
    const [finding] = rateFindings(DASHED_ROWS('0.58'));
    expect(finding?.severity).toBe('error');
    expect(finding?.expected).toBe('0.81');
  });
});

describe('a Nordic sentence printing an LTIF with hours grouped by spaces', () => {
  it('reads the LTIF and both years of hours worked', () => {
    const found = facts(NORDIC('6,3'))
      .filter((f) => f.metric.startsWith('safety.'))
      .map((f) => [f.metric, f.period.year, f.quantity.value.toString(), f.dims]);
    expect(found).toEqual(
      expect.arrayContaining([
        ['safety.hours_worked', 2025, '1264800', {}],
        ['safety.hours_worked', 2024, '1238400', {}],
        ['safety.lost_time_injury_rate', 2025, '6.3', {}],
        ['safety.lost_time_injury_rate', 2024, '8.9', {}],
      ]),
    );
  });

  it('checks the LTIF against the injuries and hours of its sentence', () => {
    // 8 × 1,000,000 / 1,264,800 = 6.3; 11 × 1,000,000 / 1,238,400 = 8.9.
    expect(rateFindings(NORDIC('6,3'))).toEqual([]);
    const [finding] = rateFindings(NORDIC('7,3'));
    expect(finding?.expected).toBe('6.3');
  });
});
