import { isCroatianCounted } from './croatian-counts.js';
import { YEAR_AFTER } from './figure-year.js';
import { isPeopleNoun } from './people-noun.js';
import { opensWithPriorYear } from './prior-year-words.js';
import { SCALE_ABBREVIATION } from './sentences.js';

// Words that end the noun phrase after a number; "para", "en", "durante", "pour", "nel", "em" date it
// in Spanish, French, Italian and Portuguese as "in" and "for" do; French "du" and "des" say whose, as
// "of" does ("1 614 collaborateurs du groupe"); Polish "dla", "w", "za", German "für", "im", Dutch "voor",
// Czech "v" and Nordic "för", "i" date it too ("0,597 t CO2/MWh dla 2024 r."); Latvian "jeb" and "vai",
// Lithuanian "arba" and Estonian "ehk" are "or" ("436 pastāvīgie darbinieki jeb 100 %").
const STOP =
  /^(?:jeb|vai|arba|ehk|para|en|durante|pour|nel|em|du|des|dla|w|za|für|im|voor|v|för|i|in|on|at|from|to|by|with|for|and|or|which|that|who|was|were|is|are|have|has|had|been|will|would|as|than|during|through|including|across|under|over|per|via|each|of|the|a|an|this|these|its|their|our|while|respectively|compared|accounting|reaching|representing|throughout|among|within|into|onto|upon|after|before|since|until|about|around|against|between|without|both|all|so|such|were|being|can|could|may|might|should|must|it|they|them|we|he|she)$/i;

// Verbs that do not end in -ed or -ing but follow a counted noun as its predicate.
const VERB =
  /^(?:left|leave|took|take|won|win|made|make|gave|give|got|get|held|hold|paid|pay|spent|spend|saw|see|became|become|came|come|went|go|lost|lose|met|meet|found|find|built|build|sent|send|led|lead|ran|run|taught|teach|quit|underwent|undergo|undertook|undertake|chose|choose|kept|keep|work|live|receive|participate|attend|join|complete|resign|retire|remain|benefit|enjoy)$/;
// A Spanish or Portuguese verb in the past tense plural ("412 líderes participaron", "86 gestores
// concluíram") follows its counted noun as an English verb in -ed does.
const ROMANCE_PAST_PLURAL = /^\p{L}{3,}(?:aron|ieron|eron|aram|eram|iram)$/u;

function isVerb(word: string): boolean {
  return VERB.test(word) || ROMANCE_PAST_PLURAL.test(word.toLowerCase());
}

/** The words after a number up to punctuation (the Arabic script's comma and semicolon too), at most `max`, each with where it ends. */
export function figureWords(text: string, max: number): { word: string; end: number }[] {
  const out: { word: string; end: number }[] = [];
  const re = /[^\s,.;:()“”"،؛]+/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null && out.length < max) {
    const last = out[out.length - 1];
    const gap = text.slice(last?.end ?? 0, m.index);
    // "432,0 mil. €", "5,1 Mio. Euro": an abbreviated scale's dot joins it to the unit after it.
    const scaleDot = last !== undefined && /^\.\s?$/.test(gap) && SCALE_ABBREVIATION.test(last.word);
    // "1,89 kq CO₂ ekv./m³": an abbreviation's dot right before a slash is inside a per-unit, no clause end.
    const perDot = last !== undefined && gap === '.' && m[0].startsWith('/');
    if (/[,.;:()،؛]/.test(gap) && !scaleDot && !perDot) break;
    out.push({ word: m[0], end: m.index + m[0].length });
  }
  return out;
}

// A word in a script whose counted noun phrases put the head noun first: Hebrew and Arabic, and Cyrillic,
// where a people noun in the case the number governs is followed by its genitive qualifier or its verb
// ("1 562 працівників пройшли навчання", "1 562 работников компании").
const HEAD_FIRST = /^[\p{Script=Hebrew}\p{Script=Arabic}\p{Script=Cyrillic}]/u;

/**
 * The noun phrase after a number: words up to a preposition, a verb or punctuation. "and"/"or"
 * joins adjectives ("5 national and industry standards") but ends the phrase after a noun
 * ("108 employees and their children"); "types of" reads on ("50 types of employee activities").
 */
export function nounAfter(text: string): { noun: string; length: number } {
  const ws = figureWords(text, 8);
  let end = 0;
  const kept: string[] = [];
  for (const w of ws) {
    const lower = w.word.toLowerCase();
    const prev = kept[kept.length - 1] ?? '';
    if (lower === 'of' && /^(?:types?|kinds?|sorts?|categories|batches|rounds|sessions)$/i.test(prev)) {
      kept.length = 0;
      continue;
    }
    if ((lower === 'and' || lower === 'or') && prev !== '' && !isCountNoun(prev)) continue;
    // A Croatian counted noun ends its phrase: what follows is its predicate or a genitive qualifier.
    if (prev !== '' && isCroatianCounted(prev)) break;
    if (STOP.test(w.word) && !(lower === 'of' && kept.length === 0)) break;
    // "5 842,6 mln zł rok wcześniej": words for the year before date the figure, they do not name it.
    if (opensWithPriorYear(text.slice(w.end - w.word.length))) break;
    // "18 450 m3 u 2024.", "488.1 מיליוני ₪ ב-2024": a year and its "in" (a word of its own, or glued to
    // it in Hebrew) date the figure, they do not name it.
    if (YEAR_AFTER.exec(text.slice(w.end - w.word.length))?.[1] !== undefined) break;
    if (/^\d/.test(w.word)) break;
    // A verb after the counted noun ends the phrase: "81 employees participated", "9 subsidiaries obtained",
    // "97 employees left the Group".
    if (prev !== '' && isCountNoun(prev) && (/^[a-z]{3,}(?:ed|ing)$/.test(w.word) || isVerb(w.word))) break;
    if (lower !== 'of') kept.push(w.word);
    end = w.end;
    // Hebrew, Arabic and Cyrillic put the head noun first ("1,204 עובדי החברה השלימו", "1,204 موظفين
    // أكملوا", "1 204 працівників пройшли"): a word for people there is the whole noun, and what follows
    // qualifies it or is its verb.
    if (kept.length === 1 && HEAD_FIRST.test(w.word) && isPeopleNoun(w.word)) break;
  }
  return { noun: kept.join(' '), length: end };
}

/**
 * Whether a noun names counted things: a plural noun, or a collective noun that takes no plural. French
 * nouns made from a participle keep its accent before the plural's -s ("740 salariés", "employées",
 * "délégués").
 */
export function isCountNoun(head: string): boolean {
  const w = head.toLowerCase();
  if (
    /^(?:personnel|staff|people|equipment|person-times|man-times|person-time|headcount|workforce|participants?)$/.test(
      w,
    )
  )
    return true;
  return (
    (/[a-z]{2,}s$/.test(w) && !/(?:ss|us|is|ous)$/.test(w)) ||
    /^[a-z]{2,}ée?s$/.test(w) ||
    isCroatianCounted(w)
  );
}
