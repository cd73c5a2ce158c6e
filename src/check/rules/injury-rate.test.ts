import { describe, expect, it } from 'vitest';
import type { Fact } from '../../core/index.js';
import { printed } from '../testing/printed-fact.js';
import { ruleContext } from './context.js';
import { injuryRateRule } from './injury-rate.js';
import { baseIn } from './rate-base.js';

function run(facts: readonly Fact[]) {
  return injuryRateRule.run(ruleContext(facts, () => undefined));
}

/** A health and safety table of one worker group: hours (printed in thousands), injuries and the rate. */
function table(opts: {
  hoursThousands: string;
  injuries: string;
  rate: string;
  rateLabel?: string;
  dims?: Record<string, string>;
  first?: number;
}) {
  const line = opts.first ?? 60;
  const dims = opts.dims ?? {};
  return [
    printed({
      metric: 'safety.hours_worked',
      value: opts.hoursThousands,
      unit: 'hours',
      scale: '1000',
      year: 2025,
      line,
      dims,
      label: "Man-hours ('000)",
    }),
    printed({
      metric: 'safety.injuries',
      value: opts.injuries,
      unit: 'count',
      year: 2025,
      line: line + 1,
      dims,
      label: 'Recordable cases',
    }),
    printed({
      metric: 'safety.injury_rate',
      value: opts.rate,
      unit: 'count',
      year: 2025,
      line: line + 2,
      dims,
      label: opts.rateLabel ?? 'TRIR',
    }),
  ];
}

describe('rate.injury: the base read from the printed words', () => {
  it.each([
    ['Injury rate (per million hours worked)', '1000000'],
    ['LTIFR per 1,000,000 man-hours', '1000000'],
    ['Recordable rate /200,000 hrs', '200000'],
    ['TRIR (per 200 000 hours)', '200000'],
    ['Lost time rate per 100,000 working hours', '100000'],
    ['损失工时事故率（每百万工时）', '1000000'],
    ['按每200,000工作小時計算的工傷率', '200000'],
    ['工伤率（每20万工时）', '200000'],
    ['LTIFR per one million MH', '1000000'],
    ['Taxa de frequência por 1 milhão HHT', '1000000'],
    ['Índice de frecuencia por cada 500.000 horas trabajadas', '500000'],
    ["Taux de fréquence par million d'heures travaillées", '1000000'],
    ['Verletzungsquote (je 1 Mio. geleistete Arbeitsstunden)', '1000000'],
    ['Unfallhäufigkeit pro 200,000 Arbeitsstunden', '200000'],
  ])('reads %s as per %s hours', (text, base) => {
    expect(baseIn(text)?.toFixed()).toBe(base);
  });

  it('reads no base from words that name none', () => {
    expect(baseIn('TRIFR')).toBeUndefined();
    expect(baseIn('Water per million RMB revenue')).toBeUndefined();
    expect(baseIn('Água por milhão de reais de receita')).toBeUndefined();
    expect(baseIn('Wasser pro Mio. € Umsatz')).toBeUndefined();
  });
});

describe('rate.injury on a table of hours, injuries and rate', () => {
  it('raises nothing when the rate follows per 200,000 hours (22 ÷ 3,415,000 × 200,000 = 1.29)', () => {
    expect(run(table({ hoursThousands: '3415', injuries: '22', rate: '1.29' }))).toEqual([]);
  });

  it('raises nothing when the rate follows per 1,000,000 hours (22 ÷ 3,415,000 × 1,000,000 = 6.44)', () => {
    expect(run(table({ hoursThousands: '3415', injuries: '22', rate: '6.44' }))).toEqual([]);
  });

  it('errs when the rate fits neither base, naming the nearer one', () => {
    const found = run(table({ hoursThousands: '3415', injuries: '22', rate: '7.91' }));
    expect(found.map((f) => [f.rule, f.severity, f.expected, f.actual])).toEqual([
      ['rate.injury', 'error', '6.44', '7.91'],
    ]);
    expect(found[0]?.source).toEqual([{ line: 62 }, { line: 61 }, { line: 60 }]);
    expect(found[0]?.message).toBe(
      "TRIR is 7.91 (line 62), but 22 Recordable cases (line 61) ÷ 3,415,000 hours worked (Man-hours ('000), " +
        'line 60) × 1,000,000 = 6.441–6.443; per 200,000 hours it would be 1.288–1.289 (GRI 403-9 rates are per ' +
        '200,000 or 1,000,000 hours).',
    );
  });

  it('checks against the printed base only: a per-million rate that fits per 200,000 hours is reported (a warning: another base, not a slip)', () => {
    const facts = table({
      hoursThousands: '3415',
      injuries: '22',
      rate: '1.29',
      rateLabel: 'TRIR (per million hours worked)',
    });
    const found = run(facts);
    expect(found.map((f) => [f.severity, f.expected])).toEqual([['warning', '6.44']]);
    expect(found[0]?.message).toContain('the base the rate states');
  });

  it('compares each worker group with its own hours and injuries', () => {
    const employees = table({
      hoursThousands: '3415',
      injuries: '22',
      rate: '6.44',
      dims: { worker_type: 'employee' },
    });
    const contractors = table({
      hoursThousands: '905',
      injuries: '7',
      rate: '5.12',
      dims: { worker_type: 'contractor' },
      first: 64,
    });
    const found = run([...employees, ...contractors]);
    // 7 ÷ 905,000 × 1,000,000 = 7.73; only the contractors' rate is wrong.
    expect(found.map((f) => [f.expected, f.actual, f.source[0]])).toEqual([['7.73', '5.12', { line: 66 }]]);
  });

  it('reads a whole-number rate as rounded: 3 stands for 2.5–3.5 (10 ÷ 3,300,000 × 1,000,000 = 3.03)', () => {
    expect(run(table({ hoursThousands: '3300', injuries: '10', rate: '3' }))).toEqual([]);
  });

  it('leaves a rate in per cent alone (of headcount, not hours)', () => {
    const facts = table({ hoursThousands: '3415', injuries: '22', rate: '7.91' }).map((f) =>
      f.metric === 'safety.injury_rate'
        ? printed({ metric: f.metric, value: '7.91', unit: '%', year: 2025, line: 62, label: 'Injury rate' })
        : f,
    );
    expect(run(facts)).toEqual([]);
  });

  it('leaves a rate per 100 employees alone', () => {
    const facts = table({
      hoursThousands: '3415',
      injuries: '22',
      rate: '1.37',
      rateLabel: 'Injury rate (per 100 employees)',
    });
    expect(run(facts)).toEqual([]);
  });

  it('leaves a Polish rate per 1 000 employees alone (the GUS frequency rate)', () => {
    const facts = table({
      hoursThousands: '3415',
      injuries: '22',
      rate: '4.18',
      rateLabel: 'Wskaźnik częstości wypadków (na 1 000 zatrudnionych)',
    });
    expect(run(facts)).toEqual([]);
  });

  it('only warns when the rows are far apart (not one table)', () => {
    const [hours, injuries, rate] = table({ hoursThousands: '3415', injuries: '22', rate: '7.91' });
    const far = printed({
      metric: 'safety.injury_rate',
      value: '7.91',
      unit: 'count',
      year: 2025,
      line: 240,
    });
    expect(rate).toBeDefined();
    expect(run([hours, injuries, far].filter((f) => f !== undefined)).map((f) => f.severity)).toEqual([
      'warning',
    ]);
  });
});

