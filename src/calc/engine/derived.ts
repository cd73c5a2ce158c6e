import { dec, type Decimal } from '../../core/index.js';
import type { ActivityGroup } from '../aggregate/index.js';
import { show, type MethodContext } from '../methods/index.js';
import type { Denominator } from './denominators.js';
import type { DraftBook, FactDraft } from './draft.js';

const METHODS = ['location', 'market'] as const;

function without(dims: Readonly<Record<string, string>>, key: string): Record<string, string> {
  return Object.fromEntries(Object.entries(dims).filter(([k]) => k !== key));
}

/** Records a derived figure: value, the drafts it came from and the arithmetic. */
function derive(
  book: DraftBook,
  metric: string,
  from: FactDraft,
  dims: Record<string, string>,
  value: Decimal,
  sources: FactDraft[],
  formula: string,
  step: string,
  extraGroups: readonly ActivityGroup[] = [],
): void {
  const d = book.draft(metric, from.year, dims, from.level);
  d.value = value;
  for (const s of sources) {
    d.contributions.push(...s.contributions);
    d.extraGroups.push(...s.extraGroups);
  }
  d.extraGroups.push(...extraGroups);
  d.formulas.add(formula);
  d.steps.push(step);
}

/** Scope 1 + Scope 2 for each method, for the organisation and each site (GHG Protocol reports them side by side). */
export function scope1And2(book: DraftBook): void {
  const views = new Map<string, FactDraft>();
  for (const d of [...book.ofMetric('ghg.scope1'), ...book.ofMetric('ghg.scope2')]) {
    if (d.level === 'breakdown') continue;
    const base = without(d.dims, 'scope2_method');
    views.set(`${String(d.year)}|${JSON.stringify(base)}`, d);
  }
  for (const anchor of views.values()) {
    const base = without(anchor.dims, 'scope2_method');
    const s1 = book.find('ghg.scope1', anchor.year, base);
    for (const method of METHODS) {
      const s2 = book.find('ghg.scope2', anchor.year, { ...base, scope2_method: method });
      const v = (s1?.value ?? dec(0)).plus(s2?.value ?? dec(0));
      const step = `Scope 1 ${show(s1?.value ?? dec(0))} + Scope 2 (${method}) ${show(s2?.value ?? dec(0))} = ${show(v)} tCO2e`;
      const from = s1 ?? s2;
      if (!from) continue;
      const sources = [s1, s2].filter((x): x is FactDraft => x !== undefined);
      derive(
        book,
        'ghg.scope1_2',
        from,
        { ...base, scope2_method: method },
        v,
        sources,
        'Scope 1 + Scope 2 (by Scope 2 method)',
        step,
      );
    }
  }
}

/** Numerators of the intensities the catalogue defines, with the intensity metric each feeds. */
const INTENSITIES: readonly (readonly [string, string])[] = [
  ['ghg.scope1_2', 'ghg.intensity'],
  ['energy.total', 'energy.intensity'],
  ['water.consumption', 'water.intensity'],
  ['waste.hazardous', 'waste.hazardous_intensity'],
  ['waste.non_hazardous', 'waste.non_hazardous_intensity'],
];

/** Organisation-level intensities per revenue, floor area, employee or unit produced; the denominator goes in dim `denominator`. */
export function intensities(
  ctx: MethodContext,
  book: DraftBook,
  byYear: ReadonlyMap<number, readonly Denominator[]>,
): void {
  for (const [numeratorId, metric] of INTENSITIES) {
    for (const num of book.ofMetric(numeratorId)) {
      if (num.level !== 'total') continue;
      for (const den of byYear.get(num.year) ?? []) {
        if (den.value.isZero()) {
          ctx.notes.add(`${den.activity} for ${num.year} is zero; no intensity per ${den.label}`);
          continue;
        }
        const v = num.value.dividedBy(den.value);
        const step = `${numeratorId} ${show(num.value)} ÷ ${den.activity} ${show(den.value)} ${den.label} = ${show(v)} per ${den.label} (${den.steps.join('; ')})`;
        const formula = `Intensity: ${numeratorId} ÷ ${den.activity}`;
        derive(
          book,
          metric,
          num,
          { ...num.dims, denominator: den.label },
          v,
          [num],
          formula,
          step,
          den.groups,
        );
      }
    }
  }
}

/** GRI 403-9 rates: cases × base ÷ hours worked, for 200,000 and 1,000,000 hours, organisation-wide and per site. */
export function safetyRates(ctx: MethodContext, book: DraftBook): void {
  for (const hours of book.ofMetric('safety.hours_worked')) {
    if (hours.level === 'breakdown') continue;
    if (hours.value.isZero()) {
      ctx.notes.add(`hours worked for ${hours.year} are zero; no injury or fatality rates`);
      continue;
    }
    for (const [countId, metric] of [
      ['safety.injuries', 'safety.injury_rate'],
      ['safety.fatalities', 'safety.fatality_rate'],
    ] as const) {
      const count = book.find(countId, hours.year, hours.dims);
      const cases = count?.value ?? dec(0);
      for (const base of [200_000, 1_000_000]) {
        const v = cases.times(base).dividedBy(hours.value);
        const label = `${base.toLocaleString('en-US')} hours`;
        const step = `${countId} ${show(cases)} × ${label} ÷ ${show(hours.value)} hours worked = ${show(v)}`;
        derive(
          book,
          metric,
          hours,
          { ...hours.dims, denominator: label },
          v,
          count ? [count, hours] : [hours],
          `Rate per ${label} (GRI 403-9): cases × ${base} ÷ hours worked`,
          step,
        );
      }
    }
  }
}
