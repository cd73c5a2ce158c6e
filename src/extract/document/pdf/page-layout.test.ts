import { describe, expect, it } from 'vitest';
import { layoutPage } from './page-layout.js';
import type { TextRun } from './text-run.js';

/** A run at (x, y) in a 9 pt font, 5 pt per character wide. */
function run(x: number, y: number, text: string, size = 9): TextRun {
  return { text, x, x2: x + text.length * 5 * (size / 9), y, size };
}

/** One table row: a label at `x`, then figures every 50 pt from `x + 180`. */
function row(x: number, y: number, label: string, figures: string[]): TextRun[] {
  return [run(x, y, label), ...figures.map((f, i) => run(x + 180 + 50 * i, y, f))];
}

const texts = (lines: ReturnType<typeof layoutPage>): string[] =>
  lines.map((l) => l.cells.map((c) => c.text).join(' | '));

describe('layoutPage', () => {
  it('reads two tables set side by side one after the other, never mixing their rows', () => {
    const labels = ['Asia', 'Europe', 'Americas', 'Other', 'Total'];
    const runs = labels.flatMap((label, i) => [
      ...row(40, 100 + 20 * i, label, [`${11 + i}`, `${21 + i}`]),
      ...row(340, 100 + 20 * i, label, [`${31 + i}%`, `${41 + i}%`]),
    ]);
    const lines = layoutPage(runs);
    expect(texts(lines)).toEqual([
      'Asia | 11 | 21',
      'Europe | 12 | 22',
      'Americas | 13 | 23',
      'Other | 14 | 24',
      'Total | 15 | 25',
      'Asia | 31% | 41%',
      'Europe | 32% | 42%',
      'Americas | 33% | 43%',
      'Other | 34% | 44%',
      'Total | 35% | 45%',
    ]);
    expect(lines.map((l) => l.column)).toEqual([0, 0, 0, 0, 0, 1, 1, 1, 1, 1]);
  });

  it('keeps one table whole although a wide gap separates its labels from its figures', () => {
    const runs = ['Scope 1', 'Scope 2', 'Scope 3', 'Total', 'Intensity', 'Offsets'].flatMap((label, i) =>
      row(40, 100 + 20 * i, label, [`${100 + i}`, `${200 + i}`, `${300 + i}`]),
    );
    const lines = layoutPage(runs);
    expect(texts(lines)[0]).toBe('Scope 1 | 100 | 200 | 300');
    expect(lines).toHaveLength(6);
    expect(lines.every((l) => l.column === 0 && l.cells.length === 4)).toBe(true);
  });

  it('reads two columns of prose left column first, a title across both first of all', () => {
    const words = 'the company reports its emissions every year under the protocol';
    const runs = [
      run(40, 60, 'A title set across the whole page width, above both columns of text'),
      ...[0, 1, 2, 3, 4].flatMap((i) => [
        run(40, 100 + 12 * i, `left ${i} ${words}`.slice(0, 50)),
        run(330, 100 + 12 * i, `right ${i} ${words}`.slice(0, 50)),
      ]),
    ];
    const lines = texts(layoutPage(runs));
    expect(lines[0]).toMatch(/^A title/);
    expect(lines.slice(1, 6).every((t) => t.startsWith('left'))).toBe(true);
    expect(lines.slice(6).every((t) => t.startsWith('right'))).toBe(true);
  });
});
