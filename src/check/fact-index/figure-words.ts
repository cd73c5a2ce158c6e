import { z } from 'zod';
import { EsgError } from '../../core/index.js';
import type { Figure } from '../precision/index.js';
import data from './figure-words.data.json' with { type: 'json' };

// A sentence's words about one of its figures, and what those words say the figure is a part or a case of.

/** A standard's code in a sentence (ISO 50001, IATF 16949, GB/T 2589): what the sentence is about. */
export const STANDARD = /\b([A-Z]{2,}(?:\/[A-Z])?)\s*(\d{3,}(?:[.-]\d+)?)\b/g;

/** A number in a sentence: a figure, or a standard's code or a year (which {@link ownWords} skips). */
const NUMBER = /\d[\d,.]*\d|\d/g;

/**
 * A sentence's words about one of its figures: from the number before it to the number after it.
 * "…an average of 32.2 hours per employee, including 212 welders re-certified to ISO 9606-1" names
 * the standard for the welders, not for the average. Standards' codes and years are no figures. The
 * whole sentence when the figure cannot be found in it; '' for a table row.
 */
export function ownWords(f: Figure): string {
  const span = ownSpan(f);
  return span === undefined ? '' : span.quote.slice(span.from, span.to);
}

/**
 * Where a sentence's words about one of its figures lie ({@link ownWords}): from `from` to `to`, the
 * figure printed at `at`; the whole sentence, `at` at its start, when the figure cannot be found in it.
 */
function ownSpan(f: Figure): { quote: string; from: number; at: number; to: number } | undefined {
  const p = f.fact.provenance;
  if (p.kind !== 'document' || p.extraction !== 'text') return undefined;
  const quote = p.quote;
  const codes = [...quote.matchAll(STANDARD)].map((m) => [m.index, m.index + m[0].length] as const);
  const figures = [...quote.matchAll(NUMBER)].filter(
    (m) => !/^(?:19|20)\d{2}$/.test(m[0]) && !codes.some(([lo, hi]) => m.index >= lo && m.index < hi),
  );
  const printed = p.reported.value.replace(/,/g, '');
  const at = figures.findIndex((m) => m[0].replace(/,/g, '').replace(/[.,]$/, '') === printed);
  const figure = figures[at];
  if (figure === undefined) return { quote, from: 0, at: 0, to: quote.length };
  const before = figures[at - 1];
  const after = figures[at + 1];
  const from = before ? before.index + before[0].length : 0;
  return { quote, from, at: figure.index, to: after ? after.index : quote.length };
}

/** The sentence words of figure-words.data.json, compiled on first use. */
interface SentenceWords {
  /** Words right before an amount that make it the main part of a whole ("mainly", "made up"). */
  readonly partBefore: RegExp;
  /** Words among a percentage's own that make it the grid's share ("grid mix", "national grid"). */
  readonly gridShare: RegExp;
  /** Words anywhere in a sentence that put it in the conditional mood ("would", "sería"). */
  readonly conditional: RegExp;
}

const listSchema = z.strictObject({ where: z.string(), words: z.array(z.string()).min(1) });
const dataSchema = z.strictObject({
  id: z.string(),
  version: z.string(),
  source: z.string(),
  partBefore: listSchema,
  gridShare: listSchema,
  conditional: listSchema,
});

/** A word or phrase as a pattern: its characters literal, a space any run of spaces. */
const phrase = (words: string): string =>
  words.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, String.raw`\s+`);

/** Whole words or phrases, case-insensitive (word boundaries as the ASCII `\b` draws them). */
const anyWord = (words: readonly string[]): RegExp =>
  new RegExp(String.raw`\b(?:${words.map(phrase).join('|')})\b`, 'i');

let loaded: SentenceWords | undefined;

function sentenceWords(): SentenceWords {
  if (loaded) return loaded;
  const parsed = dataSchema.safeParse(data);
  if (!parsed.success)
    throw new EsgError(
      'REFERENCE_DATA',
      `figure-words.data.json is invalid:\n${z.prettifyError(parsed.error)}`,
      {
        cause: parsed.error,
      },
    );
  const { partBefore, gridShare, conditional } = parsed.data;
  loaded = {
    partBefore: anyWord(partBefore.words),
    gridShare: anyWord(gridShare.words),
    conditional: anyWord(conditional.words),
  };
  return loaded;
}

/**
 * "split by the 16.2 % renewable share of the Czech grid mix": a share the sentence gives the grid's
 * supply (its mix, the national grid) is the supplier's, reported apart from the company's own share.
 */
export function ofTheGrid(f: Figure): boolean {
  return f.unit.symbol === '%' && sentenceWords().gridShare.test(ownWords(f));
}

/**
 * "With a price of 100 €/tCO2 … the annual cost would be …": a sentence in the conditional mood works
 * through a supposed case, so its figures are no record of the year.
 */
export function hypothetical(f: Figure): boolean {
  const p = f.fact.provenance;
  return p.kind === 'document' && p.extraction === 'text' && sentenceWords().conditional.test(p.quote);
}

/**
 * "Climate-related capital expenditure was EUR 4.8 m, mainly the boiler (EUR 2.9 m)", "metal scrap made
 * up 18,426.4 t of non-hazardous waste": words right before an amount that make it the main part of a
 * whole the sentence names, not that whole. A share's own words ("women made up 35%") are left alone.
 */
export function namedAsPart(f: Figure): boolean {
  const span = ownSpan(f);
  return (
    f.unit.symbol !== '%' &&
    span !== undefined &&
    sentenceWords().partBefore.test(span.quote.slice(span.from, span.at))
  );
}
