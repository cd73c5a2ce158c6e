import { describe, expect, it } from 'vitest';
import { changesOf, mentionsOf } from '../narrative/testing/read-mentions.js';

// An invented page of two prose columns as a layout-keeping PDF-to-text tool prints it: each printed line
// holds a line of each column, and a sentence goes on in the left column of the next line.
const PAGE = [
  'CHAIR’S LETTER',
  '',
  'Dear members,                                     Our crews. The cooperative had 512 staff',
  '                                                   at the year end, and 47 joined us in the',
  'This season our dryers burned less wood than      year. Injuries kept falling: there were',
  'ever before. In 2031 our wood fuel use fell       three recordable cases, against five a',
  'to 18,230 tonnes, 6.4% lower than in 2030,        year earlier.',
  'while we dried 92,400 tonnes of green leaf.',
  '                                                   We paid members a bonus of 4.1 cents per',
  'The boiler upgrade at the upper factory was       kilogram of leaf delivered.',
  'finished in March.',
].join('\n');

describe('a page of prose in two columns', () => {
  it('reads each column’s sentences whole, the left column first', () => {
    expect(changesOf(PAGE, 2031)).toEqual([{ value: '6.4', direction: 'decrease', of: '18230 tonnes' }]);
    // Read line by line, "In 2031 our wood fuel use fell | three recordable cases" gave a figure 3 and
    // "fell three recordable cases, against five a to 18,230 tonnes" a label.
    expect(mentionsOf(PAGE, 2031).map((m) => [m.line, m.value, m.label])).toEqual([
      [7, '18230', 'to 18,230 tonnes'],
      [8, '92400', 'while we dried 92,400 tonnes of green leaf'],
      [3, '512', 'The cooperative had 512 staff'],
      [9, '4.1', 'We paid members a bonus of 4.1 cents per'],
    ]);
  });

  it('reads a one-column paragraph as before', () => {
    const single = [
      'Our dryers burned less wood than ever before. In 2031 our wood fuel use fell',
      'to 18,230 tonnes, 6.4% lower than in 2030.',
    ].join('\n');
    expect(changesOf(single, 2031)).toEqual([{ value: '6.4', direction: 'decrease', of: '18230 tonnes' }]);
  });
});
