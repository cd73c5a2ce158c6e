import { isTransportVolume, tryParseUnit } from '../../core/index.js';
import type { NumberToken } from '../numbers/index.js';
import { croatianMovement } from './croatian-counts.js';
import { figureWords, isCountNoun, nounAfter } from './figure-noun.js';
import { macedonianMovement } from './macedonian-counts.js';
import { moneyFigure, SCALE } from './money-figure.js';
import type { NarrativeFigure } from './narrative-figure.js';
import { movementNoun } from './movement.js';
import { isNoFigure } from './no-figure.js';
import { isPeopleNoun } from './people-noun.js';
import { scaledDenominator } from './scaled-denominator.js';

export type { NarrativeFigure };

// "12,436 millones de pesos", "4,2 milhões de reais": a Romance scale joined to its unit by "de".
const TWO_WORD_SCALE =
  /^\s?(?:(?:ten|hundred)\s+(?:thousand|million)|(?:mil\s+)?(?:millones|miles|milhões|milhares|millions|milliers|milliards)\s+de)\s/i;
// "1,375.40 (10,000 kWh)": a scale and its unit in brackets after a figure, as mainland key-figure
// boxes print amounts in units of 万 kWh; the bracket is the figure's unit.
const BRACKETED_SCALED_UNIT = /^\s?\(((?:10|100|1,000|10,000|100,000|1,000,000)\s?\p{L}[^()\d]{0,16}?)\)/iu;
const PERCENT = /^\s?(%|‰|per ?cent\b|percentage points?\b)/i;
// A count of these is not a disclosure (a number of years, levels, steps, ranks or prizes).
const NOT_COUNTED =
  /^(?:years?|months?|weeks?|days?|levels?|aspects?|dimensions?|principles?|pillars?|categories|types?|steps?|stages?|phases?|rounds?|positions?|places?|ranks?|champions?|championships?|awards?|prizes?|titles?|honou?rs?|pages?|chapters?|sections?|items?|points?|goals?|sdgs?|issues?|times?|consecutive|batches|series|parts?|tiers?|grades?|classes|kinds?|modules?|functions?|layers?|lines?|sides?|languages?|characters?|words?|letters?|digits?|hotlines?|versions?|generations?)$/i;

// "612 management positions", "146 senior management roles": posts held (GRI 405-1), though a
// count of positions or places is otherwise a ranking.
const MANAGEMENT_POSTS =
  /\b(?:management|managerial|leadership|executive|board)\s+(?:positions|roles|seats)$/i;

const MET_BEFORE = /\bmet\s+$/i;
const TIMES_AFTER = /^\s+times\b/i;
// "in media 25,4 ore per dipendente", "12.400 ore di formazione", "25,4 ore pe angajat": Italian and
// Romanian hours. The registry cannot list "ore" (English "ore" is mined: "1,200 ore samples"), so it is
// read as hours only before the words that tie it to its Italian or Romanian phrase.
const ROMANCE_HOURS =
  /^\s?ore(?=\s+(?:di|de|pe|per\s+(?:dipendente|angajat|salariat|persoan[aă]|persona|lavoratore|collaboratore|partecipante))(?!\p{L}))/iu;

// "1.56 per 200,000 hours worked", "0.42 per million hours": an injury rate's base (GRI 403-9 allows
// 200,000 or 1,000,000 hours), which the injury-rate check reads from the printed words; Indonesian and
// Malay "per 1.000.000 jam kerja", Vietnamese "trên 1.000.000 giờ công (làm việc)".
const RATE_PER_HOURS =
  /^\s?(?:per|trên)\s+(?:million|1,000,000|1 000 000|200,000|200 000|100,000|one\s+million)\s+(?:(?:(?:working|work|man|person|employee|labou?r)[- ])?hours(?:\s+worked)?|jam(?:\s+kerja)?(?:\s+orang)?|giờ(?:\s+(?:công|làm\s+việc|lao\s+động))*)(?![\w\u00c0-\u1eff])/i;
// "143 lost days", "96 lost working days": time lost to injury (HKEX B2.2, GRI 403-9) printed before its unit.
const LOST_TIME = /^\s?(?:lost|missed)\s+(?:work(?:ing)?\s+|man-|person-)?(days?|hours?|workdays?)\b/i;

/**
 * The unit printed after a number. The unit parser reads trailing words as qualifiers ("tons
 * reused from …" is tonnes), so the unit is the shortest run of words that gives the final reading:
 * "tons of standard coal annually" reads as tce from its fourth word, "tons reused" stays tonnes.
 * A bare scale word ("million") is left to the noun reading.
 */
function unitAfter(text: string): { unit: string; length: number } | undefined {
  const ws = figureWords(text, 6);
  let best: { unit: string; length: number; symbol: string } | undefined;
  for (let n = 1; n <= ws.length; n++) {
    // A unit starts at the first or second word ("tons …", "million kWh …"), or after a two-word
    // scale ("ten thousand kWh", mainland reports' 万); past that, give up.
    if (n > (TWO_WORD_SCALE.test(text) ? 3 : 2) && !best) break;
    const end = ws[n - 1]?.end ?? 0;
    const phrase = text.slice(0, end).trim();
    const u = tryParseUnit(phrase, { countNouns: false });
    if (!u || u.symbol === '' || (u.dimension === 'count' && !isTransportVolume(u))) continue;
    if (best?.symbol !== u.symbol) best = { unit: phrase, length: end, symbol: u.symbol };
  }
  return best && { unit: best.unit, length: best.length };
}

