import { describe, expect, it } from 'vitest';
import type { Fact } from '../../core/index.js';
import { printed } from '../testing/printed-fact.js';
import { averageRangeRule } from './average-range.js';
import { ruleContext } from './context.js';
import { duplicateValueRule } from './duplicate-value.js';
import type { MetricView, Rule } from './rule.js';
import { sumBreakdownRule } from './sum-breakdown.js';
import { sumComponentsRule } from './sum-components.js';
import { yearOnYearRule } from './year-on-year.js';

function run(rule: Rule, facts: readonly Fact[]) {
  return rule.run(ruleContext(facts, () => undefined));
}

function runWith(metric: (id: string) => MetricView | undefined, rule: Rule, facts: readonly Fact[]) {
  return rule.run(ruleContext(facts, metric));
}

const employees = (value: string, line: number, dims: Record<string, string> = {}, year = 2023) =>
  printed({ metric: 'workforce.employees', value, unit: 'persons', year, line, dims });

describe('sum.breakdown', () => {
  it('accepts a consistent headcount table (000: 325 + 132 = 457; 179 + 230 + 48; five regions)', () => {
    const facts = [
      employees('457', 270),
      employees('325', 273, { gender: 'male' }),
      employees('132', 274, { gender: 'female' }),
      employees('179', 275, { age: '<30' }),
      employees('230', 276, { age: '30-40' }),
      employees('48', 277, { age: '>40' }),
      employees('157', 278, { region: 'Beijing' }),
      employees('99', 279, { region: 'Shanghai' }),
      employees('100', 280, { region: 'Chongqing' }),
      employees('27', 281, { region: 'Qingdao' }),
      employees('74', 282, { region: 'Other cities' }),
    ];
    expect(run(sumBreakdownRule, facts)).toEqual([]);
  });

  it('reports a gender split that does not add up, with lines and expected vs actual', () => {
    const facts = [
      employees('10724', 1855),
      employees('7361', 1856, { gender: 'male' }),
      employees('3336', 1857, { gender: 'female' }),
    ];
    const [f, ...rest] = run(sumBreakdownRule, facts);
    expect(rest).toEqual([]);
    expect(f?.severity).toBe('error');
    expect(f?.expected).toBe('10697');
    expect(f?.actual).toBe('10724');
    expect(f?.source).toEqual([{ line: 1855 }, { line: 1856 }, { line: 1857 }]);
    expect(f?.message).toMatch(/gender adds up to 10,697/);
  });

  it('tolerates rounding: parts printed to one decimal may miss the total by their half-units', () => {
    const energy = (value: string, line: number, dims: Record<string, string> = {}) =>
      printed({ metric: 'energy.direct', value, unit: 'MWh', year: 2022, line, dims });
    // 35.3 + 765.8 + 30.1 = 831.2 exactly; 35.3 + 765.8 + 30.2 = 831.3 is within 4 × 0.05.
    expect(
      run(sumBreakdownRule, [
        energy('831.2', 1669),
        energy('35.3', 1670, { fuel: 'gasoline' }),
        energy('765.8', 1671, { fuel: 'natural gas' }),
        energy('30.2', 1672, { fuel: 'diesel' }),
      ]),
    ).toEqual([]);
    expect(
      run(sumBreakdownRule, [
        energy('831.2', 1669),
        energy('35.3', 1670, { fuel: 'gasoline' }),
        energy('765.8', 1671, { fuel: 'natural gas' }),
        energy('30.5', 1672, { fuel: 'diesel' }),
      ]),
    ).toHaveLength(1);
  });

  it('only warns when an age split falls short (a lost row looks like an unlisted band)', () => {
    const facts = [
      employees('5098', 1300),
      employees('1945', 1303, { age: '<30' }),
      employees('3127', 1304, { age: '30-50' }),
    ];
    expect(run(sumBreakdownRule, facts).map((f) => f.severity)).toEqual(['warning']);
  });

  it('only warns when a region split falls short without a catch-all category', () => {
    const facts = [
      employees('10724', 1855),
      employees('10600', 1866, { region: 'Chinese mainland' }),
      employees('53', 1867, { region: 'Overseas' }),
    ];
    expect(run(sumBreakdownRule, facts).map((f) => f.severity)).toEqual(['warning']);
  });

  it('errors when parts exceed the total whatever the breakdown, and ignores Scope 2 methods', () => {
    const parts = [
      employees('500', 10),
      employees('400', 11, { site: 'A' }),
      employees('300', 12, { site: 'B' }),
    ];
    expect(run(sumBreakdownRule, parts).map((f) => f.severity)).toEqual(['error']);
    const scope2 = (value: string, method: string) =>
      printed({
        metric: 'ghg.scope2',
        value,
        unit: 'tCO2e',
        year: 2022,
        line: 5,
        dims: { scope2_method: method },
      });
    expect(
      run(sumBreakdownRule, [
        printed({ metric: 'ghg.scope2', value: '100', unit: 'tCO2e', year: 2022, line: 4 }),
        scope2('100', 'location'),
        scope2('80', 'market'),
      ]),
    ).toEqual([]);
  });
});

