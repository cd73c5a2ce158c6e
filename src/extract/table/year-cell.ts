import { YEAR_WORD_AFTER, yearRoleOf, yearRoleWords } from '../layout/index.js';
import { yearsBackOf } from '../period/index.js';

/**
 * Year column headers as reports print them: "2023", "'23", "FY23", "FY2023", "2022/23", "FY22/23" (a fiscal year is
 * the year it ends), "2023 target", footnote digits glued on ("201813" is 2018 with note 13), and a
 * header cut short by the layout ("202" when the last digit fell off the page); also a year named
 * by its place before the report's ("Current year", "Prior year", "Previous Financial Year").
 */

/** A header cell read as a year. */
export interface YearCell {
  /** The year, or undefined when the cell was cut short ("202") and needs its neighbours. */
  readonly year: number | undefined;
  /** The printed prefix of a cut-short year ("202"). */
  readonly truncated?: string;
  /** The header marks a target or base year rather than a reported year. */
  readonly role: 'actual' | 'target' | 'base';
  /** Years before the report's own a relatively named year is ("Prior year" is 1), resolved by {@link resolveYears}. */
  readonly yearsBack?: number;
}

const MIN_YEAR = 1990;
const YEAR_WORD_AT_END = new RegExp(String.raw`\s*${YEAR_WORD_AFTER}$`);
const MAX_YEAR = 2100;
let roleWords: RegExp | undefined;
// Every role word of a year heading, built from the data file on first use.
const ROLE_WORDS = (): RegExp => (roleWords ??= new RegExp(yearRoleWords(), 'giu'));

function plausible(y: number): boolean {
  return y >= MIN_YEAR && y <= MAX_YEAR;
}

/** Reads a header cell as a year column, or undefined when it is not one. */
export function parseYearCell(text: string): YearCell | undefined {
  // "2024年" (Chinese "year") and "2024년" (Korean) are the year 2024; "2024." (Croatian, Serbian, Slovene and Hungarian print a
  // year as an ordinal, with a dot) is the year 2024.
  // "──── 2025 ────": a year heading drawn as a rule over the columns it spans.
  const bare = text.replace(/^\s*[─━═—–-]{2,}\s*|\s*[─━═—–-]{2,}\s*$/gu, '').replace(/[*†‡]+$/, '');
  // "本年 | 上年": a Chinese relative name ends in the year word, so it is read before that word goes.
  const back = yearsBackOf(bare);
  if (back !== undefined) return { year: undefined, role: 'actual', yearsBack: back };
  const t = text
    .replace(/^\s*[─━═—–-]{2,}\s*|\s*[─━═—–-]{2,}\s*$/gu, '')
    .replace(/[*†‡]+$/, '')
    .replace(YEAR_WORD_AT_END, '')
    .replace(/((?:19|20)\d{2})\.$/, '$1')
    .trim();
  if (t.length > 24) return undefined;
  // "2025 plan" beside "2025 fact" (reports translated from Russian: план / факт) is the year's plan,
  // a figure aimed at like a target; "fact" is the year's actual. The words for target, base year and
  // current status in each language are data (layout/year-roles.data.json).
  const role = yearRoleOf(t);
  // "Base year (2019)", "2025 performance": the words and brackets around the year only say its role;
  // "Group F2025" beside the operations' columns is the whole group's year.
  const core = t
    .replace(ROLE_WORDS(), '')
    .replace(/\b(?:year|data|performance|results?)\b/gi, '')
    .replace(/\s+/g, ' ')
    .trim()
    // "2030年目標": the year word is last once the role word is gone.
    .replace(YEAR_WORD_AT_END, '')
    .replace(/^\s*(?:group|consolidated)\s+(?=(?:FY|CY)?\s?'?\d)/i, '')
    // "基準年（2023年度）": a full-width bracket too, and the year word after the year inside it.
    .replace(/^\s*[(（]\s*(.*?)\s*[)）]\s*$/u, '$1')
    .replace(YEAR_WORD_AT_END, '')
    // "FY19 (base)", "2019 (base year)": the emptied bracket of a role word after the year.
    .replace(/\s*[(（]\s*[)）]$/u, '')
    // "2023/24 total" beside a year's "Men | Women | Total": the earlier year's total column.
    .replace(/^(\S*\d)\s+total$/i, '$1')
    // "2024 for comparison" under a year's rows: the earlier year's figures printed beside them.
    .replace(/^(\S*\d)\s+(?:for\s+)?(?:comparison|comparative)$/i, '$1')
    .trim()
    // "Bazna 2023.": the ordinal dot of a year printed after its role word.
    .replace(/^((?:19|20)\d{2})\.$/, '$1');
  let m = /^(?:FY|CY)\s?'?(\d{2}|\d{4})$/i.exec(core);
  if (m?.[1]) {
    const y = m[1].length === 2 ? 2000 + Number(m[1]) : Number(m[1]);
    return plausible(y) ? { year: y, role } : undefined;
  }
  // "FY24/25": a fiscal year in two-digit halves, read as the year it ends.
  m = /^FY\s?'?(\d{2})\s?[/–-]\s?(\d{2})$/i.exec(core);
  if (m?.[1] && m[2]) {
    const end = 2000 + Number(m[2]);
    return (Number(m[2]) - Number(m[1]) + 100) % 100 === 1 ? { year: end, role } : undefined;
  }
  m = /^(?:FY\s?)?(\d{4})\s?[/–-]\s?(\d{2}|\d{4})$/i.exec(core);
  if (m?.[1] && m[2]) {
    const end = m[2].length === 2 ? Math.floor(Number(m[1]) / 100) * 100 + Number(m[2]) : Number(m[2]);
    return plausible(end) && end - Number(m[1]) === 1 ? { year: end, role } : undefined;
  }
  // "'25", "’24": a two-digit year after an apostrophe, as Korean and Japanese reports head their columns.
  m = /^['’‘](\d{2})$/.exec(core);
  if (m?.[1]) return { year: 2000 + Number(m[1]), role };
  m = /^(\d{4})(\d{1,2})?$/.exec(core);
  if (m?.[1]) {
    const y = Number(m[1]);
    return plausible(y) ? { year: y, role } : undefined;
  }
  // A year whose last digit the layout cut off ("202"); resolved from the neighbouring columns.
  if (/^(19|20)\d$/.test(core)) return { year: undefined, truncated: core, role };
  return undefined;
}

/**
 * Fills cut-short years from their neighbours: columns run in yearly steps (up or down), so "2023,
 * 2022, 202" is 2021. A lone cut-short year takes the report year when that year fits the prefix; a
 * relatively named year counts back from the report year.
 */
export function resolveYears(
  cells: readonly (YearCell | undefined)[],
  reportYear: number,
): (number | undefined)[] {
  const years = cells.map((c) => c?.year);
  const known = years.flatMap((y, i) => (y === undefined ? [] : [[i, y] as const]));
  const [a, b] = known;
  const step = a && b ? Math.sign((b[1] - a[1]) / (b[0] - a[0])) : 0;
  return cells.map((c, i) => {
    if (c?.yearsBack !== undefined) return reportYear > 0 ? reportYear - c.yearsBack : undefined;
    if (!c || c.year !== undefined || !c.truncated) return c?.year;
    const prefix = c.truncated;
    const fromNeighbour = a && step !== 0 ? a[1] + step * (i - a[0]) : undefined;
    const candidate = fromNeighbour ?? (a ? a[1] + (i > a[0] ? -1 : 1) : reportYear);
    return String(candidate).startsWith(prefix) ? candidate : undefined;
  });
}
