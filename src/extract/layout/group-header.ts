import { isBareFigure } from './bare-figure.js';
import type { ReportLine } from './report-line.js';
import { gapBetween, overlaps, placeCells, spansOf, type Span } from './spans.js';

/**
 * Two-row headers of space-aligned tables: a row of group names ("Scope 1   Scope 2 (tCO2e)   New
 * hires") printed over the header row it spans ("(tCO2e)   Location-based   Market-based   Number").
 * With no figure of its own the group row reads as one cell and its names would be lost; here each
 * header cell takes the group printed over it (or just beside it, as a name centred over two
 * columns is), by character position, and the group row is dropped.
 */

// A group name is short words, not a sentence, a figure or a year.
const MAX_GROUP_CHARS = 40;
// A group name centred over its columns may stop short of the outer ones by a few characters.
const MAX_REACH = 4;
const YEAR = /\b(?:FY\s?)?(?:19|20)\d{2}\b/i;
// A rule printed under a row of years to show the columns each spans ("─────   ─────").
const RULE = /^[-–—=_─━═\s]{3,}$/;
// The rule drawn either side of a group's name to show the columns it spans.
const RULE_ENDS = /^[-–—=_─━═]{2,}\s*|\s*[-–—=_─━═]{2,}$/g;
const YEAR_CELL = /^(?:FY\s?)?(?:19|20)\d{2}(?:\/\d{2})?$/i;

/** The lines with each group row merged into the header row below it. */
export function joinGroupHeaders(lines: readonly ReportLine[]): ReportLine[] {
  const out: ReportLine[] = [];
  for (let i = 0; i < lines.length; i++) {
    const upper = lines[i];
    // A rule between a row of years and the header row they span would part the two for the table reader.
    if (upper && isYearRow(upper) && lines[i + 1] && RULE.test(lines[i + 1]?.text ?? '') && lines[i + 2]) {
      out.push(upper);
      i++;
      continue;
    }
    // A group row wrapped over two lines ("Foreign" over "nationals") names the header row below both.
    const [middle, header] = [lines[i + 1], lines[i + 2]];
    const wrapped = upper && middle && header ? wrappedGroupRow(upper, middle) : undefined;
    const afterWrap = wrapped && header ? mergeGroups(wrapped, header) : undefined;
    if (afterWrap && header) {
      out.push({ ...header, cells: afterWrap, text: afterWrap.join('\t') });
      i += 2;
      continue;
    }
    const lower = lines[i + 1];
    const merged = upper && lower ? mergeGroupRow(upper, lower) : undefined;
    if (upper && lower && merged) {
      out.push({ ...lower, cells: merged, text: merged.join('\t') });
      i++;
    } else if (upper) out.push(upper);
  }
  return out;
}

/** Whether a line is only years, two or more ("2025/26   2024/25"). */
export function isYearRow(line: ReportLine): boolean {
  const cells = line.cells.filter((c) => c !== '');
  return cells.length >= 2 && cells.every((c) => YEAR_CELL.test(c.trim()));
}

/** The header row's cells named by the groups over them; undefined when `upper` is no group row of `lower`. */
export function mergeGroupRow(upper: ReportLine, lower: ReportLine): string[] | undefined {
  if (upper.cells.length !== 1 || lower.no - upper.no > 2) return undefined;
  // Positions mean something only on a line aligned with spaces, not one cut at tabs.
  if (upper.raw.includes('\t')) return undefined;
  return mergeGroups(spansOf(upper.raw, upper.indent ?? 0), lower);
}

/**
 * The group names of a group row wrapped over two lines, each name's second line printed under its
 * first ("Male   Female   Foreign" over "nationals"); undefined unless every word run of the lower line
 * stands under exactly one name of the upper.
 */
function wrappedGroupRow(upper: ReportLine, lower: ReportLine): Span[] | undefined {
  if (upper.cells.length !== 1 || lower.cells.length !== 1 || lower.no !== upper.no + 1) return undefined;
  if (upper.raw.includes('\t') || lower.raw.includes('\t')) return undefined;
  const groups = spansOf(upper.raw, upper.indent ?? 0);
  const tails = spansOf(lower.raw, lower.indent ?? 0);
  if (groups.length < 2 || tails.length === 0) return undefined;
  const heads = tails.map((t) => groups.filter((g) => overlaps(g, t)));
  if (heads.some((h) => h.length !== 1) || new Set(heads.map((h) => h[0])).size !== tails.length)
    return undefined;
  return groups.map((g) => {
    const k = heads.findIndex((h) => h[0] === g);
    const tail = tails[k];
    if (!tail) return g;
    return {
      text: `${g.text} ${tail.text}`,
      start: Math.min(g.start, tail.start),
      end: Math.max(g.end, tail.end),
    };
  });
}

