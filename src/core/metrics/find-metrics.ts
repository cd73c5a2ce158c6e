import type { Metric } from './metric.js';
import { listMetrics } from './metric-catalogue.js';
import { phraseTokens, type PhraseToken } from './phrase-tokens.js';
import { fitOfUnit, parsePrintedUnit, type UnitFit } from './unit-fit.js';

/** A metric whose phrasing occurs in a label, with how well it matched. */
export interface MetricMatch {
  readonly metric: Metric;
  /** The catalogue phrase that matched best, as written in the catalogue. */
  readonly phrase: string;
  /** Weight of the text the best phrase covers: 1 per word, ½ per word inside brackets. */
  readonly score: number;
  /** Share (0–1) of the text's weight covered by any of the metric's phrases. */
  readonly coverage: number;
  /** How the printed unit passed in the options fits the metric; absent when none was given or it did not parse. */
  readonly unitFit?: UnitFit;
}

/** Options of {@link findMetricsByPhrase}. */
export interface FindMetricsOptions {
  /** Most candidates returned (default 5). */
  readonly limit?: number;
  /** The unit printed with the figure ("Tons of standard coal", "tCO2e/m2"), when the label does not carry it. */
  readonly unit?: string;
}

interface IndexedPhrase {
  readonly order: number;
  readonly metric: Metric;
  readonly text: string;
  readonly words: readonly string[];
}

let index: ReadonlyMap<string, readonly IndexedPhrase[]> | undefined;

/** Phrases keyed by their first token, built on first use so importing the module stays cheap. */
function phraseIndex(): ReadonlyMap<string, readonly IndexedPhrase[]> {
  if (index) return index;
  const byFirst = new Map<string, IndexedPhrase[]>();
  listMetrics().forEach((metric, order) => {
    for (const text of metric.phrases) {
      for (const words of phraseWordings(text)) {
        const first = words[0];
        if (first === undefined) continue;
        const list = byFirst.get(first) ?? [];
        list.push({ order, metric, text, words });
        byFirst.set(first, list);
      }
    }
  });
  index = byFirst;
  return index;
}

/**
 * A phrase's tokens; a Cyrillic phrase printing only look-alike letters ("охват 1") also as Cyrillic
 * words, since a label folds them to Latin alone ("Охват 1") but keeps them among Cyrillic words
 * ("Выбросы, охват 1").
 */
function phraseWordings(text: string): string[][] {
  const words = phraseTokens(text).map((t) => t.word);
  if (!/[\u0400-\u04ff]/u.test(text)) return [words];
  const cyrillic = phraseTokens(text, { cyrillic: true }).map((t) => t.word);
  return cyrillic.join(' ') === words.join(' ') ? [words] : [words, cyrillic];
}

interface Tally {
  readonly order: number;
  readonly metric: Metric;
  phrase: string;
  score: number;
  readonly covered: Set<number>;
}

/** Every metric with a phrase occurring as consecutive tokens of the text, with its best phrase and cover. */
function tallyPhrases(tokens: readonly PhraseToken[]): Map<string, Tally> {
  const byFirst = phraseIndex();
  const tallies = new Map<string, Tally>();
  tokens.forEach((token, start) => {
    for (const p of byFirst.get(token.word) ?? []) {
      if (start + p.words.length > tokens.length) continue;
      let score = 0;
      let matched = true;
      let inBase = true;
      for (let k = 0; k < p.words.length && matched; k += 1) {
        const t = tokens[start + k];
        matched = t?.word === p.words[k];
        score += t?.weight ?? 0;
        inBase &&= t?.base === true;
      }
      // "LTIFR (per 1,000,000 hours worked)": a phrase found only in the rate's base names its
      // denominator, not the figure's metric.
      if (!matched || inBase) continue;
      const tally = tallies.get(p.metric.id) ?? {
        order: p.order,
        metric: p.metric,
        phrase: p.text,
        score: 0,
        covered: new Set<number>(),
      };
      if (score > tally.score) Object.assign(tally, { score, phrase: p.text });
      for (let k = 0; k < p.words.length; k += 1) tally.covered.add(start + k);
      tallies.set(p.metric.id, tally);
    }
  });
  return tallies;
}

/**
 * Candidate metrics for a printed label or sentence, best first. A metric matches where one of its
 * phrases occurs as consecutive words of the text after folding case, punctuation, look-alike letters
 * and plurals. Ranking: metrics the printed unit (option `unit`) cannot fit go last; then the weight
 * of the best phrase; then the metric whose canonical unit was printed; then how much of the text the
 * metric's phrases cover; then catalogue order (the general metric precedes its variants). Work is
 * linear in the text's words (text beyond 600 characters is ignored).
 */
export function findMetricsByPhrase(text: string, options: FindMetricsOptions = {}): MetricMatch[] {
  const tokens = phraseTokens(text);
  const tallies = tallyPhrases(tokens);
  const total = tokens.reduce((sum, t) => sum + t.weight, 0);
  const weightOf = (covered: Set<number>): number =>
    [...covered].reduce((sum, i) => sum + (tokens[i]?.weight ?? 0), 0);
  const unit = options.unit === undefined ? undefined : parsePrintedUnit(options.unit);
  return [...tallies.values()]
    .map((t) => ({
      ...t,
      coverage: total > 0 ? weightOf(t.covered) / total : 0,
      unitFit: unit && fitOfUnit(t.metric, unit),
    }))
    .sort(
      (a, b) =>
        fitsFirst(a.unitFit, b.unitFit) ||
        b.score - a.score ||
        exactFirst(a.unitFit, b.unitFit) ||
        b.coverage - a.coverage ||
        a.order - b.order,
    )
    .slice(0, options.limit ?? 5)
    .map(({ metric, phrase, score, coverage, unitFit: fit }) =>
      fit === undefined
        ? { metric, phrase, score, coverage }
        : { metric, phrase, score, coverage, unitFit: fit },
    );
}

/** Orders metrics the unit fits (or may fit) before those it cannot. */
function fitsFirst(a: UnitFit | undefined, b: UnitFit | undefined): number {
  return Number(a === 'none') - Number(b === 'none');
}

/** Among equally good phrase matches, the metric whose canonical unit was printed wins. */
function exactFirst(a: UnitFit | undefined, b: UnitFit | undefined): number {
  return Number(b === 'exact') - Number(a === 'exact');
}
