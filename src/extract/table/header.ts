import { isChangeHeading, isStandardHeading, type Place } from '../layout/index.js';
import { parseCellValue } from '../numbers/index.js';
import { spanSizes } from './span-sizes.js';
import { looksLikeUnit } from './unit-cell.js';
import { targetValueColumns } from './target-columns.js';
import { parseYearCell, resolveYears, type YearCell } from './year-cell.js';

export { isChangeHeading };

/** A column of a table's header: the year it holds, or the measure its header names. */
export interface HeaderColumn {
  readonly index: number;
  readonly text: string;
  readonly year?: number;
  readonly role: 'actual' | 'target' | 'base';
  /** Where the column's heading is printed on a line aligned with spaces (first and last character + 1). */
  readonly at?: Place;
}

/** A table header: its columns right of the label column. */
export interface TableHeader {
  readonly columns: readonly HeaderColumn[];
  /** Column whose header reads "Unit(s)". */
  readonly unitIndex?: number;
  /** The header over the label column ("GHG emissions (tCO2e)"), '' when none. */
  readonly label: string;
}

// "< 30", "> 50", "≥ 55": the bound of an age band as a column heading prints it.
const AGE_BOUND = /^\s*[<>≤≥]\s*\d{2}\s*$/;

// A cell that starts with a share or a grouped or decimal figure and goes on in words ("82.3% (solar and
// fuelwood)", "3,916,630 kg made tea"): a value described, never a column's heading.
const LEADING_FIGURE = /^[-−]?(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+\.\d+|\d+%)(?=\s|%|$)/;

/** A header whose age-band columns ("Men | Women | < 30 | 30-50 | > 50") split would read as figures. */
export function headsAgeBands(cells: readonly string[], reportYear: number): boolean {
  return cells.some((c) => AGE_BOUND.test(c)) && readHeader(cells, reportYear) !== undefined;
}

/**
 * The word "unit" in English, Chinese, Japanese or a home language ("Unité", "Einheit", "Birim", Azerbaijani "Vahid", Croatian and
 * Serbian "Jedinica", Slovene "Enota", Czech and Slovak "Jednotka", Thai "หน่วย", Russian "Ед. изм.",
 * Bulgarian "Мярка", Greek "Μονάδα", Arabic "الوحدة", Romanian "U.M." and "Unitate de măsură", Portuguese "Unidade de
 * medida", Spanish "Unidad de medida", Italian "U.m.").
 */
const UNIT_WORD = String.raw`(?:units?|u\.\s?m\.?|unitate(?:a)?(?:\s+de\s+m[ăa]sur[ăa])?|(?:unidad|unidade)\s+de\s+medida|单位|単位|단위|birim|vahid|unidad(?:es)?|unidades?|unité|einheit|unità|jednostka|enhet|satuan|eenheid|yksikkö|jedinica|enota|jednotka|đơn vị|đơn vị tính|หน่วย|единица(?:\s+измерения)?|ед\.\s?изм\.?|мярка|мерна\s+единица|μονάδα(?:\s+μέτρησης)?|الوحدة|وحدة)`;
/** The word "unit" alone or in two languages ("Unidad / Unit", "Birim / Unit"). */
export const UNIT_WORDS = String.raw`${UNIT_WORD}(?:\s*\/\s*${UNIT_WORD})?`;
// The heading of a units column: "Unit", or what the unit is of ("Unit of measure", "Unit of amount"),
// its last word maybe wrapped to the line below ("Unit of" over "measure").
const UNIT_HEADING = new RegExp(String.raw`^(?:${UNIT_WORDS}(?:\s+of(?:\s+\p{L}+)?)?|uom)$`, 'iu');

// A label heading that is the units column's ("Unit of" printed where the label heading is blank).
const UNIT_LABEL = new RegExp(String.raw`^${UNIT_WORDS}\b`, 'iu');

