// A ratio row in a table with a change column ("Var. 25/24", "Change %") is still judged against
// the numerator and denominator rows beside it: the change column is no year. Figures invented.
import { describe, expect, it } from 'vitest';
import { checkFacts } from '../src/check/index.js';
import { extractDocument } from '../src/extract/index.js';
import { docFromText } from './support/doc-from-text.js';

const REPORT = (intensity2025: string, change: string) =>
  [
    'Oakhanger Ceramics plc — Sustainability Report 2025',
    'This report covers the year ended 31 December 2025.',
    '',
    'Table 4: Energy and intensity',
    'Indicator                    Unit          2025        2024        2023     Change %',
    'Energy consumed              MWh         84,600      88,200      90,150        -4.1',
    'Tiles produced               t           47,000      45,000      45,075         4.4',
    `Energy intensity             MWh/t       ${intensity2025}        1.96        2.00        ${change}`,
    '',
  ].join('\n');

function intensityFindings(intensity2025: string, change: string) {
  const facts = extractDocument(docFromText(REPORT(intensity2025, change))).facts.map((f) => f.fact);
  return checkFacts({ facts }).findings.filter((f) => f.rule.startsWith('intensity.'));
}

describe('a ratio row beside a change column', () => {
  it('passes when each year is the quotient of the rows beside it', () => {
    // 84,600 / 47,000 = 1.80; 88,200 / 45,000 = 1.96; 90,150 / 45,075 = 2.00.
    expect(intensityFindings('1.80', '-8.2')).toEqual([]);
  });

  it("reports the year divided by another year's denominator", () => {
    // 84,600 / 45,000 (2024's tonnage) = 1.88, and the change column follows the printed figure.
    const found = intensityFindings('1.88', '-4.1');
    expect(found.map((f) => f.rule)).toContain('intensity.table-row');
  });
});
