import { isStandardHeading } from '../layout/index.js';
import { HEADER_LABEL } from './column-heading.js';
import { hasYearColumns, type HeaderColumn, type TableHeader } from './header.js';
import { spanSizes } from './span-sizes.js';
import { looksLikeUnit } from './unit-cell.js';

// A header printed over two rows read as one: years over the measures each spans, measures over the
// years they span, a wrapped name or unit finished on the row below.

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
