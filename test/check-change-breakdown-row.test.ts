// A stated change whose subject names a breakdown row of a table ("venting emissions" for a row "Scope 1 -
// venting" read as Scope 1 with its source), not a catalogue metric: the change is of that row.
import { describe, expect, it } from 'vitest';
import { checkFacts } from '../src/check/index.js';
import { extractDocument } from '../src/extract/index.js';
import { docFromText } from './support/doc-from-text.js';

const report = (sentence: string) =>
  [
    'Karst Ridge Gas Ltd                                        ESG Report 2025',
    '',
    sentence,
    '',
    'Table 3  Greenhouse gas emissions                 2025          2024   Unit',
    'Scope 1 - stationary combustion                 402,310       395,870   tCO2e',
    'Scope 1 - venting                                28,640        33,910   tCO2e',
    'Total Scope 1                                   430,950       429,780   tCO2e',
  ].join('\n');

const changes = (sentence: string) =>
  checkFacts({
    facts: extractDocument(docFromText(report(sentence))).facts.map((f) => f.fact),
  }).findings.filter((f) => f.rule === 'change.stated');

describe('a stated change of a breakdown row', () => {
  it('reads "venting emissions" as the Scope 1 venting row and finds a wrong change', () => {
    // 33,910 → 28,640 is -15.5%, not -24.2%.
    const found = changes('Venting emissions fell by 24.2% compared with 2024.');
    expect(found.map((f) => f.source.map((s) => s.line))).toEqual([[3, 7]]);
  });

  it('passes a change the row bears out', () => {
    expect(changes('Venting emissions fell by 15.5% compared with 2024.')).toEqual([]);
  });

  it('reads no row when the subject names words the row does not have', () => {
    expect(changes('Venting permits fell by 24.2% compared with 2024.')).toEqual([]);
  });
});
