import { tryParseUnit } from '../../core/index.js';
import type { ReportLine } from '../layout/index.js';
import { parseCellValue } from '../numbers/index.js';
import type { FigureFirst } from './figure-first.js';
import { valueWithUnit } from './worded-figure.js';

// Text set apart by two or more spaces on a line printed with its layout.
const SEGMENT = /\S+(?: \S+)*/g;
// A name's column may start a little right of its figure's ("  3,286" over "permanent employees").
const ALIGN_SLACK = 2;
// A tile's name wraps over at most this many lines under its figure.
const MAX_NAME_LINES = 2;
// A year on its own heads a column ("2024   2025" over "(kg)   (kg)"; a fiscal year "2024/25" over
// "Women   Men   Total"), never a tile's figure.
const BARE_YEAR = /^(?:FY\s?)?(?:19|20)\d{2}(?:\s?[/–-]\s?\d{2}(?:\d{2})?)?$/;
// A currency word before the amount ("KShs 11.3 billion", "Rs 48,620"), which cells print after it.
const CURRENCY_FIRST = /^(\p{L}{1,4}\$?|[$€£¥₹])\s?(\d.*)$/u;
// Parts printed as a sum in one tile ("1,342 + 4,386" over "Permanent + seasonal staff"): the tile holds
// its place in the row, but no one figure of its own.
const SUM_OF_PARTS = /^\d[\d,.]*(?:\s?\+\s?\d[\d,.]*)+$/;

interface Segment {
  readonly text: string;
  readonly at: number;
}

/**
 * Highlight tiles printed as a row of figures over a line or two of their names, column under column
 * ("KES 4.2 billion     2,140        96.5%" over "revenue     employees     renewable share"), as a
 * highlights page laid out in boxes prints as text. Each figure is named by the words under it; a row
 * whose every figure gets a name gives one value-first figure a tile, else nothing.
 */
export function readFigureTiles(
  lines: readonly ReportLine[],
  at: number,
): { figures: FigureFirst[]; nameLines: number[] } | undefined {
  const row = lines[at];
  const tiles = row ? tileFigures(row) : undefined;
  if (!row || !tiles) return undefined;
  const names = tiles.map((): string[] => []);
  const nameLines: number[] = [];
  for (let k = 1; k <= MAX_NAME_LINES; k++) {
    const line = lines[at + k];
    if (!line || line.no !== row.no + k || tileFigures(line) !== undefined) break;
    const words = segmentsOf(line);
    if (words.some((w) => figureOf(w.text) !== undefined)) break;
    nameLines.push(line.no);
    // Cells cut at tabs keep no place on the line: a line with a name for each figure names them in order.
    if (row.raw.includes('\t') && line.raw.includes('\t') && words.length === tiles.length) {
      words.forEach((w, i) => names[i]?.push(w.text));
      continue;
    }
    for (const w of words) {
      const i = tiles.findLastIndex((t) => t.at <= w.at + ALIGN_SLACK);
      if (i >= 0) names[i]?.push(w.text);
    }
  }
  // A name is words ("revenue"), not a unit or a measure heading under a year ("(kg)", "% Number").
  if (names.some((n) => !/\p{L}{3}/u.test(n.join(' ')))) return undefined;
  const figures = tiles.flatMap((t, i): FigureFirst[] => {
    const description = (names[i] ?? []).join(' ');
    return t.cell
      ? [{ line: row, cell: withNamedUnit(t.cell, description), description, measured: true }]
      : [];
  });
  return { figures, nameLines };
}

/**
 * The unit a tile's name gives its figure: a bare figure whose name closes on a measure's unit in brackets
 * ("Water withdrawn (m³)") is in it; an amount whose name ends on its currency unit ("community
 * investment (KES '000)") is in that unit; a bare number counts the plural noun its name leads with
 * ("2,140 | permanent employees", "48,000 | native trees planted").
 */
