// Extraction and check together on a gas printed by mass and by CO2 equivalent (factor.gwp): the tCO2e
// row is the mass times the GWP the report states, or with none stated an IPCC value of the gas.
import { describe, expect, it } from 'vitest';
import { checkFacts } from '../src/check/index.js';
import { extractDocument } from '../src/extract/index.js';
import { docFromText } from './support/doc-from-text.js';

function gwpFindings(text: string) {
  const facts = extractDocument(docFromText(text)).facts.map((f) => f.fact);
  return checkFacts({ facts })
    .findings.filter((f) => f.rule === 'factor.gwp' || f.rule === 'factor.stated')
    .map((f) => [f.rule, f.severity, f.source.map((s) => ('line' in s ? s.line : 0)), f.expected, f.actual]);
}

const landfill = (methane2025: string, note: string) =>
  [
    'Kestrel Valley Waste Services plc',
    'This report covers the year ended 31 December 2025.',
    '',
    `Methodology. Diesel 2.70 kg CO2e per litre. ${note}`,
    '',
    'Table 3  Greenhouse gas emissions          Unit            2025            2024',
    '-----------------------------------------------------------------------------------',
    'Diesel (collection fleet)                  tCO2e        4,310.5         4,122.8',
    `Methane (landfill cells)                   tCO2e      ${methane2025.padStart(9)}       3,220.0`,
    'Sulphur hexafluoride (switchgear)          tCO2e          323.8           273.6',
    'Total Scope 1                              tCO2e        8,210.3         7,616.4',
    '',
    'Table 4  Gases released                    Unit            2025            2024',
    '-----------------------------------------------------------------------------------',
    'Methane                                    t              120.0           115.0',
    'Sulphur hexafluoride                       kg              14.2            12.0',
    '',
  ].join('\n');

describe('a gas printed by mass and by tCO2e', () => {
  it('reports a year whose tCO2e uses another IPCC GWP than the one the report states', () => {
    // 120.0 t x 28 = 3,360.0 tCO2e; 3,576.0 is 120.0 t x 29.8 (AR6 fossil methane). 2024: 115.0 x 28.
    expect(gwpFindings(landfill('3,576.0', 'GWP of methane 28 (IPCC AR5).'))).toEqual([
      ['factor.gwp', 'error', [9, 15, 4], '3360', '3576'],
    ]);
  });

  it('is quiet when every year uses the stated GWP', () => {
    expect(gwpFindings(landfill('3,360.0', 'GWP of methane 28 (IPCC AR5).'))).toEqual([]);
  });

  it('with no GWP stated, accepts any IPCC value and reports a ratio far from all of them', () => {
    // SF6: 14.2 kg x 22,800 = 323.8 tCO2e (AR4); 2024: 12.0 kg x 22,800 = 273.6. Methane 2025: 3,576.0 is
    // 120.0 x 29.8 (AR6), 2024 115.0 x 28 (AR5): each an IPCC value, so no finding.
    expect(gwpFindings(landfill('3,576.0', ''))).toEqual([]);
    // 4,980.0 / 120.0 = 41.5 tCO2e per tonne: no GWP of methane; 2024's rows meet AR5's 28.
    expect(gwpFindings(landfill('4,980.0', ''))).toEqual([['factor.gwp', 'error', [9, 15], '3360', '4980']]);
  });

  it('leaves a refrigerant charge or stock alone: its tCO2e row counts only the leak', () => {
    const text = [
      'Ashgrove Cold Chain Logistics Ltd',
      'This report covers the year ended 31 December 2025.',
      '',
      'Refrigerant emissions use the IPCC AR4 GWP of R-410A 2,088.',
      '',
      'Table 5  Refrigerants                          Unit            2025            2024',
      '-----------------------------------------------------------------------------------',
      'Refrigerant R-410A leaked                      tCO2e          125.3            98.6',
      'R-410A charge held in chillers                 kg             2,400           2,400',
      'R-404A                                         kg             1,150           1,150',
      'R-404A top-up losses                           tCO2e          212.7           181.4',
    ].join('\n');
    // The R-410A mass is a charge; R-404A's 1,150 kg is a stock whose tCO2e per tonne (185, 158) meets
    // no GWP of the gas in either year, so nothing shows the rows pair.
    expect(gwpFindings(text)).toEqual([]);
  });

  it('reads Chinese gas names (氧化亚氮, 六氟化硫) in a table', () => {
    const text = [
      '青山医疗集团有限公司 2025年环境、社会及管治报告',
      '',
      '温室气体排放                     单位              2025年          2024年',
      '氧化亚氮（麻醉）                 吨二氧化碳当量    1,200.0          845.0',
      '六氟化硫（开关设备）             吨二氧化碳当量       91.2           68.4',
      '氧化亚氮                         吨                  3.20           3.10',
      '六氟化硫                         千克                 4.0            3.0',
    ].join('\n');
    // 1,200.0 / 3.20 = 375 tCO2e per tonne, no GWP of N2O; 2024's 845.0 / 3.10 meets AR6's 273.
    // SF6: 4.0 and 3.0 kg x 22,800 (AR4) = 91.2 and 68.4 tCO2e.
    expect(gwpFindings(text)).toEqual([['factor.gwp', 'error', [4, 6], '873.6', '1200']]);
  });
});
