// A change worded by sense of a metric whose better way the catalogue fixes ("LTIFR improved by 12%":
// a lost-time injury rate improves as it falls) is checked against the table like a stated fall.
import { describe, expect, it } from 'vitest';
import { checkFacts } from '../src/check/index.js';
import { extractDocument } from '../src/extract/index.js';
import { docFromText } from './support/doc-from-text.js';

const report = (sentence: string) =>
  [
    'Marrowby Fasteners plc                                         Sustainability Report 2031',
    '',
    sentence,
    '',
    'Table 5  Health and safety                          2031          2030',
    '  Lost time injury frequency rate (LTIFR)          1.86          2.14',
    '  Recycling rate (%)                               72.5          68.0',
  ].join('\n');

const stated = (sentence: string) =>
  checkFacts({ facts: extractDocument(docFromText(report(sentence))).facts.map((f) => f.fact) })
    .findings.filter((f) => f.rule === 'change.stated')
    .map((f) => [f.expected, f.actual]);

describe('a stated change worded by sense, of a rate', () => {
  it('flags "LTIFR improved by 21.3%" when the table goes from 2.14 to 1.86 (-13.1%)', () => {
    expect(stated('In 2031 our LTIFR improved by 21.3% year on year.')).toEqual([['-21.3', '-13.1']]);
  });

  it('passes "LTIFR improved by 13.1%"', () => {
    expect(stated('In 2031 our LTIFR improved by 13.1% year on year.')).toEqual([]);
  });

  it('reads "the recycling rate improved" as a rise: 68.0 to 72.5 is +6.6%, not +9.4%', () => {
    expect(stated('In 2031 the recycling rate improved by 6.6% year on year.')).toEqual([]);
    expect(stated('In 2031 the recycling rate improved by 9.4% year on year.')).toHaveLength(1);
  });
});
