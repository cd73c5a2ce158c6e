// duplicate.value on printings whose words show they are different quantities (seen in corpus/dev/001).
import { describe, expect, it } from 'vitest';
import type { Fact } from '../../core/index.js';
import { printed, type PrintedSpec } from '../testing/printed-fact.js';
import { ruleContext } from './context.js';
import { duplicateValueRule } from './duplicate-value.js';
import type { MetricView } from './rule.js';

const LABELS: Record<string, string> = {
  'suppliers.count': 'Number of suppliers, in total or by geographical region',
  'workforce.total': 'Number of employees (headcount), in total or by breakdown',
  'workforce.share': 'Share of employees in a group (diversity)',
  'energy.natural_gas': 'Natural gas consumption',
  'safety.injuries': 'Recordable work-related injuries',
  'water.discharge': 'Water discharged',
};

const catalogue = (id: string): MetricView | undefined => {
  const label = LABELS[id];
  return label === undefined ? undefined : { id, kind: 'count', label, codes: [] };
};

const run = (facts: readonly Fact[]) => duplicateValueRule.run(ruleContext(facts, catalogue));
const at = (spec: Omit<PrintedSpec, 'year'>) => printed({ ...spec, year: 2023 });

/** A sentence's figure; `counted` is the noun printed after the number ("supplier symposiums"). */
function sentence(
  spec: Omit<PrintedSpec, 'year' | 'quote' | 'extraction'> & { label: string },
  counted?: string,
): Fact {
  const f = at({ ...spec, quote: spec.label, extraction: 'text' });
  if (counted === undefined || f.provenance.kind !== 'document') return f;
  return { ...f, provenance: { ...f.provenance, reported: { value: spec.value, unit: counted } } };
}

describe('duplicate.value: different quantities under one metric', () => {
  it('does not take a count of other things for the metric: "3 supplier symposiums" vs "35 suppliers"', () => {
    const m = { metric: 'suppliers.count', unit: 'count' };
    const facts = [
      sentence(
        { ...m, value: '3', line: 496, label: 'the Company held 3 supplier symposiums' },
        'supplier symposiums',
      ),
      sentence(
        { ...m, value: '35', line: 1337, label: 'organized 3 symposiums, inviting 35 suppliers' },
        'suppliers',
      ),
      at({ ...m, value: '2233', line: 1895, label: 'Total suppliers' }),
    ];
    expect(run(facts)).toEqual([]);
  });

  it('keeps shares of different populations apart: 31.4% female employees vs 10.81% female managers', () => {
    const m = { metric: 'workforce.share', unit: '%', dims: { gender: 'female' } };
    expect(
      run([
        sentence({ ...m, value: '31.4', line: 501, label: 'female employees accounts for 31.4%' }),
        at({ ...m, value: '10.81', line: 1865, label: 'Proportion of female management level employees' }),
      ]),
    ).toEqual([]);
  });

  it('does not compare a saving with the consumption: 1.73 million m3 saved vs 166,541,868 m3', () => {
    const m = { metric: 'energy.natural_gas', unit: 'm3' };
    expect(
      run([
        sentence({
          ...m,
          value: '1730000',
          line: 783,
          label: 'the Company has saved 1.73 million m3 of natural gas',
        }),
        at({ ...m, value: '166541868.00', line: 1781, label: 'Natural gas' }),
      ]),
    ).toEqual([]);
  });

  it('does not take the people at an event for the headcount: 812 employees rewarded vs 10,724', () => {
    const m = { metric: 'workforce.total', unit: 'persons' };
    expect(
      run([
        sentence(
          { ...m, value: '812', line: 1139, label: '812 employees of 425 cases were rewarded' },
          'employees',
        ),
        sentence({ ...m, value: '425', line: 1140, label: 'employees of 425 cases were rewarded' }, 'cases'),
        sentence({
          ...m,
          value: '108',
          line: 1556,
          label: 'a total of 108 employees and their children visited',
        }),
        at({ ...m, value: '10724', line: 1855, label: 'Total employees' }),
      ]),
    ).toEqual([]);
  });

  it('does not compare serious accidents with all injuries: 0 vs 53', () => {
    const m = { metric: 'safety.injuries', unit: 'count' };
    expect(
      run([
        at({ ...m, value: '0', line: 1629, label: 'Serious accidents' }),
        at({ ...m, value: '53', line: 1870, label: 'Employee' }),
      ]),
    ).toEqual([]);
  });

  it('still finds a headcount restated with other digits, and two savings worded alike', () => {
    const people = { metric: 'workforce.total', unit: 'persons' };
    const found = run([
      at({ ...people, value: '10724', line: 1855, label: 'Total employees' }),
      sentence(
        { ...people, value: '10742', line: 188, label: 'With a total of 10,742 employees' },
        'employees',
      ),
    ]);
    expect(found.map((f) => [f.severity, f.expected, f.actual])).toEqual([['warning', '10724', '10742']]);
    const gas = { metric: 'energy.natural_gas', unit: 'm3' };
    const saved = run([
      sentence({
        ...gas,
        value: '1730000',
        line: 446,
        label: 'can save 1.73 million cubic meters of natural gas annually',
      }),
      sentence({
        ...gas,
        value: '1370000',
        line: 783,
        label: 'has saved 1.37 million cubic meters of natural gas annually',
      }),
    ]);
    expect(saved.map((f) => f.severity)).toEqual(['error']);
  });
});

