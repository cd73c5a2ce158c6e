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

// A Slovene plant table: each plant's staff beside the company's "Skupaj" (total), which is the headcount.
// Invented places and figures.
describe('plant columns beside a Slovene total', () => {
  const text = [
    'Tovarna Dravinja d.d.',
    'Trajnostno poročilo 2025',
    '',
    'Tabela 2: Obrati v letu 2025',
    '                         Slovenj Gradec     Vojnik     Ormož        Skupaj',
    'Zaposleni                           212        147       96           455',
    'Poraba vode (m³)                 18.402,5   9.611,0   4.270,5      32.284,0',
  ].join('\n');

  it('gives each plant column its site and leaves the total with none', () => {
    const staff = extract(text)
      .filter((f) => f.metric === 'workforce.total')
      .map((f) => [f.quantity.value.toString(), f.dims.site]);
    expect(staff).toEqual([
      ['212', 'Slovenj Gradec'],
      ['147', 'Vojnik'],
      ['96', 'Ormož'],
      ['455', undefined],
    ]);
  });
});
