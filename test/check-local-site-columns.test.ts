// Extraction and check together on a synthetic Vietnamese table that prints a figure per factory beside
// the total: a province named with a currency word ("Đồng …") is a site, not a money unit, and a name
// may open on a two-letter word ("Hà Tiên").
import { describe, expect, it } from 'vitest';
import { checkFacts } from '../src/check/index.js';
import { extractDocument } from '../src/extract/index.js';
import { docFromText } from './support/doc-from-text.js';

const table = (total: string) =>
  [
    'Công ty Cổ phần Bao Bì Sông Lam',
    'Báo cáo phát triển bền vững năm 2025',
    '',
    'Bảng 3. Năng lượng theo nhà máy – Năm 2025',
    '',
    'Chỉ tiêu                 Đơn vị      Vĩnh Phúc    Đồng Tháp     Hà Tiên   Tổng cộng',
    '-----------------------------------------------------------------------------------',
    'Điện lưới                MWh          12.410,5     8.306,2     5.118,0    25.834,7',
    `Nước khai thác           m³            301.220     214.605     98.410     ${total}`,
    '-----------------------------------------------------------------------------------',
  ].join('\n');

function extract(text: string) {
  return extractDocument(docFromText(text)).facts.map((f) => f.fact);
}

describe('factory columns named in Vietnamese beside the total', () => {
  it('reads each factory as a site, the province named Đồng … too, and keeps the unit of the row', () => {
    const row = extract(table('614.235'))
      .filter((f) => f.provenance.kind === 'document' && f.provenance.location.line === 9)
      .map((f) => [f.quantity.unit.symbol, f.dims.site]);
    expect(row).toEqual([
      ['m3', 'Vĩnh Phúc'],
      ['m3', 'Đồng Tháp'],
      ['m3', 'Hà Tiên'],
      ['m3', undefined],
    ]);
  });

  it('finds a total that is not the sum of its factories', () => {
    const sums = (text: string) =>
      checkFacts({ facts: extract(text) })
        .findings.filter((f) => f.rule.startsWith('sum.'))
        .map((f) => f.rule);
    expect(sums(table('614.235'))).toEqual([]);
    expect(sums(table('641.235')).length).toBeGreaterThan(0);
  });
});
