import { addIntervals, overlaps, rangeLike, type Figure } from '../precision/index.js';
import { isTotalLabel } from '../../core/index.js';

/** Words that name no particular quantity ("Total", "Number of …"), left out when labels are compared. */
const EMPTY_WORDS = new Set(
  'total the and for with from that this per number amount value data year group company all'.split(' '),
);

/** The words of a label that say what is measured: lowercase, three letters or more, without a plural s. */
function nameWords(label: string | undefined): Set<string> {
  const out = new Set<string>();
  for (const w of (label ?? '').toLowerCase().match(/[a-z]{3,}/g) ?? []) {
    if (!EMPTY_WORDS.has(w)) out.add(w.replace(/s$/, ''));
  }
  return out;
}

function lineOf(f: Figure): number | undefined {
  const p = f.fact.provenance;
  return p.kind === 'document' ? p.location.line : undefined;
}

/**
 * The figure a series' printings agree on when the only ones that disagree are worded unlike the metric
 * ("Solar PV (self-generated)" read as total energy beside "Total energy consumption" printed twice):
 * printings on two or more lines agree, one of them names the metric in the catalogue's words, and no
 * disagreeing printing shares a word with the metric's name. Such a printing is another row read as
 * the metric, not a second value of it (`duplicate.value` still lists it as a note). Undefined otherwise.
 */
export function agreedByMajority(
  pool: readonly Figure[],
  metricLabel: string | undefined,
): Figure | undefined {
  const metricWords = nameWords(metricLabel);
  if (metricWords.size === 0) return undefined;
  const names = (f: Figure) => [...nameWords(f.fact.label)].some((w) => metricWords.has(w));
  const unlike = (f: Figure) => nameWords(f.fact.label).size > 0 && !names(f);
  for (const candidate of pool) {
    if (candidate.qualifier !== 'exact' || !names(candidate)) continue;
    const agree = pool.filter(
      (f) => f.qualifier !== 'exact' || overlaps(rangeLike(f, candidate), candidate.range),
    );
    const dissent = pool.filter((f) => !agree.includes(f));
    const lines = new Set(agree.map(lineOf).filter((l) => l !== undefined));
    if (lines.size >= 2 && dissent.every(unlike)) return candidate;
  }
  return undefined;
}

/** Rows of one table sit within this many lines of their total. */
const TABLE_ROWS = 12;

/**
 * The "Total" row of a table whose rows above it were read as the same metric ("Potable water |
 * NEWater | Total water consumption", all read as water consumption): when those rows add up to it,
 * it is the series' figure and they are its parts. A total row in any language counts ("Разом",
 * "Kopā", `isTotalLabel`), and when the value is printed on several total rows (a headcount table by
 * gender, then one by site) the one whose rows add up to it is taken. Every other printing must agree
 * with it or be in another quantity (a unit the reader could not compare). Undefined otherwise.
 */
export function totalOfItsRows(pool: readonly Figure[]): Figure | undefined {
  const totals = pool.filter((f) => f.qualifier === 'exact' && isTotalLabel(f.fact.label ?? ''));
  const [first] = totals;
  if (!first || totals.some((t) => !overlaps(rangeLike(t, first), first.range))) return undefined;
  return totals.find((total) => addsUpRowsAbove(pool, total));
}

/** Whether rows of `total`'s table (above it, or beside it on its row) add up to it, and the tables agree. */
function addsUpRowsAbove(pool: readonly Figure[], total: Figure): boolean {
  const at = lineOf(total);
  if (at === undefined) return false;
  // Rows and printings at another scale ("Rs 000" beside "Rs million") are read at the total's.
  const scaled = (f: Figure) => rangeLike(f, total);
  const comparable = (f: Figure) => f.unit.dimension === total.unit.dimension;
  const rows = pool.filter((f) => {
    const line = lineOf(f);
    // Rows above the total, or columns beside it on its row (a year's "Capital | Operating | Total").
    const above = line !== undefined && line < at && line >= at - TABLE_ROWS;
    return comparable(f) && (above || (line === at && f !== total)) && !overlaps(scaled(f), total.range);
  });
  if (rows.length < 2 || !overlaps(addIntervals(rows.map(scaled)), total.range)) return false;
  // Tables state the figure: a sentence printing another value is a slip duplicate.value reports.
  const rest = pool.filter((f) => !rows.includes(f) && comparable(f) && fromTable(f));
  return rest.every((f) => f.qualifier !== 'exact' || overlaps(scaled(f), total.range));
}

/**
 * The value every table row labelled as a total prints, on two lines or more ("Darbinieki kopā" in the
 * headcount table, "Kopā" under the sites), when the printings that disagree are table rows not
 * so labelled (a seasonal-staff row or a site read as the headcount), none a sentence: the totals state the figure,
 * even when the rows above one of them miss it (`sum.table-rows` reports that). Undefined otherwise.
 */
export function agreedTotalRows(pool: readonly Figure[]): Figure | undefined {
  const totals = pool.filter((f) => fromTable(f) && isTotalLabel(f.fact.label ?? ''));
  const [first] = totals;
  // A sentence printing another value (an average headcount) may be the figure meant: tables only.
  if (!pool.every(fromTable)) return undefined;
  if (!first || totals.some((t) => t.qualifier !== 'exact' || !overlaps(rangeLike(t, first), first.range)))
    return undefined;
  return new Set(totals.map(lineOf)).size >= 2 ? first : undefined;
}

/**
 * A table row not labelled as a total that is one all the same: "Electricity from utility A | from
 * utility B | Grid electricity (A + B)", all read as electricity consumed. When every other printing of
 * the series is a row of the same table just above it and those rows add up to it exactly, it is the
 * series' figure and they are its parts. A row labelled as a total ("Electricity, total", "Strøm i
 * alt") may add up rows of an earlier table (the energy table's grid and shore-power rows, summed again
 * above Scope 2 in the emissions table): its rows are those above it at any distance. Undefined when no
 * such row, or more than one, exists.
 */
export function subtotalOfRowsAbove(pool: readonly Figure[]): Figure | undefined {
  const fits = pool.filter((candidate) => {
    const at = lineOf(candidate);
    if (candidate.qualifier !== 'exact' || !fromTable(candidate) || at === undefined) return false;
    const reach = isTotalLabel(candidate.fact.label ?? '') ? at : TABLE_ROWS;
    const others = pool.filter((f) => f !== candidate);
    const rows = others.filter((f) => {
      const line = lineOf(f);
      return line !== undefined && line < at && line >= at - reach && fromTable(f);
    });
    // Tables state the figure: a sentence printing another value is a slip duplicate.value reports.
    const rest = others.filter((f) => !rows.includes(f) && fromTable(f));
    if (rows.length < 2 || rows.some((f) => f.unit.dimension !== candidate.unit.dimension)) return false;
    const scaled = (f: Figure) => rangeLike(f, candidate);
    return (
      overlaps(addIntervals(rows.map(scaled)), candidate.range) &&
      rest.every((f) => f.qualifier !== 'exact' || overlaps(scaled(f), candidate.range))
    );
  });
  return fits.length === 1 ? fits[0] : undefined;
}

function fromTable(f: Figure): boolean {
  const p = f.fact.provenance;
  return p.kind !== 'document' || p.extraction === 'table';
}