/**
 * Whether a header names a units column: a "Unit" heading over a column, or as the first heading of a
 * header whose label column is blank ("Unit of" over "measure", printed over the unit cells).
 */
export function headsUnitColumn(header: TableHeader | undefined): boolean {
  if (!header) return false;
  return header.unitIndex !== undefined || UNIT_LABEL.test(header.label);
}

/** Whether a header cell heads a units column ("Unit", "Units", "Unit of amount", "Einheit"). */
export function isUnitHeading(text: string): boolean {
  return UNIT_HEADING.test(text.trim());
}

/**
 * Reads a row as a header: no figure cells other than years, and either a year or at least two
 * filled cells. Returns undefined for data rows and one-cell group rows.
 */
export function readHeader(raw: readonly string[], reportYear: number): TableHeader | undefined {
  const cells = joinCutWords(raw);
  const filled = cells.flatMap((text, index) => (text === '' ? [] : [{ text, index }]));
  const years = cells.map((c) => (c === '' ? undefined : datedMeasure(c)?.year));
  const hasYear = years.some((y) => y !== undefined);
  // "Men | Women | < 30 | 30-50 | > 50": an age band's bound heads a column among worded headings.
  const worded = filled.filter((c) => c.index > 0 && /^\p{L}/u.test(c.text)).length;
  const bound = (text: string): boolean => worded >= 2 && AGE_BOUND.test(text);
  const hasFigure = filled.some(
    (c) =>
      (parseCellValue(c.text)?.kind === 'value' || LEADING_FIGURE.test(c.text)) &&
      !years[c.index] &&
      !bound(c.text),
  );
  if (hasFigure || (!hasYear && filled.length < 2)) return undefined;
  const resolved = resolveYears(years, reportYear);
  let unitIndex: number | undefined;
  let label = '';
  const columns: HeaderColumn[] = [];
  for (const { text, index } of filled) {
    // "Unit of | 2023 | 2024" over "Item | measure | …": the label column's heading is on a lower line,
    // and the first heading printed is the units column's.
    if (index === 0 && !hasYearAt(years, 0) && !(hasYear && UNIT_HEADING.test(text))) {
      label = text;
      continue;
    }
    if (UNIT_HEADING.test(text)) {
      unitIndex = index;
      continue;
    }
    // A remarks column ("Notes") after the years heads words: no figure is read under it.
    if (hasYear && isRemarkHeading(text)) continue;
    const year = resolved[index];
    const role = years[index]?.role ?? 'actual';
    const named = datedMeasure(text)?.measure ?? text;
    columns.push(year === undefined ? { index, text: named, role } : { index, text: named, year, role });
  }
  // "ESRS ref. | Data point | Unit | 2024": a heading left of the units column names the rows, no figures.
  // A units column printed last ("Female | Male | Total | Units", the unit after the figures) heads no
  // figure after it, so the headings before it head the figures.
  const unitAt = unitIndex;
  const unitLast = unitAt !== undefined && !columns.some((c) => c.index > unitAt);
  const figured = columns.filter(
    (c) => unitAt === undefined || unitLast || c.index > unitAt || c.year !== undefined,
  );
  const named = targetValueColumns(nameBareRates(figured));
  return unitIndex === undefined ? { columns: named, label } : { columns: named, unitIndex, label };
}

// A bare rate header after a count's column ("New hires | Rate | Leavers | Rate"): GRI 401-1 tables
// print each count with its rate, and the rate is of the count on its left.
const BARE_RATE = /^(?:rate|ratio|percentage|proportion)(?:\s*\(%\))?$/i;
const BARE_COUNT = /^(?:number|no\.?|count|total|persons?|people|headcount|%|rate)\b/i;

/** Columns with a bare "Rate" after a count's column named for that count ("New hires Rate"). */
export function nameBareRates(columns: readonly HeaderColumn[]): HeaderColumn[] {
  return columns.map((c, i) => {
    const before = columns[i - 1];
    if (c.year !== undefined || !BARE_RATE.test(c.text) || !before || before.year !== undefined) return c;
    if (BARE_COUNT.test(before.text) || /%|\brate\b/i.test(before.text)) return c;
    return { ...c, text: `${before.text} ${c.text}` };
  });
}

