import { partRowLead, tryParseUnit } from '../../core/index.js';
import type { ReportLine } from '../layout/index.js';
import type { Mention } from '../mention/index.js';
import { withLabelDenominator } from './label.js';
import { unitIn } from './row-unit.js';
import { splitRow, type RowParts } from './split-row.js';

/**
 * A row whose label reads like a no-data marker ("Not reported | 11 | 9", ESRS S1-6's gender
 * category): a marker in the label cell followed by figures names the row.
 */
export function labelledMarker(parts: RowParts): RowParts {
  const [first, ...rest] = parts.values;
  if (parts.labels.length > 0 || first?.index !== 0 || first.cell.kind !== 'missing') return parts;
  if (!rest.some((v) => v.cell.kind === 'value') || !/\p{L}{3}/u.test(first.cell.printed)) return parts;
  return { ...parts, labels: [{ index: 0, text: first.cell.printed }], values: rest };
}

/**
 * A row that breaks down the row above: "Of whom are women", "of which …", "Including: …", "contained",
 * "其中：", and the part words of the other languages read ("Davon Inland", "у т. ч. мобілізовані").
 */
export function isSubRow(label: string): boolean {
  return (
    /^(?:of (?:whom|which)|including|among (?:them|which)|thereof|incl\.?)\b/i.test(label) ||
    partRowLead(label) !== undefined ||
    // Chinese "其中：" (of which), "包括", and a bare gender ("女性", "女性员工") under the whole.
    /^(?:其中|包括)|^[男女](?:性)?(?:员工|雇员|員工|僱員)?$/u.test(label) ||
    /^[a-z]/.test(label) ||
    // A bare breakdown value: "Female", "Female (persons)", "Under 30", "30-50 years old".
    /^(?:(?:male|female|men|women)(?:\s*\([^()]{1,20}\))?|(?:under|below|over|above|aged)\s*\d{2}\b.*|\d{2}\s*(?:-|–|to)\s*\d{2}\b.*)$/i.test(
      label,
    )
  );
}

/** An "of which" list under a whole: the marker its first row prints and how far the whole is indented. */
export interface OfWhichList {
  readonly marker: string;
  readonly indent: number;
}

const OF_WHICH_MARKER = /^(?:其中|包括)\s*:?\s*/u;

/**
 * The "of which" list a row belongs to. "其中：外购电力" opens one under the whole above it, and the rows
 * below printed further in than that whole ("        光伏自发自用") go on listing its parts, as Chinese
 * KPI tables print them; a row back at the whole's indent ends the list. PDF rows carry no indent, so
 * there only the marked row is a part.
 */
export function ofWhichListAt(
  label: string,
  indent: number,
  open: OfWhichList | undefined,
  wholeIndent: number,
): OfWhichList | undefined {
  const marker = OF_WHICH_MARKER.exec(label)?.[0] ?? partRowLead(label);
  if (marker !== undefined) return { marker, indent: wholeIndent };
  return open && indent > open.indent ? open : undefined;
}

/**
 * Whether a one-cell line below a row finishes that row's label: it starts in lower case, with a
 * dash or a bracket, or the label above stops at a joining word ("… in areas" / "with water stress").
 */
export function continuesLabel(label: string, next: string): boolean {
  // "Total" over "у т. ч. мобілізовані (із": a line opening with part words starts a row of its own.
  if (partRowLead(next) !== undefined) return false;
  return (/^[\p{Ll}(–-]/u.test(next) && !ENUMERATOR.test(next)) || endsOpen(label);
}

// A numbered row ("(5) Consumption of purchased electricity …", "(b) Landfill") starts a label of its
// own, as ESRS E1-5's numbered lines do; it finishes none above it.
export const ENUMERATOR = /^\((?:\d{1,2}|[a-z]|[ivx]{1,4})\)\s+\S/i;

/**
 * Whether a one-cell line printed at `indent` heads the rows below it rather than beginning the label
 * of the first: row `at` and the row after it are both rows of figures printed further in than the line,
 * at one indent ("Energy use in GJ" over "  natural gas | GJ | …" and "  electricity | GJ | …"). A label
 * wrapped over two lines names one row. PDF rows carry no indent, so there no line heads any.
 */
export function headsIndentedRows(indent: number, rows: readonly ReportLine[], at: number): boolean {
  const [row, next] = [rows[at], rows[at + 1]];
  if (!row || !next || (row.indent ?? 0) <= indent || next.indent !== row.indent) return false;
  const parts = splitRow(next.cells);
  return parts.labels.length > 0 && parts.values.length > 0;
}

/** A label that stops at a joining word or sign ("… against", "… in areas", "Scope 1 and"): it goes on below. */
export function endsOpen(label: string): boolean {
  return /(?:\b(?:and|or|of|in|to|from|by|with|for|per|the|at|against|versus|vs\.?|than|over|on)|[–\-/(,])$/i.test(
    label.trim(),
  );
}

const PER = /\/|\bper\b/i;

/** A row's one label cell when it is a ratio's unit ("tCO2eq/KRW"), the row's name printed above it. */
export function unitOnlyLabel(split: RowParts): string | undefined {
  const [only] = split.labels;
  if (split.labels.length !== 1 || !only || split.unit !== '') return undefined;
  return tryParseUnit(only.text)?.dimension.includes('/') === true ? only.text : undefined;
}

/**
 * Whether a one-cell line finishes the unit of the row above, wrapped in its unit column ("TJ/KRW 100"
 * over "million", "tCO2eq/KRW" over "100 million"): the two read as one unit of the same kind at
 * another scale. The row's mentions then take the whole unit.
 */
export function finishesUnit(out: Mention[], from: number, next: string): boolean {
  const unit = out[from]?.unit ?? '';
  const above = tryParseUnit(unit);
  const whole = above ? tryParseUnit(`${unit} ${next}`) : undefined;
  if (!above || !whole || whole.dimension !== above.dimension || whole.toBase.eq(above.toBase)) return false;
  for (let i = from; i < out.length; i++) {
    const m = out[i];
    if (m?.unit === unit) out[i] = { ...m, unit: `${unit} ${next}` };
  }
  return true;
}

/**
 * Gives the mentions of a row the whole of its wrapped label. A unit the label closes with ("GHG
 * intensity (tCO2e per" over "HK$ million revenue)") replaces a unit it refines, such as the column's
 * "tCO2e", or an empty one.
 */
export function relabel(out: Mention[], from: number, label: string): void {
  const own = withLabelDenominator(label, unitIn(label));
  for (let i = from; i < out.length; i++) {
    const m = out[i];
    if (!m) continue;
    const bare = m.unit.replace(/[()]/g, '').trim();
    // An intensity's unit printed under its label ("Water intensity per rupee of turnover" over
    // "(kl/₹ crore)", as BRSR prints it) beats a quantity's unit carried down from the heading.
    const ratio = PER.test(own) && !PER.test(bare);
    const refined = own !== '' && (bare === '' || ratio || own.toLowerCase().startsWith(bare.toLowerCase()));
    out[i] = refined ? { ...m, label, unit: own } : { ...m, label };
  }
}
