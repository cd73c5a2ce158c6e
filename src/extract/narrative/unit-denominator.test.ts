import { describe, expect, it } from 'vitest';
import { docFromText } from '../../../test/support/doc-from-text.js';
import { toReportLines } from '../layout/index.js';
import { extractNarrative } from './extract-narrative.js';

// Invented coefficients, printed per a thousand units as conversion tables in prose often are.
function figures(text: string) {
  const lines = toReportLines(docFromText(text));
  return extractNarrative(lines, { reportYear: 2031, skip: new Set() }).mentions.map((m) => [
    m.value,
    m.unit,
  ]);
}

describe('a number in the denominator of a unit', () => {
  it('is not read as an amount of that unit', () => {
    const read = figures(
      'Fuel is converted with 0.91 TOE/1,000 litres for petrol and 2.05 tCO2/ 1,000 Nm3 for gas. ' +
        'The plant burned 52,300 litres of petrol in 2031.',
    );
    expect(read.map(([value]) => value)).not.toContain('1000');
    expect(read).toContainEqual(['52300', 'litres']);
  });
});
