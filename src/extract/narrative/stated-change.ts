import type { Mention } from '../mention/index.js';
import type { NarrativeFigure } from './read-figure.js';

/** Which way a stated change goes. */
export const CHANGE_DIRECTIONS = ['increase', 'decrease'] as const;
/** One of {@link CHANGE_DIRECTIONS}. */
export type ChangeDirection = (typeof CHANGE_DIRECTIONS)[number];

/** A percentage in a sentence read as the change of a metric ("Scope 1 emissions decreased by 31%"). */
export interface ChangeReading {
  readonly direction: ChangeDirection;
  /** The words naming what changed, when the sentence names it ("Scope 1 emissions"). */
  readonly subject?: string;
  /** The figure the change is of, when the sentence prints it ("1,108.9 tCO2e, a decrease of 3.8%"). */
  readonly about?: NarrativeFigure;
  /** The baseline year when the sentence names one other than the year before. */
  readonly since?: number;
}

const UP = /^(?:increas\w*|rose|risen|rise|rising|grew|grown|growth|went up|up|climb\w*|jump\w*)$/i;
const DOWN = /^(?:decreas\w*|fell|fallen|fall|dropp?\w*|declin\w*|reduc\w*|went down|down|cut)$/i;
const APPROX = String.raw`(?:by\s+)?(?:about\s+|approximately\s+|around\s+|nearly\s+|almost\s+|some\s+|over\s+)?`;
// "Scope 1 emissions (have) decreased by 31%": the subject, then a change verb, then the figure.
const VERB_BEFORE = new RegExp(
  String.raw`(?:^|[,;:(]|\b(?:and|while|whereas|where|meanwhile)\b)\s*([A-Za-z][^,;:()]{2,80}?)\s+(?:ha(?:s|ve|d)\s+)?(?:been\s+)?(?:was\s+|were\s+)?(increased|decreased|rose|fell|dropped|declined|grew|reduced|went up|went down|climbed|jumped)\s+${APPROX}$`,
  'i',
);
// "…, a decrease of 3.8%", "representing a year-on-year increase of 12%".
const NOUN_OF = new RegExp(
  String.raw`\b(?:year[- ]on[- ]year\s+|yoy\s+|y-o-y\s+)?(increase|decrease|reduction|decline|drop|rise|growth|fall)\s+of\s+${APPROX}$`,
  'i',
);
// "…, down 4.2% year on year", "…, up by 7%".
const DOWN_UP = new RegExp(String.raw`,\s*(down|up)\s+${APPROX}$`, 'i');
// "a 12% decrease in water consumption".
const NOUN_AFTER =
  /^[\d.,]+\s?%\s+(?:year[- ]on[- ]year\s+|yoy\s+)?(increase|decrease|reduction|decline|drop|rise|growth|fall|cut)\s+(?:in|of)\s+([^,;:.()]{3,60})/i;
const SUBJECT_AFTER = /^\s*(?:in|of)\s+([^,;:.()]{3,60})/i;
// What the change is measured against: the year before, or a baseline year.
const YEAR_ON_YEAR = /\b(?:year[- ]on[- ]year|year[- ]over[- ]year|yoy|y-o-y)\b/i;
const AGAINST =
  /\b(?:compared\s+(?:with|to)|from|over|than|versus|vs\.?|relative\s+to|against|since)\s+(?:that\s+(?:of|in)\s+)?(?:the\s+|a\s+)?(?:((?:previous|prior|last|preceding)\s+(?:financial\s+|reporting\s+)?(?:year|period))|(?:FY\s?)?((?:19|20)\d{2})(?:\s?\/\s?(\d{2}))?)/i;
const REPORTING_PERIOD =
  /\b(?:during|in|for|over|throughout)\s+(?:the\s+)?(?:reporting\s+(?:period|year)|year|FY\s?(?:19|20)\d{2}(?:\/\d{2})?|(?:19|20)\d{2})\b/i;
// A subject qualified by a place ("natural gas in Xinzhou Tower") is about a part, not the total.
const PART_OF = /\b(?:in|at|of|for|from)\s+(?:the\s+)?(?!Group\b|Company\b|Reporting\b)[A-Z][a-z]/;
// "percentage points" is a difference of shares, not a relative change.
const POINTS = /^[\d.,]+\s?(?:percentage\s+points?|pp\b|ppts?\b)/i;
const NOT_A_RECORD = /\b(?:if|would|could|might|estimated|expected|projected|forecast)\b/i;

