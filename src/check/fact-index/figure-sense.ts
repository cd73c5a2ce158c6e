import type { Figure } from '../precision/index.js';
import { countedNoun } from './counted-noun.js';
import { hypothetical, namedAsPart, ofTheGrid, ownWords, STANDARD } from './figure-words.js';

/**
 * What a printing's own words say a figure is, beyond its metric: a change rather than a level, a
 * narrower population, the people at one event, or an item reported apart. Extraction may give such figures the metric of
 * the level they qualify ("saved 1.73 million m3 of natural gas" as natural-gas consumption).
 */
export const SENSE_MARKERS = ['change', 'subset', 'event', 'apart'] as const;
/** One of {@link SENSE_MARKERS}. */
export type SenseMarker = (typeof SENSE_MARKERS)[number];

const MARKER_WORDS: Readonly<Record<SenseMarker, RegExp>> = {
  // A saving or reduction is reported apart from the level it changes (GRI 302-4 vs 302-1, 305-5 vs 305-1);
  // Portuguese, Spanish and Italian reports save with poupar, ahorrar, economizar, risparmiare, evitar.
  change:
    /\b(?:sav(?:e|es|ed|ing|ings)|reduc\w*|avoid\w*|decreas\w*|increas\w*|cut|lower(?:ed|ing)?|offset\w*|poup\w*|ahorr\w*|economiz\w*|risparmi\w*|evit\w*)\b/,
  // A qualifier narrowing the population or the events counted (GRI 405-1 management; serious injuries;
  // workers exposed to occupational hazards or eligible for a benefit, GRI 403-10, 401-3; a fleet's rate
  // "afloat" or its staff "ashore").
  // An occupation names one group of the workforce ("driver turnover", "frontline staff"); French and
  // Spanish reports name managers "cadres" and "directivos", Polish ones "kadra kierownicza". Water drawn or
  // consumed in areas of water stress or risk is a part of the site total (GRI 303-3, 303-5; ESRS E3-4 28(b)).
  subset:
    /\b(?:management|managers?|managerial|cadres|directivos|kierownicz\w*|senior|executives?|key|serious|major|fatal\w*|minor|middle|exposed|eligible|drivers?|pilots?|crew|seafarers?|afloat|ashore|nurses?|technicians?|front-?line|water[-\s](?:stress\w*|scarc\w*|risk))\b/,
  // People who took part in something, or new hires of the year ("nuevas contrataciones", "nouvelles
  // embauches"), are a subset of the workforce, not its
  // headcount (a sentence that says the company "hired" people may still print its headcount); suppliers
  // audited, assessed or put under corrective action are a subset of the suppliers (GRI 308-2, 414-2).
  // Employees "receiving a bonus" are those paid one (the UK gender pay gap regulations ask each
  // gender's share of them), never the gender's share of the workforce. Employees covered by collective
  // agreements (GRI 2-30) are a subset of the headcount too.
  event:
    /\b(?:receiv(?:e|es|ed|ing)\s+(?:an?\s+)?bonus(?:es)?|collective(?:ly)?\s+(?:bargain\w*|agreements?)|particip\w*|attend\w*|attract\w*|reward\w*|award\w*|visit\w*|involv\w*|join\w*|invit\w*|selected|certified|trained|volunteer\w*|recogni[sz]\w*|enrol\w*|new(?:ly)?\s+(?:\w+\s+){0,2}hir(?:es?|ed|ing)|nuevas?\s+contrataciones|nouvelles?\s+embauches|supported|passed|audited|assessed|evaluated|corrective)\b/,
  // Reported apart from the figure itself: biogenic CO2 is kept outside the scopes (GHG Protocol
  // Corporate Standard, ch. 9), and a memo item is not part of the total it sits under. A plant's
  // capacity ("installed clinker capacity of 4.2 million tonnes") bounds its output, never states it.
  // Emission allowances (EU ETS, allocated free or surrendered) are permits counted in tonnes, no
  // emissions: Polish "uprawnienia do emisji", German "Emissionszertifikate", Dutch "emissierechten".
  apart:
    /\b(?:biogenic|memo|outside\s+(?:the\s+)?scopes?|capacit(?:y|ies)|(?:emissions?|carbon|co2|ets)\s+(?:\w+\s+)?allowances?|allowances?\s+\(?(?:eu\s+)?ets|uprawnie\w*\s+do\s+emisji|emissions(?:zertifikat|berechtigung)\w*|emissierecht\w*)\b/,
};

/** {@link MARKER_WORDS} compiled once for `matchAll`. */
const MARKER_ALL = Object.fromEntries(
  SENSE_MARKERS.map((m) => [m, new RegExp(MARKER_WORDS[m].source, 'g')]),
) as Readonly<Record<SenseMarker, RegExp>>;

/** A code word and its number name a different thing per number: ISO 14067 vs ISO 50001, Scope 1 vs 2. */
const IDENTIFIER = /\b(iso|scope|tier|level|category|grade|phase|class)\s*(\d[\d.-]*)/g;

/** ISO 4217 codes before amounts ("RMB 128.65 million") and fiscal years ("FY2025"): no standard's code. */
const NOT_STANDARDS = new Set('FY RMB CNY HKD USD EUR GBP SGD JPY AUD MYR TWD MOP CHF SEK CAD'.split(' '));

/** What a printing says its figure is: its markers, the noun it counts and the codes it names. */
export interface FigureSense {
  /** Markers the label's words show, in {@link SENSE_MARKERS} order. */
  readonly markers: readonly SenseMarker[];
  /** The markers as one string, to compare printings cheaply. */
  readonly markerKey: string;
  /** The head noun printed after a number in a sentence ("3 supplier symposiums" → "symposium"). */
  readonly counted?: string;
  /** Codes named in the label ("iso 14067"). */
  readonly identifiers: ReadonlySet<string>;
  /** Standards the sentence names ("IATF 16949"). */
  readonly standards: ReadonlySet<string>;
  /**
   * The year a sentence names before its number when it never names the fact's own year ("2023
   * revenue was €1,412.8 million" read into 2024): a comparative, whatever year extraction gave it.
   */
  readonly namedYear?: number;
}

/** Reads the sense of a figure from its label (the row label, or the clause around the number), given its metric's label. */
export function senseOf(f: Figure, metricLabel?: string): FigureSense {
  let byLabel = SENSES.get(f);
  if (!byLabel) SENSES.set(f, (byLabel = new Map<string | undefined, FigureSense>()));
  let sense = byLabel.get(metricLabel);
  if (!sense) byLabel.set(metricLabel, (sense = readSense(f, metricLabel)));
  return sense;
}

/**
 * Senses read once per figure and metric label (the fact index and the rules ask for the same figures,
 * some with the metric's label and some without).
 */
const SENSES = new WeakMap<Figure, Map<string | undefined, FigureSense>>();

function readSense(f: Figure, metricLabel: string | undefined): FigureSense {
  const text = withoutDims(describing(f).toLowerCase(), f);
  // A word the metric's own name has ("fatalities", "energy saved") does not narrow its figures.
  const named = metricLabel?.toLowerCase() ?? '';
  const predicate = withoutDims(predicateOf(f).toLowerCase(), f);
  const marked = (m: SenseMarker, words: string) =>
    // test() first: most labels have no marker, and matchAll is the slower call.
    MARKER_WORDS[m].test(words) && [...words.matchAll(MARKER_ALL[m])].some((w) => !named.includes(w[0]));
  const markers = SENSE_MARKERS.filter(
    (m) =>
      marked(m, text) ||
      (PREDICATE_MARKERS.has(m) && marked(m, predicate)) ||
      (m === 'subset' && (shareOfNamed(f, text) || namedAsPart(f))) ||
      (m === 'apart' && (ofTheGrid(f) || hypothetical(f))),
  );
  const identifiers = new Set<string>();
  for (const m of text.matchAll(IDENTIFIER)) identifiers.add(`${m[1] ?? ''} ${m[2] ?? ''}`);
  const whole = shareOf(f, text);
  if (whole !== undefined) identifiers.add(`share-of ${whole}`);
  const standards = new Set<string>();
  for (const m of ownWords(f).matchAll(STANDARD))
    if (!NOT_STANDARDS.has(m[1] ?? '')) standards.add(`${m[1] ?? ''} ${m[2] ?? ''}`);
  const counted = countedNoun(f);
  const namedYear = otherYearNamed(f);
  return {
    markers,
    markerKey: markers.join(),
    identifiers,
    standards,
    ...(counted === undefined ? {} : { counted }),
    ...(namedYear === undefined ? {} : { namedYear }),
  };
}

/** Whether two printings may describe one quantity: same markers, same counted noun, no other code. */
export function sameSense(a: FigureSense, b: FigureSense): boolean {
  if (a.markerKey !== b.markerKey || a.namedYear !== b.namedYear) return false;
  if (a.counted !== undefined && b.counted !== undefined && a.counted !== b.counted) return false;
  // Either way round: a total naming "Scope 1, Scope 2 and Scope 3" is no printing of a "Scope 2" row.
  if (otherCode(a.identifiers, b.identifiers) || otherCode(b.identifiers, a.identifiers)) return false;
  // Sentences about different standards, or one about a standard and one not ("4 subsidiaries … ISO
  // 50001", "8 subsidiaries … IATF 16949", "2 subsidiaries … green factory").
  if ((a.standards.size > 0 || b.standards.size > 0) && ![...a.standards].some((s) => b.standards.has(s)))
    return false;
  return true;
}

/** The label without the words its dims already name ("Management personnel" under a management category). */
function withoutDims(text: string, f: Figure): string {
  let out = text;
  for (const v of Object.values(f.fact.dims)) {
    const value = v.toLowerCase().trim();
    if (value.length > 0) out = out.split(value).join(' ');
  }
  return out;
}

/** Markers a figure's predicate may show: who among the counted, never a change of the figure. */
const PREDICATE_MARKERS: ReadonlySet<SenseMarker> = new Set(['subset', 'event']);

/**
 * The predicate of a sentence whose subject is the figure, when its label stops at the figure's noun
 * ("3 108 employees, or 89.7 % of all employees, are covered by collective agreements" labelled
 * "3 108 employees"): the words after the label, an appositive ", or …," left out, up to the clause's
 * end or the next number, when they open on a verb of being ("are covered", "were trained"). Those
 * words say which of the counted the figure is.
 */
function predicateOf(f: Figure): string {
  const p = f.fact.provenance;
  const label = f.fact.label;
  if (p.kind !== 'document' || p.extraction !== 'text' || label === undefined) return '';
  const at = p.quote.indexOf(label);
  if (at < 0) return '';
  const rest = p.quote
    .slice(at + label.length)
    .replace(/^\s*,\s*(?:or|i\.e\.|that is)\s[^,;]{0,80},/i, ' ')
    .split(/[;:]|\.(?:\s|$)/)[0];
  const clause = (rest ?? '').split(/\d/)[0] ?? '';
  return /^\s*(?:are|were|is|was|have been|has been|had been)\s/i.test(clause) ? clause : '';
}

function describing(f: Figure): string {
  const p = f.fact.provenance;
  return f.fact.label ?? (p.kind === 'document' ? p.quote : '');
}

/** A year as printed: 2023, or the end of a fiscal year written 2023/24 or 2023-24. */
const YEAR = /\b((?:19|20)\d{2})(?:\s*[/-]\s*(\d{2}))?\b/g;

/**
 * The year a sentence names before its number ("2023 revenue was …", "(2023: 74.0)"), when none of
 * the years it names is the fact's own: then the number is that year's comparative.
 */
function otherYearNamed(f: Figure): number | undefined {
  const p = f.fact.provenance;
  if (p.kind !== 'document' || p.extraction !== 'text') return undefined;
  const quote = p.quote.replace(/(\d),(?=\d{3})/g, '$1');
  const own = f.fact.period.year;
  const at = quote.indexOf(p.reported.value);
  let before: number | undefined;
  for (const m of quote.matchAll(YEAR)) {
    const start = Number(m[1]);
    const end = m[2] === undefined ? start : Math.floor(start / 100) * 100 + Number(m[2]);
    if (start === own || end === own) return undefined;
    if (at >= 0 && m.index < at && m[0] !== p.reported.value) before = end;
  }
  return before;
}

/**
 * The number a percentage is the share of, bracketed ("2,045 ML (40%)" → 2045) or after the count
 * it is of ("372 were domestic suppliers, accounting for 76.5%" → 372): two such shares are one
 * figure only when they share that number.
 */
/**
 * "(50% of corporate income tax) comes to $30.6 million", "(50% del impuesto a la renta)": an amount
 * its words make a share of the figure they name is a part of it, not a printing of it. A share's own
 * label ("45% of employees") is left to {@link shareOf}.
 */
const SHARE_OF_NAMED = /\d\s*%\s+(?:of|del|de\s+la|de\s+los|de\s+las|da|do|das|dos|du|des|de)\s/;

function shareOfNamed(f: Figure, text: string): boolean {
  return f.unit.symbol !== '%' && SHARE_OF_NAMED.test(text);
}

function shareOf(f: Figure, text: string): string | undefined {
  if (f.unit.symbol !== '%') return undefined;
  const m =
    /(\d[\d,.]*)\s*[a-z]*\s*\(\s*[\d.]+\s*%\s*\)/.exec(text) ??
    /(\d[\d,.]*)\s+[a-z' -]{0,60}?,?\s*(?:accounting\s+for|representing|or)\s+[\d.]+\s*%/.exec(text);
  return m?.[1]?.replace(/,/g, '');
}

/** True when `ids` names a code the other printing names with another number only (Scope 1 beside Scope 2). */
function otherCode(ids: ReadonlySet<string>, others: ReadonlySet<string>): boolean {
  for (const id of ids) if (!others.has(id) && sameCode(id, others)) return true;
  return false;
}

/** Another number under the same code word: "iso 14067" against "iso 50001". */
function sameCode(id: string, others: ReadonlySet<string>): boolean {
  const word = id.split(' ')[0];
  for (const o of others) if (o.split(' ')[0] === word) return true;
  return false;
}
