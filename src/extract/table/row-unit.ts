import { tryParseUnit } from '../../core/index.js';
import { yearRoleWords } from '../layout/index.js';
import type { HeaderColumn } from './header.js';
import { isChangeColumn } from './column-heading.js';
import { UNIT_WORDS } from './unit-heading.js';
import { commaUnit, stripFootnotes, trailingParenthetical } from './label.js';
import { looksLikeUnit } from './unit-cell.js';
import { parseYearCell } from './year-cell.js';

/**
 * The unit a text ends with in brackets: "Water consumption (m³)", "Employee turnover rate (%)", or
 * a title's "(unit: tCO2e)" / "(Unit: person)".
 */
export function unitIn(text: string, anyWord = false): string {
  // "Intensity (t CO2e / PLN million revenue)²": a note number glued after the unit's bracket.
  // "Gaz natural [MWh]", "Deșeuri [tone]": a unit in square brackets, as European reports print it.
  const inner = (
    SQUARE_TAIL.exec(text.trimEnd())?.[1] ?? trailingParenthetical(text.replace(/\)\d{1,2}$/, ')'))
  )
    ?.trim()
    .replace(QUALIFIER_BEFORE_UNIT, '')
    .replace(UNIT_LEAD, '')
    .replace(GLOSS_AFTER_RATIO, '$1');
  if (
    inner === undefined ||
    inner === '' ||
    NOTE_LETTER.test(inner) ||
    POINT_IN_TIME.test(inner) ||
    FORM_REFERENCE.test(inner)
  )
    return '';
  if (looksLikeUnit(inner)) return inner;
  return anyWord && /^[a-z%]+$/i.test(inner) && !WORKER_WORD.test(inner) && !isStatusWord(inner) ? inner : '';
}

// "2025 (actual)", "2024 (restated)", "2030 (target)": a year column's bracketed word saying whose or what
// kind of figure it holds, a target's, a plan's or the year's actual (the year-role words), or a figure
// restated, estimated or forecast, is no unit the figures are counted in.
const STATUS_WORDS = String.raw`restated|estimated?|estimates|forecast|projected|provisional|preliminary|reported|audited|unaudited|revised|adjusted|expected`;
let statusWord: RegExp | undefined;
const isStatusWord = (word: string): boolean =>
  (statusWord ??= new RegExp(String.raw`^(?:${STATUS_WORDS}|${yearRoleWords()})$`, 'iu')).test(word);

/**
 * A line that only states a unit ("Unit: MWh", "Unit: tCO2e/THB million"), as a table prints one over
 * each group of its rows instead of a unit column: the unit, or '' for any other text.
 */
export function statedUnit(text: string): string {
  const lead = UNIT_LEAD.exec(text.trim());
  const unit = lead ? text.trim().slice(lead[0].length).trim() : '';
  return unit !== '' && looksLikeUnit(unit) && tryParseUnit(unit) !== undefined ? unit : '';
}

// "Scope 2, location-based (d)": US and UK tables letter their notes (a), (b), (c) … after the label,
// so a lone letter a–f in brackets is a note mark, not a unit ("d" would read as days, "a" and "e" as
// counted units); a unit of one letter is printed as t, g, h, l or m.
const NOTE_LETTER = /^[a-f]$/;

// "Total (A)", "% (B / A)", "(D + E)": SEBI's BRSR letters the columns and rows of its forms and
// prints how one is worked out of others; the letters name a column, never a unit (an ampere, a byte).
const FORM_REFERENCE = /^[A-Z](?:\s*[+/−×-]\s*[A-Z])*$/;

// "Employees (year end)", "(at end of year)", "(as at 31 December)": when a count is taken, not its unit
// (the registry would read "year end" as years).
const POINT_IN_TIME =
  /^(?:(?:at|as at)\s+)?(?:(?:the\s+)?(?:year|period|month)[\s-]end|end\s+of\s+(?:the\s+)?(?:year|period))$/iu;

