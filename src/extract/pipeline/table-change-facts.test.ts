import { describe, expect, it } from 'vitest';
import { docFromText } from '../../../test/support/doc-from-text.js';
import { extractDocument } from './extract-document.js';
import { STATED_CHANGE } from './stated-change-facts.js';

const REPORT = [
  'Northwind Dyeworks plc',
  'This report covers the period from 1 January 2023 to 31 December 2023.',
  'Metric                     Unit          2023          2022     Change vs prior year (%)',
  'Direct emissions (Scope 1) tCO2e      4 120.0       4 680.0          (12.0)',
  'Water consumption          m3          88 400        80 000            10.5',
  'Sulphur dioxide emitted    t             12.6          14.0             -10.0',
  '',
  'Indicator\tUnit\t2023\t2022',
  'Hazardous waste\tt\t310\t290',
].join('\n');

function changes(text: string) {
  return extractDocument(docFromText(text))
    .facts.filter((f) => f.fact.metric === STATED_CHANGE)
    .map((f) => [
      f.fact.provenance.kind === 'document' ? f.fact.provenance.location.line : 0,
      f.fact.quantity.value.toString(),
      f.fact.period.year,
      f.fact.dims.of,
    ]);
}

describe('a table change column', () => {
  it('gives signed change facts of its row metric, parentheses and minus read as decreases', () => {
    const found = changes(REPORT);
    expect(found).toContainEqual([4, '-12', 2023, 'ghg.scope1']);
    expect(found).toContainEqual([5, '10.5', 2023, 'water.consumption']);
    // A table with no change column gives none.
    expect(found.map((c) => c[0])).not.toContain(9);
  });

  it('reads the change of a table printed one space apart', () => {
    const text = [
      'Larkfield Mills Ltd',
      'This report covers the period from 1 January 2026 to 31 December 2026.',
      'Metric Unit 2026 2025 % change',
      'Water consumption m3 61,420 58,300 +5.4',
      'Direct emissions (Scope 1) tCO2e 2,418.6 2,702.1 -10.5',
    ].join('\n');
    expect(changes(text)).toEqual([
      [4, '5.4', 2026, 'water.consumption'],
      [5, '-10.5', 2026, 'ghg.scope1'],
    ]);
  });

  it('gives nothing when the header names no change column', () => {
    expect(changes(REPORT.replace('Change vs prior year (%)', 'Notes'))).toEqual([]);
  });

  it('reads a delta column in the decimal-comma convention, en dash as minus, points of a share as none', () => {
    const report = [
      'Talvik Kran Oy',
      'This report covers the period from 1 January 2024 to 31 December 2024.',
      '',
      'Indicator                  Unit          2024          2023       Δ in %',
      'Direct emissions (Scope 1) t CO2e     12.418,6      13.002,4         –4,5',
      'Water consumption          m³           73.410        70.120         +4,7',
      'Share of renewable power   %            61,2 %        55,8 %      +5,4 pp',
    ].join('\n');
    const found = changes(report);
    expect(found).toContainEqual([5, '-4.5', 2024, 'ghg.scope1']);
    expect(found).toContainEqual([6, '4.7', 2024, 'water.consumption']);
    expect(found.map((c) => c[0])).not.toContain(7);
    // The delta column is no figure of the row's own metric.
    const scope1 = extractDocument(docFromText(report)).facts.filter((f) => f.fact.metric === 'ghg.scope1');
    expect(scope1.map((f) => f.fact.quantity.value.toString()).sort()).toEqual(['12418.6', '13002.4']);
  });

  it('compares the two latest of three year columns under a "Var. %" heading', () => {
    const report = [
      'Serra Azul Logística S.A.',
      'This report covers the period from 1 January 2030 to 31 December 2030.',
      '',
      '                         Unit        2028        2029        2030    Var. %',
      'Total water withdrawal   m³      84.120,5    86.410,2    82.930,8      -4,0',
      'Sulphur dioxide emitted  t            61,2        62,8        63,4       1,0',
    ].join('\n');
    const found = changes(report);
    expect(found).toContainEqual([5, '-4', 2030, 'water.withdrawal']);
    expect(found.map((c) => c[0])).toContain(6);
  });

  it('reads a decrease printed with its per-cent sign inside the parentheses', () => {
    const report = [
      'Kestrel Resins Ltd',
      'This report covers the period from 1 January 2032 to 31 December 2032.',
      '',
      'Indicator                  Unit          2032          2031     % change',
      'Direct emissions (Scope 1) tCO2e        18,450        20,010      (7.8%)',
      'Water consumption          m3          212,600       204,900        3.8%',
    ].join('\n');
    const found = changes(report);
    expect(found).toContainEqual([5, '-7.8', 2032, 'ghg.scope1']);
    expect(found).toContainEqual([6, '3.8', 2032, 'water.consumption']);
  });

  it('reads a column giving one year as a percentage of the other as the change', () => {
    const report = [
      'Suoi Tien Glassworks JSC',
      'This report covers the period from 1 January 2031 to 31 December 2031.',
      '',
      'Indicator                  Unit          2030          2031    2031/2030 (%)',
      'Direct emissions (Scope 1) tCO2         41,200        38,730           94.0',
      'Water consumption          m3          120,400       131,236          109.0',
    ].join('\n');
    const found = changes(report);
    expect(found).toContainEqual([5, '-6', 2031, 'ghg.scope1']);
    expect(found).toContainEqual([6, '9', 2031, 'water.consumption']);
  });
});