describe('sum.components', () => {
  const ghg = (metric: string, value: string, line: number, label: string) =>
    printed({ metric, value, unit: 'tCO2e', year: 2022, line, label });
  it('errs when Scope 1 + Scope 2 miss the total, but not on a total that includes an unprinted Scope 3', () => {
    const parts = [
      ghg('ghg.scope1', '169.6', 1678, 'Direct GHG emissions (Scope 1)'),
      ghg('ghg.scope2', '30404.0', 1680, 'Indirect GHG emissions (Scope 2)'),
    ];
    const wrong = run(sumComponentsRule, [
      ghg('ghg.total', '30673.6', 1677, 'Total GHG emissions (Scope 1 and Scope 2)'),
      ...parts,
    ]);
    expect(wrong.map((f) => [f.severity, f.expected, f.actual])).toEqual([['error', '30573.6', '30673.6']]);
    expect(
      run(sumComponentsRule, [
        ghg('ghg.total', '30573.6', 1677, 'Total GHG emissions (Scope 1 and Scope 2)'),
        ...parts,
      ]),
    ).toEqual([]);
    expect(
      run(sumComponentsRule, [
        ghg('ghg.total', '41000.0', 1677, 'Total GHG emissions (Scope 1, 2 and 3)'),
        ...parts,
      ]),
    ).toEqual([]);
  });
});

describe('a total printed in a table and, with another value, in a sentence', () => {
  it('checks the breakdown against the table’s total (the sentence is more likely about a part)', () => {
    const text = printed({
      metric: 'workforce.employees',
      value: '2914',
      unit: 'persons',
      year: 2024,
      line: 61,
      extraction: 'text',
      quote: '2,914 employees in occupational-hazard positions had health checks',
    });
    const found = run(sumBreakdownRule, [
      employees('5210', 120, {}, 2024),
      employees('3377', 121, { gender: 'male' }, 2024),
      employees('1807', 122, { gender: 'female' }, 2024),
      text,
    ]);
    expect(found.map((f) => [f.rule, f.expected, f.actual])).toEqual([['sum.breakdown', '5184', '5210']]);
  });
});

describe('sum.components over a table with a row no part names', () => {
  const waste = (metric: string, value: string, line: number, label: string) =>
    printed({ metric, value, unit: 't', year: 2025, line, label });
  const landfill = waste('waste.non_hazardous', '512.6', 40, 'General waste to landfill');
  const diverted = waste('waste.diverted', '131.5', 41, 'Waste diverted from disposal (recycled)');
  const hazardous = waste('waste.hazardous', '7.3', 42, 'Hazardous waste');

  it('finds nothing when the rows printed between the parts make up the total (512.6 + 131.5 + 7.3 = 651.4)', () => {
    const total = waste('waste.total', '651.4', 43, 'Total waste generated');
    expect(run(sumComponentsRule, [landfill, diverted, hazardous, total])).toEqual([]);
  });

  it('still errs when the table’s rows do not add up either', () => {
    const total = waste('waste.total', '671.4', 43, 'Total waste generated');
    const found = run(sumComponentsRule, [landfill, diverted, hazardous, total]);
    expect(found.map((f) => [f.severity, f.expected, f.actual])).toEqual([['error', '519.9', '671.4']]);
  });
});

