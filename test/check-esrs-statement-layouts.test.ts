// Extraction and check together on synthetic tables in the layouts of an ESRS sustainability statement
// printed as space-aligned text (Nordic style): figures grouped by spaces, a paragraph reference after
// each row's figures, a GWh | TJ header over the years, base-year, change and target columns stacked
// over two header lines, and a measure's unit printed under its name beside the year.
import { describe, expect, it } from 'vitest';
import { checkFacts } from '../src/check/index.js';
import { extractDocument } from '../src/extract/index.js';
import { docFromText } from './support/doc-from-text.js';

function facts(text: string) {
  return extractDocument(docFromText(text)).facts.map((f) => f.fact);
}

function findings(text: string) {
  return checkFacts({ facts: facts(text) })
    .findings.filter((f) => f.severity !== 'info')
    .map((f) => [f.rule, f.severity, f.source.map((s) => s.line ?? 0).sort((a, b) => a - b)]);
}

/** The figures read from one line as printed: value, unit, year and basis. */
function row(text: string, line: number) {
  return facts(text).flatMap((f) => {
    const p = f.provenance;
    if (p.kind !== 'document' || p.location.line !== line) return [];
    return [[p.reported.value, p.reported.unit, f.period.year, f.basis]];
  });
}

const energy = (total: string) =>
  [
    'Norrvik Cartonboard Oyj — sustainability statement 2025',
    '',
    'Energy mix (E1-5 §37)',
    '',
    '                                                     GWh                    TJ',
    '                                              2025      2024        2025       2024',
    '------------------------------------------------------------------------------------------',
    'Natural gas                                  310.5     298.2     1 117.8    1 073.5   §37(a)(iii)',
    'Fuel oil                                      42.0      45.5       151.2      163.8   §37(a)(ii)',
    'Total fossil energy consumption              352.5     343.7     1 269.0    1 237.3   §37(a)',
    'Consumption from nuclear sources              61.2      58.4       220.3      210.2   §37(b)',
    'Fuels from renewable sources               1 204.6   1 150.3     4 336.6    4 141.1   §37(c)(i)',
    '  of which wood chips                        800.4     770.1     2 881.4    2 772.4',
    '  of which tall oil pitch                    404.2     380.2     1 455.1    1 368.7',
    'Purchased renewable electricity               95.1      90.0       342.4      324.0   §37(c)(ii)',
    'Total renewable energy consumption         1 299.7   1 240.3     4 678.9    4 465.1   §37(c)',
    'Share of renewable sources, %                 75.9      75.5',
    '------------------------------------------------------------------------------------------',
    `Total energy consumption                   ${total}   1 642.4     6 168.2    5 912.6   §37`,
  ].join('\n');

describe('an ESRS E1-5 energy table with paragraph references', () => {
  it('reads the figures before the paragraph reference, and a share named ", %" in per cent', () => {
    expect(row(energy('1 713.4'), 19)).toEqual([
      ['1713.4', 'GWh', 2025, 'actual'],
      ['1642.4', 'GWh', 2024, 'actual'],
      ['6168.2', 'TJ', 2025, 'actual'],
      ['5912.6', 'TJ', 2024, 'actual'],
    ]);
    expect(row(energy('1 713.4'), 17).map((r) => r[1])).toEqual(['%', '%']);
  });

  it('finds a total that fossil, nuclear and renewable miss, passing over the "of which" rows', () => {
    expect(findings(energy('1 713.4')).filter((f) => f[1] === 'error')).toEqual([]);
    expect(findings(energy('1 731.4'))).toContainEqual(['sum.table-rows', 'error', [10, 11, 16, 19]]);
  });
});

const ghg = (stated: string) =>
  [
    'Norrvik Cartonboard Oyj — sustainability statement 2025',
    '',
    'GHG emissions (E1-6 §44)',
    '',
    '                                        Base year                        % 2025     Target   % 2030 /',
    'tCO2e                                        2020       2024      2025    / 2024       2030  base year',
    '-------------------------------------------------------------------------------------------------------',
    'Scope 1 GHG emissions',
    '  Gross Scope 1 GHG emissions             88 410     61 250    55 125     -10.0     35 370      -60.0',
    '  Percentage from regulated ETS (%)          71.2       80.4      82.6',
    '  Gross location-based Scope 2            20 400     14 800    13 320     -10.0',
    '',
    `In 2025 gross Scope 1 emissions fell by ${stated} % from 2024 to 55 125 tCO2e as the lime kiln switched to biogas.`,
  ].join('\n');

