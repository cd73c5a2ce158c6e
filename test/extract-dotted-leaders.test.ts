// A key-figures list that joins each name to its figure with a dotted leader ("Scope 1 emissions
// ........ 4,812 tCO2e") reads as a two-cell row; a contents line ending in a page number does not.
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../src/extract/index.js';
import { docFromText } from './support/doc-from-text.js';

const facts = (text: string) =>
  extractDocument(docFromText(text))
    .facts.map((f) => f.fact)
    .map((f) => `${f.metric}:${f.quantity.value.toString()}:${f.quantity.unit.symbol}`)
    .sort();

describe('dotted leaders', () => {
  it.each([['.......... '], ['… … … '], ['······ '], ['· · · · · '], ['. . . . . ']])(
    'part a name from its figure (%s)',
    (leader) => {
      const text = [
        'Wendmoor Tiles annual review 2025',
        '',
        'Year in figures',
        `Scope 1 emissions ${leader}4,812 tCO2e`,
        `Water withdrawn ${leader}96,400 m³`,
        `Employees at year end ${leader}1,206`,
      ].join('\n');
      expect(facts(text)).toEqual([
        'ghg.scope1:4812:tCO2e',
        'water.withdrawal:96400:m3',
        'workforce.total:1206:persons',
      ]);
    },
  );

  it('leaves a contents line and its page number alone', () => {
    const text = [
      'Wendmoor Tiles annual review 2025',
      '',
      'Scope 1 emissions ........................ 14',
      'Water ..................................... 22',
    ].join('\n');
    expect(facts(text)).toEqual([]);
  });
});
