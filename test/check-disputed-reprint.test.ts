// A key-figures line that reprints a table's figure is kept as a fact of its own when a sentence
// prints the same metric and year at another amount: it is the printing worded like the sentence,
// so duplicate.value sets the two against each other (a letter's transposed digits) even where the
// table's own figures have no unit to compare.
import { describe, expect, it } from 'vitest';
import { checkFacts } from '../src/check/index.js';
import { extractDocument } from '../src/extract/index.js';
import { docFromText } from './support/doc-from-text.js';

const report = (letter: string) =>
  [
    'Norvale Grain Co. | Sustainability Report 2025',
    '',
    'FROM OUR CHAIR',
    '',
    `Water withdrawal at our three mills came to ${letter} m³ in 2025, drawn from the river and the town mains.`,
    '',
    'KEY FIGURES 2025',
    '',
    'Water withdrawal .......................................      312 740  m³   (2024: 298 516)',
    'Employees at 31 December ...............................        1 204  persons',
    '',
    'Water withdrawal by half-year',
    'Year          H1          H2        Year',
    '2025     151 226     161 514     312 740',
    '2024     144 308     154 208     298 516',
  ].join('\n');

const facts = (text: string) => extractDocument(docFromText(text)).facts.map((f) => f.fact);
const lineOf = (f: ReturnType<typeof facts>[number]) =>
  f.provenance.kind === 'document' ? f.provenance.location.line : undefined;

describe('a key figure reprinting a table’s value beside a sentence that disagrees', () => {
  it('keeps the key figure when the sentence prints another amount', () => {
    const kept = facts(report('321 740')).filter((f) => lineOf(f) === 9 && f.period.year === 2025);
    expect(kept.map((f) => f.quantity.value.toFixed())).toEqual(['312740']);
  });

  it('finds the sentence against the key figure', () => {
    const found = checkFacts({ facts: facts(report('321 740')) }).findings.filter(
      (f) => f.rule === 'duplicate.value' && f.severity !== 'info',
    );
    expect(found.map((f) => f.source.map((s) => s.line))).toContainEqual([5, 9]);
  });

  it('drops a reprint whose words run on into the next figure’s name, when the table gives it another metric', () => {
    const text = [
      'Norvale Grain Co. | Sustainability Report 2025',
      '',
      'Wood chips burnt at the dryers came to 24 310 t in 2025.',
      '',
      '  Straw burnt 26 415 t  +  Wood chips burnt 25 310 t  →  Heat 318 220 GJ',
      '',
      'Fuel                     Unit        2025        2024',
      'Straw burnt              t         26 415      25 902',
      'Wood chips burnt         t         25 310      24 877',
    ].join('\n');
    const reprints = facts(text).filter((f) => lineOf(f) === 5 && f.quantity.value.toFixed() === '26415');
    expect(reprints).toEqual([]);
  });
});
