import { describe, expect, it } from 'vitest';
import { docFromText } from '../../../test/support/doc-from-text.js';
import { toReportLines } from './report-line.js';

const lines = (text: string) => toReportLines(docFromText(text)).map((l) => [l.no, l.cells, l.raw]);

describe('boxes framed by box-drawing lines', () => {
  it('prints each frame as a space in its place, so the columns over and under it line up', () => {
    const text = ['  ┃ Paper shipped        ┃ Staff', '  ┃ 126,540 t            ┃ 912'].join('\n');
    expect(lines(text)).toEqual([
      [1, ['Paper shipped Staff'], 'Paper shipped          Staff'],
      [2, ['126,540 t', '912'], '126,540 t              912'],
    ]);
  });

  it('reads a key figure between light frames as its name and its value', () => {
    const text = ['│ Sick-leave rate        │ 3.9%             │'].join('\n');
    expect(lines(text)).toEqual([[1, ['Sick-leave rate', '3.9%'], 'Sick-leave rate          3.9%']]);
  });

  it('drops a line of frames alone, the sides of a blank row in the box', () => {
    expect(
      lines(['║ Water drawn ║', '║             ║', '║ 412,300 m³  ║'].join('\n')).map((l) => l[0]),
    ).toEqual([1, 3]);
  });
});