// "(tCO2e/GWh उत्पादन)", "(kWh/m³ ផលិត)": words in a script other than Latin after a ratio unit gloss its
// denominator (generated, produced), as "(tCO2e/GWh generated)" does in English; the unit is the ratio.
const GLOSS_AFTER_RATIO = /^(\S+\/\S+)\s+[^\p{Script=Latin}\d\s(][^()]*$/u;

// A square-bracketed tail of a label, no bracket inside it.
const SQUARE_TAIL = /\[([^[\]]{1,30})\]$/;

// "Unit:", in English, Chinese or a home language, and both ("Birim / Unit:", "Unidad / Unit:").
const UNIT_LEAD = new RegExp(String.raw`^${UNIT_WORDS}\s*[:：]\s*`, 'iu');
// "（連結、単位：t）", "(Group; unit: MWh)": the boundary or scope a bracket names before its unit.
const QUALIFIER_BEFORE_UNIT = new RegExp(
  String.raw`^[^()（）]{1,20}?[、，,;；]\s*(?=${UNIT_WORDS}\s*[:：])`,
  'iu',
);

// A bracketed group of workers renames a column group ("Non-employees (contractors)"); it is whose
// figures they are (GRI 403-9 a/b), not the unit they are counted in.
const WORKER_WORD = /^(?:(?:sub)?contractors?|(?:non-)?employees?|workers?|staff|personnel|agency)$/i;

/**
 * A column header that is only a bracketed unit, printed under its year ("(tCO2e)", "(rate %)"):
 * a header naming a share by a word and the sign ("rate %") is a percentage column.
 */
export function bracketedUnit(measure: string): string {
  const inner = /^\((.+)\)$/.exec(measure.trim())?.[1]?.trim();
  if (inner === undefined || /[()]/.test(inner)) return '';
  if (/%$/.test(inner) && /^(?:[a-z]+\s+)?%$/i.test(inner)) return '%';
  return looksLikeUnit(inner) ? inner : '';
}

/**
 * A row label that is itself a unit per another ("Litres per kg made tea", "kWh/tonne"): its figures are
 * that rate, not amounts of the first unit to be added up.
 */
export function rateLabel(label: string): string {
  const unit = /\bper\b/i.test(label) ? tryParseUnit(label, { countNouns: false }) : undefined;
  return unit?.dimension.includes('/') === true && !unit.dimension.startsWith('count') ? label : '';
}

/**
 * A row label that opens with the percent sign ("% of total", "% del total", "% women") is a row of
 * shares, printed under a row of counts without a unit of its own.
 */
export function leadingShare(label: string): string {
  return /^%\s*\p{L}/u.test(label.trim()) ? '%' : '';
}

/**
 * A row label that names its figures a share of a whole ("Recycled as % of intake", "Women as a
 * percentage of staff"): a row of shares, printed without a unit of its own. A label opening on "as"
 * ("as % of employees" under a row of counts) names no subject: whose share it is is the row above's.
 */
export function shareOfWhole(label: string): string {
  return AS_SHARE_OF.test(label.trim()) ? '%' : '';
}

const AS_SHARE_OF = /^\p{L}[^%]*?\s+as\s+(?:an?\s+)?(?:%|percent(?:age)?\b|per\s?cent\b|share\b)\s*of\b/iu;

/**
 * A column header naming a share by its words and a bare sign after them ("Women %", "Aged 55+ %"):
 * the column is in per cent, as "(%)" would say.
 */
export function sharedByWords(measure: string): string {
  const t = measure.trim();
  return /^(?=.*\p{L}).*\S\s+%$/u.test(t) || SIGN_OF_WHOLE.test(t) ? '%' : '';
}

// "% of group", "Trained % of group", "% of employees": the sign as a word before "of" and the whole a
// share is taken of, as a two-line heading prints it ("Trained" over "% of group").
const SIGN_OF_WHOLE = /(?:^|\s)%\s+of\s+\p{L}/iu;

/**
 * A column headed by its unit ("Property | '000 kWh | Share"): a unit of a quantity, not a count
 * word ("Headcount", "Number") that names the measure.
 */
export function unitHeader(measure: string): string {
  if (!looksLikeUnit(measure)) return '';
  const dimension = tryParseUnit(measure)?.dimension ?? 'count';
  return dimension.startsWith('count') ? '' : measure;
}

/**
 * The unit a heading over the label column prints alone ("MWh" over the rows' names). A calendar period
 * there ("Month", "Quarter") names what the rows list, one period a row, not the unit of their figures.
 */
export function labelHeadingUnit(label: string): string {
  const unit = unitHeader(label);
  return unit !== '' && tryParseUnit(unit)?.dimension === 'period' ? '' : unit;
}

/** The unit a measure's heading prints ("Energy (GJ)", "(tCO2e)", "MWh"), when it parses as one. */
export function columnUnit(measure: string): string {
  const unit =
    bracketedUnit(measure) || headingUnit(measure) || unitIn(measure) || commaUnit(measure, looksLikeUnit);
  return unit !== '' && tryParseUnit(unit) !== undefined ? unit : '';
}

/**
 * The unit a heading prints, as {@link unitHeader} reads it, but its bracket when the whole reads as the
 * same quantity ("金额（万元）", "Amount (RMB 10,000)" read as money): the bracket keeps the scale the
 * whole loses.
 */
export function headingUnit(measure: string): string {
  const whole = unitHeader(measure);
  const inner = whole === '' ? '' : unitIn(measure);
  const dimension = (u: string): string | undefined => tryParseUnit(u)?.dimension;
  return inner !== '' && dimension(inner) === dimension(whole) ? inner : whole;
}

/**
 * Whether a row's unit cell is only for some of its columns: the header names measures, some printing
 * a unit of their own ("Heat (GJ)") and some none ("Amount"). The unit cell is then the unitless
 * columns' unit, and each other column keeps its own.
 */
export function unitCellServes(columns: readonly (HeaderColumn | undefined)[]): boolean {
  const measures = columns.flatMap((c) =>
    c && parseYearCell(c.text) === undefined && !isChangeColumn(c) ? [stripFootnotes(c.text)] : [],
  );
  return measures.some((m) => columnUnit(m) !== '') && measures.some((m) => columnUnit(m) === '');
}

/** The first unit found, in the order of the candidates given; '' when none is. */
export function pickUnit(candidates: readonly string[]): string {
  return candidates.find((c) => c !== '') ?? '';
}

// "培训人次", "参训人次（人次）": a measure counting attendances (person-times), its unit the counted noun.
const ATTENDANCE_MEASURE = /人次$/u;

/**
 * "人次" when a row's label or a column's heading counts attendances ("培训人次" beside "受训人数"): one
 * employee trained three times counts three, so neither a table's "单位：人" nor a headcount's persons is
 * its unit, and it never serves as a number of people. '' for any other measure.
 */
export function attendanceUnit(text: string): string {
  const name = stripFootnotes(text)
    .replace(/\s*[(（][^()（）]*[)）]\s*$/u, '')
    .trim();
  return ATTENDANCE_MEASURE.test(name) ? '人次' : '';
}

/**
 * The unit of a year's column that names a measure of its own and its unit ("折标煤（吨标准煤）" under
 * "2025年"): the row's amount converted, so that unit is its figure's, not the one the row's label
 * states. '' for a column printing a unit alone ("tCO2e" under "FY25"), which the label's unit refines,
 * and for a row whose own unit (`rowUnit`) is a rate.
 */
export function convertedUnit(measure: string, rowUnit = ''): string {
  // A row printing a rate in its own unit ("吨标准煤/万元") under the column is no amount it converts.
  if (tryParseUnit(rowUnit)?.dimension.includes('/')) return '';
  const name = measure.replace(/\s*[(（][^()（）]*[)）]\s*$/u, '').trim();
  const unit = coalEquivalent(name, unitIn(measure));
  return name !== '' && !looksLikeUnit(name) && tryParseUnit(unit) !== undefined ? unit : '';
}

// "折标准煤", "折标煤": converted to standard coal (GB/T 2589), the figure an energy amount.
const STANDARD_COAL = /(?:标准|标)煤$/u;

/**
 * "折标准煤（吨）": a column converted to standard coal that states only the mass ("吨") measures the
 * tonnes of standard coal, an energy amount ("吨标准煤"), not tonnes of the row's fuel.
 */
function coalEquivalent(name: string, unit: string): string {
  return STANDARD_COAL.test(name) && tryParseUnit(unit)?.dimension === 'mass' && !unit.includes('煤')
    ? `${unit}标准煤`
    : unit;
}
