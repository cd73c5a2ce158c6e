import type { NarrativeFigure } from './read-figure.js';
import { COMPARATIVE_BRACKET } from './printed-years.js';
import { parallelMeasure } from './parallel-measure.js';
import { sharedSubjectLead } from './shared-subject.js';

// Where an average's own words begin in its clause ("an average of", "men averaged", Bulgarian "средно
// по", Russian "в среднем").
const AVERAGE_LEAD =
  /(?:(?:\b(?:men|women|male|female|staff|employees?)\s+)?\b(?:an?\s+)?(?:averag\w*|on\s+average)\b|(?<!\p{L})(?:средно|в\s+среднем)(?!\p{L}))[^,;]*$/iu;

/**
 * The words that say what a figure is: the words before it in its clause (a comma may split a
 * subject from its figure: "259 technical personnel, accounting for 56.7% of its headcount"), the
 * figure with its unit and noun, and the words right after it, which name what a share is of.
 */
export function phraseAround(sentence: string, f: NarrativeFigure): string {
  // A listed part ("96 in North China") is named by its own words; the whole's words name other groups.
  if (f.part === true) {
    const own = sentence.slice(f.start, f.end).replace(/\s+/g, ' ').trim();
    // A part of a measure is named by the whole's words ("hours of training (14,300 in Sweden)").
    return f.name === undefined ? own : `${f.name} (${own})`;
  }
  // A comparative in brackets ("27 injuries (2024: 31), resulting in …") is not a clause break.
  const window = sentence.slice(Math.max(0, f.start - 100), f.start).replace(COMPARATIVE_BRACKET, '');
  const clauses = window.split(/[;:]|\.\s/);
  let clause = clauses.pop() ?? '';
  // "Total energy: 4,077,629 GJ", "Revenue: RM 12.4 million": a figure right after a colon is named by
  // the words before the colon, back to a bracket or comma ("… (market-based: 8,426.4 t)").
  if (/^[\s\p{Sc}A-Z]{0,4}$/u.test(clause) && /:[\s\p{Sc}A-Z]{0,4}$/u.test(window))
    clause = `${(clauses.pop() ?? '').split(/[(,]/).pop() ?? ''} ${clause}`;
  // "1,126 new hires; 35.7% were women": a share opening the clause after a semicolon leaves its
  // whole to the clause before, which names what it is a share of.
  else if (f.unit === '%' && clause.trim() === '' && /;\s*$/.test(window))
    clause = `${clauses.pop() ?? ''}; ${clause}`;
  // "Scope 1 emissions rose from 48,300 tCO2e in 2023 to 51,020 tCO2e": the figure a change ends at is
  // named by the words before "from"; the starting figure between them names nothing of it.
  const changed = clause.replace(/\bfrom\s+(?:[^,;]|,(?=\d))*?\bto\s*$/i, 'to ');
  // "Revenue was ₹ 4,286.73 crore in FY 2024-25 and ₹ 4,012.58 crore in FY 2023-24": the second year's
  // figure is named by the words before the first, the first figure and its year between them naming
  // nothing; so is one set against another ("… 22.4 % of fuel input, compared with 13.4 % a year earlier").
  const lead = sharedSubjectLead(changed, sentence.slice(f.start, f.end));
  // An intensity's subject runs longer ("comprehensive energy consumption per RMB 10,000 of output value").
  const before = lead
    .trim()
    .split(/\s+/)
    .slice(/ \/ /.test(f.unit) ? -14 : -8)
    .join(' ');
  // A bracket after the figure is an aside ("52 employees took leave (21 men and 31 women)"): its
  // words describe parts, not the figure.
  const tail = sentence.slice(f.end, f.end + 80).split(/[,;:.(]/)[0] ?? '';
  // "…; contractors received 1,980 hours": a clause repeating an earlier one's verb and unit shares its measure.
  const after = tail.trim().split(/\s+/).slice(0, 6).join(' ') || (parallelMeasure(sentence, f) ?? '');
  // An average's printed words may lead with the total it was divided from ("58,752 training hours, an
  // average of 19.6 hours per employee"): they start at the average, and its name goes first.
  const printed = f.name === undefined ? before : (AVERAGE_LEAD.exec(lead)?.[0] ?? '');
  const phrase = `${printed} ${sentence.slice(f.start, f.end)} ${after}`
    .replace(/\s+/g, ' ')
    .replace(/ ([,;])/g, '$1')
    .trim();
  return f.name ? `${f.name} (${phrase})` : phrase;
}
