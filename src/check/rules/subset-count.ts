import { dimsKey, seriesOf, type FactIndex } from '../fact-index/index.js';
import {
  makeFinding,
  severityFor,
  decimalString,
  placesOf,
  showFigure,
  whereOf,
  type CheckFinding,
} from '../finding/index.js';
import type { Figure } from '../precision/index.js';
import { relations } from '../relations/index.js';
import { rangeIn } from './convert-figure.js';
import type { Rule } from './rule.js';

/** Counts that cannot exceed the population they are drawn from (R&D staff vs headcount …). */
export const subsetCountRule: Rule = {
  id: 'count.within',
  title: 'A count does not exceed the population it is part of',
  run(ctx) {
    const out: CheckFinding[] = [];
    for (const relation of relations().subsets) {
      const reported = new Set<Figure>();
      for (const part of ctx.facts.representatives(relation.part)) {
        const whole = wholeOf(ctx.facts, part, relation.whole);
        if (!whole || !exceeds(part, whole)) continue;
        reported.add(part);
        out.push(finding(relation, part, whole));
      }
      // A table row printing the population beside the part ("Headcount | Employees trained" by
      // category) sets them against each other even when the row's label names no breakdown, and its
      // figures are then printed for the whole as well with other values.
      const wholes = rowFigures(ctx.facts.metric(relation.whole));
      for (const part of ctx.facts.metric(relation.part)) {
        const key = rowKey(part);
        if (key === undefined || reported.has(part)) continue;
        const mates = wholes.get(key) ?? [];
        const [whole] = mates;
        if (mates.length !== 1 || !whole || !exceeds(part, whole)) continue;
        out.push(finding(relation, part, whole));
      }
    }
    return out;
  },
};

type Subset = ReturnType<typeof relations>['subsets'][number];

// Breakdowns that narrow a population to a group of it: the group's part ("all 1,520 permanent employees
// completed the module") is also part of the whole population when the report prints no headcount of
// the group itself.
const GROUP_KEYS = new Set([
  'gender',
  'age',
  'region',
  'employee_category',
  'employment_type',
  'site',
  'nationality',
  'ethnicity',
  'education',
]);

/** The whole of the part's group, or of the whole population when the report prints none for the group. */
function wholeOf(facts: FactIndex, part: Figure, metric: string): Figure | undefined {
  const series = seriesOf(part.fact);
  const keys = Object.keys(part.fact.dims);
  if (keys.length === 0 || facts.find({ ...series, metric }, part.fact.dims).length > 0)
    return facts.at(series, metric, part.fact.dims);
  return keys.every((k) => GROUP_KEYS.has(k)) ? facts.at(series, metric, {}) : undefined;
}

function exceeds(part: Figure, whole: Figure): boolean {
  const wholeRange = rangeIn(whole, part.unit);
  return wholeRange !== undefined && part.range.lo.gt(wholeRange.hi);
}

function finding(relation: Subset, part: Figure, whole: Figure): CheckFinding {
  return makeFinding(subsetCountRule.id, {
    severity: severityFor(relation.severity, [part, whole]),
    message:
      `${name(part)} is ${showFigure(part)} (${whereOf(part)}), more than ${name(whole)} ` +
      `${showFigure(whole)} (${whereOf(whole)}), which it is part of: ${relation.why}.`,
    figures: [part, whole],
    expected: decimalString(whole.value, placesOf(whole)),
    actual: decimalString(part.value, placesOf(part)),
  });
}

/** A table figure's row: its line, entity, year, basis and dims; undefined for a sentence's figure. */
function rowKey(f: Figure): string | undefined {
  const p = f.fact.provenance;
  if (p.kind !== 'document' || p.extraction !== 'table' || p.location.line === undefined) return undefined;
  const { entity, year, basis } = seriesOf(f.fact);
  return `${p.location.line}|${entity}|${year}|${basis}|${dimsKey(f.fact.dims)}`;
}

/** Table figures by their row. */
function rowFigures(figures: readonly Figure[]): Map<string, Figure[]> {
  const out = new Map<string, Figure[]>();
  for (const f of figures) {
    const key = rowKey(f);
    if (key !== undefined) out.set(key, [...(out.get(key) ?? []), f]);
  }
  return out;
}

function name(f: Figure): string {
  return f.fact.label?.trim() ? `"${f.fact.label.trim()}"` : f.fact.metric;
}