describe('a GHG table with base-year, change and target columns over two header lines', () => {
  it('dates each figure by the column stacked over it, and leaves the change columns out', () => {
    expect(row(ghg('10.0'), 9)).toEqual([
      ['88410', 'tCO2e', 2020, 'actual'],
      ['61250', 'tCO2e', 2024, 'actual'],
      ['55125', 'tCO2e', 2025, 'actual'],
      ['35370', 'tCO2e', 2030, 'target'],
    ]);
    // Rows that leave the change and target columns blank keep their years.
    expect(row(ghg('10.0'), 10).map((r) => r[2])).toEqual([2020, 2024, 2025]);
    expect(row(ghg('10.0'), 11).map((r) => r[2])).toEqual([2020, 2024, 2025]);
  });

  it('finds a stated change the table does not give', () => {
    expect(findings(ghg('10.0')).filter((f) => f[0] === 'change.stated')).toEqual([]);
    expect(findings(ghg('14.0')).map((f) => f[0])).toContain('change.stated');
  });
});

const fuels = (chips: string) =>
  [
    'Norrvik Cartonboard Oyj — sustainability statement 2025',
    '',
    'Combustion emissions by fuel',
    '',
    '                                         Fuel use      Factor        tCO2        tCO2',
    '                                          TJ 2025     tCO2/TJ        2025        2024',
    '--------------------------------------------------------------------------------------',
    'Natural gas                                  640.0       56.1      35 904      38 120',
    `Wood chips (biogenic)                      2 150.0      110.0   ${chips}     231 400`,
  ].join('\n');

describe('a fuel table whose units sit under the measures beside the year', () => {
  it('reads the fuel use in TJ, the factor and each year of emissions', () => {
    expect(row(fuels('236 500'), 8)).toEqual([
      ['640.0', 'TJ', 2025, 'actual'],
      ['56.1', 'tCO2/TJ', 2025, 'actual'],
      ['35904', 'tCO2', 2025, 'actual'],
      ['38120', 'tCO2', 2024, 'actual'],
    ]);
  });

  it('finds emissions that are not the fuel use times the factor on the row', () => {
    expect(findings(fuels('236 500'))).toEqual([]);
    expect(
      findings(fuels('263 500')).filter((f) => f[0] === 'factor.row' || f[0] === 'factor.stated'),
    ).toEqual([[expect.any(String), expect.any(String), [9]]]);
  });
});

describe('a change column headed "% 2025/2024"', () => {
  it('is no figure of a year, so a row that leaves it blank keeps its years', () => {
    const text = [
      'Norrvik Cartonboard Oyj — sustainability statement 2025',
      '',
      'GHG intensity',
      '',
      '                                                  2024        2025   % 2025/2024',
      '------------------------------------------------------------------------------',
      'Scope 1 per tonne of board (kg CO2e/t)            48.2        43.9          -8.9',
      'Board production (t)                           412 300     436 800',
    ].join('\n');
    expect(row(text, 7).map((r) => [r[0], r[2]])).toEqual([
      ['48.2', 2024],
      ['43.9', 2025],
    ]);
    expect(row(text, 8).map((r) => [r[0], r[2]])).toEqual([
      ['412300', 2024],
      ['436800', 2025],
    ]);
  });
});

describe('a targets table with base-year, base-value, target and target-value columns', () => {
  it('reads the target value as a target in the unit after the label comma, and no year as a figure', () => {
    const text = [
      'Norrvik Cartonboard Oyj — sustainability statement 2025',
      '',
      'Target                               Base year  Base value      Target  Target value',
      '-----------------------------------------------------------------------------------',
      'Scope 1 and 2 (market-based), tCO2e       2020      98 400        2030        39 360',
    ].join('\n');
    expect(row(text, 5)).toEqual([['39360', 'tCO2e', 2030, 'target']]);
  });
});
