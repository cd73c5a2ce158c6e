import { z } from 'zod';
import data from './change-words.data.json' with { type: 'json' };
import type { NarrativeFigure } from './read-figure.js';
import { splitSentences } from './sentences.js';

/**
 * Changes between years as Russian, Bulgarian, Greek, Arabic, Turkish and Thai prose words them
 * ("забор воды снизился на 12,4%", "намаление с 6,4% спрямо 2023 г.", "μειώθηκαν κατά 12%", "انخفضت
 * بنسبة 12%", "%12 azaldı", "ลดลง 8.5%"): one reader for all, with each language's words in
 * change-words.data.json. The verb or noun stands before the figure or, in Turkish, after it; what
 * changed is the figure printed just before, else the subject's words before the verb (in Arabic also
 * between the verb and "بنسبة").
 */

const words = z.array(z.string());
const languageSchema = z.object({
  language: z.string(),
  order: z.enum(['verb-figure', 'figure-verb']),
  subjectAfterVerb: z.boolean().optional(),
  spaceEndsSubject: z.boolean().optional(),
  down: words,
  up: words,
  nounsDown: words,
  nounsUp: words,
  by: words,
  hedges: words,
  and: words,
  against: words,
  againstAfter: words,
  previous: words,
  yearOnYear: words,
  named: words,
  notRecord: words,
  period: words,
});
const dataSchema = z.object({
  id: z.string(),
  version: z.string(),
  source: z.string(),
  languages: z.array(languageSchema),
});
type Language = z.infer<typeof languageSchema>;

// Letters and the marks of Thai and Arabic: a word's edge is where neither follows.
const NOT_LETTER_BEFORE = String.raw`(?<![\p{L}\p{M}])`;
const NOT_LETTER_AFTER = String.raw`(?![\p{L}\p{M}])`;
const any = (list: readonly string[]): string => (list.length === 0 ? '(?!)' : `(?:${list.join('|')})`);

interface Patterns {
  readonly language: Language;
  /** The verb or noun at the end of the text before the figure (verb-figure order). */
  readonly lead: RegExp;
  /** The figure, then its verb or noun (figure-verb order). */
  readonly rest: RegExp;
  /** The subject after the figure of a noun of change that opens its clause ("کاهش 4% شدت مصرف آب"). */
  readonly subjectAfterFigure: RegExp | undefined;
  readonly down: RegExp;
  /** A verb of change ending the text ("…emisie klesli"): group 1. */
  readonly verbAtEnd: RegExp;
  readonly noun: RegExp;
  readonly clauseBreak: RegExp;
  readonly named: RegExp;
  readonly notRecord: RegExp;
  readonly framing: RegExp;
  readonly period: RegExp;
}

function patterns(l: Language): Patterns {
  const edge = l.spaceEndsSubject ? '' : NOT_LETTER_BEFORE;
  const word = any([...l.down, ...l.up, ...l.nounsDown, ...l.nounsUp]);
  const by = l.by.length === 0 ? '' : String.raw`(?:${any(l.by)}\s*)?`;
  const hedge = String.raw`(?:${any(l.hedges)}\s*)?`;
  // What the change is set against may stand between the verb and the figure ("vähenesid võrreldes
  // 2024. aastaga 7,4%", "snížily se oproti roku 2023 o 6 %").
  const inline = String.raw`(?:${any(l.against)}\s*(?:${any(l.previous)}|(?:19|20)\d{2}\S*(?:\s+\p{L}+)?)\s*)?`;
  const mid = l.subjectAfterVerb ? String.raw`(\s+[^,;:()%]{2,60}?)?` : '()';
  const framing = [
    ...l.against.map((a) => `${a}\\s*(?:${any(l.previous)}|(?:19|20)\\d{2}\\S*)`),
    ...l.period,
  ];
  return {
    language: l,
    lead: new RegExp(String.raw`${edge}(${word})${mid}\s*${inline}${by}${hedge}$`, 'iu'),
    rest: new RegExp(
      String.raw`^[\d.,]+\s?%\s*(?:${any(l.by)}\s*)*(${word})${NOT_LETTER_AFTER}${l.subjectAfterVerb ? subjectAfter(l) : ''}`,
      'iu',
    ),
    subjectAfterFigure:
      l.order === 'verb-figure' && l.subjectAfterVerb === true
        ? new RegExp(String.raw`^[\d.,]+\s?%${subjectAfter(l)}`, 'iu')
        : undefined,
    down: new RegExp(`^${any([...l.down, ...l.nounsDown])}$`, 'iu'),
    verbAtEnd: new RegExp(String.raw`${edge}(${any([...l.down, ...l.up])})\s*$`, 'iu'),
    noun: new RegExp(`^${any([...l.nounsDown, ...l.nounsUp])}$`, 'iu'),
    // "and" between two numbers joins them ("Scope 1 ja 2 heitkogused", "Scope 1 i 2 emisije"): the
    // subject is the scopes' sum, no second clause.
    // A comma between digits groups a number's thousands ("61,842,700"): no clause starts inside it.
    // A full stop after a one-letter word abbreviates it (the year mark "2024 թ.", "2024 г."): no clause ends there.
    clauseBreak: new RegExp(
      String.raw`(?<!\d),|,(?!\d)|[;:()–—]|(?<!${NOT_LETTER_BEFORE}\p{L})\.\s|${NOT_LETTER_BEFORE}(?:(?<!\d\s{0,2})${any(l.and)}|${any(l.and)}(?!\s{0,2}\d))${NOT_LETTER_AFTER}${l.spaceEndsSubject ? String.raw`|\s` : ''}`,
      'giu',
    ),
    named: new RegExp(`${NOT_LETTER_BEFORE}${any(l.named)}${NOT_LETTER_AFTER}`, 'iu'),
    notRecord: new RegExp(`${NOT_LETTER_BEFORE}${any(l.notRecord)}${NOT_LETTER_AFTER}`, 'iu'),
    framing: new RegExp(
      `${NOT_LETTER_BEFORE}(?:${any([...framing, ...l.yearOnYear, ...l.hedges])}|${againstAfter(l)})`,
      'giu',
    ),
    period: new RegExp(`${NOT_LETTER_BEFORE}${any(l.period)}`, 'iu'),
  };
}

