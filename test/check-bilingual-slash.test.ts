// Extraction and check together on a report that prints each label in its home language, a slash, then
// in English ("Çalışma saati / Hours worked"), units the same way ("saat / hours") and the percent sign
// before the figure ("%4,1"), as Turkish reports do. Company, wording and figures are invented.
import { describe, expect, it } from 'vitest';
import { checkFacts } from '../src/check/index.js';
import { extractDocument } from '../src/extract/index.js';
import { docFromText } from './support/doc-from-text.js';

const HEAD = [
  'Ege Seramik Sanayi A.Ş.',
  'Bu rapor 1 Ocak - 31 Aralık 2025 dönemini kapsar / This report covers 2025.',
  '',
];

function extract(text: string) {
  return extractDocument(docFromText(text)).facts.map((f) => f.fact);
}

function findings(text: string) {
  const facts = extract(text);
  return checkFacts({ facts }).findings;
}

const lineOf = (f: ReturnType<typeof extract>[number]) =>
  f.provenance.kind === 'document' ? f.provenance.location.line : 0;

const HIGHLIGHTS = [
  ...HEAD,
  'ÖNE ÇIKANLAR / HIGHLIGHTS',
  '',
  '  • Enerji kullanımı / Total energy: 812.450 GJ, of which 12.300 GJ from biomass boilers at both plants',
  '  • Su tüketimi / Water consumption fell %4,1 to 52.300 m³ after the new recycling loop',
  '  • Kadınlar / Women made up %27,5 of our 1.240 employees at the year end',
  '',
  'Tablo 3  Su / Water                                              (Birim / Unit: m³)',
  '',
  'Gösterge / Indicator                                     2023            2024            2025',
  'Toplam su tüketimi / Total water consumption           55.900          54.100          52.300',
  'Su yoğunluğu / Water intensity (m³/t)                    0,92            0,88            0,85',
  '',
].join('\n');

describe('a bilingual highlights list with the percent sign first', () => {
  it('reads each bullet as its own sentence, named by the words before its colon', () => {
    const facts = extract(HIGHLIGHTS);
    const energy = facts.find((f) => lineOf(f) === 6 && f.metric === 'energy.total');
    expect(energy?.quantity.unit.symbol).toBe('MWh');
    // 812,450 GJ ÷ 3.6 GJ/MWh.
    expect(energy?.quantity.value.toFixed(1)).toBe('225680.6');
    const share = facts.find((f) => lineOf(f) === 8 && f.metric === 'workforce.share');
    expect([share?.quantity.value.toString(), share?.dims.gender]).toEqual(['27.5', 'female']);
  });

  it('takes "fell %4,1 to" for a 4.1% decrease and the caption\'s "Birim / Unit: m³" for the unit', () => {
    const facts = extract(HIGHLIGHTS);
    const change = facts.find((f) => lineOf(f) === 7 && f.metric === 'change');
    expect([change?.quantity.value.toString(), change?.dims.of, change?.dims.direction]).toEqual([
      '4.1',
      'water.consumption',
      'decrease',
    ]);
    const row = facts.filter((f) => lineOf(f) === 13).map((f) => f.quantity.unit.symbol);
    expect(row).toEqual(['m3', 'm3', 'm3']);
    expect(facts.filter((f) => lineOf(f) === 13).map((f) => f.quantity.value.toString())).toEqual([
      '55900',
      '54100',
      '52300',
    ]);
  });

  it('finds the stated change that the table does not bear out', () => {
    // 52,300 / 54,100 − 1 = −3.3%, not −4.1%.
    const found = findings(HIGHLIGHTS).map((f) => f.rule);
    expect(found).toContain('change.stated');
    const right = HIGHLIGHTS.replace('%4,1', '%3,3');
    expect(findings(right).map((f) => f.rule)).not.toContain('change.stated');
  });
});

const SAFETY = (rate: string) =>
  [
    ...HEAD,
    'Kayıp zamanlı kaza sıklık oranı = kaza sayısı x 1.000.000 / çalışma saati.',
    '',
    'Gösterge / Indicator                              Birim / Unit    2023          2024          2025',
    'Çalışanlar / Employees',
    '  Çalışma saati / Hours worked                    saat / hours    2.410.800     2.502.600     2.588.000',
    '  Kayıp zamanlı kaza / Lost-time injuries         adet / no.      9             8             6',
    `  LTIFR                                           /1.000.000 h    3,73          3,20          ${rate}`,
    'Taşeronlar / Contractors',
    '  Çalışma saati / Hours worked                    saat / hours    640.200       655.000       702.400',
    '  Kayıp zamanlı kaza / Lost-time injuries         adet / no.      3             2             2',
    '',
  ].join('\n');

describe('a safety table with bilingual units and worker groups', () => {
  it('reads "saat / hours" as hours and the bilingual group rows as employees and contractors', () => {
    const facts = extract(SAFETY('2,32'));
    const rows = facts.filter(
      (f) => f.metric.startsWith('safety.lost_time_injuries') && f.period.year === 2025,
    );
    // The unit cell is no part of the label.
    expect(
      rows.map((f) => [f.quantity.value.toString(), /injuries$/.test(f.label ?? ''), f.dims.employment_type]),
    ).toEqual([
      ['6', true, 'employee'],
      ['2', true, 'contractor'],
    ]);
    const hours = facts.filter((f) => f.metric === 'safety.hours_worked' && f.period.year === 2025);
    expect(hours.map((f) => [f.quantity.value.toString(), f.quantity.unit.symbol])).toEqual([
      ['2588000', 'hours'],
      ['702400', 'hours'],
    ]);
  });

  it("checks the employees' rate against their injuries and hours", () => {
    // 6 × 1,000,000 / 2,588,000 = 2.32; 2.82 is not.
    expect(findings(SAFETY('2,32')).map((f) => f.rule)).not.toContain('rate.injury');
    expect(findings(SAFETY('2,82')).map((f) => f.rule)).toContain('rate.injury');
  });
});

const GRID = (scope2: string) =>
  [
    ...HEAD,
    'Scope 2 is location-based and uses the grid emission factor published each year by the energy ministry:',
    '0,512 tCO2e/MWh for 2024 and 0,497 tCO2e/MWh for 2025.',
    '',
    'Indicator                                   Unit              2024          2025',
    'Purchased grid electricity                  MWh             41.200        43.600',
    'Scope 2 (location-based)                    tCO2e         21.094,4      ' + scope2,
    '',
  ].join('\n');

describe('a factor printed on the line after a colon', () => {
  it('is read with the words that name it the grid factor, so Scope 2 is checked against it', () => {
    // 43,600 × 0.497 = 21,669.2.
    expect(findings(GRID('21.669,2')).map((f) => f.rule)).not.toContain('factor.grid-stated');
    expect(findings(GRID('22.323,2')).map((f) => f.rule)).toContain('factor.grid-stated');
  });
});