/**
 * Joins a word the layout cut with a tab ("Ind", "icators"), keeping the columns' count otherwise. Two
 * units side by side ("MMcf | e3m3", a volume in two systems) are two columns, not one cut word, and so
 * is a unit word after words ("Fuel oil burnt at the kilns | tonnes").
 */
function joinCutWords(cells: readonly string[]): string[] {
  const out: string[] = [];
  for (const c of cells) {
    const prev = out[out.length - 1];
    const cut = prev !== undefined && /[a-z]$/.test(prev) && /^[a-z]/.test(c);
    // A unit word of its own after a title ("Fuel oil burnt at the kilns | tonnes") heads its column.
    // One word: "in EUR thousand" at a title's right end states the title's unit, it heads no column.
    const unitHeading = c.length >= 3 && !/\s/.test(c) && looksLikeUnit(c) && /\s/.test(prev ?? '');
    // "Species | tonnes 2025": a heading over its year is a column of its own, not the rest of a cut word.
    const dated = datedMeasure(c) !== undefined;
    if (prev !== undefined && cut && !unitHeading && !dated && !(looksLikeUnit(prev) && looksLikeUnit(c)))
      out[out.length - 1] = prev + c;
    else out.push(c);
  }
  return out;
}

function hasYearAt(years: readonly unknown[], i: number): boolean {
  return years[i] !== undefined;
}

// A measure's name and unit over its year, stacked into one header cell ("Fuel use (TJ) 2025", "tCO2e 2025").
const YEAR_UNIT =
  /^((?:FY\s?)?(?:19|20)\d{2}(?:\s?[/–-]\s?\d{2})?)\s*(\([^()]{1,30}\)|\[[^[\]]{1,30}\])[¹²³⁴-⁹*†‡\d]{0,2}$/;
const MEASURE_YEAR = /^(\p{L}.{0,40}?)\s+((?:FY\s?)?(?:19|20)\d{2}(?:\s?[/–-]\s?\d{2})?)$/u;

/**
 * A header cell read as a year: a year heading ("2024", "Target 2030"), or a measure printed over its
 * year ("tCO2e 2025"), which names the column's measure too. Undefined when the cell names no year.
 */
export function datedMeasure(text: string): { year: YearCell; measure?: string } | undefined {
  const year = parseYearCell(text);
  if (year) return { year };
  // "2025 (MWh)", "FY2024 [t]¹": the year with its column's unit in brackets after it.
  const u = YEAR_UNIT.exec(text.trim());
  const dated = u?.[1] === undefined ? undefined : parseYearCell(u[1]);
  const unit = u?.[2]?.slice(1, -1).trim();
  if (dated && unit && looksLikeUnit(unit)) return { year: dated, measure: `(${unit})` };
  const m = MEASURE_YEAR.exec(text.trim());
  const own = m?.[2] === undefined ? undefined : parseYearCell(m[2]);
  if (!m?.[1] || !own || isChangeHeading(text) || /^(?:19|20)\d{2}\b/.test(m[1])) return undefined;
  return { year: own, measure: m[1] };
}

/** True when the header has at least one year column. */
export function hasYearColumns(header: TableHeader): boolean {
  return header.columns.some((c) => c.year !== undefined);
}

// Header words over a label column; a cut-off word ("Key Performance Indicato") still counts.
/** Header words over a label column ("Indicator", "Items"), not a title that names the table. */
export const HEADER_LABEL =
  /^(?:types?|items?|indicat\w*|kpis?|key performance indicat\w*|categor\w*|metrics?|units?|years?|aspects?|descriptions?)\b/i;

/**
 * A column that compares the years rather than holding a figure: "Change (%)", "YoY", "Variance", or
 * the Greek delta of German and Nordic reports ("Δ in %", "Δ %", "Delta").
 */