/**
 * The subject after a noun of change that follows its figure ("11.5% ירידה בפליטות Scope 1+2 לעומת 2024"):
 * group 2, up to the comparison, a clause mark or the end.
 */
function subjectAfter(l: Language): string {
  // Hebrew glues "in" to the subject ("בפליטות", in emissions): the subject is the word without it.
  const glued = String.raw`(?:[בל](?=\p{Script=Hebrew}{3}))?`;
  return String.raw`(?:\s+${glued}([^,;:()%]{2,60}?))?(?=\s*(?:${any(l.against)}|[,;:()]|\.(?:\s|$)|$))`;
}

/** "2024 yılına göre", "bir önceki yıla göre": a year or the year before, then the word setting it against. */
function againstAfter(l: Language): string {
  if (l.againstAfter.length === 0) return '(?!)';
  return String.raw`(?:${any(l.previous)}|(?:19|20)\d{2}[^\s\d]*(?:\s+\p{L}+){0,2}?)\s+${any(l.againstAfter)}${NOT_LETTER_AFTER}`;
}

let loaded:
  { readonly languages: readonly Patterns[]; readonly against: RegExp; readonly yoy: RegExp } | undefined;

/** The data file's words as patterns, checked and built on first use. */
function load(): NonNullable<typeof loaded> {
  if (loaded) return loaded;
  const parsed = dataSchema.parse(data);
  const all = parsed.languages;
  const previous = any(all.flatMap((l) => l.previous));
  const prefixes = any(all.flatMap((l) => l.against));
  const afterForms = all.filter((l) => l.againstAfter.length > 0).map(againstAfter);
  // Group 1 the year before, group 2 a year, as stated-change.ts reads every language's comparison.
  const against = new RegExp(
    String.raw`${NOT_LETTER_BEFORE}(?:${prefixes}\s*|(?=${any(afterForms)}))(?:(${previous})|((?:19|20)\d{2}))`,
    'iu',
  );
  const yoy = new RegExp(
    `${NOT_LETTER_BEFORE}${any(all.flatMap((l) => l.yearOnYear))}${NOT_LETTER_AFTER}`,
    'iu',
  );
  loaded = { languages: all.map(patterns), against, yoy };
  return loaded;
}

/**
 * What a change is set against in these languages ("по сравнению с 2024 годом", "спрямо предходната
 * година", "σε σύγκριση με το 2024", "مقارنة بعام 2024", "2024 yılına göre", "จากปี 2023"): group 1 the
 * year before, group 2 a year.
 */
export function scriptAgainst(text: string): RegExpExecArray | null {
  return load().against.exec(text);
}

/**
 * Whether the year printed at `index` is one a change is set against in these languages ("2030 yılına
 * göre %8 azaldı", "по сравнению с 2030 годом"): it dates no figure.
 */
export function isScriptComparedYear(sentence: string, index: number): boolean {
  const from = Math.max(0, index - 40);
  const m = load().against.exec(sentence.slice(from, index + 40));
  return m?.[2] !== undefined && from + m.index + m[0].length - m[2].length === index;
}

/** The direction of a verb of change of these languages that ends `text` ("Emisie klesli"), with the verb. */
export function scriptVerbEnding(
  text: string,
): { word: string; direction: 'increase' | 'decrease' } | undefined {
  for (const p of load().languages) {
    const word = p.verbAtEnd.exec(text)?.[1];
    if (word !== undefined) {
      return { word, direction: p.down.test(word.replace(/\s+/gu, ' ')) ? 'decrease' : 'increase' };
    }
  }
  return undefined;
}

