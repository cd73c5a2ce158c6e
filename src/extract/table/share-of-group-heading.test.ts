import { describe, expect, it } from 'vitest';
import { tableMentions } from '../../../test/support/table-rows.js';

// A made-up training table whose heading runs over two lines: "Staff" over "% of grade" heads shares.
const text = [
  'Learning (B3), 2025',
  '                        Staff         Learning     Staff        Mean hours',
  '                        trained       hours        % of grade   per head',
  '  Deckhands               1188         40,392       91.7          34.0',
  '  Pilots                   206          9,476       99.5          46.0',
  '  Whole crew              1394         49,868       93.0          35.8',
].join('\n');

describe('a column headed "% of …" over two heading lines', () => {
  const found = tableMentions(text, 2025);
  it('holds shares, never counts', () => {
    const shares = found.filter((m) => /% of grade/.test(m.context.join(' ')));
    expect(shares.map((m) => [m.line, m.value, m.unit])).toEqual([
      [4, '91.7', '%'],
      [5, '99.5', '%'],
      [6, '93.0', '%'],
    ]);
  });
});
