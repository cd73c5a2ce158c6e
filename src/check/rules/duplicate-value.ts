import { dec } from '../../core/index.js';
import {
  makeFinding,
  decimalString,
  placesOf,
  showFigure,
  whereOf,
  type CheckFinding,
} from '../finding/index.js';
import { gapBetween, type Figure } from '../precision/index.js';
import { figuresCrossCoal, rangeIn } from './convert-figure.js';
import { countsOtherThing, sameSense } from '../fact-index/index.js';
import { wordSimilarity, type LabelMatch } from './label-similarity.js';
import { isTableRow, printedSeries, quotedLabel, type Printing } from './printed-series.js';
import { consistent } from './qualified-range.js';
import { linesByRowName, MIN_WORDS, rowKey, sameNamingWords, sameTable } from './duplicate-rows.js';
import { proseSlips, REASON, slipOf, transposedDigits } from './prose-slip.js';
import { digitSlipsAmongRows } from './digit-slip-rows.js';
import type { Rule } from './rule.js';

/** Labels at least this alike describe the same thing (see {@link wordSimilarity}). */
const SAME_WORDS = 0.4;

/** Words at least this alike stand in for a metric the catalogue does not list. */
const UNLISTED_WORDS = 0.3;

/**
 * Past this relative difference two printings of "the same" figure are more likely two different
 * things (another boundary, a sub-total) mislabelled alike than one figure mistyped, so the finding is
 * a warning: typos and stale copies differ by a digit or a few per cent (426,700 t vs 425,200 t).
 */
const TYPO_SCALE = 0.5;

/**
 * Two table rows whose short labels cannot tell them apart ("Male", "Europe") are one figure only on
 * the word of their metric: past a stale copy's gap they are more likely rows of two tables about
 * different things (headcount and leavers) than one figure printed twice.
 */
const STALE_COPY = 0.1;

/** Past this many earlier printings of one sense, a figure is compared with the nearest ones only. */
const MAX_EARLIER = 200;

/** The same metric, year and dims printed twice with values that cannot both be right. */
export const duplicateValueRule: Rule = {
  id: 'duplicate.value',
  title: 'The same figure printed twice agrees with itself',
  run(ctx) {
    const out: CheckFinding[] = [];
    const all = [...printedSeries(ctx)];
    const rowLines = linesByRowName(all.flatMap((s) => s.printings));
    for (const series of all) {
      // A sentence whose value reads as a slip of the tables' value is reported against the tables.
      const slips = proseSlips(series);
      out.push(...slips.findings);
      const rest = series.printings.filter((p) => !slips.flagged.has(p.figure));
      const compared = summarise(compareGroup(rest, series.metric !== undefined, rowLines));
      out.push(...compared, ...unreported(digitSlipsAmongRows(series), compared));
    }
    return out;
  },
};

/**
 * Each printing against the earlier printing of the same sense whose words are most alike: a report
 * restates a figure in the words it first used, and a group may hold many figures of one metric.
 */
function compareGroup(
  printings: readonly Printing[],
  listed: boolean,
  rowLines: ReadonlyMap<string, ReadonlySet<number>>,
): CheckFinding[] {
  const found: CheckFinding[] = [];
  // Where the finding for each distinct disagreeing value sits in `found`.
  const reported = new Map<string, number>();
  printings.forEach((b, i) => {
    let best: { ref: Printing; match: LabelMatch } | undefined;
    for (let j = Math.max(0, i - MAX_EARLIER); j < i; j++) {
      const a = printings[j];
      if (!a || !sameSense(a.sense, b.sense) || (!listed && countsUnnamed(a, b))) continue;
      if (printsBeside(a.figure, b.figure) || printsBeside(b.figure, a.figure)) continue;
      const match = wordSimilarity(a.words, b.words);
      if (!best || match.similarity > best.match.similarity) best = { ref: a, match };
    }
    if (!best) return;
    const finding = compare(best.ref.figure, b.figure, best.match, {
      marked: b.sense.markers.length > 0,
      listed,
      twice: rowLines.get(rowKey(b.figure))?.size === 2,
    });
    // One finding per distinct disagreeing value: the surest, as a later printing of the value may be
    // worded as the first one is ("Headcount" in the key figures and in the staff table) where an
    // earlier one was not (a site table's "Group" row).
    const key = decimalString(b.figure.value, 12);
    if (!finding) return;
    const at = reported.get(key);
    if (at === undefined) {
      reported.set(key, found.length);
      found.push(finding);
    } else if (SURENESS[finding.severity] > SURENESS[found[at]?.severity ?? 'info']) found[at] = finding;
  });
  return found;
}

