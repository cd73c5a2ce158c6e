import { describe, expect, it } from 'vitest';
import { docFromText } from '../../../test/support/doc-from-text.js';
import { extractDocument } from '../pipeline/index.js';
import { paymentOf } from './paid-out.js';

// Made-up key-figure prose: revenue and, in the same sentence, money paid out.
const facts = (sentence: string) =>
  extractDocument(
    docFromText(['Kestrel Quarry Holdings', 'Annual report 2025', '', sentence].join('\n')),
  ).facts.map((f) => [f.fact.metric, f.fact.quantity.value.toString()]);

describe('money a sentence says was paid out', () => {
  it('names what it went to, only for the figure paid', () => {
    const text = 'Sales grew to USD 412.5 million and we paid USD 38.2 million of taxes and royalties.';
    expect(paymentOf(text, '38.2')).toBe('taxes');
    expect(paymentOf(text, '412.5')).toBeUndefined();
    expect(paymentOf('The Group paid out EUR 20.4 million in dividends.', '20.4')).toBe('dividends');
  });

  it('reads taxes paid beside the revenue, never as revenue, in any currency', () => {
    const read = facts(
      'Sales revenue reached CLP 906.4 billion in 2025 and we paid CLP 71.9 billion of taxes and royalties to the state.',
    );
    expect(read).toContainEqual(['economic.revenue', '906.4']);
    expect(read).toContainEqual(['economic.taxes', '71.9']);
    expect(read).not.toContainEqual(['economic.revenue', '71.9']);
  });

  it('leaves a dividend paid beside the revenue unread as revenue', () => {
    const read = facts(
      'Revenue rose to EUR 318.6 million in 2025, and we paid out EUR 24.7 million in dividends.',
    );
    expect(read).toContainEqual(['economic.revenue', '318.6']);
    expect(read).not.toContainEqual(['economic.revenue', '24.7']);
  });
});
