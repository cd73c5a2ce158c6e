import { calendarYear, dec, getMetric, quantity, unitOf, type Decimal } from '../../core/index.js';
import type { CalculatedFact, Lineage, LineageInput } from '../engine/index.js';
import { show } from '../methods/index.js';
import type { RowSet, Tally } from './tally.js';

/** Turnover formulas in use; the one chosen is named in each rate's lineage. */
export const TURNOVER_FORMULAS = [
  'leavers_over_end_plus_leavers',
  'leavers_over_average',
  'leavers_over_end',
] as const;
/** One of {@link TURNOVER_FORMULAS}. */
export type TurnoverFormula = (typeof TURNOVER_FORMULAS)[number];

const TURNOVER_TEXT: Readonly<Record<TurnoverFormula, string>> = {
  leavers_over_end_plus_leavers:
    'turnover rate = leavers in the year ÷ (headcount at year end + leavers in the year) × 100% (the formula SenseTime 2022 and AInnovation 2021 state)',
  leavers_over_average:
    'turnover rate = leavers in the year ÷ ((headcount on 1 January + headcount at year end) ÷ 2) × 100%',
  leavers_over_end: 'turnover rate = leavers in the year ÷ headcount at year end × 100%',
};

function input(what: string, set: RowSet, year: number): LineageInput {
  return {
    row: set.rows[0],
    rows: set.rows,
    rowCount: set.count,
    activity: what,
    amount: String(set.count),
    unit: 'persons',
    site: '',
    region: '',
    year,
  };
}

function fact(
  entity: string,
  year: number,
  metric: string,
  t: Tally,
  value: Decimal,
  formula: string,
  inputs: LineageInput[],
  steps: string[],
): CalculatedFact {
  const m = getMetric(metric);
  const lineage: Lineage & { kind: 'calculation' } = {
    kind: 'calculation',
    formula,
    inputs,
    factors: [],
    steps,
  };
  const dims = Object.entries(t.dims).map(([k, v]) => `${k}: ${v}`);
  return {
    entity,
    period: calendarYear(year),
    metric,
    dims: t.dims,
    quantity: quantity(value, unitOf(m.unit)),
    basis: 'actual',
    provenance: lineage,
    status: 'unverified',
    label: dims.length > 0 ? `${m.label} (${dims.join(', ')})` : m.label,
  };
}

const pct = (part: Decimal, whole: Decimal) =>
  whole.isZero() ? undefined : part.dividedBy(whole).times(100);

/** Headcount, hires, leavers and turnover (HKEX B1.1, B1.2; GRI 2-7, 401-1) for one breakdown. */
export function workforceFacts(
  entity: string,
  year: number,
  t: Tally,
  formula: TurnoverFormula,
): CalculatedFact[] {
  const end = dec(t.atEnd.count);
  const leavers = dec(t.leavers.count);
  const out = [
    fact(
      entity,
      year,
      'workforce.total',
      t,
      end,
      `headcount at 31 December ${year}: people hired on or before it and not left by it`,
      [input('employees at year end', t.atEnd, year)],
      [],
    ),
    fact(
      entity,
      year,
      'hires.count',
      t,
      dec(t.hires.count),
      `people hired in ${year}`,
      [input('hires', t.hires, year)],
      [],
    ),
    fact(
      entity,
      year,
      'turnover.count',
      t,
      leavers,
      `people whose leave date is in ${year}`,
      [input('leavers', t.leavers, year)],
      [],
    ),
  ];
  const base =
    formula === 'leavers_over_end_plus_leavers'
      ? end.plus(leavers)
      : formula === 'leavers_over_average'
        ? dec(t.atStart.count).plus(end).dividedBy(2)
        : end;
  const rate = pct(leavers, base);
  if (rate) {
    const inputs = [input('leavers', t.leavers, year), input('employees at year end', t.atEnd, year)];
    if (formula === 'leavers_over_average') inputs.push(input('employees on 1 January', t.atStart, year));
    out.push(
      fact(entity, year, 'turnover.rate', t, rate, TURNOVER_TEXT[formula], inputs, [
        `${leavers.toFixed()} ÷ ${show(base)} × 100 = ${show(rate)} %`,
      ]),
    );
  }
  return out;
}

/** Training coverage and hours (HKEX B3.1, B3.2; GRI 404-1) over everyone employed in the year, for one breakdown. */
export function trainingFacts(entity: string, year: number, t: Tally): CalculatedFact[] {
  const people = dec(t.population.count);
  const trained = dec(t.trained.count);
  const population = input('employees during the year', t.population, year);
  const out = [
    fact(
      entity,
      year,
      'training.trained',
      t,
      trained,
      'employees with training hours above zero',
      [input('trained employees', t.trained, year)],
      [],
    ),
    fact(entity, year, 'training.hours_total', t, t.hours, 'sum of training hours', [population], []),
  ];
  const share = pct(trained, people);
  if (share) {
    out.push(
      fact(
        entity,
        year,
        'training.trained_share',
        t,
        share,
        'employees trained ÷ employees employed at any time in the year × 100% (coverage of the group, as HKEX B3.1 asks)',
        [input('trained employees', t.trained, year), population],
        [`${trained.toFixed()} ÷ ${people.toFixed()} × 100 = ${show(share)} %`],
      ),
      fact(
        entity,
        year,
        'training.hours_average',
        t,
        t.hours.dividedBy(people),
        'training hours ÷ employees employed at any time in the year',
        [population],
        [`${show(t.hours)} h ÷ ${people.toFixed()} = ${show(t.hours.dividedBy(people))} h`],
      ),
    );
  }
  return out;
}
