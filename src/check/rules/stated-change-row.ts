import type { Figure } from '../precision/index.js';
import { dimsKey, withoutKey } from '../fact-index/index.js';
import type { RuleContext } from './rule.js';

/** A number as printed in a sentence: digits with thousands commas and a decimal part. */
const NUMBER = /(?<![A-Za-z\d.,])\d[\d,]*(?:\.\d+)?/g;

// "decreased by 6.8% to 239,280 m³", "fell 5%, from 1,200 to 1,140 tCO2e": the level a change ended at.
const ENDED_AT =
  /^\s*(?:%|per\s*cent)[^.;%]{0,40}?\bto\s+(?:about\s+|approximately\s+)?(?:[A-Z]{0,3}\$|RMB|HKD|SGD|USD|EUR|€|£|¥)?\s?(\d[\d,]*(?:\.\d+)?)/i;

// South Slavic "smanjili smo za 12,4%, na 6.876,6 t CO₂e" (reduced by 12.4%, to …): "na" right after the
// change is the level it ended at; further on it is "on" or "at" as often.
const ENDED_AT_NA = /^\s*%\s*,?\s+na\s+(\d[\d,]*(?:\.\d+)?)/i;

/** Words a clause may hold between a figure and its change ("14,469.52 tCO2e, a year-on-year decrease of"). */
const BETWEEN = /^(?:[^\d.;]|(?<=[a-z])\d){0,60}$/i;

/**
 * The two figures a stated change is about, read from the table row printing the level its sentence
 * names, when the series of its metric does not give them (the sentence's subject read as another
 * metric of the family, "Scope 1 and 2" for a table's "Total GHG emissions (Scope 1+2)", or a metric
 * whose rows disagree). The level is the number the sentence prints right before the change or after
 * its "to" (South Slavic "na"); the row must be the only one of the year, the metric's family and the
 * change's dims that prints it beside a figure for the baseline year, which is the baseline.
 */
export function namedRow(
  ctx: RuleContext,
  statement: Figure,
  dims: Readonly<Record<string, string>>,
  since: number,
): { now: Figure; before: Figure } | undefined {
  const { of } = statement.fact.dims;
  const p = statement.fact.provenance;
  if (of === undefined || p.kind !== 'document') return undefined;
  const level = levelNamed(p.quote, p.reported.value);
  if (level === undefined) return undefined;
  const family = familyOf(of);
  const year = statement.fact.period.year;
  const key = dimsKey(dims);
  const rows = ctx.facts.figures.filter(
    (f) =>
      f.fact.period.year === year &&
      f.fact.basis === 'actual' &&
      f.fact.entity === statement.fact.entity &&
      familyOf(f.fact.metric) === family &&
      isTableRow(f) &&
      dimsKey(f.fact.dims) === key &&
      digitsOf(f) === level,
  );
  // The level may be printed again in a table with no baseline-year column (a targets table's
  // "status" beside its base and target years): only the rows that also print the baseline count.
  const pairs = [...new Map(rows.map((r) => [lineOf(r), r])).values()].flatMap((now) => {
    const before = ctx.facts.figures.find(
      (f) =>
        f.fact.period.year === since &&
        f.fact.metric === now.fact.metric &&
        f.fact.basis === 'actual' &&
        lineOf(f) === lineOf(now) &&
        dimsKey(f.fact.dims) === key,
    );
    return before ? [{ now, before }] : [];
  });
  return pairs.length === 1 ? pairs[0] : undefined;
}

/**
 * Every table row that prints the change's metric, with the change's dims, for both years: the
 * figures the statement may be about when the metric's printings disagree. A row printing several
 * columns of each year (a segment's and the group's) gives one pair per column, in order. Rows whose
 * label shares more words with the statement's come first.
 */
export function rowPairs(
  ctx: RuleContext,
  statement: Figure,
  dims: Readonly<Record<string, string>>,
  since: number,
): { now: Figure; before: Figure }[] {
  const { of } = statement.fact.dims;
  if (of === undefined) return [];
  const key = dimsKey(dims);
  const byLine = new Map<number, { now: Figure[]; before: Figure[] }>();
  for (const f of ctx.facts.metric(of)) {
    const line = lineOf(f);
    const year = f.fact.period.year;
    if (line === undefined || !isTableRow(f) || f.fact.basis !== 'actual') continue;
    if (f.fact.entity !== statement.fact.entity || !rowOfDims(f, dims, key)) continue;
    if (year !== statement.fact.period.year && year !== since) continue;
    let row = byLine.get(line);
    if (!row) byLine.set(line, (row = { now: [], before: [] }));
    (year === since ? row.before : row.now).push(f);
  }
  const pairs: { now: Figure; before: Figure }[] = [];
  for (const { now, before } of byLine.values()) {
    if (now.length !== before.length) continue;
    now.forEach((n, i) => {
      const b = before[i];
      if (b) pairs.push({ now: n, before: b });
    });
  }
  const words = labelWords(statement.fact.label);
  const shared = (f: Figure) => [...labelWords(f.fact.label)].filter((w) => words.has(w)).length;
  return pairs.sort((a, b) => shared(b.now) - shared(a.now));
}

/**
 * Whether a row prints the statement's figures: the same dims, or the same with a Scope 2 method the
 * statement does not name ("Scope 1 and 2 emissions decreased by 8 %" over a location-based and a
 * market-based row): either method's row may be the one it is about, so each is tried.
 */
function rowOfDims(f: Figure, dims: Readonly<Record<string, string>>, key: string): boolean {
  if (dimsKey(f.fact.dims) === key) return true;
  return dims.scope2_method === undefined && dimsKey(withoutKey(f.fact.dims, 'scope2_method')) === key;
}

function labelWords(label: string | undefined): Set<string> {
  return new Set((label ?? '').toLowerCase().match(/[a-z]{3,}/g) ?? []);
}

/** The number the sentence gives as the level that changed, separators removed. */
function levelNamed(quote: string, percentage: string): string | undefined {
  const at = findPercentage(quote, percentage);
  if (at < 0) return undefined;
  const rest = quote.slice(at + percentage.length);
  const after = ENDED_AT.exec(rest) ?? ENDED_AT_NA.exec(rest);
  if (after?.[1]) return after[1].replace(/,/g, '');
  const numbers = [...quote.slice(0, at).matchAll(NUMBER)];
  const last = numbers[numbers.length - 1];
  if (!last || !BETWEEN.test(quote.slice(last.index + last[0].length, at))) return undefined;
  return last[0].replace(/,/g, '');
}

/** Where the stated percentage is printed ("7.8%", "7.8 per cent"), or -1. */
function findPercentage(quote: string, value: string): number {
  const escaped = value.replace(/[.]/g, '\\.');
  const m = new RegExp(`(?<![\\d.,])${escaped}(?=\\s*(?:%|per\\s*cent))`, 'i').exec(quote);
  return m ? m.index : -1;
}

/** A metric's family: its id before the first dot ("ghg" of "ghg.scope1_2" and "ghg.total"). */
function familyOf(metric: string): string {
  return metric.split('.')[0] ?? metric;
}

function isTableRow(f: Figure): boolean {
  const p = f.fact.provenance;
  return p.kind === 'document' && p.extraction === 'table';
}

function lineOf(f: Figure): number | undefined {
  const p = f.fact.provenance;
  return p.kind === 'document' ? p.location.line : undefined;
}

function digitsOf(f: Figure): string | undefined {
  const p = f.fact.provenance;
  return p.kind === 'document' ? p.reported.value.replace(/[,\s]/g, '') : undefined;
}