/** The header row's cells named by the groups placed over them; undefined when they are no groups of its cells. */
function mergeGroups(groups: readonly Span[], lower: ReportLine): string[] | undefined {
  if (lower.cells.length < 3 || lower.raw.includes('\t')) return undefined;
  // Header cells right of the label cell, placed in the printed line; no figures, no years.
  const measures = placeCells(lower, 1);
  if (!measures || groups.length === 0 || measures.length <= groups.length) return undefined;
  if (measures.some((m) => isBareFigure(m.text) || YEAR.test(m.text))) return undefined;
  if (groups.some((g) => g.text.length > MAX_GROUP_CHARS || YEAR.test(g.text) || /[.:;,]$/.test(g.text)))
    return undefined;
  // A caption starts at the margin; a group row starts over the columns it names.
  const first = measures[0]?.start ?? 0;
  if (groups.some((g) => g.start < first - MAX_REACH)) return undefined;
  // A group centred over a column it overlaps names that column only, not its neighbour within reach
  // ("withdrawal" over "(ton)", three characters from "(TOE)").
  const reaches = (g: Span | undefined, k: number): boolean => {
    const cell = measures[k];
    if (!g || !cell || gapBetween(g, cell) <= 0) return true;
    const middle = (g.start + g.end) / 2;
    return !measures.some((m) => gapBetween(g, m) <= 0 && middle >= m.start && middle <= m.end);
  };
  const owner = measures.map((m) => nearestGroup(m, groups)).map((g, k) => (reaches(g, k) ? g : undefined));
  for (const g of groups) widenCentred(g, owner, measures, groups);
  // Every group heads a column, and some group spans two or more.
  const owned = owner.filter((g) => g !== undefined);
  if (groups.some((g) => !owner.includes(g)) || new Set(owned).size === owned.length) return undefined;
  let next = 0;
  return lower.cells.map((cell, c) => {
    if (c === 0 || cell === '') return cell;
    const group = owner[next++];
    return group ? nameUnder(group.text, cell) : cell;
  });
}

/**
 * A header cell named by its group: "Scope 2 (tCO2e)" over "Market-based" reads "Scope 2 Market-based
 * (tCO2e)", the group's bracketed unit kept last, where a column's unit is looked for.
 */
function nameUnder(printed: string, cell: string): string {
  // A group drawn inside a rule over its columns ("---- Permanent ----") is named by its words.
  const group = printed.replace(RULE_ENDS, '') || printed;
  const unit = /^(.*\S)\s*(\([^()]+\))$/.exec(group);
  if (!unit?.[1] || !unit[2] || /\)$/.test(cell)) return `${group} ${cell}`;
  return `${unit[1]} ${cell} ${unit[2]}`;
}

const middle = (p: Span): number => (p.start + p.end) / 2;

/**
 * A name centred over four columns ("Male" over "A  C  I  W") stands over the inner two only: the run of
 * columns it owns widens by one column each side at a time while both are unnamed and nearer its middle
 * than any other group's.
 */
function widenCentred(
  g: Span,
  owner: (Span | undefined)[],
  measures: readonly Span[],
  groups: readonly Span[],
): void {
  const lo = owner.indexOf(g);
  const hi = owner.lastIndexOf(g);
  if (lo < 0 || owner.slice(lo, hi + 1).some((o) => o !== g)) return;
  const nearest = (m: Span): Span | undefined => {
    let best: Span | undefined;
    for (const other of groups)
      if (!best || Math.abs(middle(other) - middle(m)) < Math.abs(middle(best) - middle(m))) best = other;
    return best;
  };
  for (let l = lo - 1, r = hi + 1; l >= 0 && r < measures.length; l--, r++) {
    const [left, right] = [measures[l], measures[r]];
    if (!left || !right || owner[l] || owner[r] || nearest(left) !== g || nearest(right) !== g) return;
    owner[l] = g;
    owner[r] = g;
  }
}

/** The group printed over a cell, or just beside it; undefined when none is near. */
function nearestGroup(cell: Span, groups: readonly Span[]): Span | undefined {
  let best: Span | undefined;
  let bestGap = MAX_REACH + 1;
  for (const g of groups) {
    const gap = Math.max(0, gapBetween(g, cell));
    if (gap < bestGap) {
      best = g;
      bestGap = gap;
    }
  }
  return best;
}
