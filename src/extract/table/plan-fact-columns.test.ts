import { describe, expect, it } from 'vitest';
import { docFromText } from '../../../test/support/doc-from-text.js';
import { toReportLines } from '../layout/index.js';
import { tableMentions } from '../../../test/support/table-rows.js';

// A made-up output table as reports translated from Russian print it: the year's plan and fact side by
// side, two spaces apart, then earlier years and the fact as a share of the plan.
const TEXT = [
  'Table 2.1 Output of the smelter',
  'Indicator                         Unit               2026 plan  2026 fact     2025     2024  Fact/plan, %',
  'Copper cathode                    thousand tonnes      1 880,0    1 846,2  1 912,8  1 968,4          98,2',
  'Sulphuric acid                    thousand tonnes        650,0      642,8    658,4    671,2          98,9',
].join('\n');

function read(text: string, reportYear = 2026) {
  return tableMentions(text, reportYear);
}

describe("a table printing the year's plan beside its fact", () => {
  it('parts headings two spaces apart into the plan, the fact and the share column', () => {
    const header = toReportLines(docFromText(TEXT)).find((l) => l.no === 2);
    expect(header?.cells).toEqual([
      'Indicator',
      'Unit',
      '2026 plan',
      '2026 fact',
      '2025',
      '2024',
      'Fact/plan, %',
    ]);
  });

  it('reads the plan as a target, the fact and earlier years as actuals, and no share of the plan', () => {
    const found = read(TEXT)
      .filter((m) => m.line === 3)
      .map((m) => [m.value, m.year, m.basis]);
    expect(found).toEqual([
      ['1880.0', 2026, 'target'],
      ['1846.2', 2026, 'actual'],
      ['1912.8', 2025, 'actual'],
      ['1968.4', 2024, 'actual'],
    ]);
  });
});
