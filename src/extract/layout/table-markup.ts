import { cjkHeaderCells } from './cjk-header.js';
import { endsOnPageNumber, leaderRow, withoutLeaders, withPriorYear } from './leader-rows.js';
import { isRuleLine } from './rule-line.js';
import { spacedRow } from './spaced-row.js';

/**
 * Table rows that a PDF-to-text or PDF-to-markdown tool wrote without tabs: markdown pipe rows
 * ("| Scope 1 | 1,200 | 1,100 |"), HTML rows ("<tr><td>Scope 1</td><td>1,200</td></tr>"), and
 * columns aligned with runs of spaces ("Scope 1      1,200      1,100"). Each gives its rows as
 * lists of cells; a line that is none of these gives undefined.
 */
export function rowsOfMarkup(line: string): string[][] | undefined {
  // A rule under a plain-text table's header ("-----", "=====", "─────") carries no cells; dropping
  // it keeps the header and the rows below it in one table, as a blank line would.
  if (isRuleLine(line)) return [];
  if (/<t[dh]\b/i.test(line)) return htmlRows(line);
  if (/^\s*\|.*\|/.test(line)) return pipeRow(line);
  const unled = withoutLeaders(line);
  if (unled !== line && !endsOnPageNumber(line))
    return withPriorYear(unled) ?? spacedRow(unled) ?? leaderRow(line);
  // "类别 指标 单位 数值": Chinese headings parted by spaces of any width are a header row.
  const header = cjkHeaderCells(line);
  if (header) return [header];
  if (/\S {3,}\S/.test(line)) return spacedRow(line) ?? unitRow(line);
  return undefined;
}

function htmlRows(line: string): string[][] {
  return line
    .split(/<\/tr\s*>/i)
    .map((row) =>
      row
        .split(/<\/t[dh]\s*>/i)
        .map((cell) => cell.replace(/<[^>]{0,200}>/g, ' ').trim())
        .filter((cell, i, all) => cell !== '' || i < all.length - 1),
    )
    .filter((cells) => cells.some((c) => c !== ''));
}

function pipeRow(line: string): string[][] {
  const cells = line
    .trim()
    .replace(/^\||\|$/g, '')
    .split('|')
    .map((c) => c.trim());
  // "|---|:---:|" separates a markdown table's header from its body.
  if (cells.every((c) => /^:?-{2,}:?$/.test(c) || c === '')) return [];
  return [cells];
}
const BRACKETED_UNIT = /^\([^()]{1,24}\)?$|^[^()]{1,24}\)$/;

/**
 * A header line of units under the years, set apart by spaces ("(persons)   (%)   (persons)   (%)"):
 * pdftotext prints each year's unit on a line of its own below it, with no figure to mark the row.
 */
function unitRow(line: string): string[][] | undefined {
  // Two spaces part units too: a count's and a share's headers sit close ("(%)  (persons)").
  const cells = line.trim().split(/ {2,}/);
  return cells.length >= 2 && cells.every((c) => BRACKETED_UNIT.test(c.trim())) ? [cells] : undefined;
}

/**
 * A line of measures set apart by spaces over a line of years ("Percentage trained (%)   Average
 * hours" over "2022   2023   2022   2023"): with no figure of its own it reads as one cell, so it is
 * split here, behind an empty label cell, when the next line holds only two or more years.
 */
export function measuresOverYears(line: string, next: string | undefined): string[][] | undefined {
  const years = next?.trim().split(/\s{2,}|\t/) ?? [];
  if (years.length < 2 || !years.every((y) => /^(?:FY\s?)?(?:19|20)\d{2}$/i.test(y))) return undefined;
  const cells = line.trim().split(/ {3,}/);
  if (cells.length < 2 || cells.some((c) => c.length > 40 || /[.;:,]$/.test(c))) return undefined;
  return [['', ...cells]];
}
