import { Decimal, parseUnit, quantity, yesNoAnswer, type Fact } from '../../core/index.js';
import type { ReportLine } from '../layout/index.js';
import type { Paragraph } from '../narrative/index.js';
import { clauseLine, paragraphClauses } from './paragraph-clauses.js';
import allWords from './certification-all-words.data.json' with { type: 'json' };
import { certifiedSiteRows, SITE_NOUN } from './certified-site-rows.js';
import { siteStandardRows } from './site-standard-rows.js';
import { joinDashContinuations } from './dash-continued.js';

/** The share of a site table's sites a standard certifies; the same metric for a sentence's claim. */
export const CERTIFIED_SITES_METRIC = 'management.certified_site_share';

// A management-system standard as a column or a sentence names it: "ISO 14001", "ISO 45001:2018".
const STANDARD = /\bISO\s?(\d{4,5})(?::\s?\d{4})?/giu;
const standardId = (digits: string): string => `ISO ${digits}`;

// A row's cells are parted by a tab or two spaces or more.
const CELL_GAP = /\t| {2,}/u;
// A header cell naming a standard may add a few words to it ("ISO 14001 certified", "Zertifikat ISO 50001");
// a longer one is prose that happens to name a standard.
const MAX_STANDARD_CELL_WORDS = 6;

// The most words a bracketed note after an answer may hold ("No (audit in 2026)").
const MAX_NOTE_WORDS = 6;

/**
 * How many of the words ending at `end` make one answer: the answer word alone, or with the bracketed
 * note printed after it ("No (audit in 2026)"). 0 when they make none.
 */
function answerWordsBefore(words: readonly string[], end: number): number {
  if (yesNoAnswer(words[end - 1] ?? '') !== undefined) return 1;
  if (!/[)）]$/u.test(words[end - 1] ?? '')) return 0;
  for (let open = end - 1; open > 0 && end - open <= MAX_NOTE_WORDS; open--) {
    if (!/^[(（]/u.test(words[open] ?? '')) continue;
    const cell = words.slice(open - 1, end).join(' ');
    return yesNoAnswer(words[open - 1] ?? '') !== undefined && yesNoAnswer(cell) !== undefined
      ? end - open + 1
      : 0;
  }
  return 0;
}

/**
 * A line's cells; yes/no words printed one space apart at its end ("Plant A Yes No", "Plant B No (audit in
 * 2026) Yes") are cells of their own, each with its bracketed note.
 */
function cellsOf(raw: string): string[] {
  const cells = raw.trim().split(CELL_GAP);
  const words = (cells.pop() ?? '').split(/\s+/u);
  const answers: string[] = [];
  let k = words.length;
  for (let n = answerWordsBefore(words, k); k > 0 && n > 0; n = answerWordsBefore(words, k)) {
    answers.unshift(words.slice(k - n, k).join(' '));
    k -= n;
  }
  if (k > 0) cells.push(words.slice(0, k).join(' '));
  return [...cells, ...answers].filter((c) => c !== '');
}

/**
 * A row's yes/no cells, in column order. The first cell names the site and is never an answer, so a
 * row whose answers stand before its figures ("Plant A  Yes  No  212") counts as one that ends in them.
 */
function answersOf(raw: string): boolean[] {
  return cellsOf(raw)
    .slice(1)
    .flatMap((cell) => {
      const a = yesNoAnswer(cell);
      return a === undefined ? [] : [a];
    });
}

/**
 * Whether a line naming standards heads a site table: a column (the site) comes first, and the standards
 * are its last columns ("Site ISO 14001 ISO 45001") or each a short column of its own ("Site  ISO 14001
 * certified  Staff", as a right-to-left table reads once its site is put first).
 */
