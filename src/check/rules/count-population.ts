import { decimalString, makeFinding, showFigure, whereOf, type CheckFinding } from '../finding/index.js';
import type { Figure } from '../precision/index.js';
import type { Rule } from './rule.js';

// A table row counting a population a project or a benefit is for: "Households affected (cumulative)",
// "Affected fisher families", "Workers eligible for the bonus". The words around the participle name
// what is counted; a bracketed gloss ("(cumulative)") names none of it.
const POPULATION = /^(.+?)\s+(?:affected|impacted|eligible|entitled)(?:\s+(?:by|for|to)\b.*)?$/i;
const POPULATION_FIRST = /^(?:affected|impacted|eligible|entitled)\s+(.+)$/i;

// A sentence saying its count received what the population is owed: compensation, a payment, a
// resettlement, a grant. Those so served are some of the affected or eligible, never more of them.
const SERVED =
  /\b(?:compensat\w*|paid|received|receiving|relocated|resettled|granted|awarded|benefit(?:ed|ted|ing))\b/i;

// "About 200 households", "more than 200": a rounded count is no count to hold to the row's.
const HEDGED =
  /\b(?:about|approximately|approx\.|around|some|nearly|almost|over|more\s+than|up\s+to|roughly|close\s+to|at\s+least)\s*$|[~≈]\s*$/i;

// A count over the years ("since 2019", "by the end of 2025", "to date"): no part of one year's row.
const CUMULATIVE =
  /\b(?:cumulative\w*|since|to\s+date|so\s+far|by\s+the\s+end\s+of|in\s+total|altogether)\b/i;

/** What a population row counts and whether it counts over the years. */
interface Population {
  readonly row: Figure;
  readonly words: readonly string[];
  readonly cumulative: boolean;
}

/**
 * Those a sentence says were compensated, paid, resettled or granted something ("compensation had been
 * paid to 214 fisher families") are part of the population the tables count as affected or eligible
 * for it ("Fisher families affected (cumulative) | families | 196"): a sentence counting more of the
 * same people than the row, in the row's year, names the one or the other wrongly. A warning: the
 * sentence's count may take in people beyond the row's population after all.
 */
export const countPopulationRule: Rule = {
  id: 'count.population',
  title: 'Those served do not outnumber the population the tables count',
  fallback: true,
  run(ctx) {
    const figures = ctx.facts.figures.filter(
      (f) => f.unit.dimension === 'count' && f.value.isInteger() && f.fact.basis === 'actual',
    );
    const populations = figures.flatMap((f) => populationOf(f) ?? []);
    const out: CheckFinding[] = [];
    for (const part of figures) {
      const words = servedWords(part);
      if (!words) continue;
      const sentenceCumulative = CUMULATIVE.test(quoteOf(part));
      const wholes = populations.filter(
        (p) =>
          p.row.fact.period.year === part.fact.period.year &&
          p.row.fact.entity === part.fact.entity &&
          (p.cumulative || !sentenceCumulative) &&
          p.words.every((w) => words.includes(w)),
      );
      const [whole] = wholes;
      if (!whole || wholes.some((w) => !w.row.value.eq(whole.row.value))) continue;
      if (part.value.lte(whole.row.value)) continue;
      out.push(finding(part, whole.row));
    }
    return out;
  },
};

function finding(part: Figure, whole: Figure): CheckFinding {
  return makeFinding(countPopulationRule.id, {
    severity: 'warning',
    message:
      `A sentence counts ${showFigure(part)} served (${whereOf(part)}), more than the ` +
      `${showFigure(whole)} "${whole.fact.label ?? ''}" the table gives for ${whole.fact.period.year} ` +
      `(${whereOf(whole)}), whom they are part of; one of the two counts is wrong.`,
    figures: [part, whole],
    expected: `≤ ${decimalString(whole.value, 0)}`,
    actual: decimalString(part.value, 0),
  });
}

/** A table row counting an affected or eligible population, with the words naming what it counts. */
function populationOf(f: Figure): Population | undefined {
  const p = f.fact.provenance;
  if (p.kind !== 'document' || p.extraction !== 'table') return undefined;
  const label = (f.fact.label ?? '').trim();
  const bare = label.replace(/\s*\([^)]*\)/g, '').trim();
  const named = POPULATION.exec(bare)?.[1] ?? POPULATION_FIRST.exec(bare)?.[1];
  const words = named === undefined ? [] : wordsOf(named);
  if (words.length === 0) return undefined;
  return { row: f, words, cumulative: CUMULATIVE.test(label) };
}

/**
 * The words of what a sentence's count names, when the sentence says those counted were served
 * (compensated, paid, resettled) and prints the count as counted, not rounded.
 */
function servedWords(f: Figure): string[] | undefined {
  const p = f.fact.provenance;
  if (p.kind !== 'document' || p.extraction !== 'text') return undefined;
  const counted = f.unit.counted ?? p.reported.unit;
  const quote = quoteOf(f);
  const plain = quote.replace(/(\d),(?=\d{3})/g, '$1');
  const at = plain.search(new RegExp(`(?<![\\d.])${p.reported.value.replace(/\./g, '\\.')}(?![\\d])`));
  if (at < 0 || !SERVED.test(quote) || HEDGED.test(plain.slice(0, at))) return undefined;
  const words = wordsOf(counted);
  return words.length > 0 ? words : undefined;
}

function quoteOf(f: Figure): string {
  return f.fact.provenance.kind === 'document' ? f.fact.provenance.quote : '';
}

/** Lower-case words, a plural's "s" dropped, so "Fisher families" and "fisher family" agree. */
function wordsOf(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .filter((w) => w.length > 1 && !['the', 'of', 'and', 'our'].includes(w))
    .map((w) => w.replace(/ies$/, 'y').replace(/(?<=[^s])s$/, ''));
}
