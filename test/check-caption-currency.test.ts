// A table whose title prints its currency at the far right ("Community investment      in EUR
// thousand"), as Swiss and German annual reports do: its rows are amounts in that currency, so a
// sentence printing the same digits in millions is a slip of scale. Company and figures are invented.
import { describe, expect, it } from 'vitest';
import { checkFacts } from '../src/check/index.js';
import { extractDocument } from '../src/extract/index.js';
import { docFromText } from './support/doc-from-text.js';

function facts(text: string) {
  return extractDocument(docFromText(text)).facts.map((f) => f.fact);
}

const REPORT = (scale: string) =>
  [
    'Oberau Armaturen AG – Annual Report 2025',
    '',
    `Our spending on environmental protection came to EUR 3,174 ${scale} in 2025.`,
    '',
    'Environmental protection expenditure                     in EUR thousand',
    '                                                      2025        2024',
    '----------------------------------------------------------------------',
    'Investments                                          1,902       1,655',
    'Operating expenditure                                1,272       1,148',
    'Total                                                3,174       2,803',
    '----------------------------------------------------------------------',
    '',
  ].join('\n');

describe('a currency printed at the right of a table title', () => {
  it('gives the rows that currency and scale', () => {
    const total = facts(REPORT('thousand')).find(
      (f) => f.provenance.kind === 'document' && f.provenance.location.line === 10 && f.period.year === 2025,
    );
    expect(total?.quantity.unit.symbol).toBe('EUR thousand');
  });

  it('sets a sentence printing the total in millions against the table', () => {
    const scaleSlips = (text: string) =>
      checkFacts({ facts: facts(text) }).findings.filter(
        (f) => f.severity !== 'info' && f.source.some((s) => s.line === 3),
      );
    expect(scaleSlips(REPORT('thousand'))).toEqual([]);
    expect(scaleSlips(REPORT('million')).length).toBeGreaterThan(0);
  });
});
