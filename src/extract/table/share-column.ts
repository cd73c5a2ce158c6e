import { escapeRegExp, tryParseUnit } from '../../core/index.js';
import type { HeaderColumn } from './header.js';
import type { ValueCell } from './split-row.js';
import data from './share-heading-words.data.json' with { type: 'json' };

// "Andel", "% of total", "Andel (%)", "占比": the heading, whole, with or without a bracketed per cent sign.
const SHARE_HEADING = new RegExp(
  `^(?:${data.headings.map(escapeRegExp).join('|')})(?:\\s*[(（]\\s*%\\s*[)）])?$`,
  'iu',
);

/** Whether a column heading names each row's share of the whole ("Andel", "% of total", "占比"). */
export function isShareHeading(text: string): boolean {
  return SHARE_HEADING.test(text.replace(/\s+/g, ' ').trim());
}

/** A figure that is its row's share of the whole: a per cent of the year of the quantity before it. */
export interface ShareOfFigure {
  readonly year: number | undefined;
}

const isPercent = (unit: string): boolean => tryParseUnit(unit)?.dimension === 'fraction';

/**
 * The figures of a row that are the share of the quantity printed just before them ("Herring | tons |
 * 212.400 | 48,2 %"): under a share heading ("Andel", "% of total"), or printed with a per cent sign
 * after a figure of another unit. A share divides its own year's quantity, so it takes that figure's
 * year, even when it stands under the next year's column of a header printed above for another table,
 * or under no year at all ("Species | tonnes 2025 | % of total"). Undefined for every other figure.
 */
export function sharesOfFigures(
  values: readonly ValueCell[],
  columns: readonly (HeaderColumn | undefined)[],
  rowUnit: string,
): (ShareOfFigure | undefined)[] {
  return values.map((v, i) => {
    const before = values[i - 1]?.cell;
    const column = columns[i];
    if (v.cell.kind !== 'value' || before?.kind !== 'value') return undefined;
    // A quantity before it: a figure printed without a per cent sign, in a row whose unit is no per cent.
    if (isPercent(before.unit) || isPercent(rowUnit)) return undefined;
    const value = Number(v.cell.value);
    if (!(value >= 0 && value <= 100)) return undefined;
    const headed = column !== undefined && isShareHeading(column.text);
    if (!headed && !isPercent(v.cell.unit)) return undefined;
    const year = (headed ? column.year : undefined) ?? columns[i - 1]?.year;
    return { year };
  });
}