describe('duplicate.value', () => {
  const green = (value: string, line: number, quote: string, scale = '1') =>
    printed({
      metric: 'materials.green_aluminium',
      value,
      unit: 't',
      year: 2023,
      line,
      quote,
      scale,
      extraction: 'text',
    });

  it('finds 001 green-power aluminium: 426,700 t (L411) vs 425,200 t (L595) and 425.2 thousand t (L598)', () => {
    const findings = run(duplicateValueRule, [
      green('426700', 411, 'with **426,700 tons** of greenpower aluminum purchased'),
      green('425200', 595, 'This year, the Company purchased 425,200 tons of green-power aluminum.'),
      green('425.2', 598, 'purchased **425.2** thousand tons of green-power aluminum', '1000'),
    ]);
    expect(findings.map((f) => [f.severity, f.expected, f.actual])).toEqual([['error', '426700', '425200']]);
    expect(findings[0]?.source).toEqual([{ line: 411 }, { line: 595 }]);
  });

  it('leaves out a sentence amount its words make a share of the named figure ("50% of income tax")', () => {
    // An unlisted metric: only the words tie the printings together.
    const tax = (value: string, line: number, extraction: 'table' | 'text', label: string) =>
      printed({
        metric: 'unlisted.tax_paid',
        value,
        unit: 'USD',
        scale: '1000',
        year: 2031,
        line,
        extraction,
        label,
        quote: `The provinces' levy ${label}.`,
      });
    const levy = (label: string, row = 'Corporate income tax') => [
      tax('61240', 40, 'table', row),
      tax('30620', 52, 'text', label),
    ];
    expect(
      run(duplicateValueRule, levy('(50% of corporate income tax) comes to US$ 30,620 thousand')),
    ).toEqual([]);
    expect(
      run(
        duplicateValueRule,
        levy('(50% del impuesto a la renta) suma US$ 30,620 miles', 'Impuesto a la renta'),
      ),
    ).toEqual([]);
    // Without the share the sentence restates the row, and the two cannot both be right.
    expect(
      run(duplicateValueRule, levy('corporate income tax comes to US$ 30,620 thousand')).map(
        (f) => f.severity,
      ),
    ).toEqual(['error']);
  });

  it('finds 001 ISO 45001: 9 subsidiaries (L1580) vs 8 (L1582)', () => {
    const iso = (value: string, line: number) =>
      printed({
        metric: 'certification.iso45001_subsidiaries',
        value,
        unit: 'count',
        year: 2023,
        line,
        extraction: 'text',
        quote: `${value} subsidiaries have obtained ISO 45001`,
      });
    expect(run(duplicateValueRule, [iso('9', 1580), iso('8', 1582)]).map((f) => f.severity)).toEqual([
      'error',
    ]);
  });

  it('accepts rounded and qualified repeats: 10,800 vs 10,781 tce; "more than 330" vs "300+"; "over 30 billion" vs 32 billion', () => {
    const tce = (value: string, line: number) =>
      printed({
        metric: 'energy.saving',
        value,
        unit: 'tce',
        year: 2023,
        line,
        extraction: 'text',
        quote: `saving ${value} tons of standard coal`,
      });
    expect(run(duplicateValueRule, [tce('10800', 777), tce('10781', 799)])).toEqual([]);
    const projects = (value: string, line: number, quote: string) =>
      printed({
        metric: 'research.projects',
        value,
        unit: 'count',
        year: 2022,
        line,
        quote,
        extraction: 'text',
      });
    expect(
      run(duplicateValueRule, [
        projects('330', 920, 'more than 330 joint research projects'),
        projects('300', 945, '300+ joint research projects'),
      ]),
    ).toEqual([]);
    const params = (value: string, line: number, quote: string) =>
      printed({
        metric: 'model.parameters',
        value,
        unit: 'count',
        year: 2022,
        line,
        quote,
        scale: '1000000000',
        extraction: 'text',
      });
    expect(
      run(duplicateValueRule, [
        params('30', 189, 'over 30 billion parameters'),
        params('32', 344, '32billion parameters'),
      ]),
    ).toEqual([]);
  });

  it('warns, not errs, when a rough figure of a catalogued metric disagrees', () => {
    const t = (value: string, line: number, quote: string) =>
      printed({ metric: 'ghg.total', value, unit: 'tCO2e', year: 2022, line, quote, extraction: 'text' });
    const listed = (id: string) => ({
      id,
      kind: 'absolute' as const,
      label: 'Total GHG emissions',
      codes: [],
    });
    expect(
      runWith(listed, duplicateValueRule, [
        t('95', 214, 'close to 95 tonnes of CO2e'),
        t('120', 1660, '120 tonnes'),
      ]).map((f) => f.severity),
    ).toEqual(['warning']);
  });
});