/**
 * Reads a percentage as a stated change when the sentence gives it a direction and names what
 * changed, either in words or by printing the figure just before it. A change verb with no figure
 * needs a comparison ("year on year", "compared with 2021") or the period it happened in ("during
 * the Reporting Period"): "reduced by about 42% compared with traditional furnaces" states a saving,
 * not a change between years. Ambiguous sentences are left alone (HKEX ESG Guide KPIs A1-A2 ask for
 * the figures; the change is a claim about them that `esg check` tests).
 */
export function readChange(
  sentence: string,
  f: NarrativeFigure,
  before: readonly NarrativeFigure[],
  statementYear: number,
): ChangeReading | undefined {
  if (f.unit !== '%' || POINTS.test(sentence.slice(f.at)) || NOT_A_RECORD.test(sentence)) return undefined;
  const lead = sentence.slice(Math.max(0, f.at - 140), f.at);
  const since = baseline(sentence, statementYear);
  if (since === null) return undefined;
  const about = [...before].reverse().find((b) => f.at - b.end <= 60 && b.unit !== '%');
  const verb = VERB_BEFORE.exec(lead);
  if (verb?.[1] && verb[2]) {
    const stated = YEAR_ON_YEAR.test(sentence) || AGAINST.test(sentence) || REPORTING_PERIOD.test(sentence);
    return stated ? reading(verb[2], { subject: verb[1] }, since) : undefined;
  }
  const noun = NOUN_OF.exec(lead) ?? DOWN_UP.exec(lead);
  if (noun?.[1]) {
    const named = SUBJECT_AFTER.exec(sentence.slice(f.end))?.[1];
    if (named !== undefined) return reading(noun[1], { subject: named }, since);
    return about ? reading(noun[1], { about }, since) : undefined;
  }
  const after = NOUN_AFTER.exec(sentence.slice(f.at));
  if (after?.[1] && after[2]) return reading(after[1], { subject: after[2] }, since);
  return undefined;
}

function reading(
  word: string,
  what: { subject?: string; about?: NarrativeFigure },
  since: number | undefined,
): ChangeReading | undefined {
  const direction = UP.test(word) ? 'increase' : DOWN.test(word) ? 'decrease' : undefined;
  if (direction === undefined) return undefined;
  const subject = what.subject?.trim().replace(/^(?:the|our|its|their|total of)\s+/i, '');
  if (subject !== undefined && (PART_OF.test(subject) || subject.split(/\s+/).length > 8)) return undefined;
  return {
    direction,
    ...(subject === undefined ? {} : { subject }),
    ...(what.about === undefined ? {} : { about: what.about }),
    ...(since === undefined ? {} : { since }),
  };
}

/**
 * The baseline year a sentence compares with: undefined for the year before (the rule's default),
 * a year for an earlier baseline ("compared with 2019"), null when the named year is not before the
 * statement's year (a target or a later period: not a change that has happened).
 */
function baseline(sentence: string, statementYear: number): number | undefined | null {
  const m = AGAINST.exec(sentence);
  if (!m || m[1] !== undefined || m[2] === undefined) return undefined;
  const start = Number(m[2]);
  const year = m[3] === undefined ? start : start + 1;
  if (year >= statementYear) return null;
  return year === statementYear - 1 ? undefined : year;
}

/** A stated change: the percentage as printed, what it is a change of, which way, since when. */
export interface StatedChange {
  /** The percentage as printed, with its sentence and line. */
  readonly mention: Mention;
  /** The figure that changed: the one printed before it, or its subject's words as a mention to classify. */
  readonly of: Mention;
  readonly direction: ChangeDirection;
  /** The baseline year, when not the year before. */
  readonly since?: number;
}

/** Joins a reading to the mentions of its sentence; undefined when what changed was not read. */
export function toStatedChange(
  m: Mention,
  r: ChangeReading,
  made: ReadonlyMap<NarrativeFigure, Mention>,
): StatedChange | undefined {
  const of = r.about
    ? made.get(r.about)
    : r.subject === undefined
      ? undefined
      : { ...m, label: r.subject, context: [r.subject], unit: '' };
  if (!of) return undefined;
  return { mention: m, of, direction: r.direction, ...(r.since === undefined ? {} : { since: r.since }) };
}
