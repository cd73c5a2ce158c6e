// A sentence giving one product's sales ("Rubber sales of MYR 2,418.6 Mn were made on …") beside a
// key-figures row "Revenue (MYR Mn)": the two labels share only their currency, which says nothing of
// what is counted, so the sentence is no second printing of the revenue. Company and figures invented.
import { describe, expect, it } from 'vitest';
import { checkFacts } from '../src/check/index.js';
import { extractDocument } from '../src/extract/index.js';
import { docFromText } from './support/doc-from-text.js';

function findings(text: string) {
  const facts = extractDocument(docFromText(text)).facts.map((f) => f.fact);
  return checkFacts({ facts }).findings.filter(
    (f) => f.severity !== 'info' && f.rule === 'duplicate.value' && f.source.some((s) => s.line === 9),
  );
}

const REPORT = (sentence: string) =>
  [
    'Lembah Kenari Estates Berhad – Annual Report 2025',
    '',
    '                                                       2025         2024',
    '------------------------------------------------------------------------',
    'Revenue (MYR Mn)                                    3,276.4      2,951.7',
    'Profit after tax (MYR Mn)                             318.2        277.9',
    'Employees at year end (number)                        2,107        2,164',
    '------------------------------------------------------------------------',
    sentence,
    '',
  ].join('\n');

describe('a product’s sales beside the revenue', () => {
  it('is not read as a second printing of the revenue', () => {
    expect(findings(REPORT('Rubber sales of MYR 2,418.6 Mn were made on 1,402,530 kg of latex.'))).toEqual(
      [],
    );
  });

  it('still reads a sentence naming the revenue as one', () => {
    expect(findings(REPORT('Revenue for the year was MYR 3,267.4 Mn, up 11.0%.')).length).toBeGreaterThan(0);
  });
});
