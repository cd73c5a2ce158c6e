import type { Mention } from '../mention/index.js';
import type { NarrativeFigure } from './read-figure.js';
import {
  BASE_YEAR_AFTER,
  directionOf,
  DOWN_UP,
  FIRST_PERSON_PAST,
  NOUN_AFTER,
  NOUN_OF,
  POINTS,
  SUBJECT_AFTER,
  SUBJECT_BEFORE_BE,
  SUBJECT_BEFORE_NOUN,
  THAN_AFTER,
  TO_FIGURE,
  VERB_BEFORE,
  VERB_OBJECT,
} from './change-wording.js';
import { ROMANCE_ARTICLE, ROMANCE_PERIOD, ROMANCE_YEAR_ON_YEAR } from './romance-change-wording.js';
import { GERMAN_ARTICLE, GERMAN_FIRST_PERSON, germanVerbWorded } from './german-change-wording.js';
import { POLISH_YEAR_ON_YEAR } from './polish-change-wording.js';
import { readScriptChange } from './script-change-wording.js';
import { readNewValueChange } from './new-value-change.js';
import { against, changeSince, YEAR_ON_YEAR } from './change-baseline.js';
import { senseOf, type ChangeSense } from './change-sense.js';

/** Which way a stated change goes. */
export const CHANGE_DIRECTIONS = ['increase', 'decrease'] as const;
/** One of {@link CHANGE_DIRECTIONS}. */
export type ChangeDirection = (typeof CHANGE_DIRECTIONS)[number];

/** A percentage in a sentence read as the change of a metric ("Scope 1 emissions decreased by 31%"). */
export interface ChangeReading {
  /** Which way, or whether better or worse when only the metric tells the way ("improved"). */
  readonly direction: ChangeDirection | ChangeSense;
  /** The words naming what changed, when the sentence names it ("Scope 1 emissions"). */
  readonly subject?: string;
  /** The figure the change is of, when the sentence prints it ("1,108.9 tCO2e, a decrease of 3.8%"). */
  readonly about?: NarrativeFigure;
  /** The baseline year when the sentence names one other than the year before. */
  readonly since?: number;
  /** True when printed in percentage points: a change of a share, not of the figure. */
  readonly points?: true;
}

const REPORTING_PERIOD =
  /\b(?:during|in|for|over|throughout)\s+(?:the\s+)?(?:reporting\s+(?:period|year)|year|FY\s?(?:19|20)\d{2}(?:\/\d{2})?|(?:19|20)\d{2})\b/i;
// A subject qualified by a place ("natural gas in Xinzhou Tower") is about a part, not the total.
const PART_OF = /\b(?:in|at|of|for|from)\s+(?:the\s+)?(?!Group\b|Company\b|Reporting\b)[A-Z][a-z]/;
// "Diesel use across our quarry fleet and kiln start-up burners": a long subject whose quantity is
// followed by where all of it was used; the words before that name what changed.
const WHERE_USED = /\s+(?:across|throughout|within)\s+(?:our|the|all|its)\b.*$/i;
// A closed bracket narrows the subject ("ukupne emisije … (Opseg 1 i 2)", "energy use (GJ)"): one word.
const wordCount = (text: string): number => text.replace(/\([^()]*\)/g, '()').split(/\s+/).length;
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
  const rest = sentence.slice(f.at);
  const points = POINTS.test(rest);
  if ((f.unit !== '%' && !points) || NOT_A_RECORD.test(sentence)) return undefined;
  const lead = sentence.slice(Math.max(0, f.at - 140), f.at);
  const since = changeSince(sentence, rest, sentence.slice(f.end), statementYear);
  if (since === null) return undefined;
  const about = [...before].reverse().find((b) => f.at - b.end <= 60 && b.unit !== '%');
  const found =
    readNewValueChange(sentence, f, before) ??
    verbWorded(sentence, lead, rest, statementYear) ??
    germanWorded(sentence, lead, rest) ??
    nounWorded(lead, rest, sentence.slice(f.end), about) ??
    readScriptChange(sentence, f, before);
  if (!found) return undefined;
  const r = reading(found.direction ?? directionOf(found.word) ?? senseOf(found.word), found, since);
  return r && points ? { ...r, points: true } : r;
}

