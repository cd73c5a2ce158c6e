import { getMetric } from '../../core/index.js';
import type { Mention } from '../mention/index.js';
import type { MetricChoice } from './choose-metric.js';
import type { PrintedUnit } from './printed-unit.js';

// "FTE", "FTEs", "full-time equivalent(s)": employees weighed by contracted hours (GRI 2-7 b allows it); German
// "Vollzeitäquivalente" ("VZÄ"). A word of its own: "Führungskräfte" (managers) ends in no FTE.
const FTE =
  /(?<!\p{L})FTEs?(?!\p{L})|\bfull[- ]time[- ]equivalents?\b|vollzeit(?:ä|ae)quivalent|(?<!\p{L})VZÄ(?!\p{L})/iu;
// German reports count heads as "Köpfe" ("Mitarbeitende (Köpfe, 31.12.)").
const HEADCOUNT =
  /\bhead[- ]?counts?\b|\bnumber of (?:people|persons)\b|(?<!\p{L})(?:köpfe|kopfzahl)(?!\p{L})/iu;

/**
 * An employee count the report gives in full-time equivalents is `workforce.fte`, never the headcount:
 * the two differ by every part-timer and are neither summed nor compared. A table row says so by its
 * label, its unit, its column, or the nearest heading above that names either measure ("Full-time
 * equivalents at year end" over "Germany"); a sentence only by the unit after its figure ("2,410.5
 * FTE"), since its words may name the headcount beside it.
 */
export function asFullTimeEquivalents(
  m: Mention,
  printed: PrintedUnit | undefined,
  choice: MetricChoice | undefined,
): MetricChoice | undefined {
  if (choice?.metric.id !== 'workforce.total') return choice;
  const unit = printed?.unit.symbol ?? '';
  const own = m.kind === 'table' ? [m.label, unit, m.column ?? ''] : [unit];
  const headings = m.kind === 'table' ? [...m.context].reverse() : [];
  if (own.some((t) => HEADCOUNT.test(t))) return choice;
  const named = own.some((t) => FTE.test(t)) || nearestSaysFte(headings);
  return named ? { ...choice, metric: getMetric('workforce.fte') } : choice;
}

/** The most specific heading naming headcount or FTE decides; one naming both ("headcount and FTE") says nothing. */
function nearestSaysFte(headings: readonly string[]): boolean {
  const deciding = headings.find((h) => FTE.test(h) || HEADCOUNT.test(h));
  return deciding !== undefined && FTE.test(deciding) && !HEADCOUNT.test(deciding);
}
