import { tryParseUnit } from '../../core/index.js';

// "Table 7 – Social investment, R$ thousand", "Donations by programme: EUR million": the words after
// the caption's last comma, dash or colon.
const TRAILING = /(?:,|\s[–—-]\s|:)\s*([^,:–—()]{1,30})$/u;

/**
 * The currency and scale a table's caption closes on without brackets ("Social investment, R$
 * thousand"), or ''. Only money: every row of such a table is an amount, whereas a caption's "tCO2e"
 * may sum up rows printed in other units (an intensity under the totals).
 */
export function captionTailUnit(caption: string): string {
  const tail = TRAILING.exec(caption.trim())?.[1]?.trim();
  if (tail === undefined || tail === '') return '';
  return tryParseUnit(tail)?.dimension.startsWith('money:') === true ? tail : '';
}
