import { tryParseUnit } from '../../core/index.js';
import { translates, type LanguageSense } from './latin-languages.js';

/**
 * One cell printing both languages of a Latin-script bilingual report, the English after a slash:
 * "Harian lepas / Casual", "Rp juta / Rp million". The table reader reads
 * English; left whole, "Rp juta / Rp million" reads as a ratio of two units and "Staf / Staff" names
 * a category "staf /".
 */

const SLASH_PAIR = /^(.*\p{L}.*?)\s+\/\s+(.*\p{L}.*)$/u;
// Short cells only: a sentence with a slash is prose, not a label.
const MAX_WORDS = 8;

const balanced = (t: string): boolean => (t.match(/\(/g) ?? []).length === (t.match(/\)/g) ?? []).length;
const unitOf = (t: string): string | undefined => tryParseUnit(t.trim(), { countNouns: false })?.symbol;

/** The English of a cell printing both languages, else the cell as printed. */
export function slashPairEnglish(sense: LanguageSense, cell: string): string {
  const m = SLASH_PAIR.exec(cell.trim());
  const [, local = '', english = ''] = m ?? [];
  if (!m || cell.split(/\s+/).length > MAX_WORDS || !balanced(local) || !balanced(english)) return cell;
  const unit = unitOf(english);
  // "Rp juta / Rp million": both sides the same unit. "< 30 tahun / years" translates a unit word
  // only: the cell stays whole, its figures and unit read as printed (an age band).
  if (unit !== undefined && unit !== '') return unitOf(local) === unit ? english : cell;
  return translates(sense, local, english) ? english : cell;
}
