// A stated change of something the metric catalogue does not name (a mine's output of a commodity): the
// change is of the table row whose label shares a word of the sentence's subject and prints, in the
// change's column, a figure the sentence prints; its baseline is that row's figure in the same column
// of the year before.
import { describe, expect, it } from 'vitest';
import { checkFacts } from '../src/check/index.js';
import { extractDocument } from '../src/extract/index.js';
import { docFromText } from './support/doc-from-text.js';

const report = (sentence: string) =>
  [
    'Tolmach Copper plc                                      Sustainability Report 2025',
    '',
    sentence,
    '',
    'Table 1  Operating statistics',
    '',
    '                                   North pit              South pit                Group',
    '                       Unit      2025      2024         2025      2024         2025      2024',
    'Ore treated            kt       8,120     7,940        5,310     5,285       13,430    13,225',
    'Copper in concentrate  t       38,410    36,920       22,830    21,470       61,240    58,390',
    'Silver in concentrate  koz        512       498          301       296          813       794',
  ].join('\n');

const changes = (sentence: string) =>
  checkFacts({
    facts: extractDocument(docFromText(report(sentence))).facts.map((f) => f.fact),
  }).findings.filter((f) => f.rule === 'change.stated');

describe('a stated change of an uncatalogued output', () => {
  it('is checked against the group column of the row its words and its figure name', () => {
    // 58,390 → 61,240 t is +4.9%, not +7.3%.
    const found = changes('Group copper production rose 7.3% to 61,240 tonnes as the new mill ramped up.');
    expect(found.map((f) => [f.severity, f.actual])).toEqual([['warning', '4.9']]);
    expect(found.map((f) => f.source.map((s) => s.line))).toEqual([[3, 10]]);
    expect(changes('Group copper production rose 4.9% to 61,240 tonnes as the new mill ramped up.')).toEqual(
      [],
    );
  });

  it('reads the figure printed earlier in the sentence', () => {
    const found = changes(
      'The North pit produced 38,410 tonnes of copper in concentrate, and copper output rose 9.1% on 2024.',
    );
    expect(found.map((f) => f.actual)).toEqual(['4']);
  });

  it('says nothing when no row shares a word of the subject, or the sentence prints no figure of it', () => {
    expect(changes('Group zinc production rose 7.3% to 61,240 tonnes as the new mill ramped up.')).toEqual(
      [],
    );
    expect(changes('Group copper production rose 7.3% on 2024 as the new mill ramped up.')).toEqual([]);
  });
});