/**
 * Slips the printings' own comparison has not already reported as a warning or an error: a sentence
 * compared with a row worded alike is judged there, more surely.
 */
function unreported(slips: readonly CheckFinding[], compared: readonly CheckFinding[]): CheckFinding[] {
  const lineOf = (f: CheckFinding) => f.source[0]?.line;
  const seen = new Set(
    compared.filter((f) => f.severity !== 'info').flatMap((f) => f.source.map((s) => s.line)),
  );
  return slips.filter((f) => !seen.has(lineOf(f)));
}

const SURENESS: Readonly<Record<CheckFinding['severity'], number>> = { info: 0, warning: 1, error: 2 };

/**
 * With no catalogue label to say what is counted, each printing's label stands in for it: a sentence
 * counting a noun the other printing's label does not name ("96 sites reclaimed" against a row "Wells
 * abandoned") counts something else.
 */
function countsUnnamed(a: Printing, b: Printing): boolean {
  const label = (p: Printing) => ({ label: p.figure.fact.label ?? '' });
  return countsOtherThing(a.sense, label(b)) || countsOtherThing(b.sense, label(a));
}

// A figure a label may print that cannot be a part of its name: grouped thousands, a decimal or a share,
// never a plain small number ("Scope 2", "Category 11") or a year.
const PRINTED_FIGURE = /\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+\.\d+|\d+(?=\s?%)/g;

/**
 * True when b's words print a's value as a figure of their own beside b's ("1,204 (88.2%) are local hires
 * and 707 (51.8%) come from nearby towns" against a row of 88.2%): the sentence tells the two apart,
 * and its words name a's figure as much as b's.
 */
function printsBeside(a: Figure, b: Figure): boolean {
  const label = b.fact.label ?? '';
  if (a.value.eq(b.value)) return false;
  return [...label.matchAll(PRINTED_FIGURE)].some((m) => dec(m[0].replace(/,/g, '')).eq(a.value));
}

/**
 * Past two notes on unlike words, a metric and dims read for many different rows say more about how
 * they were read than about the report: the first note stands for the rest. Errors and warnings
 * (printings worded alike) each stand on their own.
 */
function summarise(found: readonly CheckFinding[]): CheckFinding[] {
  const serious = found.filter((f) => f.severity !== 'info');
  const notes = found.filter((f) => f.severity === 'info');
  const [first] = notes;
  if (!first || notes.length <= 2) return [...serious, ...notes];
  return [
    ...serious,
    { ...first, message: `${first.message} (${notes.length - 1} more printings disagree as well.)` },
  ];
}

/**
 * A marked printing (a saving, a subset, an event) is one of many such in a report: only the same
 * words make two of them one figure, so unlike words give no finding rather than a note. A metric the
 * catalogue does not list (an unclassified figure) says nothing about what is counted: only words
 * alike, telling and a typo's gap make a finding.
 */
