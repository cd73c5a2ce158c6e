import { yesNoAnswer } from '../../core/index.js';
import { parseCellValue } from '../numbers/index.js';

// A site table's total under its yes/no columns counts the sites that answer yes: "3/3", "2 / 3".
const COUNT_OF_COUNT = /^(\d{1,4})\s?\/\s?(\d{1,4})$/;

/** Whether a cell answers a yes/no column: a yes or no word, or a total row's count of yes cells ("2/3"). */
function isAnswerCell(cell: string): boolean {
  if (yesNoAnswer(cell) !== undefined) return true;
  const m = COUNT_OF_COUNT.exec(cell.trim());
  return m !== null && Number(m[1]) <= Number(m[2]) && Number(m[2]) > 0;
}

/**
 * Where a run of yes/no cells closing a row begins ("Plant A | 248 600 | 486 | Yes | No", or a total row's
 * "3/3 | 2/3" under them), when a figure or a dash stands just before it: the answers (certification-coverage
 * counts them) are no figures, and the figures before them keep their columns. Undefined for any other row.
 */
export function trailingAnswers(cells: readonly string[]): number | undefined {
  const filled = cells.flatMap((text, index) => (text.trim() === '' ? [] : [{ text, index }]));
  let k = filled.length;
  while (k > 0 && isAnswerCell(filled[k - 1]?.text ?? '')) k--;
  const first = filled[k];
  const before = filled[k - 1];
  if (k === filled.length || !first || !before || k < 2) return undefined;
  return parseCellValue(before.text) !== undefined ? first.index : undefined;
}