describe('a change column after a base year', () => {
  const TABLE = [
    'Fjordlys Shipping AS',
    'This report covers the period from 1 January 2024 to 31 December 2024.',
    '',
    'Fuel and emissions                   2024        2023        2022 2018 (base)    % change',
    '----------------------------------------------------------------------------------------',
    'Marine diesel (tonnes)             41,200      43,900      45,100      52,000      -20.8%',
    'Scope 1 (t CO2e)                  132,100     140,760     144,610     166,740      -20.8%',
    'Battery share of energy (%)           6.2         4.9         3.7         0.8',
    '----------------------------------------------------------------------------------------',
  ].join('\n');

  it('compares with the base year, and a row without a change keeps its figures in the year columns', () => {
    const facts = extractDocument(docFromText(TABLE)).facts.map((f) => f.fact);
    const change = facts.find((f) => f.metric === STATED_CHANGE && f.dims.of === 'ghg.scope1');
    expect([change?.quantity.value.toString(), change?.dims.since]).toEqual(['-20.8', '2018']);
    const shares = facts
      .filter((f) => f.provenance.kind === 'document' && f.provenance.location.line === 8)
      .map((f) => [f.quantity.value.toString(), f.period.year]);
    expect(shares).toEqual([
      ['6.2', 2024],
      ['4.9', 2023],
      ['3.7', 2022],
      ['0.8', 2018],
    ]);
  });
});

describe('a change column under fiscal-year headings', () => {
  it('reads the change of years headed "FY2026", bracketed decreases and a note-letter column among them', () => {
    const report = [
      'Kalahari Tiles Limited',
      'For the financial year ended 30 June 2026',
      '',
      'Table 3: Water (kL)',
      '                                   Note      FY2026      FY2025      FY2024    % change',
      '  Municipal water                             81,200      84,500      80,100       (3.9)',
      '  Borehole water                   a          20,400      18,000      17,600        13.3',
    ].join('\n');
    const found = changes(report);
    expect(found).toContainEqual([6, '-3.9', 2026, 'water.withdrawal']);
    expect(found.map((c) => c.slice(0, 3))).toContainEqual([7, '13.3', 2026]);
  });
});

describe('a change column of differences', () => {
  it('gives no percentage change when the column prints the difference in the row unit', () => {
    const report = [
      'Kalahari Tiles Limited',
      'For the financial year ended 30 June 2026',
      '',
      'Item (P million)                 FY2024        FY2025        FY2026        Change',
      'Environmental spending              140           152           171           +19',
    ].join('\n');
    expect(changes(report)).toEqual([]);
  });

  it("compares a target table's actual columns, not the target's", () => {
    const report = [
      'Northwind Dyeworks plc',
      'This report covers the period from 1 January 2025 to 31 December 2025.',
      '',
      'Target                           Base 2022     Status 2025     Target 2030    Change (%)',
      'Scope 1 and 2 emissions (tCO2e)      8 000.0         7 600.0         4 000.0          -5.0',
    ].join('\n');
    const found = changes(report).map((c) => [c[1], c[2]]);
    expect(found).toEqual([['-5', 2025]]);
  });
});
