import type { NumberToken } from '../numbers/index.js';
import { readFigure, type NarrativeFigure } from './read-figure.js';

// "4 of the 9 seats", "412 of our 536 major suppliers", "736 of our 742 executives", "27 of 31 sites":
// a count printed as a part of a total, the counted noun after the total (or after "of the" alone).
const OF_TOTAL = /^\s+of\s+(?:(?:the|our|its|their|all)\s+)?(?:\d[\d,]*\s+)?(?=[A-Za-z])/i;

// "Women hold 4 of …": the part's group printed as the clause's subject.
const GENDER_SUBJECT =
  /\b(women|men|female|male)(?:\s+(?:employees|staff|directors|members))?\s+(?:now\s+|still\s+|currently\s+)?(?:hold|held|make\s+up|made\s+up|occupy|occupied|fill|filled)\s+$/i;
// What the part does, right after its noun and an optional bracketed share: "responded", "completed …".
const PREDICATE = /^\s*(?:\([^()]{0,20}\)\s*)?((?:[a-z][\w-]*)(?:\s+(?!and\b)[A-Za-z][\w-]*){0,4})/;

/**
 * A count printed as part of a total ("Women hold 4 of the 9 seats on the Board", "we audited 64 of
 * our 412 accredited suppliers"): it counts the noun printed after the total (GRI 2-9, 405-1, 308-1
 * give such parts). The total, when printed, is read as a figure of its own. Undefined when no
 * counted noun follows or the words measure something (a share, an amount).
 */
export function partOfTotal(sentence: string, t: NumberToken): NarrativeFigure | undefined {
  if (t.rightGlued !== '') return undefined;
  const of = OF_TOTAL.exec(sentence.slice(t.end, t.end + 40));
  if (!of) return undefined;
  // The noun is read as if printed right after the part's number.
  const counted = readFigure(sentence, { ...t, end: t.end + of[0].length });
  if (!counted || counted.measured) return undefined;
  // The part is narrower than the total: its group, else what it did, tells it apart.
  const gender = GENDER_SUBJECT.exec(sentence.slice(Math.max(0, t.start - 40), t.start))?.[1]?.toLowerCase();
  const did = PREDICATE.exec(sentence.slice(counted.end, counted.end + 60))?.[1];
  const dims: Record<string, string> = gender
    ? { gender: /^(?:women|female)$/.test(gender) ? 'female' : 'male' }
    : { scope: did ?? 'part' };
  return { ...counted, dims: { ...counted.dims, ...dims } };
}

const PART_BEFORE = /^[\d,]+\s+of\s+(?:(?:the|our|its|their|all)\s+)?$/i;

/**
 * The total a part was just counted of ("4 of the 9 seats"): labelled by its own words only, so the
 * part's group ("Women hold …") does not name it.
 */
export function asTotalOf(
  sentence: string,
  f: NarrativeFigure,
  figures: readonly NarrativeFigure[],
): NarrativeFigure {
  const previous = figures[figures.length - 1];
  if (!previous || f.measured || previous.end < f.end) return f;
  return PART_BEFORE.test(sentence.slice(previous.at, f.at)) ? { ...f, part: true } : f;
}
