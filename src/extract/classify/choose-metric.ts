import { findMetricsByPhrase, type Metric, type MetricMatch } from '../../core/index.js';
import { canonicalUnit, type PrintedUnit } from './printed-unit.js';

/** A metric chosen for a mention and the text that named it. */
export interface MetricChoice {
  readonly metric: Metric;
  /** The catalogue phrase that matched. */
  readonly phrase: string;
  /** Matched words of the phrase (higher is surer). */
  readonly score: number;
}

/**
 * Whether a printed unit can be a value of a metric: same dimension as the metric's unit (or one of
 * its alternative units), a ratio whose numerator has it (intensities), or a share printed as "%"
 * for a ratio metric. No printed unit constrains nothing.
 */
export function unitFits(metric: Metric, printed: PrintedUnit | undefined): boolean {
  if (!printed) return true;
  const dims = [metric.unit, ...metric.altUnits].map((s) => canonicalUnit(s)?.dimension);
  const printedDim = printed.unit.dimension;
  if (metric.kind === 'intensity') {
    const num = printed.numerator.dimension;
    // A price per tonne in any currency ("€ per tonne CO2e") fits a money intensity, as money does below.
    const money = num.startsWith('money:') && dims.some((d) => d?.startsWith('money:'));
    // Emissions per unit are often printed in plain tonnes ("t/tūkst. m³", "t/thousand m³").
    const tonnes = num === 'mass' && dims.includes('ghg');
    return printed.denominator !== '' && (dims.includes(num) || money || tonnes);
  }
  if (dims.includes(printedDim)) return !countsThingsAsPeople(metric, printed);
  // "21.4 hours/employee": an average per person prints its base in the unit (GRI 404-1).
  // Money in any currency fits a money metric; it keeps its currency (no exchange rates are applied).
  const money = (d: string) => d.startsWith('money:') && !d.includes('/');
  const anyMoney = dims.some((d) => d !== undefined && money(d));
  if (metric.kind === 'average' && isPerPerson(printed)) {
    const per = printed.numerator.dimension;
    return dims.includes(per) || (money(per) && anyMoney);
  }
  // A money ratio ("VND million/person") is no amount of money.
  if (money(printedDim) && anyMoney) return true;
  // Emissions are often printed in plain tonnes ("reduced carbon emissions by 3,700 tons").
  if (printedDim === 'mass' && dims.includes('ghg')) return true;
  // A count metric accepts any counted noun ("patents", "cases"), a plain number, or persons; a count
  // of people takes no classifier of things or events ("26场" is 26 sessions, not 26 people trained).
  return metric.kind === 'count' && printedDim === 'count' && !countsThingsAsPeople(metric, printed);
}

/** True for a count of people printed with a classifier of things or events. */
function countsThingsAsPeople(metric: Metric, printed: PrintedUnit): boolean {
  return canonicalUnit(metric.unit)?.symbol === 'persons' && NOT_PEOPLE.test(printed.unit.counted ?? '');
}

// Chinese classifiers of sessions, events, cases and things (场 a session, 次 a time, 起 / 宗 / 件 a case,
// 项 an item, 台 / 辆 a machine or vehicle, 家 / 所 a firm or site, 篇 a paper, 批 a batch), and English
// sessions, courses and events; Korean counters of cases, times, things and firms (건, 회, 개, 개사, 곳):
// what a count of people never counts.
const NOT_PEOPLE =
  /^(?:场|場|次|起|宗|件|项|項|台|辆|輛|户|戶|家|所|篇|批|个|個|건|회|개|개사|곳|sessions?|courses?|events?|workshops?|times)$/i;

// The base of an average per person as a unit prints it ("hours/employee", "hours per capita").
// A pay may add its period ("VND million/person/month", "per employee per year").
// Chinese: "小时/人", "小时/员工", "小时/名" (人 person, 员工 / 雇员 employee, 名 a head). Vietnamese:
// "giờ/người/năm" (người a person, lao động a worker, nhân viên an employee; năm a year, tháng a month).
const PER_PERSON =
  /^(?:employees?|persons?|people|heads?|capita|staff|workers?|fte|人|名|员工|雇员|每人|người|lao động|nhân viên)(?:\s*(?:\/|\bper\b)\s*(?:month|year|annum|năm|tháng))?$/iu;

/** True when a printed unit is a quantity per person ("hours/employee"). */
export function isPerPerson(printed: PrintedUnit | undefined): boolean {
  return printed !== undefined && PER_PERSON.test(printed.denominator.trim());
}

/**
 * Chooses the metric for a mention. `texts` run from most specific to widest (row label, column
 * header, group, section, then caption); `core` of them compete: the best-scoring catalogue phrase
 * whose metric fits the printed unit wins, the more specific text on a tie (a row "Employee" under
 * "Number of work injury incidents" is an injury count, not a headcount). The remaining texts are
 * tried only when the core ones name nothing.
 */
export function chooseMetric(
  texts: readonly string[],
  printed: PrintedUnit | undefined,
  core = texts.length,
  cache: PhraseCache = new Map(),
  fits: (metric: Metric) => boolean = () => true,
): MetricChoice | undefined {
  let best: MetricChoice | undefined;
  for (const text of texts.slice(0, core)) {
    const match = firstFitting(text, printed, cache, fits);
    if (match && (!best || match.score > best.score)) best = match;
  }
  if (best) return best;
  for (const text of texts.slice(core)) {
    const match = firstFitting(text, printed, cache, fits);
    if (match) return match;
  }
  return undefined;
}

/**
 * Phrase lookups already made in one document: a caption or a group label is looked up once for all
 * the rows under it.
 */
export type PhraseCache = Map<string, readonly MetricMatch[]>;

function firstFitting(
  text: string,
  printed: PrintedUnit | undefined,
  cache: PhraseCache,
  fits: (metric: Metric) => boolean,
): MetricChoice | undefined {
  if (text.trim() === '') return undefined;
  let matches = cache.get(text);
  if (!matches) {
    // "actual/potential negative impacts" may be worded "actual or potential" in the catalogue.
    matches = findMetricsByPhrase(text, { limit: 8 });
    const worded = text.replace(/(\p{Ll}{2,})\/(\p{Ll}{2,})/gu, '$1 or $2');
    if (worded !== text) {
      const alt = findMetricsByPhrase(worded, { limit: 8 });
      if ((alt[0]?.score ?? 0) > (matches[0]?.score ?? 0)) matches = alt;
    }
    cache.set(text, matches);
  }
  for (const match of matches) {
    if (otherAmount(text, match)) continue;
    if (unitFits(match.metric, printed) && fits(match.metric))
      return { metric: match.metric, phrase: match.phrase, score: match.score };
  }
  return undefined;
}

// "Other operating income", "Other revenue": an income statement's line beside the revenue, never it.
const OTHER_LINE = /^\W*other\b/i;

/** A money row worded "Other …" (IAS 1 lists other income apart from revenue) names no money metric. */
function otherAmount(text: string, match: MetricMatch): boolean {
  return (
    OTHER_LINE.test(text) && !/^other\b/.test(match.phrase) && match.metric.dimension.startsWith('money:')
  );
}
