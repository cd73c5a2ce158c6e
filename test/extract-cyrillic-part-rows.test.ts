// Extraction of a staff table in a Cyrillic report and of "of which" rows: a Ukrainian age band printing
// only letters that look Latin ("років") keeps its letters and its age, and a row taking a part from the
// total ("Of which …", "у т. ч. …", wrapped over two lines) is a part of it, never a headcount of its own.
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../src/extract/index.js';
import { docFromText } from './support/doc-from-text.js';

function facts(text: string) {
  return extractDocument(docFromText(text)).facts.map((f) => f.fact);
}

function rowsOf(text: string, line: number) {
  return facts(text)
    .filter((f) => f.provenance.kind === 'document' && f.provenance.location.line === line)
    .map((f) => [f.metric, f.label, f.quantity.value.toString(), f.dims]);
}

const UKRAINIAN = [
  'ПрАТ «Зоряна Нива»',
  'Звіт про сталий розвиток за 2025 рік (з 1 січня по 31 грудня 2025 року).',
  '',
  'Таблиця 4. Чисельність персоналу на кінець року, осіб',
  '                                                      2024        2025',
  'Жінки                                                  615         603',
  'Чоловіки                                               948         911',
  'Всього                                               1 563       1 514',
  'у т. ч. працівники, призвані на військову службу (зі',
  '  збереженням посади)                                   87         112',
  'Прийнято на роботу                                     173         158',
  '',
  'Таблиця 5. Персонал за віком, 2025 рік, осіб',
  '                                     Жінки    Чоловіки       Всього',
  'до 30 років                             97         151          248',
  '30–50 років                            371         524          895',
  'понад 50 років                         135         236          371',
  'Всього                                 603         911        1 514',
].join('\n');

describe('a staff table in a Cyrillic report', () => {
  it('reads "30–50 років" as an age band, its letters kept', () => {
    expect(rowsOf(UKRAINIAN, 16)).toContainEqual(['workforce.total', '30–50 років', '895', { age: '30-50' }]);
  });

  it('reads a wrapped "у т. ч." row as a part of the total above it', () => {
    expect(rowsOf(UKRAINIAN, 8).map((r) => [r[1], r[2], r[3]])).toEqual([
      ['Всього', '1563', {}],
      ['Всього', '1514', {}],
    ]);
    const part = rowsOf(UKRAINIAN, 10);
    expect(part.map((r) => r[2])).toEqual(['87', '112']);
    for (const [, label, , dims] of part) {
      expect(label).toBe('у т. ч. працівники, призвані на військову службу (зі збереженням посади)');
      expect(dims).toEqual({ scope: 'працівники, призвані на військову службу (зі збереженням посади)' });
    }
  });
});

describe('"of which" rows of a headcount table', () => {
  const table = (partWords: string) =>
    [
      'Harlow Fibres Ltd',
      'This report covers the year ended 31 December 2025.',
      '',
      'Table 3. Employees at year end, persons',
      '                                                      2024        2025',
      'Women                                                  318         306',
      'Men                                                    704         689',
      'Total                                                1 022         995',
      `${partWords} posted abroad                               23          31`,
    ].join('\n');

  it('give the part its own scope in English and German', () => {
    for (const words of ['Of which', 'Davon', 'of whom']) {
      const part = rowsOf(table(words), 9);
      expect(part.map((r) => [r[0], r[2], r[3]])).toEqual([
        ['workforce.total', '23', { scope: 'posted abroad' }],
        ['workforce.total', '31', { scope: 'posted abroad' }],
      ]);
    }
  });
});