interface Worded {
  readonly word: string;
  /** Set where the language's words give it (script-change-wording.ts). */
  readonly direction?: ChangeDirection;
  readonly subject?: string;
  readonly about?: NarrativeFigure;
}

/**
 * "Scope 1 emissions decreased by 31%": a change verb with no figure needs a comparison, the period
 * it happened in, or the figure it ended at ("decreased by 4.6 per cent to 727,862.80 MWh").
 */
function verbWorded(sentence: string, lead: string, rest: string, statementYear: number): Worded | undefined {
  const object = VERB_OBJECT.exec(lead);
  // The verb-first order ("cut energy use by 7%") gives the verb before what it changed.
  const verb = VERB_BEFORE.exec(lead) ?? (object ? [object[0], object[2], object[1]] : null);
  if (!verb?.[1] || !verb[2]) return undefined;
  const stated =
    YEAR_ON_YEAR.test(sentence) ||
    ROMANCE_YEAR_ON_YEAR.test(sentence) ||
    POLISH_YEAR_ON_YEAR.test(sentence) ||
    against(sentence) !== null ||
    REPORTING_PERIOD.test(sentence) ||
    inPastYear(sentence, statementYear) ||
    TO_FIGURE.test(rest) ||
    (object !== null && ownDeedOfTheYear(sentence, lead)) ||
    (object === null && quantityMoved(verb[2], sentence));
  return stated ? { word: verb[2], subject: verb[1] } : undefined;
}

/**
 * "Die Emissionen haben wir gegenüber dem Vorjahr um 12 % gesenkt", "Der Wasserverbrauch sank um 4 %":
 * German needs a comparison, the company's own deed ("haben wir … gesenkt") with nothing else named, or
 * a verb that takes no object, as English does.
 */
function germanWorded(sentence: string, lead: string, rest: string): Worded | undefined {
  const found = germanVerbWorded(lead, rest);
  if (!found) return undefined;
  const own = GERMAN_FIRST_PERSON.test(lead) && !NAMED_COMPARISON.test(sentence);
  const intransitive =
    /^(?:gesunken|gestiegen|angestiegen|zurückgegangen|gefallen|abgenommen|zugenommen|sank(?:en)?|stieg(?:en)?|fiel(?:en)?)$/i;
  const stated =
    against(sentence) !== null ||
    own ||
    (intransitive.test(found.word) && !NAMED_COMPARISON.test(sentence) && !SET_AGAINST_LEVEL.test(sentence));
  return stated ? found : undefined;
}

// Verbs that also take an object ("the new kiln reduced gas use by 30%"): the subject may be what
// caused a saving, not the quantity that changed.
const TRANSITIVE = /^(?:increased|decreased|reduced|redu(?:jo|jeron|ziu|ziram)|aument(?:ó|aron|ou|aram))$/i;

/**
 * "Natural gas use fell 6.8% thanks to heat recovery", "el consumo de gas natural se redujo un 6,8 %
 * gracias a …": the quantity itself the subject of a verb that takes no object, and nothing named to
 * set it against, so the change is against the year before (as an own deed of the year is).
 */
function quantityMoved(word: string, sentence: string): boolean {
  return (
    !TRANSITIVE.test(word.trim()) && !NAMED_COMPARISON.test(sentence) && !SET_AGAINST_LEVEL.test(sentence)
  );
}

// "… fell 4.1% below that of a conventional dryer", "por debajo de", "en dessous de": a level set against.
const SET_AGAINST_LEVEL = /\b(?:below|above|debajo|encima|abaixo|acima|dessous|dessus|sotto|sopra)\b/i;

// Words that set a change against something named (another year, a baseline, a product, a peer): then
// the sentence says what against, and a plain first-person deed says nothing of the year before.
const NAMED_COMPARISON =
  /\b(?:compared|than|versus|vs\.?|since|relative|against|baseline|base\s+year|frente|respecto|comparaci[oó]n|comparad[oa]s?|desde|rela[cç][aã]o|face|depuis|rapport|rispetto|dal|target|meta|objetivo|objectif|obiettivo)\b|(?:19|20)\d{2}/i;