describe('duplicate.value: figures no catalogue metric describes', () => {
  const m = { metric: 'unclassified', unit: 'count' };

  it('finds two sentences about one thing, not sentences about different standards', () => {
    const about = (value: string, line: number, label: string, standard: string) => {
      const f = sentence({ ...m, value, line, label });
      return f.provenance.kind === 'document'
        ? { ...f, provenance: { ...f.provenance, quote: `${label} ${standard} certification.` } }
        : f;
    };
    expect(
      run([
        about('4', 733, '4 subsidiaries of the Company have obtained the', 'ISO 50001'),
        about('8', 1181, '8 subsidiaries have obtained the', 'IATF 16949'),
        sentence({
          ...m,
          value: '2',
          line: 899,
          label: '2 subsidiaries have obtained national-level green factory',
        }),
      ]),
    ).toEqual([]);
    const found = run([
      sentence({
        ...m,
        value: '9',
        line: 1580,
        label: '9 subsidiaries have obtained ISO 45001 certification',
      }),
      sentence({
        ...m,
        value: '8',
        line: 1582,
        label: '8 subsidiaries of the Company have obtained ISO 45001 certification',
      }),
    ]);
    expect(found.map((f) => [f.severity, f.expected, f.actual])).toEqual([['error', '9', '8']]);
  });

  it('does not read a sentence counting one noun as a row naming another ("sites" vs "Mine shafts sealed")', () => {
    const bullet = '74 old mine shafts sealed and 61 spoil sites revegetated';
    const facts = [
      sentence({ ...m, value: '61', line: 38, label: bullet }, 'spoil sites'),
      at({ ...m, value: '74', line: 240, label: 'Mine shafts sealed', extraction: 'table' }),
    ];
    expect(run(facts)).toEqual([]);
    // The same sentence against a row naming its noun is still compared.
    const row = at({ ...m, value: '75', line: 241, label: 'Spoil sites revegetated', extraction: 'table' });
    expect(run([facts[0] as Fact, row]).map((f) => [f.expected, f.actual])).toEqual([['61', '75']]);
  });

  it('warns of a row printed in the key figures and again in its table with another value', () => {
    const t = { metric: 'unclassified', unit: 'kt', extraction: 'table' as const };
    const found = run([
      at({ ...t, value: '1486.2', line: 22, label: 'Ore hoisted underground, thousand tonnes' }),
      at({ ...t, value: '1468.2', line: 140, label: 'Ore hoisted underground' }),
    ]);
    expect(found.map((f) => [f.severity, f.expected, f.actual])).toEqual([['warning', '1486.2', '1468.2']]);
    // Rows whose words differ, or whose values are far apart, are left alone.
    const other = at({ ...t, value: '1468.2', line: 140, label: 'Ore hoisted open pit' });
    const far = at({ ...t, value: '986.2', line: 140, label: 'Ore hoisted underground' });
    const key = at({ ...t, value: '1486.2', line: 22, label: 'Ore hoisted underground, thousand tonnes' });
    expect(run([key, other])).toEqual([]);
    expect(run([key, far])).toEqual([]);
  });

  it('does not read a running footer with its page number as a row printed twice', () => {
    const t = { metric: 'unclassified', unit: 'count', extraction: 'table' as const };
    const footer = (value: string, line: number) =>
      at({ ...t, value, line, label: 'Annual Review of Operations 2023' });
    expect(run([footer('42', 60), footer('44', 120), footer('45', 180)])).toEqual([]);
  });

  it('reads a row its table prints once a year as one row printed twice, not a running line', () => {
    const t = { metric: 'unclassified', unit: 't', extraction: 'table' as const };
    const label = 'Copper cathode shipped (tonnes)';
    const row = (value: string, line: number, year: number) => printed({ ...t, value, line, label, year });
    const facts = [
      row('58213', 12, 2023),
      row('58123', 140, 2023),
      row('20410', 140, 2023),
      row('55004', 149, 2022),
      row('19876', 149, 2022),
    ];
    const found = run(facts).filter((f) => f.severity !== 'info');
    expect(found.map((f) => [f.severity, f.expected, f.actual])).toEqual([['warning', '58213', '58123']]);
  });

  it('says nothing of short table rows in different tables ("male" headcount vs leavers)', () => {
    const row = (value: string, line: number) =>
      at({ ...m, value, line, label: 'male', dims: { gender: 'male' } });
    expect(run([row('8025', 685), row('6259', 730)])).toEqual([]);
  });
});

