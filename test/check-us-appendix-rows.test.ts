// A US 10-K and its data appendix: note letters "(d)" after row labels, DART cases and rates, an EEO-1
// job-category table whose "Sales Workers" row is staff, and a rounded headcount in the 10-K prose.
// Figures are invented.
import { describe, expect, it } from 'vitest';
import { checkFacts } from '../src/check/index.js';
import { extractDocument } from '../src/extract/index.js';
import { unitIn } from '../src/extract/table/row-unit.js';
import { docFromText } from './support/doc-from-text.js';

function facts(text: string) {
  return extractDocument(docFromText(text)).facts.map((f) => f.fact);
}

const GHG = [
  'Birchfield Valve Company — FY2025 ESG Data',
  '',
  'Emissions (MT CO2e)                              FY2025       FY2024',
  'Scope 1 (a)                                      21,406       22,118',
  'Scope 2, location-based (d)                      15,902       16,340',
  'Scope 2, market-based (e)                        12,774       13,061',
  '(a) Stationary and mobile combustion.',
  '(d) eGRID subregion factors.',
  '(e) Supplier-specific factors.',
  '',
].join('\n');

const SAFETY = (dart: string) =>
  [
    'Birchfield Valve Company — FY2025 ESG Data',
    '',
    'Safety                                           FY2025       FY2024',
    'Hours worked                                  2,314,800    2,206,400',
    'Recordable injuries                                  27           31',
    'DART cases                                           13           17',
    `DART rate                                          ${dart}         1.54`,
    '',
  ].join('\n');

const EEO = (approx: string) =>
  [
    'Birchfield Valve Company — Annual Report FY2025',
    '',
    `As of December 31, 2025, we had approximately ${approx} employees.`,
    '',
    'Workforce by EEO-1 job category, FY2025',
    'EEO-1 category                                    Men        Women        Total',
    'Professionals                                     214          131          345',
    'Sales Workers                                      58           43          101',
    'Operatives                                        796          240        1,036',
    'Total                                           1,068          414        1,482',
    '',
  ].join('\n');

describe('US data appendix rows', () => {
  it('reads a lone note letter in brackets after a label as a note mark, not a unit', () => {
    expect(unitIn('Scope 2, location-based (d)')).toBe('');
    expect(unitIn('Headcount (a)')).toBe('');
    expect(unitIn('Waste landfilled (t)')).toBe('t');
    const scope2 = facts(GHG).filter((f) => f.metric === 'ghg.scope2' && f.period.year === 2025);
    expect(scope2.map((f) => [f.dims.scope2_method, f.quantity.value.toString()])).toEqual([
      ['location', '15902'],
      ['market', '12774'],
    ]);
    // The first extraction loads the catalogues; under a loaded machine that takes a while.
  }, 120_000);

  it('checks the DART rate against its cases and the hours worked (per 200,000 hours)', () => {
    // 13 × 200,000 / 2,314,800 = 1.12.
    const found = facts(SAFETY('1.12')).filter((f) => f.period.year === 2025);
    expect(found.map((f) => f.metric)).toEqual(
      expect.arrayContaining(['safety.dart_cases', 'safety.dart_rate']),
    );
    expect(found.map((f) => f.metric)).not.toContain('workforce.total');
    const rated = (dart: string) =>
      checkFacts({ facts: facts(SAFETY(dart)) }).findings.filter((f) => f.rule === 'rate.injury');
    expect(rated('1.12')).toEqual([]);
    expect(rated('1.21').map((f) => f.expected)).toEqual(['1.12']);
  });

  it('reads the Total column of a "Sales Workers" row as staff, not revenue', () => {
    const sales = facts(EEO('1,482')).filter((f) => /Sales Workers/.test(f.label ?? ''));
    expect(sales.map((f) => f.metric)).toEqual(['workforce.total', 'workforce.total', 'workforce.total']);
  });

  it('finds a rounded headcount in prose whose digits are the table total in another order', () => {
    const dup = (approx: string) =>
      checkFacts({ facts: facts(EEO(approx)) }).findings.filter((f) => f.rule === 'duplicate.value');
    expect(dup('1,482')).toEqual([]);
    // "approximately 1,500" is a rounding, not a slip; "approximately 1,428" is 1,482 mistyped.
    expect(dup('1,500')).toEqual([]);
    expect(dup('1,428').map((f) => f.expected)).toEqual(['1482']);
  });
});