describe('rate.injury: hours worked printed in the injuries’ sentence without a metric', () => {
  const SENTENCE =
    'We recorded 9 recordable injuries in 2025 across 2,764,000 hours worked by our own employees.';
  const said = (metric: string, value: string, unit: string, dims: Record<string, string> = {}) =>
    printed({ metric, value, unit, year: 2025, line: 118, quote: SENTENCE, extraction: 'text', dims });
  const rate = (value: string) =>
    printed({ metric: 'safety.injury_rate', value, unit: 'count', year: 2025, line: 240, label: 'TRIR' });

  it('pairs the table’s rate with the sentence’s injuries and hours, whatever dims the hours were given', () => {
    // 9 ÷ 2,764,000 × 1,000,000 = 3.26; × 200,000 = 0.65.
    const facts = [
      said('safety.injuries', '9', 'count'),
      said('unclassified', '2764000', 'hours', { region: 'x' }),
    ];
    expect(run([...facts, rate('3.26')])).toEqual([]);
    const found = run([...facts, rate('3.62')]);
    expect(found.map((f) => [f.rule, f.severity, f.source.map((s) => s.line)])).toEqual([
      ['rate.injury', 'warning', [240, 118]],
    ]);
  });

  it('takes no hours from a sentence that does not say they were worked', () => {
    const quote = 'We recorded 9 recordable injuries in 2025 and delivered 2,764,000 hours of training.';
    const facts = [
      printed({
        metric: 'safety.injuries',
        value: '9',
        unit: 'count',
        year: 2025,
        line: 118,
        quote,
        extraction: 'text',
      }),
      printed({
        metric: 'unclassified',
        value: '2764000',
        unit: 'hours',
        year: 2025,
        line: 118,
        quote,
        extraction: 'text',
      }),
    ];
    expect(run([...facts, rate('3.62')])).toEqual([]);
  });
});

describe('rate.injury: a rate printed with its own injuries and hours in one sentence', () => {
  const SENTENCE =
    'Terminal crews had 4 of the 12 lost-time injuries in 2,500,000 hours, an LTIF ashore of X per million hours.';
  const said = (metric: string, value: string, unit: string, dims: Record<string, string> = {}) =>
    printed({ metric, value, unit, year: 2025, line: 90, quote: SENTENCE, extraction: 'text', dims });
  const facts = (rate: string) => [
    printed({ metric: 'safety.lost_time_injuries', value: '12', unit: 'count', year: 2025, line: 86 }),
    printed({ metric: 'safety.hours_worked', value: '6000000', unit: 'hours', year: 2025, line: 87 }),
    said('safety.lost_time_injuries', '4', 'count', { scope: 'in' }),
    said('safety.lost_time_injuries', '12', 'count'),
    said('safety.hours_worked', '2500000', 'hours'),
    said('safety.lost_time_injury_rate', rate, 'count'),
  ];

  it('checks the rate against the sentence’s part of the injuries over its hours', () => {
    // 4 ÷ 2,500,000 × 1,000,000 = 1.60; the year's 12 ÷ 6,000,000 × 1,000,000 = 2.00.
    expect(run(facts('1.60'))).toEqual([]);
    const found = run(facts('2.06'));
    expect(found.map((f) => [f.rule, f.source.map((s) => s.line)])).toEqual([['rate.injury', [90]]]);
  });
});
