// A data centre's ratios (ISO/IEC 30134: PUE, WUE, CUE) are catalogue metrics, and a change worded by
// sense ("PUE improved by 6%") is a stated fall, since PUE improves as it falls: checked against the table.
import { describe, expect, it } from 'vitest';
import { checkFacts } from '../src/check/index.js';
import { extractDocument } from '../src/extract/index.js';
import { docFromText } from './support/doc-from-text.js';

const report = (sentence: string, pue = '1.47') =>
  [
    'Harbourline Compute Limited                                   Sustainability Report 2031',
    '',
    sentence,
    '',
    'Table 2  Data centre energy                   2031          2030',
    '  IT equipment energy (MWh)               84,210.0      79,560.0',
    '  Total facility energy (MWh)            123,788.7     120,931.2',
    `  Power usage effectiveness (PUE)             ${pue}          1.52`,
  ].join('\n');

const findings = (text: string) =>
  checkFacts({ facts: extractDocument(docFromText(text)).facts.map((f) => f.fact) }).findings;

describe('a stated change of a data centre ratio', () => {
  it('flags "improved by 6.2%" when the table goes from 1.52 to 1.47 (-3.3%)', () => {
    const found = findings(report('Chiller upgrades paid off: our PUE improved by 6.2% to 1.47 in 2031.'));
    expect(found.filter((f) => f.rule === 'change.stated').map((f) => [f.expected, f.actual])).toEqual([
      ['-6.2', '-3.3'],
    ]);
  });

  it('passes "improved by 3.3%", and raises nothing else on the table', () => {
    expect(findings(report('Chiller upgrades paid off: our PUE improved by 3.3% to 1.47 in 2031.'))).toEqual(
      [],
    );
  });
});
