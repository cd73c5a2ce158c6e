// Highlight tiles printed as a row of figures over their wrapped names: a tile worded as a change
// ("7.9%" over "reduction in Scope 1 and 2" / "emissions vs 2024") is a stated change the check compares
// with the tables.
import { describe, expect, it } from 'vitest';
import { checkFacts } from '../src/check/index.js';
import { extractDocument } from '../src/extract/index.js';
import { docFromText } from './support/doc-from-text.js';

const report = (change: string) =>
  [
    'Tarnbeck Maltings plc                                       Sustainability Report 2025',
    '',
    'OUR YEAR IN NUMBERS',
    '',
    `   ${change}                         27.5%                      4.12 hl/hl`,
    '   reduction in Scope 1 and 2     renewable share of         water per hl',
    '   emissions vs 2024              electricity                of malt',
    '',
    'Table 4  Greenhouse gas emissions (tCO2e)        2025          2024',
    'Total Scope 1                                 31,204.6      33,911.8',
    'Scope 2 (location-based)                       9,842.3      10,716.0',
    'Total Scope 1 and 2                           41,046.9      44,627.8',
  ].join('\n');

const extract = (text: string) => extractDocument(docFromText(text)).facts.map((f) => f.fact);

describe('a highlight tile worded as a change', () => {
  it('names each tile by all the lines under it', () => {
    const labels = extract(report('8.0%'))
      .filter((f) => f.provenance.kind === 'document' && f.provenance.location.line === 5)
      .map((f) => f.label);
    expect(labels).toContain('renewable share of electricity');
  });

  it('is read as a stated change and checked against the table', () => {
    const findings = checkFacts({ facts: extract(report('12.4%')) }).findings.filter(
      (f) => f.rule === 'change.stated',
    );
    expect(findings.map((f) => [f.severity, f.source.map((s) => s.line)])).toEqual([['warning', [5, 12]]]);
  });

  it('passes when the tile matches the table (44,627.8 to 41,046.9 is -8.0%)', () => {
    const findings = checkFacts({ facts: extract(report('8.0%')) }).findings;
    expect(findings.filter((f) => f.rule === 'change.stated')).toEqual([]);
    const changes = extract(report('8.0%')).filter((f) => f.metric === 'change');
    expect(changes).toHaveLength(1);
  });
});