describe('average.range', () => {
  it('reports an overall average outside its group averages, and accepts one inside', () => {
    const avg = (value: string, line: number, dims: Record<string, string> = {}) =>
      printed({ metric: 'training.hours_per_employee', value, unit: 'hours/person', year: 2023, line, dims });
    expect(
      run(averageRangeRule, [
        avg('28.96', 1877),
        avg('38.76', 1880, { gender: 'male' }),
        avg('37.88', 1881, { gender: 'female' }),
      ]).map((f) => f.severity),
    ).toEqual(['error']);
    expect(
      run(averageRangeRule, [
        avg('38.5', 1877),
        avg('38.76', 1880, { gender: 'male' }),
        avg('37.88', 1881, { gender: 'female' }),
      ]),
    ).toEqual([]);
  });
});

describe('average.range for headcount-weighted rates', () => {
  it('accepts 003 turnover 9.7% between 9.4% (men) and 10.5% (women), and flags 12% outside it', () => {
    const rate = (value: string, line: number, dims: Record<string, string> = {}) =>
      printed({ metric: 'turnover.rate', value, unit: '%', year: 2022, line, dims });
    const groups = [rate('9.4', 1301, { gender: 'male' }), rate('10.5', 1302, { gender: 'female' })];
    expect(run(averageRangeRule, [rate('9.7', 1300), ...groups])).toEqual([]);
    const [f, ...rest] = run(averageRangeRule, [rate('12.0', 1300), ...groups]);
    expect(rest).toEqual([]);
    expect([f?.severity, f?.expected, f?.actual]).toEqual(['error', '10.55', '12']);
    expect(f?.message).toMatch(
      /overall rate 12\.0% \(line 1300\) is outside the range of the rates by gender/,
    );
  });
});

describe('trend.jump', () => {
  it('warns on 003 packaging 2.8 t → 67.0 t (×23.9) and not on energy ×3.9', () => {
    const pack = (value: string, year: number) =>
      printed({ metric: 'materials.packaging', value, unit: 't', year, line: 1743 });
    const energy = (value: string, year: number) =>
      printed({ metric: 'energy.total', value, unit: 'MWh', year, line: 1668 });
    const findings = run(yearOnYearRule, [
      pack('67.0', 2022),
      pack('2.8', 2021),
      energy('54265.7', 2022),
      energy('13980.1', 2021),
    ]);
    expect(findings.map((f) => [f.rule, f.severity, f.expected, f.actual])).toEqual([
      ['trend.jump', 'warning', '2.8', '67'],
    ]);
    expect(findings[0]?.message).toMatch(/rose 23\.9×/);
  });
});