describe('duplicate.value: a qualified row, another year, a narrower population', () => {
  const sales = { metric: 'economic.revenue', unit: 'HKD million' };
  const serious = (found: ReturnType<typeof run>) =>
    found.filter((f) => f.severity !== 'info').map((f) => [f.severity, f.expected, f.actual]);

  it('does not take a qualified row for the total: HK$2,950.4m of sales vs sales of recycled packaging', () => {
    const headline = sentence({ ...sales, value: '2950.4', line: 14, label: 'HK$2,950.4 million in sales' });
    const part = at({
      ...sales,
      value: '341.7',
      line: 77,
      label: 'Sales of recycled packaging (HK$ million)',
    });
    expect(serious(run([headline, part]))).toEqual([]);
    // The same headline against a plain restatement with swapped digits is still a finding.
    const restated = at({ ...sales, value: '2905.4', line: 201, label: 'Sales (HK$ million)' });
    expect(serious(run([headline, restated]))).toEqual([['warning', '2905.4', '2950.4']]);
  });

  it("does not compare a sentence about last year's figure with this year's", () => {
    const table = at({ ...sales, value: '3460.2', line: 90, label: 'Total sales (HK$ million)' });
    const comparative = sentence({
      ...sales,
      value: '3120.5',
      line: 31,
      label: 'sales in 2022 were HK$3,120.5 million',
    });
    expect(run([table, comparative])).toEqual([]);
    const sameYear = sentence({
      ...sales,
      value: '3406.2',
      line: 32,
      label: 'total sales in 2023 were HK$3,406.2 million',
    });
    expect(serious(run([table, sameYear]))).toHaveLength(1);
  });

  it('does not take the workers exposed to a hazard for the headcount, but finds a mistyped headcount', () => {
    const people = { metric: 'workforce.total', unit: 'persons' };
    const total = at({ ...people, value: '2785', line: 402, label: 'Total employees' });
    const exposed = sentence(
      { ...people, value: '1204', line: 233, label: 'The 1,204 employees exposed to noise and dust at work' },
      'employees',
    );
    expect(serious(run([total, exposed]))).toEqual([]);
    const typo = sentence({ ...people, value: '2758', line: 12, label: 'our 2,758 employees' }, 'employees');
    expect(serious(run([total, typo]))).toEqual([['warning', '2785', '2758']]);
  });
});

describe('duplicate.value: the surest printing of a disagreeing value', () => {
  // Made up: the key figures print 5,112 staff at year end; a site table's group row and the staff
  // table both print 5,160, the staff table in the key figures' own words.
  const facts = [
    at({
      metric: 'workforce.total',
      value: '5112',
      unit: 'persons',
      line: 8,
      label: 'Staff at year end (heads)',
    }),
    at({ metric: 'workforce.total', value: '5160', unit: 'persons', line: 70, label: 'Group' }),
    at({
      metric: 'workforce.total',
      value: '5160',
      unit: 'persons',
      line: 140,
      label: 'Staff at year end (heads)',
    }),
  ];

  it('reports the value against the printing worded alike, not the first one met', () => {
    expect(
      run(facts).map((f) => [f.severity, f.actual, f.source.map((s) => ('line' in s ? s.line : 0))]),
    ).toEqual([['warning', '5160', [8, 140]]]);
  });
});

describe('duplicate.value: labels in Korean', () => {
  it('finds a highlight whose words share a compound with the table row printing another value', () => {
    const m = { metric: 'water.discharge', unit: 'm3' };
    const facts = [
      at({ ...m, value: '4218300', line: 40, label: '폐수 방류량', extraction: 'text' }),
      at({ ...m, value: '4381300', line: 160, label: '방류량 (Discharge) 합계' }),
    ];
    expect(run(facts).map((f) => [f.severity, f.source.map((s) => s.line)])).toEqual([
      ['warning', [40, 160]],
    ]);
  });
});
