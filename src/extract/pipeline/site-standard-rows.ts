import type { ReportLine } from '../layout/index.js';
import allWords from './certification-all-words.data.json' with { type: 'json' };
import { headingYears, type CertifiedSiteCount } from './certified-site-rows.js';

// A row's cells are parted by a tab or two spaces or more.
const CELL_GAP = /\t| {2,}/u;
// "Certification", "Zertifizierungen": a label naming the certificates each site holds
// (certification-all-words.data.json).
const CERTIFICATION_LABEL = new RegExp(String.raw`(?<!\p{L})(?:${allWords.rowLabels.join('|')})`, 'iu');
// A label naming one standard heads a row of counts or yes/no answers (certified-site-rows.ts), not this one.
const LABEL_STANDARD = /\bISO\s?\d{4,5}/u;
// The edition after a standard ("ISO 14001:2015") is a year, no standard of its own.
const EDITION = /:\s?(?:19|20)\d{2}(?!\d)/gu;
// A standard's number, after "ISO" or sharing the "ISO" before it ("ISO 50001 / 14001"); a year is none
// ("ISO 14001 since 2019"), a five-digit number that starts like one is (ISO 20121).
const NUMBER = /(?<!\d)(?!(?:19|20)\d{2}(?!\d))\d{4,5}(?!\d)/gu;
// Footnote marks after a cell ("ISO 14001 only*").
const NOTE_MARK = /[*†‡¹²³]/gu;
// A dash for a site that holds no standard.
const NONE = /^[-–—]$/u;
// The words joining standards ("ISO 14001 and 45001"), which say nothing else.
const JOINING = new Set(allWords.and.map((w) => w.toLowerCase()));
// A cell may add one word to its standards ("only", "IEC" of "ISO/IEC 27001"); more is a note or prose
// ("ISO 14001; ISO 50001 audit due") that may name a standard the site does not hold.
const MAX_OTHER_WORDS = 1;

/** The standards a cell names ("ISO 50001 / 14001"), none for a dash, undefined when it prints more than them. */
function standardsOf(cell: string): string[] | undefined {
  const text = cell.replace(EDITION, '').replace(NOTE_MARK, '').trim();
  if (NONE.test(text)) return [];
  const start = text.search(/\bISO\b/u);
  if (start < 0) return undefined;
  const others = text
    .replace(/\bISO\b/gu, ' ')
    .replace(NUMBER, ' ')
    .split(/[\s/,&+;()]+/u)
    .filter((w) => w !== '' && !JOINING.has(w.toLowerCase()));
  const numbers = [...text.slice(start).matchAll(NUMBER)].map((m) => `ISO ${m[0]}`);
  return numbers.length > 0 && others.length <= MAX_OTHER_WORDS ? [...new Set(numbers)] : undefined;
}

/**
 * A heading of standard columns ("Site certifications   ISO 14001   ISO 45001   ISO 50001", yes/no answers below):
 * each cell names one standard and no two the same. Sites whose certificates all differ are far rarer.
 */
function headsStandardColumns(held: readonly string[][]): boolean {
  const named = held.flat();
  return held.every((h) => h.length === 1) && new Set(named).size === named.length;
}

/**
 * The rows of a site table whose label names certification and whose cells, one a site, name the standards
 * each site holds ("Certification   ISO 50001 / 14001   ISO 14001 only*"): for each standard, how many of
 * the row's sites hold it, in the report's year (GRI 2-27 and 403-8 ask how many sites a management system
 * covers). A row needs two cells naming standards; a dash is a site holding none. Cells under a heading of
 * years are the company's certificates year by year, no sites.
 */
export function siteStandardRows(lines: readonly ReportLine[], year: number): CertifiedSiteCount[] {
  const counts: CertifiedSiteCount[] = [];
  lines.forEach((line, at) => {
    const [label = '', ...cells] = line.raw.trim().split(CELL_GAP);
    if (!CERTIFICATION_LABEL.test(label) || LABEL_STANDARD.test(label)) return;
    const held = cells.map(standardsOf);
    const sites = held.filter((h): h is string[] => h !== undefined);
    if (sites.length !== held.length || sites.filter((h) => h.length > 0).length < 2) return;
    if (headsStandardColumns(sites)) return;
    if (headingYears(lines, at, cells.length).length > 0) return;
    for (const standard of new Set(sites.flat())) {
      const certified = sites.filter((h) => h.includes(standard)).length;
      counts.push({ line: line.no, standard, year, certified, sites: sites.length, quote: line.raw.trim() });
    }
  });
  return counts;
}
