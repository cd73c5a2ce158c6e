import { tryParseUnit, unitOf, type Unit } from '../../core/index.js';

/** A printed unit read against the registry; a ratio keeps its printed denominator. */
export interface PrintedUnit {
  readonly unit: Unit;
  /** The unit before "/" or "per" ("tons of CO2 equivalent" in "… per square metre"). */
  readonly numerator: Unit;
  /** The denominator as printed, '' when the unit is not a ratio. */
  readonly denominator: string;
}

// "/", "per", Persian "بر" ("تن CO2e بر تن محصول", tonnes CO2e per tonne of product), the South
// Slavic "po" ("kg CO2e po noćenju", kilograms CO2e per guest night) or Greek "ανά" ("GJ ανά τόνο"), as
// the unit parser reads them.
const RATIO = /\s*(?:\/|\bper\b|(?<!\p{L})(?:بر|po|αν[άα])(?!\p{L}))\s*/iu;

// A unit cell naming only the figure's kind, in English or Spanish and Portuguese ("tasa", "taxa", "índice"),
// Malay and Indonesian ("kadar", "tingkat", "rasio", "indeks"), Italian ("tasso", "indice"), French
// ("taux"), Turkish ("oran"), or as reports translated from Russian print "коэффициент" ("coefficient"
// beside an injury rate), and Uzbek reports "koeff." or "koeffitsient".
const KIND_ONLY =
  /^(?:rates?|ratios?|index|indices|frequency|coefficients?|tasas?|taxas?|índices?|frecuencia|frequência|kadar|tingkat|rasio|indeks|tass[oi]|indice|taux|oran[ıi]?|коэффициент|koeff?\.?|koeffitsient)$/iu;

/**
 * A unit cell that states only a rate's base ("per million hours", "per 200,000 hours worked", "per
 * thousand hours"): the figure is a rate of events, named by its label; the base is read from the row.
 */
const RATE_BASE_ONLY =
  /^\(?per\s+(?:[\d,. ]+|one\s+)?(?:million|thousand|hundred(?:\s+thousand)?)?\s*(?:man[- ])?hours?(?:\s+worked)?\)?$/i;

/** True when a text states only a rate's base ("per million hours", "per 1 million man-hours"). */
export function isRateBase(text: string): boolean {
  return RATE_BASE_ONLY.test(text.trim());
}

/**
 * The energy a power unit stands for when a unit cell drops the hours ("Megawatt" beside "Total
 * energy consumption" in Bursa Malaysia's indicator C4(a), which asks for megawatt hours): MW → MWh.
 */
export function powerAsEnergy(printed: PrintedUnit | undefined): PrintedUnit | undefined {
  if (printed?.unit.dimension !== 'power' || printed.denominator !== '') return undefined;
  const unit = tryParseUnit(`${printed.unit.symbol}h`);
  return unit?.dimension === 'energy' ? { unit, numerator: unit, denominator: '' } : undefined;
}

// A cell of digits and separators only ("2 196", "1,250", "(10,000)").
const FIGURE_ONLY = /^\(?\d[\d\s,.'’]*\)?$/;

/**
 * A unit cell that holds a figure ("Employees | 2 196 | 2 196" read one cell early): a figure is no
 * scale, else the row is multiplied by itself. A scale is printed as a round power of ten ("1,000",
 * "10,000" in Chinese and Korean tables, "1 000 000"); "000" alone is left to the unit registry.
 */
function isFigureNotScale(text: string): boolean {
  if (!FIGURE_ONLY.test(text)) return false;
  const digits = text.replace(/\D/g, '');
  return !/^10{3,9}$/.test(digits) && !/^0+$/.test(digits);
}

/** Reads a printed unit ("tons of CO₂ equivalent per square metre", "RMB 10,000", "Person"). */
export function readPrintedUnit(printed: string): PrintedUnit | undefined {
  const text = printed.trim();
  // A unit cell naming only a kind of measure ("Rate", "Ratio", as Bursa Malaysia's performance data
  // tables print them) states no unit: the label says what the rate is.
  if (text === '' || KIND_ONLY.test(text) || RATE_BASE_ONLY.test(text) || isFigureNotScale(text))
    return undefined;
  const unit = tryParseUnit(text);
  if (!unit) return undefined;
  const split = splitOutsideBrackets(text);
  if (!split) return { unit, numerator: unit, denominator: '' };
  const numerator = tryParseUnit(split.numerator) ?? unit;
  return { unit, numerator, denominator: split.denominator };
}

function splitOutsideBrackets(text: string): { numerator: string; denominator: string } | undefined {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charAt(i);
    if (ch === '(') depth++;
    else if (ch === ')') depth = Math.max(0, depth - 1);
    else if (depth === 0) {
      const m = RATIO.exec(text.slice(i));
      if (m?.index === 0 && (ch === '/' || /\s/.test(ch))) {
        const numerator = text.slice(0, i).trim();
        const denominator = text.slice(i + m[0].length).trim();
        if (numerator !== '' && denominator !== '') return { numerator, denominator };
      }
    }
  }
  return undefined;
}

/** The registry unit of a canonical symbol, or undefined when the registry lacks it. */
export function canonicalUnit(symbol: string): Unit | undefined {
  try {
    return unitOf(symbol);
  } catch {
    // A metric naming a symbol the registry lacks is reference-data drift; the fact keeps its printed unit.
    return undefined;
  }
}

// A unit cell that is only a multiplier: "Hours worked (million)", "Floor area ('000)".
const BARE_SCALE =
  /^(?:in\s+)?(?:millions?|mn|thousands?|['’]000s?|000s|10,000|ten thousands?|billions?|bn)$/i;

/**
 * The unit of a dimension a label names in a word ("Training hours" → hours), for a figure printed
 * without a unit; undefined when no word of the label is such a unit.
 */
export function unitNamedIn(label: string, dimension: string): Unit | undefined {
  // Two letters may name the unit: the Slovene hours after a figure's average ("Povprečno ur …").
  const words = label.replace(/\([^()]*\)/g, ' ').match(/\p{L}{2,}/gu) ?? [];
  for (const w of words) {
    const u = tryParseUnit(w, { countNouns: false }) ?? (dimension === 'time' ? compoundHours(w) : undefined);
    if (u?.dimension === dimension) return u;
  }
  return undefined;
}

/**
 * The hours a compound noun ends in: German, Dutch, the Nordic languages and Finnish write the measure
 * and its unit as one word ("Schulungsstunden", "opleidingsuren", "utbildningstimmar", "koulutustunnit",
 * "työtunnit"). Its end is read as a unit from four letters on, after at least three letters of the
 * first noun.
 */
function compoundHours(word: string): Unit | undefined {
  for (let at = 3; at <= word.length - 4; at += 1) {
    const u = tryParseUnit(word.slice(at), { countNouns: false });
    if (u?.dimension === 'time') return u;
  }
  return undefined;
}

/**
 * The unit a table row prints, completed by its label when the unit cell is a bare multiplier and the
 * label names a unit ("Hours worked (million)" is in million hours, not a million of something
 * counted). Otherwise the printed unit unchanged.
 */
export function unitWithLabelNoun(label: string, unit: string): string {
  if (!BARE_SCALE.test(unit.trim())) return unit;
  const words = label.replace(/\([^()]*\)/g, ' ').match(/\p{L}{3,}/gu) ?? [];
  const noun = words.find((w) => {
    const u = tryParseUnit(w);
    return u !== undefined && u.dimension !== 'count';
  });
  return noun === undefined ? unit : `${unit.trim()} ${noun}`;
}