/** Reads the unit and noun after a number; undefined when the number names nothing measurable. */
export function readFigure(sentence: string, t: NumberToken): NarrativeFigure | undefined {
  if (isNoFigure(sentence, t)) return undefined;
  const before = sentence.slice(Math.max(0, t.start - 12), t.start);
  let rest = sentence.slice(t.end, t.end + 160);
  // "S$0.42 million", "€ 1.618,4 mln": an amount of money, its currency printed before it.
  const money = moneyFigure(t, before, rest);
  if (money) return money;
  let consumed = 0;
  const percent = PERCENT.exec(rest);
  if (percent) {
    consumed = percent[0].length;
    const noun = nounAfter(rest.slice(consumed));
    return {
      value: t.value,
      at: t.start,
      unit: '%',
      noun: noun.noun,
      measured: true,
      start: t.start,
      end: t.end + consumed + noun.length,
    };
  }
  const rate = RATE_PER_HOURS.exec(rest);
  if (rate) {
    return {
      value: t.value,
      at: t.start,
      // A rate is a plain number (the catalogue's rates are unitless); its base stays in its words.
      unit: '',
      noun: rate[0].trim(),
      measured: true,
      start: t.start,
      end: t.end + rate[0].length,
    };
  }
  const lost = LOST_TIME.exec(rest);
  if (lost?.[1]) {
    return {
      value: t.value,
      at: t.start,
      unit: lost[1],
      noun: lost[0].trim(),
      measured: true,
      start: t.start,
      end: t.end + lost[0].length,
    };
  }
  // "the committee met 4 times": meetings held (GRI 2-9, HKEX C2 governance), though a count of
  // times is otherwise no disclosure.
  if (MET_BEFORE.test(before) && TIMES_AFTER.test(rest)) {
    const times = TIMES_AFTER.exec(rest)?.[0] ?? '';
    return {
      value: t.value,
      at: t.start,
      unit: 'meetings',
      noun: 'meetings',
      measured: false,
      start: t.start,
      end: t.end + times.length,
    };
  }
  const bracketed = BRACKETED_SCALED_UNIT.exec(rest);
  const romanceHours = ROMANCE_HOURS.exec(rest);
  const read = bracketed?.[1]
    ? { unit: bracketed[1], length: bracketed[0].length }
    : romanceHours
      ? { unit: 'hours', length: romanceHours[0].length }
      : unitAfter(rest);
  if (read) {
    const per = scaledDenominator(read.unit, rest.slice(read.length));
    const measure = per ? { unit: per.unit, length: read.length + per.length } : read;
    rest = rest.slice(measure.length);
    const noun = nounAfter(rest);
    return {
      value: t.value,
      at: t.start,
      unit: measure.unit,
      noun: noun.noun,
      measured: true,
      start: t.start,
      end: t.end + measure.length + noun.length,
    };
  }
  const scaled = SCALE.exec(rest);
  const scaleWord = scaled?.[1] ?? '';
  const named = scaled ? undefined : partNamedAfter(sentence, t, rest);
  if (named) return named;
  const noun = nounAfter(scaled ? rest.slice(scaled[0].length) : rest);
  const head = noun.noun.split(' ').pop() ?? '';
  const person = isPeopleNoun(head);
  if (
    noun.noun === '' ||
    (NOT_COUNTED.test(head) && !MANAGEMENT_POSTS.test(noun.noun)) ||
    (!/[a-z]/i.test(head) && !person)
  )
    return undefined;
  if (!isCountNoun(head) && !person && !(t.value === '1' && /^[a-z]{3,}$/i.test(head))) return undefined;
  const length = (scaled?.[0].length ?? 0) + noun.length;
  // "12,345 training hours": the noun ends in a unit, so the figure is measured in it.
  const headUnit = tryParseUnit(head, { countNouns: false });
  if (scaleWord === '' && headUnit && headUnit.symbol !== '' && headUnit.dimension !== 'count') {
    return {
      value: t.value,
      at: t.start,
      unit: head,
      noun: noun.noun,
      measured: true,
      start: t.start,
      end: t.end + length,
    };
  }
  const after = rest.slice((scaled?.[0].length ?? 0) + noun.length);
  const counted =
    croatianMovement(noun.noun, after, before) ??
    macedonianMovement(noun.noun, before) ??
    movementNoun(noun.noun, after, before);
  const unit = scaleWord === '' ? counted : scaleWord.toLowerCase();
  return {
    value: t.value,
    at: t.start,
    unit,
    noun: noun.noun,
    measured: false,
    start: t.start,
    end: t.end + length,
  };
}

// "Of the 2025 recordable injuries, 5 were disabling injuries": a clause opening the sentence names the
// whole, and the part's noun follows its verb.
const OF_WHOLE_LEAD = /^\s*of\s+(?:the|these|those|all|our|its|their)\b[^,;.]{0,80},\s*$/i;
const PART_VERB = /^\s+(?:were|was)\s+/i;

/**
 * The part a sentence's lead clause takes from a whole ("Of the 48 sites, 12 were certified sites"):
 * the number's noun printed after "were", read only when it is a counted noun.
 */
function partNamedAfter(sentence: string, t: NumberToken, rest: string): NarrativeFigure | undefined {
  const verb = PART_VERB.exec(rest);
  if (!verb || !OF_WHOLE_LEAD.test(sentence.slice(0, t.start))) return undefined;
  const noun = nounAfter(rest.slice(verb[0].length));
  const head = noun.noun.split(' ').pop() ?? '';
  if (noun.noun === '' || NOT_COUNTED.test(head) || !isCountNoun(head)) return undefined;
  return {
    value: t.value,
    at: t.start,
    unit: noun.noun,
    noun: noun.noun,
    measured: false,
    start: t.start,
    end: t.end + verb[0].length + noun.length,
  };
}