export function withNamedUnit(cell: FigureFirst['cell'], name: string): FigureFirst['cell'] {
  const leading = cell.unit === '' ? leadingUnit(name) : undefined;
  if (leading !== undefined) return { ...cell, unit: leading };
  const bracket = /\(([^()]+)\)$/.exec(name)?.[1] ?? '';
  // "Water withdrawn (m³)", "Women in workforce (%)": a bare figure is in the measure its name closes on.
  const measure = cell.unit === '' ? tryParseUnit(bracket, { countNouns: false }) : undefined;
  if (measure && measure.dimension !== 'count') return { ...cell, unit: bracket };
  const counted = name
    .replace(/\(.*$/, '')
    .split(/\s+/)
    .find((w) => /^[a-z]{3,}s$/i.test(w) && !/(?:ss|us|is)$/i.test(w));
  if (cell.unit === '' && counted !== undefined) return { ...cell, unit: counted.toLowerCase() };
  const named = tryParseUnit(bracket)?.dimension ?? '';
  const own = cell.unit === '' ? '' : (tryParseUnit(cell.unit)?.dimension ?? '');
  return named.startsWith('money:') && (own === '' || own === named) ? { ...cell, unit: bracket } : cell;
}

/**
 * The unit a tile's name leads with, as strips print it over a bare figure ("tCO2e Scope 1 and 2",
 * "MWh energy used", "thousand TEU carried"): a measure, or a count in thousands or millions of a thing.
 * A name that leads with a plain word ("Staff", "Water drawn") has none.
 */
function leadingUnit(name: string): string | undefined {
  const [first = '', second = '', ...rest] = name.split(/\s+/);
  if (second === '') return undefined;
  const scale = tryParseUnit(first);
  if (scale?.dimension !== 'count' || scale.toBase.toString() === '1' || scale.counted !== undefined)
    return scale && scale.dimension !== 'count' && /^[\p{L}\p{N}/²³₂]+$/u.test(first) ? first : undefined;
  // A scale word leads a unit ("thousand TEU", "'000 MWh"): the two are the unit, if a name follows.
  const scaled = rest.length > 0 ? tryParseUnit(`${first} ${second}`) : undefined;
  if (!scaled) return undefined;
  return scaled.dimension !== 'count' || /^[A-Z]{2,}$/.test(second) ? `${first} ${second}` : undefined;
}

/**
 * The tiles of a row: two or more segments, each a figure with at most its unit, or parts printed as a
 * sum, which keep their place but give no figure (two figures at least).
 */
function tileFigures(line: ReportLine): (Segment & { cell?: FigureFirst['cell'] })[] | undefined {
  const out = segmentsOf(line).map((s) => ({ ...s, cell: figureOf(s.text) }));
  const figures = out.flatMap((s) => (s.cell ? [{ ...s, cell: s.cell }] : []));
  if (figures.length < 2) return undefined;
  // A row of years heads a table's columns; its tiles would be years, not figures.
  if (figures.some((f) => BARE_YEAR.test(f.text))) return undefined;
  return out.every((s) => s.cell !== undefined || SUM_OF_PARTS.test(s.text)) ? out : undefined;
}

function segmentsOf(line: ReportLine): Segment[] {
  const indent = line.indent ?? 0;
  return [...line.raw.matchAll(SEGMENT)].map((m) => ({ text: m[0], at: indent + m.index }));
}

// A tile's change on the year before after its figure, marked by an arrow ("1,204 t  ▼4.3%", "▲ 12"): a
// gloss of the tile, not part of its figure. A white triangle is left alone: Japanese prints "△" for minus.
const ARROWED_CHANGE = /\s+[▲▼▴▾↑↓⬆⬇]\s?[-+−]?\d[\d.,]*\s?(?:%p?|pp)?$/u;

/**
 * A tile's figure with at most its unit ("4.2 MWh", "KES 4.2 billion"), and perhaps its arrowed change
 * after it; undefined for anything else.
 */
export function figureOf(printed: string): FigureFirst['cell'] | undefined {
  const text = printed.replace(ARROWED_CHANGE, '');
  const cell = parseCellValue(text) ?? valueWithUnit(text);
  if (cell?.kind === 'value') return cell.qualifier === '' ? cell : undefined;
  const [, mark = '', amount = ''] = CURRENCY_FIRST.exec(text) ?? [];
  if (!tryParseUnit(mark)?.dimension.startsWith('money:')) return undefined;
  const rest = figureOf(amount);
  return rest && !/^\p{L}{1,4}\$?\s|^[$€£¥₹]/u.test(rest.unit)
    ? { ...rest, unit: `${mark} ${rest.unit}`.trim() }
    : undefined;
}