/**
 * Whether words printed after a percentage open on a noun of change of a language that prints the
 * figure first ("ירידה בפליטות Scope 1+2", a value-first tile's name): "N% <words>" reads as a change.
 */
export function opensOnFigureFirstChange(words: string): boolean {
  return load().languages.some((p) => p.language.order === 'figure-verb' && p.rest.test(`1% ${words}`));
}

/** A change read from one of these languages: which way, and the figure or words it is of. */
export interface ScriptWorded {
  readonly direction: 'increase' | 'decrease';
  readonly word: string;
  readonly subject?: string;
  readonly about?: NarrativeFigure;
}

/**
 * Reads the percentage `f` of a sentence as a change when a language's verb or noun of change stands
 * next to it. A noun needs the figure it is of printed just before it; a subject's verb needs a
 * comparison, the period it happened in, or nothing else named to set it against (the quantity moved,
 * so against the year before), as the English verbs do.
 */
export function readScriptChange(
  sentence: string,
  f: NarrativeFigure,
  before: readonly NarrativeFigure[],
): ScriptWorded | undefined {
  const { languages, yoy } = load();
  const lead = sentence.slice(0, f.at);
  const rest = sentence.slice(f.at);
  for (const p of languages) {
    const m = p.language.order === 'verb-figure' ? p.lead.exec(lead) : p.rest.exec(rest);
    const word = m?.[1];
    if (!m || word === undefined || p.notRecord.test(ownSentence(sentence, f))) continue;
    const start = p.language.order === 'verb-figure' ? m.index : f.at;
    // Arabic may name the subject after its verb ("انخفضت انبعاثات النطاق 1 بنسبة 12%").
    const after = m[2]?.trim();
    // Persian opens a clause on the noun and names the subject after the figure ("کاهش 4% شدت مصرف آب").
    const following = p.subjectAfterFigure?.exec(rest)?.[1]?.trim();
    const found = after
      ? { subject: after }
      : (whatChanged(p, sentence, start, before) ?? (following ? { subject: following } : undefined));
    if (!found) continue;
    const noun = p.noun.test(word);
    const compared = scriptAgainst(sentence) !== null || yoy.test(sentence) || p.period.test(sentence);
    const stated = noun ? 'about' in found || compared : compared || !p.named.test(sentence);
    if (!stated) continue;
    const direction = p.down.test(word.replace(/\s+/gu, ' ')) ? 'decrease' : 'increase';
    return { direction, word, ...found };
  }
  return undefined;
}

/**
 * The text of the sentence around a figure. The sentence splitter ends sentences only before a capital,
 * a digit or a quote, and Arabic, Hebrew and Thai print no capitals, so a target's sentence before the
 * figure's may arrive joined to it: here a full stop ends one before their letters too.
 */
function ownSentence(sentence: string, f: NarrativeFigure): string {
  const own = splitSentences(sentence, { caseless: true })
    .filter((s) => s.start <= f.at)
    .pop();
  return own?.text ?? sentence;
}

/**
 * The figure printed just before the change word, with nothing but its unit, a dash or a comma between
 * ("174 816 GJ – намаление с 6,4%"), or an opening bracket and what the change is set against ("91 270,5
 * MVt·saat (2024-cü ilə nisbətən 6,8% azalma)"), else the words from the clause's start to the word.
 */
function whatChanged(
  p: Patterns,
  sentence: string,
  end: number,
  before: readonly NarrativeFigure[],
): { subject: string } | { about: NarrativeFigure } | undefined {
  // A figure's words may run on over the change word ("174 816 GJ – намаление с"): its number is before it.
  const last = [...before].reverse().find((b) => b.at < end);
  const from = Math.min(last?.end ?? 0, end);
  const gap = sentence.slice(from, end);
  // The unit's own abbreviation dot may end it ("4 720,4 տ CO₂-համ., նվազել է 9,4%-ով").
  if (last && last.unit !== '%' && /^\.?[\s,;:–—-]*$/u.test(gap)) return { about: last };
  if (last && last.unit !== '%' && /^\s*\(\s*$/u.test(gap.replace(p.framing, ' '))) return { about: last };
  let start = from;
  for (const b of closedBracketsMasked(gap).matchAll(p.clauseBreak)) start = from + b.index + b[0].length;
  const subject = sentence.slice(start, end).replace(p.framing, ' ').replace(/\s+/gu, ' ').trim();
  return /\p{L}{2}/u.test(subject) ? { subject } : undefined;
}

/**
 * The text with each bracket closed before the change word ("… (Opseg 1 i 2) smanjili smo za 12,4%") masked
 * letter for letter: a bracket inside the subject narrows it (the scopes, a unit, an abbreviation) and
 * ends no clause; only an unclosed one does.
 */
function closedBracketsMasked(gap: string): string {
  return gap.replace(/\([^()]*\)/gu, (m) => 'x'.repeat(m.length));
}
