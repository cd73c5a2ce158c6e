/**
 * A note that narrows what some printed figures cover: "The above total water consumption only
 * covers offices in A, B and C", "The waste data above only include waste generated at X Tower",
 * "Energy figures are for the Shenzhen plant only", "Water use excludes the Macau hotel". GRI 2-2 and
 * HKEX's reporting-boundary requirement ask a report to say so; an intensity that divides such a figure
 * by a group-wide denominator mixes boundaries (issue 4, dev notes 000 §11 #7, 003 §11 #11).
 */
export interface ScopeNote {
  /** What the figures cover, as printed ("offices in Chongqing, Qingdao and Hefei", "excluding X"). */
  readonly covers: string;
  /** Lower-case content words naming the figures the note is about; empty when it names none ("the above data"). */
  readonly subject: readonly string[];
}

// "only covers X", "only include(s) X", "covers only X", "covers X only", "is for X only".
const ONLY_BEFORE =
  /\b(?:only|solely)\s+(?:covers?|cover(?:ed|ing)|includes?|included|relates?\s+to|refers?\s+to|represents?|accounts?\s+for|reflects?)\s+(?<covers>[^.;]{3,160})/i;
const ONLY_AFTER =
  /\b(?:covers?|covered|includes?|included|relates?\s+to|refers?\s+to|represents?|reflects?)\s+only\s+(?<covers>[^.;]{3,160})/i;
const COVERS_ONLY =
  /\b(?:covers?|covered|includes?|included|relates?\s+to)\s+(?<covers>[^.;]{3,120}?)\s+only\b/i;
const FOR_ONLY =
  /\b(?:is|are|was|were)\s+(?:collected\s+|reported\s+|available\s+)?for\s+(?<covers>[^.;]{3,120}?)\s+only\b/i;
const EXCLUDING = /\b(?:exclud(?:es?|ing|ed)|do(?:es)?\s+not\s+(?:include|cover))\s+(?<covers>[^.;]{3,160})/i;
// A boundary names places or entities; "only includes hazardous waste" narrows a category, not sites.
const SITE =
  /\b(?:offices?|sites?|plants?|factor(?:y|ies)|facilit(?:y|ies)|buildings?|towers?|bases?|hotels?|malls?|stores?|shops?|branch(?:es)?|subsidiar(?:y|ies)|warehouses?|campus(?:es)?|headquarters|premises|cent(?:re|er)s?|parks?|mines?|propert(?:y|ies)|operations\s+in|workplaces?|data\s+cent(?:re|er)s?|fleet)\b/i;
// "waste generated at X Tower" → "X Tower": the measured thing before a place is the subject again.
const MEASURED_AT =
  /^[\w\s-]{0,60}?\b(?:generated|consumed|used|produced|discharged|emitted|withdrawn|collected)\s+(?:at|in|by|from)\s+/i;
const STOP = new Set(
  'the a an above below this these such our its their data figure figures total amount amounts statistic statistics information table tables indicator indicators kpi kpis value values number numbers reported stated calculated in of for and at on we group company s'.split(
    ' ',
  ),
);
const MAX_NOTE_CHARS = 2000;
const MAX_SUBJECT_CHARS = 100;

/** The scope note a sentence makes, if it makes one. */
export function readScopeNote(sentence: string): ScopeNote | undefined {
  if (sentence.length > MAX_NOTE_CHARS) return undefined;
  for (const [re, excluding] of [
    [ONLY_BEFORE, false],
    [ONLY_AFTER, false],
    [COVERS_ONLY, false],
    [FOR_ONLY, false],
    [EXCLUDING, true],
  ] as const) {
    const m = re.exec(sentence);
    const raw = m?.groups?.covers;
    // "for those sites only" points back to a note that names them.
    if (!m || raw === undefined || !SITE.test(raw) || /^(?:th(?:o|e)se|them|it|such)\b/i.test(raw.trim()))
      continue;
    const place = tidy(raw.replace(MEASURED_AT, ''));
    const covers = excluding ? `excluding ${place}` : place;
    return {
      covers,
      subject: subjectWords(sentence.slice(Math.max(0, m.index - MAX_SUBJECT_CHARS), m.index)),
    };
  }
  return undefined;
}

/** The content words of the clause before the note's verb ("The above total water consumption" → water, consumption). */
function subjectWords(before: string): string[] {
  const clause = before.split(/[.,:;]|\b(?:which|that|where|while|but|as)\b/i).pop() ?? '';
  return [...new Set(words(clause).filter((w) => !STOP.has(w) && w.length > 1))];
}

/** Lower-case words of a label or clause, for matching a note's subject. */
export function words(text: string): string[] {
  return text.toLowerCase().match(/[a-z][a-z0-9-]*/g) ?? [];
}

function tidy(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .replace(/\s*\((?:[^)]{0,40})\)\s*$/, '')
    .replace(/[\s,]+$/, '')
    .replace(/^the\s+/i, '')
    .trim();
}
