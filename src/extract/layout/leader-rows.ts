import { tryParseUnit } from '../../core/index.js';
import { YEAR_BEFORE_NAME } from '../period/index.js';

// "Scope 1 emissions ........ 12,480 tCO2e": a key-figures list joins each name to its figure with a
// dotted leader, which parts two cells as a run of spaces does. A contents line ("Our people ..... 14")
// ends in a bare page number and is no row. Longer lines are prose and not tried (bounded work).
const LEADER = / *(?:\.{4,}|(?:… ?){2,}|(?:· ?){4,}|(?:\. ){3,}\.) */g;
const PAGE_AFTER_LEADER = /(?:\.{4}|… ?…|· ?·|\. \.)\s*\d{1,3}\s*$/;
const MAX_LEADER_LINE = 400;

// A figure no page number is: grouped thousands, a decimal, or four digits or more ("184,230", "21,406.5").
const KEY_FIGURE = /^[-−+(]?\d(?:\d{0,2}[,.]\d|\d{3})/;

/**
 * Whether a line ends on a leader and a bare page number, as a contents line does ("Our people ..... 14").
 * A highlights line printing several pairs ("Bed days ..... 48,120   Staffed beds ..... 164") ends on a
 * small figure too, but an earlier leader before a figure no page number is says it lists key figures.
 */
export function endsOnPageNumber(line: string): boolean {
  if (!PAGE_AFTER_LEADER.test(line) || line.length > MAX_LEADER_LINE) return false;
  const afterLeaders = line.split(LEADER).slice(1, -1);
  return !afterLeaders.some((part) => KEY_FIGURE.test(part.trim()));
}

// "(2024: 241 862)", "(2023 – 12,4 %)", "(Vorjahr: 72.129)", "(prior year 81.2)": the year before's figure
// in brackets after the year's figure and unit, dated by its number or named by its place.
const PRIOR_YEAR_BRACKET = new RegExp(
  String.raw`\s\((?:(?:19|20)\d{2}\s?[:–-]|(?:${YEAR_BEFORE_NAME})\s?[:–-]?)\s?[-−+]?\d[\d \u00a0\u202f,.]*(?:\s?%)?\)$`,
  'iu',
);

/**
 * Whether a line states a figure and, in brackets at its end, the year before's ("Water withdrawal
 * 612 480 m³ (2024: 628 412)"): a statement, never a group heading of the table around it.
 */
export function statesPriorYear(text: string): boolean {
  return /\d/.test(text.slice(0, text.search(PRIOR_YEAR_BRACKET))) && PRIOR_YEAR_BRACKET.test(text.trim());
}

/**
 * "Revenue ........ 258 437  EUR thousand   (2024: 241 862)": a key figure followed by the year
 * before's in brackets states both years as a sentence does ("Revenue was EUR 258 437 thousand
 * (2024: 241 862)"), with no column to date them: one cell of words, the leader and gaps closed up,
 * so that the sentence reader gives each figure its year. Undefined for any other line.
 */
export function withPriorYear(unled: string): string[][] | undefined {
  const text = unled.trim().replace(/\s{2,}/g, ' ');
  if (!PRIOR_YEAR_BRACKET.test(text) || !/^\p{L}/u.test(text)) return undefined;
  // "Staff (heads) ..... 3.486   (Vorjahr: 3.386)": a count with no unit is no sentence the prose reader
  // reads, so the name and the report year's figure stay a row; the bracket's figure is left unread.
  const [name, figure, bracket, ...more] = unled.trim().split(/ {3,}/);
  if (name && figure && bracket && more.length === 0 && /^[-−+]?\d[\d \u00a0\u202f,.]*$/u.test(figure))
    return [[name, figure]];
  return [[text]];
}

/**
 * A tab-separated text line with a dotted leader before a tab ("Revenue .......⇥258 437⇥EUR thousand"), as
 * the line printed with spaces for its tabs: the leader pairs a name with its figure as the spaced
 * line's does, and the spaced reading (the name without its dots, the year before's in brackets) is
 * kept. Undefined for a line with no tab or no leader.
 */
export function tabbedLeaderLine(line: string): string | undefined {
  if (!line.includes('\t') || line.length > MAX_LEADER_LINE || !line.split('\t').some(endsInLeader))
    return undefined;
  return line.trim().replaceAll('\t', '   ');
}

// A cell closing on a leader ("Revenue ......."), or a leader then a figure in one cell ("Staff ..... 1.284").
const LEADER_AT_END = new RegExp(`${LEADER.source}$`);
const endsInLeader = (cell: string): boolean => LEADER_AT_END.test(cell) || /\.{4,} \S/.test(cell);

// Three dots between a name and its figure ("Clinical waste ... 605,860 kg"): an ellipsis in prose too, so
// a leader only on a line whose other names are led to their figures by longer leaders.
const SHORT_LEADER = /(?<=\p{L}) +\.{3} +(?=[-−+(]?\d)/gu;

/** The line with each dotted leader turned into a column gap of three spaces (a long line left as it is). */
export function withoutLeaders(line: string): string {
  if (line.length > MAX_LEADER_LINE) return line;
  const unled = line.replace(LEADER, '   ');
  return unled === line ? line : unled.replace(SHORT_LEADER, '   ');
}

// A figure, grouped by spaces or not, then the words after it.
const LEADER_FIGURE =
  /^([-−+(]?\d(?:\d{0,2}(?:[ \u00a0\u2009\u202f]\d{3})+(?:[.,]\d+)?|[\d,.]*)\)?(?: ?%)?)(?:\s+(\S.{0,40}))?$/u;

/**
 * "Staff at 31 December ....... 1 578 people", "Revenue ....... 4 986,4 MMAD": a name, one leader, then a
 * figure the cells above do not read (grouped by spaces, with a counted noun or a unit of several
 * words). The leader says the line pairs a name with its figure. A counted noun ("people") or a unit of
 * several words goes to the name in brackets, as a unit printed there is read, and the figure stands alone.
 */
export function leaderRow(line: string): string[][] | undefined {
  if (line.length > MAX_LEADER_LINE) return undefined;
  const parts = line.split(LEADER).map((p) => p.trim());
  const [name, value] = parts;
  if (parts.length !== 2 || !name || !value || !/\p{L}/u.test(name)) return undefined;
  const [, figure, words] = LEADER_FIGURE.exec(value) ?? [];
  if (figure === undefined) return undefined;
  // One unit word stays with its figure ("4 986,4 MMAD"); a counted noun or a unit of several words is
  // the name's ("Intensity (kgCO2e/t of cement)").
  const oneUnit = words !== undefined && !/\s/.test(words) && tryParseUnit(words, { countNouns: false });
  if (words === undefined || oneUnit) return [[name, value]];
  return tryParseUnit(words) !== undefined ? [[`${name} (${words})`, figure]] : [[name, value]];
}
