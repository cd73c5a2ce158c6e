import type { Figure } from '../precision/index.js';
import type { RuleContext } from './rule.js';
import { tableCellsByLine } from './table-grid.js';

/** The `of` of a stated change whose subject no catalogue metric names (extraction's `unclassified`). */
export const UNNAMED_SUBJECT = 'unclassified';

/** A number as printed in a sentence: digits with thousands commas and a decimal part. */
const NUMBER = /(?<![\p{L}\d.,])\d[\d,]*(?:\.\d+)?/gu;
const YEAR = /^(?:19|20)\d{2}$/;

/**
 * Words that say a quantity is an output or a total but not of what ("production", "group"): a subject
 * and a row sharing only these name nothing in common.
 */
const GENERIC = new Set(
  (
    'the our its their and group company total production produced output volume volumes year annual ' +
    'rose fell increased decreased grew'
  ).split(' '),
);

/**
 * The two figures a stated change of an uncatalogued subject ("ore hauled rose 6% to 2,410 kt") is
 * about: the table row whose label shares a word of the subject other than a generic one, and that
 * prints, in the change's year, a figure the sentence prints too; its baseline is the figure in the same
 * column of that row for the baseline year (a row of sites' and the group's columns, in order). Only
 * when exactly one row is so named; undefined otherwise.
 */
export function unnamedSubjectRow(
  ctx: RuleContext,
  statement: Figure,
  since: number,
): { now: Figure; before: Figure } | undefined {
  const p = statement.fact.provenance;
  if (p.kind !== 'document') return undefined;
  const subject = wordsOf(statement.fact.label ?? '');
  if (subject.length === 0) return undefined;
  const printed = new Set(
    [...p.quote.matchAll(NUMBER)]
      .map((m) => m[0].replace(/,/g, ''))
      .filter((n) => !YEAR.test(n) && n !== p.reported.value),
  );
  const year = statement.fact.period.year;
  const pairs: { now: Figure; before: Figure }[] = [];
  for (const cells of tableCellsByLine(ctx.facts.figures).values()) {
    const kept = cells.filter(
      (f) =>
        f.fact.basis === 'actual' &&
        f.fact.entity === statement.fact.entity &&
        f.fact.metric !== statement.fact.metric,
    );
    const now = kept.filter((f) => f.fact.period.year === year);
    const before = kept.filter((f) => f.fact.period.year === since);
    const at = now.findIndex((f) => printed.has(digitsOf(f)));
    const hit = now[at];
    const base = before[at];
    if (!hit || !base || now.length !== before.length || !sharesWord(subject, hit.fact.label ?? '')) continue;
    pairs.push({ now: hit, before: base });
  }
  const [only] = pairs;
  return pairs.length === 1 ? only : undefined;
}

/** A subject's or label's words of three or more letters or digits, generic ones left out. */
function wordsOf(text: string): string[] {
  return (text.toLowerCase().match(/[\p{L}\d]{3,}/gu) ?? []).filter(
    (w) => !GENERIC.has(w) && !/^\d+$/.test(w),
  );
}

/** Whether a row's label names a word of the subject, or a form of it ("gold", "kaolin" · "kaolinite"). */
function sharesWord(subject: readonly string[], label: string): boolean {
  const words = wordsOf(label);
  return subject.some((s) =>
    words.some((w) => w === s || (s.length >= 5 && w.length >= 5 && w.slice(0, 5) === s.slice(0, 5))),
  );
}

function digitsOf(f: Figure): string {
  const p = f.fact.provenance;
  return p.kind === 'document' ? p.reported.value.replace(/[,\s]/g, '') : '';
}
