import { isTransportVolume, tryParseUnit } from '../../core/index.js';
import type { NumberToken } from '../numbers/index.js';
import { croatianMovement } from './croatian-counts.js';
import { CURRENCY_MARK } from './currency-mark.js';
import { figureWords, isCountNoun, nounAfter } from './figure-noun.js';
import { macedonianMovement } from './macedonian-counts.js';
import { movementNoun } from './movement.js';
import { isNoFigure } from './no-figure.js';
import { isPeopleNoun } from './people-noun.js';
import { scaledDenominator } from './scaled-denominator.js';

/** A number in a sentence read with its unit and the thing it counts or measures. */
export interface NarrativeFigure {
  readonly value: string;
  /** The unit as printed, scale included ("RMB million", "million tons", "%"), or the counted noun. */
  readonly unit: string;
  /** The thing counted or measured ("technical personnel", "electricity"), '' when not printed. */
  readonly noun: string;
  /** True for measured quantities (%, mass, energy, money); false for counts of things. */
  readonly measured: boolean;
  /** Offset in the sentence of the number itself (the line it is printed on is the fact's line). */
  readonly at: number;
  /** Offsets in the sentence of the figure's words (number, unit and noun). */
  readonly start: number;
  readonly end: number;
  /**
   * Set for an average per person: the catalogue's words for it ("average training hours per
   * employee"), '' when the sentence does not say what is averaged.
   */
  readonly name?: string;
  /** True for a part of the count before it, listed by group ("of which 428 were in East China"): its own words are its label. */
  readonly part?: boolean;
  /** The breakdown the figure's own words give ("were women" → gender female), when the classifier cannot read it. */
  readonly dims?: Readonly<Record<string, string>>;
}

// "S$0.42 million", "KRW 1,286 billion", "KShs 48.6 million": a currency mark before the amount.
const CURRENCY_BEFORE = new RegExp(`${CURRENCY_MARK}\\s?$`);
// "R9,864.2 million": a marker glued to the figure that names a currency only before a scale (the
// South African rand's "R"; alone it also marks restated figures and starts "R&D").
const GLUED_SCALED_MARKER = /(?<![\p{L}\p{N}&'’.,])R$/u;
// Indian reports print amounts in crore (10 million) and lakh (100,000); Indonesian and Malay ones
// in ribu, juta, miliar (milyar) and triliun (KBBI: 10^3, 10^6, 10^9, 10^12).
const SCALE =
  /^\s?(hundred million|million|billion|thousand|trillion|mn|bn|10,000|ten thousand|crore|lakh|ribu|juta|miliar|milyar|triliun)\b/i;
// Mainland reports print amounts in RMB 10,000 with the scale in brackets: "RMB 486,512.38 (10,000)".
// "£842.6m", "£1.2bn": the scale glued to the amount; the unit reads it as the word.
const GLUED_SCALE = /^(m|bn)\b/;
// "12,436 millones de pesos", "4,2 milhões de reais": a Romance scale joined to its unit by "de".
const TWO_WORD_SCALE =
  /^\s?(?:(?:ten|hundred)\s+(?:thousand|million)|(?:mil\s+)?(?:millones|miles|milhões|milhares|millions|milliers|milliards)\s+de)\s/i;
// "US$ 84.6 millones", "US$ 8,460 miles", "R$ 318,4 milhões": a Spanish, Portuguese or French scale word
// after an amount; read only after a currency mark, as English "miles" is a distance.
const ROMANCE_MONEY_SCALE =
  /^\s?(mil\s+millones|millones|miles|milhões|milhares|bilhões|millions|milliers|milliards|mil)(?![\p{L}\p{N}])/iu;
// "€ 1.618,4 mln", "zł 8,6 mld", "EUR 2,1 Mrd.": the short million and milliard of Dutch, Polish,
// German and Czech reports after an amount, read only after a currency mark; "NOK 12 millioner", "DKK 2,4
// mia.", "SEK 3 miljarder": the Danish, Norwegian and Swedish ones.
const SHORT_MONEY_SCALE =
  /^\s?(mln|mld|mrd|mio|mia|mill|millioner|milliarder|miljoner|miljarder)\.?(?![\p{L}\p{N}])/iu;
// The Nordic short scales as the unit reads them after the currency ("NOK mia." is "NOK billion").
const NORDIC_SCALE_WORD: Readonly<Record<string, string>> = { mia: 'billion', mill: 'million' };
const BRACKETED_SCALE = /^\s?\((10,000|thousand|million|'000)\)/i;
// "1,375.40 (10,000 kWh)": a scale and its unit in brackets after a figure, as mainland key-figure
// boxes print amounts in units of 万 kWh; the bracket is the figure's unit.
const BRACKETED_SCALED_UNIT = /^\s?\(((?:10|100|1,000|10,000|100,000|1,000,000)\s?\p{L}[^()\d]{0,16}?)\)/iu;
// "NOK 7 215.3 m", "EUR 48 bn": after a currency mark, a short scale set apart by a space is still
// the amount's scale, not metres.
const SPACED_MONEY_SCALE = /^\s(m|bn|mn)(?![\p{L}\p{N}²³])/u;
// "US$1,342k", "KD 158,917k": thousands glued to an amount as "k", read only after a currency mark.
const GLUED_THOUSANDS = /^(k)\b/;
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
  let consumed = 0;
  const englishScale = SCALE.exec(rest) ?? BRACKETED_SCALE.exec(rest) ?? GLUED_SCALE.exec(rest);
  const markBefore = CURRENCY_BEFORE.exec(before)?.[0];
  const scale =
    englishScale ??
    (markBefore
      ? (ROMANCE_MONEY_SCALE.exec(rest) ??
        SHORT_MONEY_SCALE.exec(rest) ??
        SPACED_MONEY_SCALE.exec(rest) ??
        GLUED_THOUSANDS.exec(rest))
      : null);
  const printedCurrency = markBefore ?? (scale && GLUED_SCALED_MARKER.exec(before)?.[0]) ?? '';
  const currency = printedCurrency.trim();
  if (currency) {
    const word =
      scale?.[1] === 'm' || scale?.[1] === 'mn'
        ? 'million'
        : scale?.[1] === 'k'
          ? 'thousand'
          : (NORDIC_SCALE_WORD[scale?.[1]?.toLowerCase() ?? ''] ?? scale?.[1]);
    const unit = word ? `${currency} ${word}` : currency;
    consumed = scale?.[0].length ?? 0;
    const noun = nounAfter(rest.slice(consumed));
    return {
      value: t.value,
      at: t.start,
      unit,
      noun: noun.noun,
      measured: true,
      start: t.start - printedCurrency.length,
      end: t.end + consumed,
    };
  }
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
