import type { ClassifiedMention } from '../classify/index.js';

// A sentence whose figure prints a table cell's digits is a restatement of it, dropped in favour of the
// table row (dedupe.ts), unless the two are plainly different figures that share their digits by chance.

/**
 * Whether a sentence's figure and a table's cell with the same digits are two figures, not one restated:
 * in another scale, of a site the sentence does not name, of another kind of quantity, or a part of
 * another metric's breakdown.
 */
export function sharesDigitsByChance(prose: ClassifiedMention, table: ClassifiedMention): boolean {
  return (
    inAnotherScale(prose, table) ||
    ofAnUnnamedSite(prose, table) ||
    inAnotherQuantity(prose, table) ||
    inAnotherBreakdown(prose, table)
  );
}

/**
 * The same digits as a table's in a unit of the same dimension but another scale ("RMB 2,386.4
 * million" against a row of 2,386.4 in RMB 10,000): not the table's figure restated but another
 * amount, or a slip in the scale, which the checks must see.
 */
function inAnotherScale(prose: ClassifiedMention, table: ClassifiedMention): boolean {
  const a = prose.quantity;
  const b = table.quantity;
  if (!a || !b || a.unit.dimension !== b.unit.dimension) return false;
  return !a.value.times(a.unit.toBase).eq(b.value.times(b.unit.toBase));
}

/**
 * A table cell of one site ("Plant B | 1,204" in a headcount by site) that a sentence does not name:
 * a sentence restating a site's figure names the site, so one that names none ("1,204 contractor
 * workers in all") gives its own figure whose digits the site's cell shares by chance.
 */
function ofAnUnnamedSite(prose: ClassifiedMention, table: ClassifiedMention): boolean {
  const site = table.dims.site;
  if (site === undefined || prose.dims.site !== undefined) return false;
  const quote = prose.mention.quote.toLowerCase();
  const words = site.toLowerCase().match(/\p{L}{4,}/gu) ?? [];
  return words.length > 0 && !words.some((w) => quote.includes(w));
}

/**
 * The same digits as a table's cell in a unit of another kind, each read as a metric of its own
 * ("118,640 hours of training" against a fuel row of 118,640 MWh): two quantities that share their
 * digits by chance, not one restated. A plain count may be either, so it never tells them apart; nor
 * does money, whose scale word a sentence may print where a unit is read.
 */
function inAnotherQuantity(prose: ClassifiedMention, table: ClassifiedMention): boolean {
  const a = prose.quantity?.unit.dimension;
  const b = table.quantity?.unit.dimension;
  if (a === undefined || b === undefined || a === b || a === 'count' || b === 'count') return false;
  // An amount of money beside a physical unit is more often a scale misread ("SEK 8 412.6 m" read in metres).
  if (a.startsWith('money') || b.startsWith('money')) return false;
  return prose.metric !== undefined && table.metric !== undefined && prose.metric.id !== table.metric.id;
}

/**
 * The same digits as a table's cell, each a part of another metric's breakdown by another dimension
 * ("412 in Mainland China" of a list of suppliers by region against an "Under 30" row of the
 * headcount by age): two parts that share their digits by chance. A sentence restating a table's part
 * names the same breakdown the row does.
 */
function inAnotherBreakdown(prose: ClassifiedMention, table: ClassifiedMention): boolean {
  if (!prose.metric || !table.metric || prose.metric.id === table.metric.id) return false;
  const own = Object.keys(prose.dims);
  const theirs = Object.keys(table.dims);
  return own.length > 0 && theirs.length > 0 && !own.some((k) => theirs.includes(k));
}