function headsSiteTable(header: string, named: readonly RegExpExecArray[]): boolean {
  const [first] = named;
  const last = named[named.length - 1];
  if (!first || !last || header.slice(0, first.index).trim() === '') return false;
  if (header.slice(last.index + last[0].length).trim() === '') return true;
  const columns = cellsOf(header).filter((c) => /\bISO\s?\d{4,5}/u.test(c));
  return (
    columns.length === named.length &&
    columns.every(
      (c) => [...c.matchAll(STANDARD)].length === 1 && c.split(/\s+/u).length <= MAX_STANDARD_CELL_WORDS,
    )
  );
}

/**
 * Where a site table's header prints a certificate no ISO number names beside the standards ("Site  ISO
 * 9001  ISO 14001  IFS Food"), its rows answer every column: how many answers a row gives, and which of
 * them are the standards'. A header of any longer cell (prose, a figure's column) gives no such count.
 */
function standardColumns(header: string, count: number): { answers: number; standards: number[] } {
  const columns = cellsOf(header).slice(1);
  const standards = columns.flatMap((c, k) => (/\bISO\s?\d{4,5}/u.test(c) ? [k] : []));
  const short = columns.every((c) => c.split(/\s+/u).length <= 3);
  return standards.length === count && short
    ? { answers: columns.length, standards }
    : { answers: -1, standards };
}

/**
 * The site tables with columns headed by standards ("… ISO 14001  ISO 45001") and rows that give as
 * many yes/no cells after the site's name: for each standard, the share of the rows that answer yes (GRI 2-27 and
 * 403-8 ask how many sites a management system covers). A table of fewer than two such rows gives none.
 */
function certifiedSiteShares(
  lines: readonly ReportLine[],
  entity: string,
  document: string,
  year: number,
): Fact[] {
  const facts: Fact[] = [];
  for (let i = 0; i < lines.length; i++) {
    const header = lines[i]?.raw ?? '';
    const named = [...header.matchAll(STANDARD)];
    if (!headsSiteTable(header, named)) continue;
    const columnOf = standardColumns(header, named.length);
    const answers = (raw: string): boolean[] | undefined => {
      const a = answersOf(raw);
      if (a.length === named.length) return a;
      return a.length === columnOf.answers ? columnOf.standards.map((c) => a[c] ?? false) : undefined;
    };
    const rows: ReportLine[] = [];
    let j = i + 1;
    // A unit line may run under the header before the first row.
    for (let gap = 0; j < lines.length && rows.length === 0 && gap < 3; j++, gap++) {
      if (answers(lines[j]?.raw ?? '')) break;
    }
    for (; j < lines.length; j++) {
      const row = lines[j];
      if (!row || !answers(row.raw)) break;
      rows.push(row);
    }
    if (rows.length < 2) continue;
    const quote = [header, ...rows.map((r) => r.raw)].join('\n').slice(0, 600);
    named.forEach((m, k) => {
      const yes = rows.filter((r) => answers(r.raw)?.[k]).length;
      const share = new Decimal(yes).div(rows.length).mul(100).toDecimalPlaces(1);
      facts.push(
        shareFact(entity, document, year, lines[i]?.no ?? 0, standardId(m[1] ?? ''), share, {
          quote,
          reported: share.toString(),
          counted: `${yes} of ${rows.length} sites`,
          extraction: 'table',
        }),
      );
    });
    i = j - 1;
  }
  return facts;
}

/**
 * The site tables' certified shares, and the claimed shares of sites certified to a standard a site
 * table has a column for: a claim with no table to weigh it against is no figure the catalogue reads.
 */
export function certificationFacts(
  lines: readonly ReportLine[],
  paragraphs: readonly Paragraph[],
  entity: string,
  document: string,
  year: number,
): Fact[] {
  const tables = [
    ...certifiedSiteShares(lines, entity, document, year),
    ...countedSiteShares(lines, entity, document, year),
  ];
  const standards = new Set(tables.map((f) => f.dims.standard));
  const claims = claimedCertification(paragraphs, entity, document, year);
  return [...tables, ...claims.filter((f) => standards.has(f.dims.standard))];
}

