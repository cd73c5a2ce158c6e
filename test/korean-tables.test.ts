// A Korean data table: years headed "2023년", the unit in the title ("(단위: tCO2eq)") or in a 단위
// column, English names in brackets after the Korean. Company and figures are invented.
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../src/extract/index.js';
import { docFromText } from './support/doc-from-text.js';

const REPORT = [
  '새봄화학 2031 지속가능경영보고서',
  '',
  '온실가스 배출량 (GHG emissions)                                  (단위: tCO2eq)',
  '구분                                  2029년        2030년        2031년',
  'Scope 1 (직접 배출)                  412,620       406,380       398,470',
  'Scope 2 (간접 배출)                  186,410       182,150       178,260',
  '',
  '용수 및 폐기물',
  '항목                        단위        2029년도      2030년도      2031년도',
  '취수량 (Water withdrawal)   천㎥           7,120.5       7,410.2       7,693.2',
  '폐기물 발생량 (Waste)       톤            18,460        17,930        17,205',
  '',
].join('\n');

function rowFacts(line: number) {
  return extractDocument(docFromText(REPORT))
    .facts.map((f) => f.fact)
    .filter((f) => f.provenance.kind === 'document' && f.provenance.location.line === line)
    .map((f) => [f.metric, f.quantity.value.toString(), f.quantity.unit.symbol, f.period.year]);
}

describe('a Korean data table', () => {
  it('dates each column by its 년 heading and takes the unit from the title', () => {
    expect(rowFacts(5)).toEqual([
      ['ghg.scope1', '412620', 'tCO2e', 2029],
      ['ghg.scope1', '406380', 'tCO2e', 2030],
      ['ghg.scope1', '398470', 'tCO2e', 2031],
    ]);
  });

  it('reads a 단위 column and 년도 headings', () => {
    expect(rowFacts(11).map((r) => [r[2], r[3]])).toEqual([
      ['t', 2029],
      ['t', 2030],
      ['t', 2031],
    ]);
    expect(rowFacts(10).map((r) => r[3])).toEqual([2029, 2030, 2031]);
  });
});
