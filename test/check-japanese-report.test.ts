// A Japanese data book's tables and sentences, as TSE Prime issuers print them: 年度 columns, units in
// Japanese (t-CO2, 千時間, 時間, 人), row labels in kanji and katakana, and prose figures closed by
// でした / となりました. Company, wording and figures are invented.
import { describe, expect, it } from 'vitest';
import { checkFacts } from '../src/check/index.js';
import { extractDocument } from '../src/extract/index.js';
import { docFromText } from './support/doc-from-text.js';

const REPORT = (hazardous: string, rate: string, tableRate = '0.48') =>
  [
    '白樺精工株式会社 ESGデータブック 2032',
    '',
    '対象期間：2031年度（2031年4月1日～2032年3月31日）',
    '',
    '廃棄物（単位：t）',
    '項目                          2029年度      2030年度      2031年度',
    '廃棄物発生量                     8,640         8,410         8,275',
    '　有害廃棄物                       702           688       ' + hazardous.padStart(7),
    '　非有害廃棄物                   7,938         7,722         7,621',
    '最終処分量                         215           198           184',
    '',
    'GHG排出量',
    '項目                          単位        2029年度      2030年度      2031年度',
    'スコープ1                     t-CO2         15,820        15,310        14,905',
    'スコープ2（マーケット基準）   t-CO2         22,460        21,730        20,880',
    'スコープ2（ロケーション基準）  t-CO2        23,190        22,950        22,410',
    '',
    '人材・安全',
    '項目                          単位        2029年度      2030年度      2031年度',
    '従業員数（男性）              人             3,104         3,122         3,151',
    '従業員数（女性）              人               986         1,015         1,048',
    '離職率                        %                2.9           2.7           2.5',
    '平均研修時間                  時間            12.4          13.1          13.8',
    '延べ労働時間                  千時間         8,120         8,230         8,305',
    '休業災害件数                  件                 6             5             4',
    '労働災害度数率                ―               0.74          0.61          ' + tableRate,
    '',
    `2031年度の労働災害度数率は${rate}でした。スコープ1排出量は14,905 t-CO2となりました。`,
    '',
  ].join('\n');

function facts(text: string) {
  return extractDocument(docFromText(text)).facts.map((f) => f.fact);
}

const findings = (hazardous: string, rate: string) =>
  checkFacts({ facts: facts(REPORT(hazardous, rate)) }).findings;

describe('a Japanese data book', () => {
  it('reads its rows by their Japanese names, with their Scope 2 method, gender and units', () => {
    const rows = facts(REPORT('654', '0.48'))
      .filter((f) => f.period.year === 2032 && f.provenance.kind === 'document')
      .map((f) => [f.metric, f.quantity.value.toString(), f.quantity.unit.symbol, JSON.stringify(f.dims)]);
    expect(rows).toContainEqual(['waste.total', '8275', 't', '{}']);
    expect(rows).toContainEqual(['waste.hazardous', '654', 't', '{}']);
    expect(rows).toContainEqual(['waste.non_hazardous', '7621', 't', '{}']);
    expect(rows).toContainEqual(['waste.disposed', '184', 't', '{}']);
    expect(rows).toContainEqual(['ghg.scope1', '14905', 'tCO2e', '{}']);
    expect(rows).toContainEqual(['ghg.scope2', '20880', 'tCO2e', '{"scope2_method":"market"}']);
    expect(rows).toContainEqual(['ghg.scope2', '22410', 'tCO2e', '{"scope2_method":"location"}']);
    expect(rows).toContainEqual(['workforce.total', '1048', 'persons', '{"gender":"female"}']);
    expect(rows).toContainEqual(['turnover.rate', '2.5', '%', '{}']);
    expect(rows).toContainEqual(['training.hours_average', '13.8', 'hours', '{}']);
    expect(rows).toContainEqual(['safety.hours_worked', '8305000', 'hours', '{}']);
    expect(rows).toContainEqual(['safety.lost_time_injuries', '4', 'count', '{}']);
    expect(rows).toContainEqual(['safety.lost_time_injury_rate', '0.48', '', '{}']);
  });

  it('finds hazardous and non-hazardous waste that do not add up to the waste generated', () => {
    // 654 + 7,621 = 8,275; 645 + 7,621 = 8,266.
    expect(findings('654', '0.48').filter((f) => f.rule === 'sum.components')).toEqual([]);
    const sums = findings('645', '0.48').filter((f) => f.rule === 'sum.components');
    expect(sums.map((f) => [f.severity, f.actual, f.expected])).toEqual([['error', '8275', '8266']]);
  });

  it('finds a 度数率 a sentence states otherwise than the table', () => {
    const onProse = (rate: string) =>
      findings('654', rate).filter(
        (f) => f.severity !== 'info' && f.source.some((s) => 'line' in s && s.line === 28),
      );
    expect(onProse('0.48')).toEqual([]);
    expect(onProse('0.46').map((f) => f.rule)).toEqual(['duplicate.value']);
  });
});
