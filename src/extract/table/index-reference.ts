import { isPageOrSection } from '../content-index/index.js';
import { parseCellValue } from '../numbers/index.js';
import { isPageIndex, withoutPage } from './page-index.js';
import type { TableBlock } from './segment.js';
import { valueWithUnit } from './worded-figure.js';

/** A status index ("… | 5.2 | Reported") or an index of values with the page each is on ("… | 84.9% | 14"). */
export type IndexKind = 'status' | 'page';

/**
 * A disclosure index that prints each metric's value ("E3 | Energy usage | 11,204 GJ | 5.2 |
 * Reported", as the ESG indexes of Gulf and Nordic exchanges ask): the section or page the value is
 * on, then whether it is reported. The reference is where to read, no figure of the year; the
 * content-index reader keeps only indexes of codes it knows, so the table reader meets these.
 */

// An index's status words: only an index ends its rows in them.
const STATUS_WORD = /^(?:(?:fully|partially|partly|not)\s+)?reported$|^omitted$/i;
// "N/A" ends a data row too ("Fatalities | 0 | 0 | N/A"): a status only inside an index.
const NOT_APPLICABLE = /^(?:n\/?a|not applicable)$/i;
// Rows ending in a reference and a status word that make a table an index.
const MIN_INDEX_ROWS = 3;

/** The filled cells' positions that end a row in a reference and a status, if it does. */
function referenceTail(cells: readonly string[], anyStatus: boolean): number | undefined {
  const filled = cells.flatMap((text, index) => (text.trim() === '' ? [] : [{ text: text.trim(), index }]));
  const status = filled[filled.length - 1];
  const reference = filled[filled.length - 2];
  if (!status || !reference || filled.length < 3) return undefined;
  const isStatus = STATUS_WORD.test(status.text) || (anyStatus && NOT_APPLICABLE.test(status.text));
  const isReference = isPageOrSection(reference.text) || /^[-–—]$/.test(reference.text);
  return isStatus && isReference ? reference.index : undefined;
}

/**
 * The kind of disclosure index a block is: `status` when its rows end in a section or page reference and
 * a status word, `page` when its coded rows end in a value then the page it is on (see
 * {@link isPageIndex}), else undefined.
 */
export function disclosureIndexKind(block: TableBlock): IndexKind | undefined {
  if (block.rows.filter((r) => referenceTail(r.cells, false) !== undefined).length >= MIN_INDEX_ROWS)
    return 'status';
  return isPageIndex(block) ? 'page' : undefined;
}

/**
 * A row of a disclosure index without its reference and status cells: what is left names and values
 * the metric. A value printed with words after its unit ("20,114 m³ withdrawn") gives those words to
 * the row's name, so the figure reads as a value in its unit.
 */
export function withoutReference(cells: readonly string[], kind: IndexKind = 'status'): readonly string[] {
  if (kind === 'page') return withoutPage(cells);
  const at = referenceTail(cells, true);
  if (at === undefined) return cells;
  const kept = cells.slice(0, at).filter((c) => c.trim() !== '');
  const value = kept[kept.length - 1] ?? '';
  const split = kept.length >= 2 ? describedValue(value) : undefined;
  if (!split) return kept;
  const label = kept.slice(0, -1).join(' ');
  return [namedByParticiple(label, split.words) ?? `${label} (${split.words})`, split.figure];
}

// A metric named by its subject and a broad measure ("Water usage", "Energy use", "Waste management").
const BROAD_MEASURE = /^(.*\p{L})\s+(?:usage|use|consumption|management)$/iu;
// One past participle after the unit says which measure of the subject the value is ("m³ withdrawn").
const PARTICIPLE = /^\p{L}{3,}(?:ed|wn)$/iu;

/**
 * "Water usage | 20,114 m³ withdrawn": the participle names the measure more narrowly than the label's
 * broad word, so the row is "Water withdrawn (usage)", as the value's own words say.
 */
function namedByParticiple(label: string, words: string): string | undefined {
  const broad = BROAD_MEASURE.exec(label.trim());
  if (!broad?.[1] || !PARTICIPLE.test(words)) return undefined;
  const measure = label.trim().slice(broad[1].length).trim();
  return `${broad[1]} ${words} (${measure})`;
}

// Words of a value cell that may be its unit, at most.
const MAX_UNIT_WORDS = 3;

/** "20,114 m³ withdrawn": the figure with its unit, and the words after them. */
function describedValue(text: string): { figure: string; words: string } | undefined {
  if (parseCellValue(text) !== undefined || valueWithUnit(text) !== undefined) return undefined;
  const words = text.trim().split(/\s+/);
  for (let n = Math.min(MAX_UNIT_WORDS + 1, words.length - 1); n >= 2; n--) {
    const figure = words.slice(0, n).join(' ');
    const rest = words.slice(n).join(' ');
    const cell = valueWithUnit(figure);
    // "2 of 9 directors" is a part of a whole, not a figure in a unit "of 9".
    const unit = cell?.kind === 'value' ? cell.unit : '';
    if (unit !== '' && !/^(?:of|per|in)\b/i.test(unit) && /^\p{L}[\p{L}\s-]*$/u.test(rest))
      return { figure, words: rest };
  }
  return undefined;
}
