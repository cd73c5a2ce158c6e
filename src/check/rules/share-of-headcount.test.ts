import { describe, expect, it } from 'vitest';
import type { Fact } from '../../core/index.js';
import { printed } from '../testing/printed-fact.js';
import { ruleContext } from './context.js';
import { shareOfTotalRule } from './share-of-total.js';

// Synthetic reports (every figure invented): a headcount table and one sentence giving a share of the
// whole workforce with its count, in several languages.

/** A headcount row of 2031 and a sentence's share (line 9) and count (line 8), both quoting it. */
function report(share: string, count: string, quote: string): Fact[] {
  const sentence = { year: 2031, extraction: 'text' as const, quote };
  return [
    printed({ metric: 'workforce.total', value: '5240', unit: 'persons', year: 2031, line: 70 }),
    printed({ metric: 'workforce.total', value: '1930', unit: 'persons', year: 2031, line: 66 }),
    printed({ metric: 'unclassified', value: share, unit: '%', line: 9, ...sentence }),
    printed({ metric: 'unclassified', value: count, unit: 'persons', line: 8, ...sentence }),
  ];
}

const run = (facts: readonly Fact[]) => shareOfTotalRule.run(ruleContext(facts, () => undefined));

describe('share.total: a share of the whole workforce printed with its count', () => {
  it('warns when the count over the headcount is not the share (Indonesian, share first)', () => {
    // 3,618 / 5,240 = 69.0%, printed 73.4%.
    const quote =
      'Sebanyak 73.4% dari seluruh karyawan, atau 3,618 orang, tinggal di kabupaten sekitar tambang.';
    const found = run(report('73.4', '3618', quote));
    expect(found.map((f) => [f.severity, f.expected, f.actual])).toEqual([['warning', '69', '73.4']]);
    expect(found[0]?.source.map((s) => s.line)).toEqual([9, 8, 70]);
    expect(run(report('69.0', '3618', quote.replace('73.4', '69.0')))).toEqual([]);
  });

  it('reads a count before its share of the list (Russian "то есть 100% списочного состава")', () => {
    // 5,390 trained of 5,240 on the payroll: 102.9%, not 100%.
    const quote = 'Обучение по охране труда прошли 5 390 работников, то есть 100% списочного состава.';
    expect(run(report('100', '5390', quote)).map((f) => f.expected)).toEqual(['102.9']);
    expect(run(report('100', '5240', quote.replace('5 390', '5 240')))).toEqual([]);
  });

  it('reads English, French and Greek wording, and leaves a share of one group alone', () => {
    const english = 'In 2031, 41.5% of all employees, or 2,410 people, worked at the coastal plants.';
    expect(run(report('41.5', '2410', english)).map((f) => f.expected)).toEqual(['46']);
    const french = 'Au total, 2 410 salariés, soit 41.5 % des effectifs, travaillent sur le littoral.';
    expect(run(report('41.5', '2410', french)).map((f) => f.expected)).toEqual(['46']);
    const greek = 'Το 41.5% του προσωπικού, δηλαδή 2,410 άτομα, εργάζεται στις παράκτιες μονάδες.';
    expect(run(report('41.5', '2410', greek)).map((f) => f.expected)).toEqual(['46']);
    // "of female employees" is a group, not the whole workforce.
    const group = 'In 2031, 41.5% of female employees, or 2,410 people, worked at the coastal plants.';
    expect(run(report('41.5', '2410', group))).toEqual([]);
  });

  it('reads a Chinese group counted before its share of the staff (占比, 占员工总数的)', () => {
    // 3,618 / 5,240 = 69.0%, printed 73.4%.
    const bare = '本集团在岗职工5,240人，其中女性职工3,618人，占比73.4%；全年无重大安全事故。';
    expect(run(report('73.4', '3618', bare)).map((f) => f.expected)).toEqual(['69']);
    expect(run(report('69.0', '3618', bare.replace('73.4', '69.0')))).toEqual([]);
    const named = '三十岁以下员工3,618人，占员工总数的73.4%。';
    expect(run(report('73.4', '3618', named)).map((f) => f.expected)).toEqual(['69']);
    // Managers and new hires are shares of another whole than the staff.
    const managers = '其中女性管理人员3,618人，占比73.4%。';
    expect(run(report('73.4', '3618', managers))).toEqual([]);
    const hires = '全年新招聘员工3,618人，占比73.4%。';
    expect(run(report('73.4', '3618', hires))).toEqual([]);
  });
});

/** Tables of 2031 (women 1,126 of 4,090; line 41 and 43) and a sentence's women's share (line 6). */
function groupShare(share: string, quote: string, women = ['1126']): Fact[] {
  return [
    ...women.map((value, i) =>
      printed({
        metric: 'workforce.total',
        value,
        unit: 'persons',
        year: 2031,
        line: 41 + i * 20,
        dims: { gender: 'female' },
      }),
    ),
    printed({ metric: 'workforce.total', value: '4090', unit: 'persons', year: 2031, line: 43 }),
    printed({
      metric: 'workforce.share',
      value: share,
      unit: '%',
      year: 2031,
      line: 6,
      dims: { gender: 'female' },
      extraction: 'text',
      quote,
    }),
  ];
}

describe('share.total: a gender’s share printed with the whole headcount it is of', () => {
  it.each([
    'Perempuan merangkumi 31.8% daripada 4,090 pekerja kami.',
    'Ženske predstavljajo 31.8 % od 4,090 zaposlenih.',
    'Las mujeres representan el 31.8% de los 4,090 empleados.',
    'Frauen stellen 31.8 % der 4 090 Beschäftigten.',
    "Kadinlar 4,090 çalışanın 31.8%'ini oluşturuyor.",
  ])('warns when the women counted over that headcount are not the share: %s', (quote) => {
    // 1,126 / 4,090 = 27.5%, printed 31.8%.
    const found = run(groupShare('31.8', quote));
    expect(found.map((f) => [f.severity, f.expected, f.actual])).toEqual([['warning', '27.5', '31.8']]);
    expect(found[0]?.source.map((s) => s.line)).toEqual([6, 41, 43]);
    expect(run(groupShare('27.5', quote.replace('31.8', '27.5')))).toEqual([]);
  });

  it('leaves a whole that is no printed headcount, and tables that disagree on the women', () => {
    expect(run(groupShare('31.8', 'Women make up 31.8% of our 3,800 office employees.'))).toEqual([]);
    const quote = 'Women make up 31.8% of our 4,090 employees.';
    expect(run(groupShare('31.8', quote, ['1126', '1300']))).toEqual([]);
  });
});
