import type { NarrativeFigure } from './narrative-figure.js';

// A hedge a report may put between a verb and its figure ("received about 4,210 hours").
const HEDGE = String.raw`(?:(?:about|approximately|around|some|over|nearly|almost)\s+)?`;

// The verb right before a figure, with a short subject of its own clause before it ("contractors
// received", "permanent staff logged"): the clause names whose figure it is, not what is measured.
const SUBJECT_VERB = new RegExp(
  String.raw`(?:^|[;,]\s*(?:and\s+|while\s+|whereas\s+)?)((?:[\p{L}'’-]+\s+){1,4}?)(\p{Ll}+)\s+${HEDGE}$`,
  'u',
);

// A verb that reports a quantity: a past tense ("received", "logged", "completed") or one of the
// irregular ones reports use.
const REPORTING_VERB = /^(?:\p{Ll}{2,}ed|spent|had|got|took|gave)$/u;

/** The unit's last word, so that "person-hours" and "hours" are one unit. */
const unitWord = (unit: string): string => unit.toLowerCase().split(/[\s-]/).pop() ?? '';

/**
 * "Employees received 4,210 hours of safety training; contractors received 1,980 hours": a clause that
 * repeats an earlier clause's verb and unit, with only its own subject before the figure and nothing
 * after its unit, leaves out the measure the earlier clause names after its unit ("of safety
 * training"), which it shares. That measure, or undefined when the sentence prints none so.
 */
export function parallelMeasure(sentence: string, f: NarrativeFigure): string | undefined {
  const unit = unitWord(f.unit);
  if (unit === '' || f.unit === '%' || f.name !== undefined || f.part === true) return undefined;
  // "5,720 hours of induction": the figure's own words name its measure.
  if (/\sof\s/i.test(sentence.slice(f.start, f.end))) return undefined;
  const before = sentence.slice(0, f.start);
  const own = SUBJECT_VERB.exec(before);
  const verb = own?.[2];
  if (!own || verb === undefined || !REPORTING_VERB.test(verb)) return undefined;
  const earlier = before.slice(0, own.index);
  const pattern = new RegExp(
    String.raw`\b${verb}\s+${HEDGE}\d[\d,.]*\s*([\p{L}-]+)\s+(of\s+[^,;:.()]+?)(?=\s+(?:in|during|for|at|across|over|within|by|on)\s|\s*[,;:.()]|\s*$)`,
    'giu',
  );
  const measures = [...earlier.matchAll(pattern)].filter((m) => unitWord(m[1] ?? '') === unit);
  return measures.at(-1)?.[2];
}
