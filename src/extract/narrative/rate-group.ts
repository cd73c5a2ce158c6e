import type { NumberToken } from '../numbers/index.js';
import type { NarrativeFigure } from './read-figure.js';

/** A GRI 403-9 rate's name: "lost-time injury frequency rate", "total recordable injury rate", "LTIFR". */
export const RATE_WORDS = String.raw`(?:(?:lost[- ]time|total\s+recordable|recordable|work[- ]related|disabling)\s+)?(?:injury|incident|accident)\s+(?:frequency\s+|severity\s+)?rate|LTIFR?|LTIR|TRIFR?|TRIR`;
/** A figure's name that is wholly a rate's name. */
export const RATE_NAME = new RegExp(`^(?:${RATE_WORDS})$`, 'i');

// GRI 403-9 (a) and (b) ask for the rates of employees and of workers who are not employees apart, and
// prose names whose rate it prints by a word right before the rate's name: "our employee lost-time
// injury rate was 0.46", "the contractors' TRIR", "own-staff LTIFR". That group is the rate's breakdown,
// as a table's "Employees" or "Contractors" column is, so the rate is checked against that group's
// injuries and hours and never the other's. "Employee and contractor LTIFR" names both: no one group.
const GROUP_BEFORE =
  /(?<!(?:\band|\bor|&|,)\s*)(?<![\p{L}-])(?:(?:own|direct)[- ])?(employees?|staff|(?:sub)?contractors?)(?:['’]s?)?\s+$/iu;

/**
 * The worker group a word right before a rate's name gives it ("employee", "contractors'"), as the
 * figure's breakdown; the figure unchanged when none does or its words already give one.
 */
export function withRateGroup(sentence: string, f: NarrativeFigure): NarrativeFigure {
  if (f.dims?.employment_type !== undefined) return f;
  const word = GROUP_BEFORE.exec(sentence.slice(Math.max(0, f.start - 40), f.start))?.[1]?.toLowerCase();
  if (word === undefined) return f;
  const group = word.includes('contractor') ? 'contractor' : 'employee';
  return { ...f, dims: { ...f.dims, employment_type: group } };
}

// "(contractors: 0.58)", "(own staff 0.3)": another group's rate in brackets right after a rate, as the
// prior year's is printed ("(2024: 0.51)").
const GROUP_BRACKET = /\(\s*((?:(?:own|direct)\s+)?(?:employees?|staff|(?:sub)?contractors?))\s*[:：]?\s*$/iu;
// How far after the rate the bracket may open: the rate's base ("per 200,000 hours worked") lies between.
const BRACKET_REACH = 40;

/**
 * The rate of another worker group printed in brackets after a named rate ("an employee LTIR of 0.39
 * per 200,000 hours worked (contractors: 0.58)"): that group's figure of the same rate and base.
 */
export function groupRateInBracket(
  sentence: string,
  token: NumberToken,
  figures: readonly NarrativeFigure[],
): NarrativeFigure | undefined {
  const at = token.start;
  const m = GROUP_BRACKET.exec(sentence.slice(Math.max(0, at - 30), at));
  const rate = figures[figures.length - 1];
  const named = rate?.name !== undefined && RATE_NAME.test(rate.name);
  if (!m?.[1] || !rate || !named || rate.dims?.employment_type === undefined) return undefined;
  const start = at - m[0].length + m[0].indexOf(m[1]);
  const between = sentence.slice(rate.end, at - m[0].length);
  const group = m[1].toLowerCase().includes('contractor') ? 'contractor' : 'employee';
  if (between.length > BRACKET_REACH || /[(;]|\.\s/.test(between) || group === rate.dims.employment_type)
    return undefined;
  return {
    value: token.value,
    unit: rate.unit,
    noun: rate.noun,
    measured: rate.measured,
    at,
    start,
    // The closing bracket is the figure's own: no words after it name the rate.
    end: token.end + (/^\s*\)/.exec(sentence.slice(token.end))?.[0].length ?? 0),
    name: rate.name,
    dims: { ...rate.dims, employment_type: group },
  };
}
