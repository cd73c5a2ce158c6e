// Procurement spend (GRI 204-1) by supplier location with each row's share of the total spend: the
// amounts read as procurement spend by region, the `% of spend` column as their shares, and a share
// that does not follow from the amounts is found (share.count over the spend relation). A title
// printed over the first figure column names the rows' breakdown for the share column too.
import { describe, expect, it } from 'vitest';
import { checkFacts } from '../src/check/index.js';
import { extractDocument } from '../src/extract/index.js';
import { docFromText } from './support/doc-from-text.js';

const report = (domesticShare: string) =>
  [
    'Harbour Widgets Ltd | Sustainability Report 2025',
    '',
    'SUPPLY CHAIN',
    '',
    'Purchasing spend by supplier location, FY2025',
    "                                                 US$'000  % of spend",
    '----------------------------------------------------------------------',
    `Lowland growers and mills                        512,600        ${domesticShare}`,
    'Coastal hauliers                                 141,350        15.8',
    'Offshore vendors                                 238,750        26.7',
    'Total procurement spend                          892,700       100.0',
    '----------------------------------------------------------------------',
  ].join('\n');

const extracted = (text: string) => extractDocument(docFromText(text)).facts.map((f) => f.fact);

const shareFindings = (text: string) =>
  checkFacts({ facts: extracted(text) }).findings.filter((f) => f.rule === 'share.count');

describe('procurement spend by supplier location with its shares', () => {
  it('reads the amounts as spend and the % column as shares of it, by region', () => {
    const facts = extracted(report('57.4')).filter((f) => f.metric.startsWith('procurement.'));
    const read = facts.map((f) => [f.metric, f.dims.region ?? '', f.quantity.value.toFixed()]);
    expect(read).toContainEqual(['procurement.spend', 'Coastal hauliers', '141350']);
    expect(read).toContainEqual(['procurement.spend_share', 'Coastal hauliers', '15.8']);
    expect(read).toContainEqual(['procurement.spend', '', '892700']);
  });

  it('raises nothing when every share is its amount over the total', () => {
    expect(shareFindings(report('57.4'))).toEqual([]);
  });

  it('finds a share that does not follow from the amounts', () => {
    // 512,600 / 892,700 = 57.42%, printed 61.4%.
    const [finding, ...rest] = shareFindings(report('61.4'));
    expect(rest).toEqual([]);
    expect(finding?.source.map((s) => s.line)).toContain(8);
    expect(Number(finding?.expected)).toBeCloseTo(57.42, 1);
  });
});
