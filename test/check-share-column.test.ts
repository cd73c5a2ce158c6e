// A breakdown of a quantity with each row's share of the whole, printed under another table's year
// columns with no header of its own (a made-up fishmeal report): the per cent figures under the next
// year's column are shares of this year's tonnage, so no row "rose 5,000-fold" from last year.
import { describe, expect, it } from 'vitest';
import { checkFacts } from '../src/check/index.js';
import { extractDocument } from '../src/extract/index.js';
import { docFromText } from './support/doc-from-text.js';

const REPORT = [
  'Nordsø Protein A/S                                          Annual report 2025',
  '',
  '  Water                   Unit            2025       2024       2023',
  '  Mains water             m³           306.840    294.620    312.480',
  '  Borehole water          m³           181.520    172.940    184.260',
  '  Water total             m³           488.360    467.560    496.740',
  '',
  'Raw material 2025 by species',
  '  Herring                 tons         212.400     48,2 %',
  '  Mackerel                tons         228.100     51,8 %',
  '  Total                   tons         440.500    100,0 %',
].join('\n');

describe('a share column under the year columns of the table above', () => {
  it('raises no jump between a share and its quantity', () => {
    const facts = extractDocument(docFromText(REPORT)).facts.map((f) => f.fact);
    const jumps = checkFacts({ facts }).findings.filter((f) => f.rule === 'trend.jump');
    expect(jumps).toEqual([]);
  });
});
