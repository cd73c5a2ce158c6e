import { tryParseUnit } from '../../core/index.js';
import { isChangeHeading } from './change-heading.js';

/**
 * The headers a single-spaced table prints (see `single-spaced.ts`), and how each cuts its rows:
 * years at the end ("Vehicles in service 2022 2023 2024"); a `Unit` heading before the years and a
 * change heading after them ("Indicator Unit 2025 2024 Change (%)"), whose rows print a unit the
 * registry knows after the label and a change after the figures ("Diesel MWh 413.2 441.7 -6.5"); or
 * a line of years over a line naming the measures each year repeats ("2025 2024" over "Leavers Rate
 * (%) Leavers Rate (%)"), whose rows print every measure of each year in turn.
 */

// A year heading a column: "2025", "FY2025", "FY25", "2024/25".
const YEAR = /^(?:FY\s?(?:\d{2}|(?:19|20)\d{2})|(?:19|20)\d{2})(?:\/\d{2})?$/i;
// The heading of the column that holds each row's unit.
const UNIT_HEADING = /^units?$/i;
// A change heading is a few words ("Change (%)", "% change", "YoY").
const MAX_CHANGE_TOKENS = 3;
// An injury rate's base printed as its unit (GRI 403-9): "per 1,000,000 hours".
const RATE_BASE = /^per\s+(?:million|1,000,000|200,000|100,000)\s+(?:hours|hrs)(?:\s+worked)?$/i;

/** A header line's cells and what its rows print besides a label and one figure a column. */
export interface SpacedHead {
  /** The cells of the header's lines, top first. */
  readonly cells: string[][];
  /** Figures each row prints under the header's columns, not counting a change. */
  readonly width: number;
  /** Rows print a unit between the label and the figures. */
  readonly unit: boolean;
  /** Rows print a change after the figures. */
  readonly change: boolean;
}

/** The header a line's tokens print, when they end in two or more years (and a change heading). */
export function headOf(tokens: readonly string[]): SpacedHead | undefined {
  const changeAt = changeHeadingStart(tokens);
  const body = tokens.slice(0, changeAt ?? tokens.length);
  let k = body.length;
  while (k > 0 && YEAR.test(body[k - 1] ?? '')) k--;
  const years = body.slice(k);
  const lead = body.slice(0, k);
  const unit = lead.length > 0 && UNIT_HEADING.test(lead[lead.length - 1] ?? '');
  const label = (unit ? lead.slice(0, -1) : lead).join(' ');
  if (years.length < 2 || new Set(years).size !== years.length || /[.:;,]$/.test(label)) return undefined;
  // A change heading is read only with a unit heading: "Change" alone after years may start a sentence.
  if (changeAt !== undefined && !unit) return undefined;
  const change = changeAt === undefined ? [] : [tokens.slice(changeAt).join(' ')];
  return {
    cells: [[label, ...(unit ? ['Unit'] : []), ...years, ...change]],
    width: years.length,
    unit,
    change: changeAt !== undefined,
  };
}

/** Where a change heading after the years begins, when the tokens end in one. */
function changeHeadingStart(tokens: readonly string[]): number | undefined {
  for (let n = MAX_CHANGE_TOKENS; n >= 1; n--) {
    const at = tokens.length - n;
    const text = tokens.slice(at).join(' ');
    if (at > 0 && YEAR.test(tokens[at - 1] ?? '') && !/\d/.test(text) && isChangeHeading(text)) return at;
  }
  return undefined;
}

/**
 * A line of years with no label over a line of measure names repeated once a year: the header of
 * both lines, each year's measures one cell, when rows of `figures` figures fit them.
 */
export function yearsOverMeasures(
  head: SpacedHead,
  measures: readonly string[] | undefined,
  figures: number,
): SpacedHead | undefined {
  const years = head.cells[0]?.slice(1) ?? [];
  if (!measures || head.unit || head.cells[0]?.[0] !== '' || measures.some((t) => /\d/.test(t)))
    return undefined;
  if (measures.length % years.length !== 0 || figures % years.length !== 0) return undefined;
  const size = measures.length / years.length;
  const group = measures.slice(0, size).join(' ');
  for (let y = 1; y < years.length; y++) {
    if (measures.slice(y * size, (y + 1) * size).join(' ') !== group) return undefined;
  }
  // A bracketed unit belongs to the name before it ("Rate (%)").
  const names = measures.slice(0, size).reduce<string[]>((out, t) => {
    const before = out[out.length - 1];
    if (t.startsWith('(') && before !== undefined) out[out.length - 1] = `${before} ${t}`;
    else out.push(t);
    return out;
  }, []);
  if (names.length !== figures / years.length || names.length < 2) return undefined;
  return {
    cells: [
      ['', ...years],
      ['', ...years.flatMap(() => names)],
    ],
    width: figures,
    unit: false,
    change: false,
  };
}

/** The label and unit a row prints before its figures under a `Unit` heading ('' when no unit is known). */
export function labelAndUnit(words: readonly string[]): [string, string] {
  for (let p = 1; p < words.length; p++) {
    const text = words.slice(p).join(' ');
    if (isRegistryUnit(text)) return [words.slice(0, p).join(' '), text];
  }
  return [words.join(' '), ''];
}

function isRegistryUnit(text: string): boolean {
  if (RATE_BASE.test(text)) return true;
  const unit = tryParseUnit(text, { countNouns: false });
  return unit !== undefined && unit.symbol !== '';
}
