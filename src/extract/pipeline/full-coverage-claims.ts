import { Decimal, parseUnit, quantity, type Fact } from '../../core/index.js';
import type { Paragraph } from '../narrative/index.js';
import words from './full-coverage-words.data.json' with { type: 'json' };
import { clauseLine, paragraphClauses } from './paragraph-clauses.js';

/** A sentence's claim that every one of a counted population has a feature: the count it names. */
export const FULL_COVERAGE_METRIC = 'coverage.claimed_full_count';

const listOf = (key: 'all' | 'of' | 'not' | 'except', language: string): readonly string[] =>
  words.languages.find((l) => l.language === language)?.[key] ?? [];
const either = (list: readonly string[]): string => list.join('|');

const NUMBERS: Readonly<Record<string, number>> = words.numbers;
// A count as a sentence prints it: digits, thousands grouped or not, or an English word ("all four plants").
const COUNT = String.raw`\d{1,3}(?:,\d{3})+|\d{1,5}|${either(Object.keys(NUMBERS))}`;
// "all of our 22 owned ships", "all 24 of our berths", "each of our 12 vessels": the count and the words after it.
const EN_CLAIM = new RegExp(
  String.raw`(?<!\p{L})(?:${either(listOf('all', 'en'))})\s+(${COUNT})(?:\s+(?:${either(listOf('of', 'en'))}))?\s+(\p{L}[\p{L}'-]*(?:\s+\p{L}[\p{L}'-]*){0,3})`,
  'giu',
);
// "全部24个泊位", "所有 12 家工厂": the count, its measure word, and the noun up to the words that end it.
const ZH_CLAIM = new RegExp(
  String.raw`(?:${either(listOf('all', 'zh'))})\s*(\d{1,5})\s*(?:${either(words.counters)})(\p{Script=Han}{1,6}?)(?=${either(words.ends)}|[，。、；,.;\s]|$)`,
  'gu',
);
const DENIED_EN = new RegExp(String.raw`(?<!\p{L})(?:${either(listOf('not', 'en'))})\s+$`, 'iu');
const DENIED_ZH = new RegExp(String.raw`(?:${either(listOf('not', 'zh'))})$`, 'u');
const EXCEPT = new RegExp(
  String.raw`(?<!\p{L})(?:${either(listOf('except', 'en'))})(?!\p{L})|${either(listOf('except', 'zh'))}`,
  'iu',
);
const STOP = new Set(words.stop);

/** A claim found in a clause: where its count is printed, the count and the population it counts. */
interface Claim {
  at: number;
  count: number;
  population: string;
}

/**
 * The population's name: the words after the count up to one that ends a noun phrase (a function word,
 * "are", or a participle after the first word: "22 owned ships fitted with" names "owned ships").
 */
function populationOf(after: string): string {
  const named: string[] = [];
  for (const word of after.split(/\s+/u)) {
    const w = word.toLowerCase();
    if (STOP.has(w) || (named.length > 0 && /ed$/u.test(w))) break;
    named.push(w);
  }
  return named.join(' ');
}

const countOf = (printed: string): number =>
  NUMBERS[printed.toLowerCase()] ?? Number(printed.replace(/,/gu, ''));

/** The clause's one claim of full coverage of a counted population, not denied nor narrowed by "except". */
function claimIn(clause: string): Claim | undefined {
  if (EXCEPT.test(clause)) return undefined;
  const en = [...clause.matchAll(EN_CLAIM)].flatMap((m): Claim[] => {
    const population = populationOf(m[2] ?? '');
    if (population === '' || DENIED_EN.test(clause.slice(0, m.index))) return [];
    return [{ at: m.index, count: countOf(m[1] ?? ''), population }];
  });
  const zh = [...clause.matchAll(ZH_CLAIM)].flatMap((m): Claim[] =>
    DENIED_ZH.test(clause.slice(0, m.index))
      ? []
      : [{ at: m.index, count: Number(m[1]), population: m[2] ?? '' }],
  );
  const all = [...en, ...zh];
  return all.length === 1 && (all[0]?.count ?? 0) >= 2 ? all[0] : undefined;
}

/**
 * The sentences that claim every one of a counted population has a feature ("All of our 22 owned ships are
 * fitted with ballast water treatment systems", "Shore power is available at all 24 of our berths",
 * "全部24个泊位均已配备岸电"): the count, with the population in `dims.population` and the clause as the
 * quote, for check to set against a table row that counts fewer with that feature. Read per clause of every
 * paragraph, wrapped lines joined as the narrative reader joins them.
 */
export function fullCoverageClaims(
  paragraphs: readonly Paragraph[],
  entity: string,
  document: string,
  year: number,
): Fact[] {
  const facts: Fact[] = [];
  // A comma between digits groups thousands ("all 1,200 sites"); any other comma ends a clause.
  for (const part of paragraphClauses(paragraphs, /(?<=[;；。]|\.\s)|(?<=(?<!\d),)|(?<=,)(?!\d)|(?<=，)/u)) {
    const { clause } = part;
    const claim = claimIn(clause);
    if (!claim) continue;
    facts.push({
      entity,
      period: { year },
      metric: FULL_COVERAGE_METRIC,
      dims: { population: claim.population },
      quantity: quantity(new Decimal(claim.count), parseUnit('count')),
      basis: 'actual',
      provenance: {
        kind: 'document',
        document,
        // The line the count is printed on, as an analyst points to it.
        location: { line: clauseLine(part, claim.at).no },
        quote: clause.trim().slice(0, 400),
        reported: { value: String(claim.count), unit: 'count' },
        extraction: 'text',
      },
      status: 'unverified',
      label: `all ${claim.count} ${claim.population}`,
    });
  }
  return facts;
}
