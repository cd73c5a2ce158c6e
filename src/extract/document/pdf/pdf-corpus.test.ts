import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Doc, DocLine } from '../doc.js';
import { isFigure, isWordy } from './cell-kind.js';
import { readPdf } from './read-pdf.js';

// Measured on the dev PDFs when written (bp, microsoft, alfa-laval): 100% on both gold measures.
const MIN_GOLD_AS_CELL = 0.98;
const MIN_ROWS_INTACT = 0.98;

const CORPUS = join(import.meta.dirname, '../../../../../shared/corpus/dev-pdf');
const NAMES = readdirSync(CORPUS)
  .filter((f) => f.endsWith('.pdf'))
  .map((f) => f.replace(/\.pdf$/, ''));

interface GoldRow {
  readonly page: number;
  readonly label: string;
  readonly value: number | string;
  readonly year: number;
  readonly unit: string;
  readonly metric: string;
  readonly dims: Record<string, string>;
}

const docs = new Map<string, Doc>();
beforeAll(async () => {
  for (const name of NAMES) docs.set(name, await readPdf(readFileSync(join(CORPUS, `${name}.pdf`)), name));
}, 120_000);

function gold(name: string): GoldRow[] {
  return readFileSync(join(CORPUS, `${name}.gold.jsonl`), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as GoldRow);
}

/** The number a figure cell prints, separators dropped ("1,234", "5 405", "18%"); NaN otherwise. */
function printedNumber(text: string): number {
  const plain = text.replace(/(\d)[,\s](?=\d{3}\b)/g, '$1').replace(/%$/, '');
  return /^-?\d+(\.\d+)?$/.test(plain) ? Number(plain) : NaN;
}

const squash = (s: string): string => s.toLowerCase().replace(/[^a-z0-9]/g, '');

/** True when `line` carries the label, or one of the three lines above it in its column does. */
function underLabel(lines: readonly DocLine[], i: number, label: string): boolean {
  const key = squash(label).slice(0, 10);
  const line = lines[i];
  return [0, 1, 2, 3].some((k) => {
    const above = lines[i - k];
    return (
      above?.page === line?.page && above?.column === line?.column && squash(above?.text ?? '').includes(key)
    );
  });
}

function doc(name: string): Doc {
  const d = docs.get(name);
  if (d === undefined) throw new Error(`${name} was not read`);
  return d;
}

describe.each(NAMES)('reading %s', (name) => {
  it('prints every gold value as its own cell on the gold page, by its label', () => {
    const { lines } = doc(name);
    const rows = gold(name);
    const found = rows.filter((g) =>
      lines.some(
        (l, i) =>
          l.page === g.page &&
          l.cells.some((c) => printedNumber(c.text) === Number(g.value)) &&
          underLabel(lines, i, g.label),
      ),
    );
    expect(rows.length).toBeGreaterThan(100);
    expect(found.length / rows.length).toBeGreaterThanOrEqual(MIN_GOLD_AS_CELL);
  });

  it('keeps a row of yearly values together on one line, unmixed with another table', () => {
    const groups = new Map<string, GoldRow[]>();
    for (const g of gold(name)) {
      const key = JSON.stringify([g.page, g.label, g.unit, g.metric, g.dims]);
      groups.set(key, [...(groups.get(key) ?? []), g]);
    }
    const series = [...groups.values()].filter(
      (rows) => new Set(rows.map((r) => r.year)).size === rows.length,
    );
    const multiYear = series.filter((rows) => rows.length > 1);
    const intact = multiYear.filter((rows) => {
      const values = rows.sort((a, b) => a.year - b.year).map((r) => Number(r.value));
      return doc(name).lines.some((l) => {
        const figures = l.cells.filter((c) => isFigure(c.text)).map((c) => printedNumber(c.text));
        // A line merging two tables' rows holds twice the figures of one row.
        if (l.page !== rows[0]?.page || figures.length > Math.max(values.length + 2, 7)) return false;
        let next = 0;
        for (const f of figures) if (f === values[next]) next++;
        return next === values.length;
      });
    });
    if (multiYear.length === 0) return; // single-year report: nothing to hold together
    expect(intact.length / multiYear.length).toBeGreaterThanOrEqual(MIN_ROWS_INTACT);
  });

  it('never merges two rows side by side into one line (label, figures, same label, figures)', () => {
    const merged = doc(name).lines.filter((l) => {
      const texts = l.cells.map((c) => c.text);
      return texts.some((t, i) => {
        if (!isWordy(t)) return false;
        const j = texts.indexOf(t, i + 1);
        return j > i && texts.slice(i + 1, j).some(isFigure) && texts.slice(j + 1).some(isFigure);
      });
    });
    expect(merged.map((l) => `p${l.page}: ${l.text}`)).toEqual([]);
  });

  it('joins subscripts to their formula and numbers pages from 1', () => {
    const lines = doc(name).lines;
    expect(lines.filter((l) => /\b(CO|CH|N|SF|NO|SO)\s[0-9]\b/.test(l.text)).map((l) => l.text)).toEqual([]);
    expect(lines[0]?.page).toBe(1);
    expect(new Set(lines.map((l) => l.page)).size).toBeGreaterThan((doc(name).pages ?? 0) * 0.8);
  });
});
