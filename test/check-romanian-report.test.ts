// A Romanian sustainability statement: highlight tiles over a table that prints a figure with two digits
// swapped, and a CEO letter stating a change the table does not give. Company and figures are invented.
import { describe, expect, it } from 'vitest';
import { checkFacts } from '../src/check/index.js';
import { extractDocument } from '../src/extract/index.js';
import { docFromText } from './support/doc-from-text.js';

const report = (tileWater: string, change: string) =>
  [
    'Mures Hartie S.A. - Raport de sustenabilitate 2025',
    '',
    `Consumul de gaz natural a scăzut cu ${change}% față de anul trecut, iar programul de eficiență continuă.`,
    '',
    'REPERE 2025',
    '',
    '   Apă captată                 Salariați la 31 decembrie   Deșeuri generate',
    `   ${tileWater} m³                  1.316                       8.412,6 tone`,
    '',
    'Tabelul 3. Mediu',
    'Indicator                                   2024          2025',
    'Gaz natural [MWh]                        214.380       196.240',
    'Total apă captată [m³]                   861.400       845.200',
    'Total deșeuri generate [tone]            8.127,3       8.412,6',
    'Total salariați la 31 decembrie            1.288         1.316',
  ].join('\n');

const findingsOn = (text: string, line: number) =>
  checkFacts({ facts: extractDocument(docFromText(text)).facts.map((f) => f.fact) }).findings.filter(
    (f) => f.severity !== 'info' && f.source.some((s) => s.line === line),
  );

describe('a Romanian report against its own tables', () => {
  it('sets a highlight tile against the table row it restates', () => {
    expect(findingsOn(report('854.200', '8,5'), 8).map((f) => f.rule)).toContain('duplicate.value');
    expect(findingsOn(report('845.200', '8,5'), 8)).toEqual([]);
  });

  it('checks a change the letter states in Romanian', () => {
    expect(findingsOn(report('845.200', '6,2'), 3).map((f) => f.rule)).toContain('change.stated');
    expect(findingsOn(report('845.200', '8,5'), 3)).toEqual([]);
  });
});
