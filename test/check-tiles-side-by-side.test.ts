// Highlight tiles printed side by side, each cell a figure and its name ("48.2 kt milled    6.4% less
// water withdrawn    Zero fatalities"): each tile is a figure of its own, and a tile worded as a
// change is a stated change the check compares with the tables.
import { describe, expect, it } from 'vitest';
import { checkFacts } from '../src/check/index.js';
import { extractDocument } from '../src/extract/index.js';
import { docFromText } from './support/doc-from-text.js';

const report = (change: string) =>
  [
    'Hollin Moor Millers plc                                     Sustainability Report 2025',
    '',
    'THE YEAR AT A GLANCE',
    '',
    `   48.2 kt flour milled            ${change} less water withdrawn            Zero fatalities`,
    '   3,412 MWh solar generated       612 employees                       27.5% women in management',
    '',
    'Table 5  Water (m³)                               2025          2024',
    'Total water withdrawal                         182,406       190,118',
    'Water discharged                               101,220       104,870',
  ].join('\n');

const extract = (text: string) => extractDocument(docFromText(text)).facts.map((f) => f.fact);
const onLine = (text: string, line: number) =>
  extract(text).filter((f) => f.provenance.kind === 'document' && f.provenance.location.line === line);

describe('highlight tiles side by side, value first', () => {
  it('reads each tile as its own figure, named by its own words', () => {
    const facts = onLine(report('4.1%'), 5).filter((f) => f.metric !== 'change');
    expect(facts.map((f) => [f.quantity.value.toString(), f.label])).toEqual([
      ['48.2', 'flour milled'],
      ['4.1', 'less water withdrawn'],
      ['0', 'Zero fatalities'],
    ]);
  });

  it('reads a tile worded as a change and checks it against the table', () => {
    const findings = checkFacts({ facts: extract(report('9.6%')) }).findings.filter(
      (f) => f.rule === 'change.stated',
    );
    expect(findings.map((f) => f.source.map((s) => s.line))).toEqual([[5, 9]]);
  });

  it('passes when the tile matches the table (190,118 to 182,406 is -4.1%)', () => {
    expect(
      checkFacts({ facts: extract(report('4.1%')) }).findings.filter((f) => f.rule === 'change.stated'),
    ).toEqual([]);
  });
});