function compare(
  a: Figure,
  b: Figure,
  match: LabelMatch,
  { marked, listed, twice }: { marked: boolean; listed: boolean; twice: boolean },
): CheckFinding | undefined {
  // A figure in standard coal is a conversion of the one in kWh or m³ (GB/T 2589 coefficients), never a
  // second printing of it.
  if (figuresCrossCoal(a, b)) return undefined;
  const rb = rangeIn(b, a.unit);
  if (!rb || sameTable(a, b) || consistent(a.range, a.qualifier, rb, b.qualifier)) return undefined;
  const { similarity: alike, words } = match;
  if (marked && (alike < SAME_WORDS || words < MIN_WORDS)) return undefined;
  const bothExact = a.qualifier === 'exact' && b.qualifier === 'exact';
  // In a's unit: b may be printed in another scale (600,000 t against 4.7196 million t).
  const larger = [a.range.lo, a.range.hi, rb.lo, rb.hi].reduce(
    (m, v) => (v.abs().gt(m) ? v.abs() : m),
    dec(0),
  );
  const relative = larger.isZero() ? 0 : gapBetween(a.range, rb).div(larger).toNumber();
  // Unlike words around unlike numbers: most likely two different figures given one metric. Two table
  // rows far apart, or labels too short to compare ("Male", "Scope 1"), may sit in tables about
  // different things (headcount and new hires), which the row label alone does not show: past a
  // typo's gap only words alike and telling make them one figure.
  const plain = !wordedZero(a) && !wordedZero(b);
  const telling = words >= MIN_WORDS && !(isTableRow(a) && isTableRow(b));
  // A sentence printing the other's digits at a power of ten ("8.72亿元" beside "8,716.40万元") is one
  // figure with its scale slipped, however short the labels: two figures rarely share three digits by chance.
  const scaled = listed && !(isTableRow(a) && isTableRow(b)) && slipOf(a, b, rb) === 'scale';
  // Two neighbouring digits swapped (214.6 for 241.6) is a typing slip whatever the gap it makes.
  const close =
    scaled ||
    transposedDigits(a, b) ||
    relative <= (isTableRow(a) && isTableRow(b) ? STALE_COPY : TYPO_SCALE);
  const sameRow = twice && isTableRow(a) && isTableRow(b) && close && sameNamingWords(a, b);
  if (!listed && !sameRow && !(telling && relative <= TYPO_SCALE && alike >= UNLISTED_WORDS))
    return undefined;
  const severity =
    bothExact && plain && telling && relative <= TYPO_SCALE && alike >= SAME_WORDS
      ? 'error'
      : plain && alike >= SAME_WORDS / 2 && (close || (telling && alike >= SAME_WORDS))
        ? 'warning'
        : 'info';
  const both =
    `${quotedLabel(a)} is printed as ${showFigure(a)} (${whereOf(a)}) and as ${showFigure(b)} (${whereOf(b)}) ` +
    `for ${a.fact.period.year}${dimsText(a)}`;
  const message =
    severity === 'info'
      ? `${both}; they are worded differently, so they may be two figures read as one.`
      : `${both}; both cannot be right.` +
        (severity === 'warning' && scaled
          ? ` ${REASON.scale[0]?.toUpperCase()}${REASON.scale.slice(1)}`
          : severity === 'warning' && bothExact && relative > TYPO_SCALE
            ? ' The gap is large: they may describe different boundaries.'
            : '');
  return makeFinding(duplicateValueRule.id, {
    severity,
    message,
    figures: [a, b],
    expected: decimalString(a.value, placesOf(a)),
    actual: decimalString(b.value, placesOf(b)),
  });
}

/** "No complaints were received": a zero in words is a claim about a scope the words set, often narrower. */
function wordedZero(f: Figure): boolean {
  const p = f.fact.provenance;
  return f.value.isZero() && p.kind === 'document' && p.extraction === 'text';
}

function dimsText(f: Figure): string {
  const entries = Object.entries(f.fact.dims);
  return entries.length === 0
    ? ''
    : ` and ${entries.map(([k, v]) => `${k.replace(/_/g, ' ')} ${v}`).join(', ')}`;
}
