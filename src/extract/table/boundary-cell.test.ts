import { beforeAll, describe, expect, it } from 'vitest';
import type { Fact } from '../../core/index.js';
import { extractDocument } from '../index.js';
import { docFromText } from '../../../test/support/doc-from-text.js';
import { withMeasureOfBoundaryCell } from './boundary-cell.js';

// A Japanese data table with a boundary column (連結 consolidated, 単体 parent company alone) between the
// measure and the unit, the measure cell left blank on the 単体 line, and a note listing one grid factor a
// year with the unit after the last. Invented figures.
const TABLE = [
  '環境データ 2031',
  '',
  '項目                              範囲    単位       2030年度     2031年度',
  '────────────────────────────────────────────────────────────────────',
  '購入電力                          連結  MWh           62,810       60,440',
  '                                  単体  MWh           40,120       38,900',
  '再エネ電力比率                    連結  %                4.1          5.2',
  'スコープ2　ロケーション基準※5     連結  t-CO2          27,010       26,110',
  '                                  単体  t-CO2          17,250       16,800',
  'スコープ2　マーケット基準         連結  t-CO2          25,400       24,300',
  '────────────────────────────────────────────────────────────────────',
  '※5 全国平均係数：2030年度 0.430、2031年度 0.432 t-CO2/MWh（国内外の全拠点に適用）。',
].join('\n');

const factsOf = (text: string) => extractDocument(docFromText(text), { year: 2031 }).facts.map((f) => f.fact);

describe('a boundary column beside the measure (連結 / 単体)', () => {
  let facts: Fact[] = [];
  // The first extraction loads the metric catalogue.
  beforeAll(() => {
    facts = factsOf(TABLE);
  }, 120_000);

  it('names a bare boundary cell by its measure cell', () => {
    expect(withMeasureOfBoundaryCell('単体', '購入電力')).toBe('購入電力 単体');
    expect(withMeasureOfBoundaryCell('連結', '')).toBe('連結');
    expect(withMeasureOfBoundaryCell('国内', '購入電力')).toBe('国内');
  });

  it('gives 単体 rows the parent-company boundary and each Scope 2 row its method', () => {
    const rows = facts
      .filter((f) => f.metric === 'ghg.scope2' || f.metric === 'energy.electricity')
      .filter((f) => f.period.year === 2031)
      .map((f) => [f.metric, f.quantity.value.toString(), f.dims]);
    expect(rows).toEqual([
      ['energy.electricity', '60440', {}],
      ['energy.electricity', '38900', { boundary: '単体' }],
      ['ghg.scope2', '26110', { scope2_method: 'location' }],
      ['ghg.scope2', '16800', { scope2_method: 'location', boundary: '単体' }],
      ['ghg.scope2', '24300', { scope2_method: 'market' }],
    ]);
  });

  it('reads each factor of a year list in the unit after the last, dated by its own year', () => {
    const factors = facts
      .filter((f) => f.quantity.unit.symbol === 'tCO2/MWh')
      .map((f) => [f.quantity.value.toString(), f.period.year, f.label]);
    expect(factors).toEqual([
      ['0.43', 2030, '全国平均係数'],
      ['0.432', 2031, '全国平均係数'],
    ]);
  });
});
