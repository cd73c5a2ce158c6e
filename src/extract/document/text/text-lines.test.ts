import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { isEsgError } from '../../../core/index.js';
import { DEFAULT_READ_LIMITS } from '../limits.js';
import { eachLine, textToLines } from './text-lines.js';

const DEV = join(import.meta.dirname, '../../../../../shared/corpus/dev');

describe('eachLine', () => {
  it('numbers lines across LF, CRLF and lone CR, with no extra line after a final break', () => {
    const lines: { no: number; raw: string }[] = [];
    eachLine('a\r\nb\rc\n\nd\n', (no, raw) => {
      lines.push({ no, raw });
      return true;
    });
    expect(lines).toEqual([
      { no: 1, raw: 'a' },
      { no: 2, raw: 'b' },
      { no: 3, raw: 'c' },
      { no: 4, raw: '' },
      { no: 5, raw: 'd' },
    ]);
    const firstTwo: string[] = [];
    eachLine('x\ny\nz', (_, raw) => (firstTwo.push(raw), firstTwo.length < 2));
    expect(firstTwo).toEqual(['x', 'y']);
  });
});

describe('textToLines', () => {
  it('splits tab cells, trims them, drops empty cells and blank lines but keeps numbering', () => {
    const lines = textToLines('Title\n\n  Scope 1 \t\t 12,345 \ttCO2e\n \t \nEnd', DEFAULT_READ_LIMITS);
    expect(lines).toEqual([
      { no: 1, text: 'Title', cells: [{ text: 'Title' }] },
      {
        no: 3,
        // The spaces before the text are kept as its indent: space-aligned header rows line up by it.
        indent: 2,
        text: 'Scope 1\t12,345\ttCO2e',
        cells: [{ text: 'Scope 1' }, { text: '12,345' }, { text: 'tCO2e' }],
      },
      { no: 5, text: 'End', cells: [{ text: 'End' }] },
    ]);
  });

  it('numbers pages from form feeds when the text has them', () => {
    const lines = textToLines('Cover\n\fWater\t12\nEnergy\t34\f\n\fWaste\t5\n', DEFAULT_READ_LIMITS);
    expect(lines.map((l) => [l.no, l.page, l.text])).toEqual([
      [1, 1, 'Cover'],
      [2, 2, 'Water\t12'],
      [3, 2, 'Energy\t34'],
      [4, 4, 'Waste\t5'],
    ]);
    expect(textToLines('a\nb', DEFAULT_READ_LIMITS)[1]).toEqual({ no: 2, text: 'b', cells: [{ text: 'b' }] });
  });

  it('cuts a megabyte-long line at the limit and marks it', () => {
    const long = 'x'.repeat(1024 * 1024);
    const lines = textToLines(`head\n${long}\ttail\nfoot`, DEFAULT_READ_LIMITS);
    expect(lines.map((l) => l.no)).toEqual([1, 2, 3]);
    expect(lines[1]?.text.length).toBe(DEFAULT_READ_LIMITS.maxLineChars);
    expect(lines[1]?.truncated).toBe(true);
    expect(lines[2]?.truncated).toBeUndefined();
  });

  // Work is counted, not timed: a stopwatch flakes on a busy machine.
  it('searches for each kind of line break once per line, not once per line and character', () => {
    const text = Array.from({ length: 5000 }, (_v, i) => `Site ${String(i)}\t${String(i * 3)}`).join('\n');
    const search = vi.spyOn(String.prototype, 'indexOf');
    try {
      let visited = 0;
      eachLine(text, () => {
        visited += 1;
        return true;
      });
      const calls = (ch: string) => search.mock.calls.filter(([sought]) => sought === ch).length;
      expect(visited).toBe(5000);
      // One search per line for LF; a text without CR is searched for CR once, to its end.
      expect(calls('\n')).toBe(5000);
      expect(calls('\r')).toBe(1);
    } finally {
      search.mockRestore();
    }
  });

  it('refuses more lines than the limit with a clear error', () => {
    try {
      textToLines('a\nb\nc\nd\n', { ...DEFAULT_READ_LIMITS, maxLines: 3 });
      expect.unreachable();
    } catch (e) {
      expect(isEsgError(e, 'INVALID_INPUT')).toBe(true);
      expect((e as Error).message).toMatch(/more than 3 non-blank lines/);
    }
  });

  it.each(readdirSync(DEV).filter((f) => f.endsWith('.txt')))(
    'keeps %s line numbers as the gold file counts them',
    (file) => {
      const text = readFileSync(join(DEV, file), 'utf8');
      const byNo = new Map(textToLines(text, DEFAULT_READ_LIMITS).map((l) => [l.no, l]));
      const physical = text.split('\n');
      for (const [no, line] of byNo)
        expect(line.text).toBe(
          physical[no - 1]
            ?.split('\t')
            .map((c) => c.trim())
            .filter(Boolean)
            .join('\t'),
        );
      const gold = readFileSync(join(DEV, file.replace(/\.txt$/, '.gold.jsonl')), 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l) as { line?: number; value: number });
      const located = gold.filter((g) => g.line !== undefined);
      const found = located.filter((g) => {
        const line = byNo.get(g.line ?? 0);
        return line !== undefined && line.text.replace(/(\d),(\d)/g, '$1$2').includes(String(g.value));
      });
      expect(located.length).toBeGreaterThan(20);
      expect(found.length / located.length).toBeGreaterThan(0.9);
    },
  );
});