/**
 * "We reduced our water withdrawal by 9.4% thanks to the new cooling loop", "redujimos la captación de
 * agua un 9,4 %": the company telling in the first person and the past what it did in the year it
 * reports; with nothing else named to set it against, the change is against the year before.
 */
function ownDeedOfTheYear(sentence: string, lead: string): boolean {
  return FIRST_PERSON_PAST.test(lead) && !NAMED_COMPARISON.test(sentence);
}

/** "sont en baisse de 8 % en 2024": a Romance sentence dating its change by a year not after its own. */
function inPastYear(sentence: string, statementYear: number): boolean {
  const year = ROMANCE_PERIOD.exec(sentence)?.[1];
  return year !== undefined && Number(year) <= statementYear;
}

/**
 * "a decrease of 3.8%", "a 9% reduction in …", "4.2% lower than in 2023": the change named by a noun
 * or a comparative, of the subject it names after it, the figure printed just before it, or the
 * subject of the verb that reports it ("diesel use recorded a decrease of 6.5%").
 */
function nounWorded(
  lead: string,
  rest: string,
  after: string,
  about: NarrativeFigure | undefined,
): Worded | undefined {
  const noun = NOUN_OF.exec(lead) ?? DOWN_UP.exec(lead);
  const nounAfter = noun ? undefined : NOUN_AFTER.exec(rest);
  const than = noun || nounAfter ? undefined : (THAN_AFTER.exec(rest) ?? BASE_YEAR_AFTER.exec(rest));
  const word = noun?.[1] ?? noun?.[2] ?? noun?.[3] ?? noun?.[4] ?? nounAfter?.[1] ?? than?.[1];
  if (word === undefined) return undefined;
  // "lower than the industry average" compares with something else than a year.
  if (than && against(rest) === null && !BASE_YEAR_AFTER.test(rest)) return undefined;
  const tail = nounAfter ? rest.slice(nounAfter[0].length) : noun ? after : '';
  const named = SUBJECT_AFTER.exec(tail)?.[1];
  if (named !== undefined) return { word, subject: named };
  if (about) return { word, about };
  const subject = (than ? SUBJECT_BEFORE_BE : SUBJECT_BEFORE_NOUN).exec(
    noun ? lead.slice(0, noun.index) : lead,
  )?.[1];
  return subject === undefined ? undefined : { word, subject };
}

function reading(
  direction: ChangeDirection | ChangeSense | undefined,
  what: { subject?: string; about?: NarrativeFigure; direction?: ChangeDirection },
  since: number | undefined,
): ChangeReading | undefined {
  if (direction === undefined) return undefined;
  // The other scripts' reader words its own subjects; Turkish "Su" (water) is no Spanish "su" (its).
  const worded = what.direction
    ? what.subject?.trim()
    : what.subject
        ?.trim()
        .replace(/^(?:the|our|its|their|total of)\s+/i, '')
        .replace(ROMANCE_ARTICLE, '')
        .replace(GERMAN_ARTICLE, '');
  if (worded !== undefined && PART_OF.test(worded)) return undefined;
  const subject = worded !== undefined && wordCount(worded) > 8 ? worded.replace(WHERE_USED, '') : worded;
  if (subject !== undefined && wordCount(subject) > 8) return undefined;
  return {
    direction,
    ...(subject === undefined ? {} : { subject }),
    ...(what.about === undefined ? {} : { about: what.about }),
    ...(since === undefined ? {} : { since }),
  };
}

/** A stated change: the percentage as printed, what it is a change of, which way, since when. */
export interface StatedChange {
  /** The percentage as printed, with its sentence and line. */
  readonly mention: Mention;
  /** The figure that changed: the one printed before it, or its subject's words as a mention to classify. */
  readonly of: Mention;
  /** Which way; better or worse until the pipeline knows the metric (change-sense.ts). */
  readonly direction: ChangeDirection | ChangeSense;
  /** The baseline year, when not the year before. */
  readonly since?: number;
  /** True when printed in percentage points ("rose by 3.5 percentage points"): only a share can change so. */
  readonly points?: true;
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
  return {
    mention: m,
    of,
    direction: r.direction,
    ...(r.since === undefined ? {} : { since: r.since }),
    ...(r.points ? { points: true } : {}),
  };
}
