// Extraction and check together on synthetic tables with the years as rows and the quarters or months as
// columns ("Year  Q1  Q2  Q3  Q4  Full year"), the metric named once in the caption.
import { describe, expect, it } from 'vitest';
import { checkFacts } from '../src/check/index.js';
import { extractDocument } from '../src/extract/index.js';
import { docFromText } from './support/doc-from-text.js';

const HEAD = ['Pak Shing Cold Chain Holdings Limited', 'ESG report for the year ended 31 December 2025.', ''];

function extract(text: string) {
  return extractDocument(docFromText(text)).facts.map((f) => f.fact);
}

const quarterly = (full2025: string) =>
  [
    ...HEAD,
    'Diesel consumed by the delivery fleet by quarter (litres)',
    '       Year            Q1            Q2            Q3            Q4     Full year',
    '       2024       204,118       211,902       226,415       219,377       861,812',
    `       2025       198,604       207,331       221,846       214,019     ${full2025}`,
    '',
  ].join('\n');

describe('quarters as columns, years as rows', () => {
  it("gives every quarter's cell the caption's metric and its quarter, the full year none", () => {
    const row = extract(quarterly('841,800'))
      .filter((f) => f.provenance.kind === 'document' && f.provenance.location.line === 7)
      .map((f) => [f.metric, f.quantity.value.toString(), f.period.year, f.dims.quarter]);
    expect(row).toEqual([
      ['energy.diesel', '198604', 2025, 'Q1'],
      ['energy.diesel', '207331', 2025, 'Q2'],
      ['energy.diesel', '221846', 2025, 'Q3'],
      ['energy.diesel', '214019', 2025, 'Q4'],
      ['energy.diesel', '841800', 2025, undefined],
    ]);
  });

  it('checks the full year against the sum of its quarters', () => {
    const sums = (text: string) =>
      checkFacts({ facts: extract(text) })
        .findings.filter((f) => f.rule === 'sum.breakdown')
        .map((f) => f.source.map((s) => ('line' in s ? s.line : 0)));
    expect(sums(quarterly('841,800'))).toEqual([]);
    expect(sums(quarterly('851,800')).flat()).toContain(7);
  });

  it('gives each month its month under a caption naming the metric', () => {
    const text = [
      ...HEAD,
      'Electricity used at the Tsing Yi warehouse by month, 2025 (kWh)',
      '  Year      Jan      Feb      Mar      Apr      May      Jun      Jul      Aug      Sep      Oct      Nov      Dec      Total',
      '  2025   81,204   76,918   80,377   84,610   90,125   95,833   99,406   98,712   93,051   88,240   82,663   80,915  1,052,054',
      '',
    ].join('\n');
    const months = extract(text)
      .filter((f) => f.provenance.kind === 'document' && f.provenance.location.line === 6)
      .map((f) => [f.metric, f.dims.month]);
    expect(months.slice(0, 3)).toEqual([
      ['energy.electricity', 'Jan'],
      ['energy.electricity', 'Feb'],
      ['energy.electricity', 'Mar'],
    ]);
    expect(months[12]).toEqual(['energy.electricity', undefined]);
  });
});