export function isChangeColumn(column: HeaderColumn): boolean {
  return column.year === undefined && isChangeHeading(column.text);
}

// "Base year", "Target year", "Baseline value" (or a bare "Baseline") beside a year column: a targets table prints each
// target's base year, base value and deadline in columns of their own. Their cells are years, or a
// figure of the year the row's base-year cell names, never figures of the columns' year.
const DATED_COLUMN =
  /^(?:(?:base(?:line)?|target|deadline|reference|goal)\s+year|base(?:line)?(?:\s+year)?\s+(?:value|level|figure|amount)|baseline)$/i;

// "Page", "Page no.", "Section", "Chapter": a SASB or GRI index prints each metric's value and the page
// or section of the report it is on ("1,761.2 | 4.4"). Chinese indices head it 页码 / 頁碼 / 页次 / 所在页码
// or 本报告章节 / 章节.
const PAGE_COLUMN =
  /^(?:pages?|page\s+(?:no\.?|numbers?|references?)|p\.|sections?|section\s+(?:no\.?|references?)|chapters?|(?:所在)?[页頁][码碼次]|(?:本报告|本報告)?章[节節](?:位置)?)$/i;

/** True for the heading of an index's page or section column ("Page", "Section"). */
export function isReferenceHeading(text: string): boolean {
  return PAGE_COLUMN.test(text.trim());
}

// "Fact/plan, %", "Actual vs budget (%)", "% of plan": the year's actual as a share of its plan, a
// comparison of two columns, as reports translated from Russian print beside "2025 plan | 2025 fact".
const PLAN_FULFILMENT =
  /^(?:(?:fact|actual)\s*(?:\/|vs\.?|versus|against|to)\s*(?:plan|budget)\b|%\s*of\s+(?:plan|budget)\b|(?:plan|budget)\s+(?:fulfil+ment|execution|achieved)\b)/i;

/**
 * True for the heading of a column whose cells are no figures of the table's years: a target's base
 * year, base value or deadline ("Base year", "Base value"), the page an index points to ("Page") or
 * the share of a plan fulfilled ("Fact/plan, %").
 */
export function holdsNoFigureOfYear(text: string): boolean {
  const t = text.trim();
  return DATED_COLUMN.test(t) || PAGE_COLUMN.test(t) || PLAN_FULFILMENT.test(t);
}

/**
 * A "Target" or "Goal" column with no year of its own (a targets table's last column, "Target value"):
 * its figures are targets.
 */
export function isUndatedTarget(column: HeaderColumn | undefined): boolean {
  return (
    column !== undefined &&
    column.year === undefined &&
    /^(?:targets?|goals?)(?:\s+(?:values?|levels?|figures?|amounts?))?$/i.test(column.text.trim())
  );
}

/**
 * True for the heading of a column of remarks beside the year columns ("Notes", "Remarks", "Boundary",
 * "Data source"): it heads words, not figures, so a row of years ending in it is still a header.
 */
export function isRemarkHeading(text: string): boolean {
  const t = text.trim();
  return REMARK_COLUMN.test(t) || isStandardHeading(t);
}

const REMARK_COLUMN =
  /^(?:notes?|remarks?|comments?|footnotes?|(?:data\s+)?sources?|boundary|assurance|references?|codes?)$/i;

/**
 * Merges a header row of measures under a row of years that each span several columns ("2024 | 2023"
 * over "Number | % | Number | %"): each measure column takes the year above its group. Readers drop
 * empty cells, so the groups are found by count: the measures split evenly over the years, or unevenly
 * where only one split reads as runs of the same measures (`spanSizes`). The
 * measures' first cell may have been read as the label column when the cell before it was empty.
 */