/**
 * The shares of the rows counting the sites a standard certifies of all of them ("3 of 4"), year by year,
 * and of the rows naming each site's standards ("ISO 50001 / 14001   ISO 14001 only").
 */
function countedSiteShares(
  lines: readonly ReportLine[],
  entity: string,
  document: string,
  year: number,
): Fact[] {
  return [...certifiedSiteRows(lines, year), ...siteStandardRows(lines, year)].map((c) => {
    const share = new Decimal(c.certified).div(c.sites).mul(100).toDecimalPlaces(1);
    return shareFact(entity, document, c.year, c.line, c.standard, share, {
      quote: c.quote,
      reported: share.toString(),
      counted: `${c.certified} of ${c.sites} sites`,
      extraction: 'table',
    });
  });
}

// A share printed alone, not the end of a longer figure: "100%", "100 %", "80٪", Persian "100 درصد".
const SHARE = /(?<![\d.,])(\d{1,3}(?:[.,]\d{1,2})?)\s?(?:%|٪|درصد)/gu;
const wordsOf = (key: 'all' | 'not' | 'sites'): string =>
  allWords.languages.flatMap((l): readonly string[] => l[key]).join('|');
// "all 12 sites", "all four plants", "alle 12 Standorte", "tous les 12 sites", "all 1,200 sites": every
// one of a count of sites, thousands grouped or not, which claims full coverage as a 100% does
// (certification-all-words.data.json).
// "mindhárom gyárunk" (all three of our plants) holds "all" and the count in one word.
const ALL_COUNTED = new RegExp(
  String.raw`(?<!\p{L})(?:(?:${wordsOf('all')})\s+(?:\d{1,3}(?:[,.\u00a0\u202f ]\d{3})*|(?:${allWords.numbers.join('|')}))|${allWords.countedAll.join('|')})\s+\p{L}`,
  'giu',
);
// "ISO 14001 and ISO 50001", "ISO 14001 és ISO 50001": standards a claim names together.
const JOINED = new RegExp(String.raw`^\s*(?:,|/|(?:,\s*)?(?:${allWords.and.join('|')}))\s*$`, 'iu');
// "not all 12 sites": a claim denied.
const DENIED = new RegExp(String.raw`(?<!\p{L})(?:${wordsOf('not')})\s+$`, 'iu');
// "of our sites", "unserer Standorte": the words after a share that make it a share of sites.
const OF_SITES = new RegExp(String.raw`^\s*(?:${wordsOf('sites')})`, 'iu');

// A comma between digits groups thousands ("all 1,200 sites"); any other comma ends a clause, save one
// inside an aside set off by dashes ("all three sites – the plant in A, the depot in B and the office in
// C – are certified to ISO 14001"): the aside lists the sites, the claim runs on past it.
const IN_DASH_ASIDE = String.raw`(?<=(?:^|\s)[–—]\s[^–—.;]*)(?=[^–—.;]*\s[–—]\s)`;
const DASH_ASIDE = /\s[–—]\s[^–—]*\s[–—]\s/u;
const CLAUSE_END = new RegExp(
  String.raw`(?<=;|\.\s)|(?:(?<=(?<!\d),)|(?<=,)(?!\d))(?!${IN_DASH_ASIDE})`,
  'u',
);

/** A clause's claim: where it is printed and the share of sites it claims. */
interface Claim {
  at: number;
  share: Decimal;
}

/**
 * What share of sites a clause claims: its one "100%", else its one "all N sites" not denied (full
 * coverage), else its one share followed by words naming sites ("80% of our sites").
 */
