import { describe, expect, it } from 'vitest';
import { docFromText } from '../../../test/support/doc-from-text.js';
import { extractDocument } from '../pipeline/index.js';

// A made-up list of business activities with each one's share of revenue in the last column, the
// heading printed as one line and no "%" beside the figures.
const TABLE = [
  'Principal business activities',
  '',
  'No.  Main activity      Product line                     % of Revenue of the company',
  '1    Processing         Rolled aluminium sheet                      83.6',
  '2    Trading            Scrap and alloy ingots                      16.4',
  '',
  'Revenue for the year was EUR 912.4 million.',
].join('\n');

describe('a column of shares of revenue', () => {
  it('never reads an activity’s share of revenue as the revenue itself', () => {
    const facts = extractDocument(docFromText(TABLE), { year: 2031 }).facts.map((f) => f.fact);
    const revenue = facts.filter((f) => f.metric === 'economic.revenue');
    expect(revenue.map((f) => f.quantity.value.toString())).toEqual(['912.4']);
  });
});