export function spanYears(top: TableHeader, whole: TableHeader): TableHeader | undefined {
  const years = top.columns.filter((c) => c.year !== undefined);
  if (years.length === 0 || hasYearColumns(whole)) return undefined;
  // A reference column after the measures ("MWh | GJ | MWh | GJ | ESRS") spans no year: it is set aside
  // while the measures are split over the years, and kept after them.
  const refs = trailingReferences(whole.columns);
  const sub = refs.length === 0 ? whole : { ...whole, columns: whole.columns.slice(0, -refs.length) };
  const promoted: HeaderColumn[] =
    sub.label !== '' && !HEADER_LABEL.test(sub.label)
      ? [{ index: -1, text: sub.label, role: 'actual' }, ...sub.columns]
      : [...sub.columns];
  // As many measures as years is a unit under each year ("2022 | 2023" over "(kg) | (kg)").
  const fits = (m: readonly HeaderColumn[]): boolean =>
    m.length >= years.length && m.length % years.length === 0;
  // One unit under each column, a change column's too ("2025 | 2024 | YoY change" over "(tCO2e) |
  // (tCO2e) | (%)"): each column keeps its year and takes the unit below it.
  const under =
    years.length < top.columns.length
      ? [sub.columns, promoted].find((m) => m.length === top.columns.length)
      : undefined;
  // A units column the top row heads stays one under the merged header.
  const units = top.unitIndex === undefined ? {} : { unitIndex: top.unitIndex };
  if (under) {
    const columns = top.columns.map((c, i) => {
      const unit = under[i]?.text ?? '';
      return c.year === undefined ? { ...c, text: `${c.text} ${unit}` } : { ...c, text: unit };
    });
    return { columns, label: under === promoted ? top.label : sub.label || top.label, ...units };
  }
  // The label cell is the first measure when its name comes again under a later year.
  const labelRepeats = promoted.length > sub.columns.length && sub.columns.some((c) => c.text === sub.label);
  const candidates = labelRepeats ? [promoted] : [sub.columns, promoted];
  // An even split first; else years over runs of unequal length (a year that lacks one measure).
  const measures = candidates.find(fits) ?? candidates.find((m) => spanSizes(years, m));
  const sizes = measures && spanSizes(years, measures);
  if (!measures || !sizes) return undefined;
  const yearOf = sizes.flatMap((size, y) => Array.from({ length: size }, () => years[y]));
  const columns = measures.map((m, i) => {
    const y = yearOf[i];
    return y?.year === undefined ? m : { ...m, year: y.year, role: y.role };
  });
  const label = measures === promoted ? top.label : sub.label || top.label;
  return { columns: [...columns, ...refs], label, ...units };
}

/** The reference columns ("ESRS", "GRI / ESRS") a header ends with, after its measures. */
function trailingReferences(columns: readonly HeaderColumn[]): HeaderColumn[] {
  let from = columns.length;
  while (from > 1 && isStandardHeading(columns[from - 1]?.text ?? '')) from--;
  return columns.slice(from);
}

/**
 * Finishes header cells a bracket left open on the line above ("(tCO2e/" over "HK$ million)"):
 * pdftotext wraps a long unit under a year over two lines. The new line's filled cells close the
 * open columns in order; undefined when the line does not fit them.
 */
export function closeOpenColumns(top: TableHeader, cells: readonly string[]): TableHeader | undefined {
  const open = top.columns.filter((c) => /\([^)]*$/.test(c.text));
  const filled = cells.filter((c) => c !== '');
  if (open.length === 0 || filled.length !== open.length || !filled.every((c) => /\)$/.test(c))) {
    return unitsUnderUnitless(top, filled);
  }
  let next = 0;
  const columns = top.columns.map((c) => {
    if (!/\([^)]*$/.test(c.text)) return c;
    const more = filled[next++] ?? '';
    return { ...c, text: /[/-]$/.test(c.text) ? `${c.text}${more}` : `${c.text} ${more}` };
  });
  return { ...top, columns };
}

// A unit printed in brackets alone in a header cell: "(persons)", "(MWh)".
const BRACKETED_UNIT_CELL = /^\(([^()]+)\)$/;