function claimIn(clause: string): Claim | undefined {
  const shares = [...clause.matchAll(SHARE)].map((m) => ({
    at: m.index,
    share: new Decimal((m[1] ?? '').replace(',', '.')),
    ofSites: OF_SITES.test(clause.slice(m.index + m[0].length)),
  }));
  const full = shares.filter((m) => m.share.eq(100));
  if (full.length > 0) return full.length === 1 ? full[0] : undefined;
  const counted = [...clause.matchAll(ALL_COUNTED)];
  // "every one of our four sites and all 6,412 employees": the count of sites is the claim a site table weighs.
  const all =
    counted.length > 1
      ? counted.filter((m) => SITE_NOUN.test(clause.slice(m.index + m[0].length - 1).split(/\s+/u)[0] ?? ''))
      : counted;
  const [claim] = all;
  if (all.length === 1 && claim && !DENIED.test(clause.slice(0, claim.index))) {
    return { at: claim.index, share: new Decimal(100) };
  }
  const ofSites = shares.filter((m) => m.ofSites && m.share.lt(100));
  return ofSites.length === 1 ? ofSites[0] : undefined;
}

/**
 * The sentences that claim a share of sites a standard certifies ("certified to ISO 14001 at all four
 * plants (100% coverage)", "100% of our sites hold ISO 45001", "all 12 sites are certified to ISO 14001",
 * "ISO 45001 covers 80% of our sites"): a 100%, or with none "all" before a count of sites, or with
 * neither one share of sites, in the same clause as one standard's name, with no other standard between
 * them. Read from every paragraph, wrapped lines joined as the narrative reader joins them.
 */
function claimedCertification(
  paragraphs: readonly Paragraph[],
  entity: string,
  document: string,
  year: number,
): Fact[] {
  const facts: Fact[] = [];
  for (const part of paragraphClauses(joinDashContinuations(paragraphs), CLAUSE_END)) {
    const claim = claimIn(part.clause);
    if (claim === undefined) continue;
    const full = claim.share.eq(100);
    for (const standard of claimedStandards(part.clause, full)) {
      // The line the share (or "all N sites") is printed on, as an analyst points to it; past an aside
      // of dashes that lists the sites, the line naming the standard, where the claim reads on.
      const named = part.clause.indexOf(`ISO ${standard}`, claim.at);
      const aside = named > claim.at && DASH_ASIDE.test(part.clause.slice(claim.at, named));
      const no = clauseLine(part, aside ? named : claim.at).no;
      facts.push(
        shareFact(entity, document, year, no, standardId(standard), claim.share, {
          quote: part.paragraph.text.slice(0, 600),
          reported: claim.share.toString(),
          counted: full ? 'every site' : 'a share of sites',
          extraction: 'text',
        }),
      );
    }
  }
  return facts;
}

/**
 * The standards a clause's claim is about: its one standard, or, for a claim of every site, each of the
 * standards it names joined by "and" ("all three plants hold ISO 14001 and ISO 50001"). None otherwise.
 */
function claimedStandards(clause: string, full: boolean): string[] {
  const named = [...clause.matchAll(STANDARD)];
  if (named.length !== 1 && !full) return [];
  const joined = named.every((m, k) => {
    const next = named[k + 1];
    return !next || JOINED.test(clause.slice(m.index + m[0].length, next.index));
  });
  return joined ? named.map((m) => m[1] ?? '') : [];
}

function shareFact(
  entity: string,
  document: string,
  year: number,
  line: number,
  standard: string,
  share: Decimal,
  printed: { quote: string; reported: string; counted: string; extraction: 'table' | 'text' },
): Fact {
  return {
    entity,
    period: { year },
    metric: CERTIFIED_SITES_METRIC,
    dims: { standard },
    quantity: quantity(share, parseUnit('%')),
    basis: 'actual',
    provenance: {
      kind: 'document',
      document,
      location: { line },
      quote: printed.quote,
      reported: { value: printed.reported, unit: '%' },
      extraction: printed.extraction,
    },
    status: 'unverified',
    label: `${printed.counted} certified to ${standard}`,
  };
}
