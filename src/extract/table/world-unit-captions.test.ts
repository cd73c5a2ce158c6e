import { describe, expect, it } from 'vitest';
import { docFromText } from '../../../test/support/doc-from-text.js';
import { extractDocument } from '../pipeline/index.js';

// Made-up tables whose unit is only in the title's bracket, after the word "unit" in Thai and in Russian.
const unitsOf = (title: string, row: string) => {
  const text = [title, 'Item                                        2023         2024', row].join('\n');
  const facts = extractDocument(docFromText(text), { year: 2024 }).facts.map((f) => f.fact);
  return facts.map((f) => `${f.period.year} ${f.quantity.value.toString()} ${f.quantity.unit.symbol}`);
};

describe('a unit named in the title in Thai or Russian', () => {
  it('reads "(หน่วย: ลูกบาศก์เมตร)" and "(ед. изм.: м3)" as the unit of the rows', () => {
    expect(
      unitsOf(
        'Table 7 Water (หน่วย: ลูกบาศก์เมตร)',
        'Water withdrawal                      1,284,500    1,226,900',
      ),
    ).toEqual(['2023 1284500 m3', '2024 1226900 m3']);
    expect(
      unitsOf('Table 7 Water (ед. изм.: м3)', 'Water withdrawal                      1,284,500    1,226,900'),
    ).toEqual(['2023 1284500 m3', '2024 1226900 m3']);
  });
});