/**
 * A line of bracketed units under some of the header's columns only ("(persons)⇥(persons)" under
 * "Number⇥Share (%)⇥Number⇥Share (%)"), its cells parted by tabs, so that no place says which column each
 * is under: the columns that print no bracketed unit of their own take them in order, when there are as
 * many such columns as units. Undefined otherwise.
 */
function unitsUnderUnitless(top: TableHeader, filled: readonly string[]): TableHeader | undefined {
  const unit = (text: string) => BRACKETED_UNIT_CELL.exec(text.trim())?.[1];
  if (filled.length === 0 || !filled.every((c) => looksLikeUnit(unit(c) ?? ''))) return undefined;
  const unitless = top.columns.filter((c) => !/\([^()]*\)/.test(c.text));
  if (unitless.length !== filled.length || unitless.length === top.columns.length) return undefined;
  let next = 0;
  const columns = top.columns.map((c) =>
    unitless.includes(c) ? { ...c, text: `${c.text} ${filled[next++] ?? ''}` } : c,
  );
  return { ...top, columns };
}

/**
 * Merges a row of years under a header of measures that each span several years ("Percentage
 * trained (%) | Average hours" over "2022 | 2023 | 2022 | 2023"): each year column takes the measure
 * above its group as its text, so its figures carry that measure's name and unit.
 */
export function spanMeasures(top: TableHeader, sub: TableHeader): TableHeader | undefined {
  const measures = top.columns;
  const years = sub.columns.filter((c) => c.year !== undefined);
  if (measures.length < 2 || hasYearColumns(top)) return undefined;
  const placed = measuresPerColumn(measures, sub.columns);
  if (placed) return { ...sub, columns: placed, label: sub.label || top.label };
  if (years.length !== sub.columns.length) return undefined;
  if (years.length <= measures.length || years.length % measures.length !== 0) return undefined;
  const span = years.length / measures.length;
  const columns = years.map((y, i) => ({ ...y, text: measures[Math.floor(i / span)]?.text ?? y.text }));
  return { ...sub, columns, label: sub.label || top.label };
}

/**
 * The year columns named by a measure printed over each column ("Foshan plant | Foshan plant | Wuhu
 * plant | Wuhu plant" over "2025 | 2024 | 2025 | 2024"), as the layout places names over the years they
 * span; a column under a measure with no year ("Emission factor") keeps it. Undefined unless the rows
 * pair off and a measure repeats or a column has no year: a lone name per year may be anything else.
 */
function measuresPerColumn(
  measures: readonly HeaderColumn[],
  columns: readonly HeaderColumn[],
): HeaderColumn[] | undefined {
  if (measures.length !== columns.length || columns.filter((c) => c.year !== undefined).length < 2)
    return undefined;
  const repeats = measures.some((m, i) => i > 0 && m.text === measures[i - 1]?.text);
  const yearless = columns.filter((c) => c.year === undefined);
  if (!repeats && yearless.length === 0) return undefined;
  if (yearless.some((c) => !measures.some((m) => m.text === c.text))) return undefined;
  return columns.map((c, i) => (c.year === undefined ? c : { ...c, text: measures[i]?.text ?? c.text }));
}

/**
 * Joins a header row of measures to the one above it when a header wraps over lines ("Scope 1" over
 * "(tonnes"): with no years in either and one cell under each column, each column's text runs on.
 */
export function stackMeasures(top: TableHeader, sub: TableHeader): TableHeader | undefined {
  if (hasYearColumns(top) || hasYearColumns(sub) || top.unitIndex !== undefined) return undefined;
  if (sub.columns.length < 2 || sub.columns.length !== top.columns.length) return undefined;
  const columns = top.columns.map((c, i) => ({
    ...c,
    text: `${c.text} ${sub.columns[i]?.text ?? ''}`.trim(),
  }));
  return { columns, label: sub.label || top.label };
}
