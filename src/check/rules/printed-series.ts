import { countsOtherThing, senseOf, seriesOf, type FigureSense } from '../fact-index/index.js';
import type { Figure } from '../precision/index.js';
import { contentWords } from './label-similarity.js';
import type { MetricView, RuleContext } from './rule.js';

/** One printing of a series: the figure, what its words say it is, and its content words. */
export interface Printing {
  readonly figure: Figure;
  readonly sense: FigureSense;
  readonly words: ReadonlySet<string>;
}

/** A series (metric, year, dims) the report prints more than once. */
export interface PrintedSeries {
  /** The catalogue entry of its metric; undefined for a metric the catalogue does not list. */
  readonly metric: MetricView | undefined;
  /** Its printings in report order, leaving out sentences that count another noun than the metric's. */
  readonly printings: readonly Printing[];
  /** The printing the other rules take for the series (a table figure stated exactly), if any. */
  readonly representative: Printing | undefined;
}

/**
 * Every series printed at least twice, read once for the rules that compare a series' printings
 * (duplicate.value and its prose slips): each printing's sense and words, and the representative.
 */
export function* printedSeries(ctx: RuleContext): Generator<PrintedSeries> {
  for (const group of ctx.facts.groups()) {
    const [first] = group;
    if (!first || group.length < 2) continue;
    const metric = ctx.metric(first.fact.metric);
    const printings = group
      .map((figure) => ({ figure, sense: senseOf(figure, metric?.label), words: contentWords(figure) }))
      .filter((p) => !countsOtherThing(p.sense, metric));
    const chosen = ctx.facts.at(seriesOf(first.fact), first.fact.metric, first.fact.dims);
    yield { metric, printings, representative: printings.find((p) => p.figure === chosen) };
  }
}

/** Whether a figure was read from a table row (rather than a sentence). */
export function isTableRow(f: Figure): boolean {
  const p = f.fact.provenance;
  return p.kind === 'document' && p.extraction === 'table';
}

/** A figure's printed label in quotes, or its metric id when it has none. */
export function quotedLabel(f: Figure): string {
  return f.fact.label?.trim() ? `"${f.fact.label.trim()}"` : f.fact.metric;
}
