// Extraction and check together on a Latvian (or Lithuanian, Estonian) report whose emission intensity
// is printed in plain tonnes per thousand cubic metres of output, with the output in another table:
// a year divided by the year before's output is reported.
import { describe, expect, it } from 'vitest';
import { checkFacts } from '../src/check/index.js';
import { extractDocument } from '../src/extract/index.js';
import { docFromText } from './support/doc-from-text.js';

function read(text: string) {
  const facts = extractDocument(docFromText(text)).facts.map((f) => f.fact);
  const findings = checkFacts({ facts })
    .findings.filter((f) => f.rule === 'intensity.denominator')
    .map((f) => [f.severity, f.source.map((s) => ('line' in s ? s.line : 0))]);
  return { facts, findings };
}

// A made-up pellet maker: 640, 730 and 815 thousand m³ produced; Scope 1 + 2 of 1,920.0, 2,044.0 and
// 2,119.0 t CO2e, so 3.00, 2.80 and 2.60 t per thousand m³.
const report = (output: string, intensity2025: string) =>
  [
    'Baltijas Granulas · Ilgtspējas pārskats 2025',
    '1. tabula. Ražošana',
    '  Rādītājs                                      Mērv.                  2023       2024       2025',
    '  -----------------------------------------------------------------------------------------------',
    `  ${output.padEnd(46)}tūkst. m³               640        730        815`,
    '  -----------------------------------------------------------------------------------------------',
    '3. tabula. Emisijas',
    '  Rādītājs                                      Mērv.                  2023       2024       2025',
    '  -----------------------------------------------------------------------------------------------',
    '  1. un 2. tvērums kopā                         t CO₂ ekv.          1 920,0    2 044,0    2 119,0',
    `  Emisiju intensitāte (1.+2. tvērums)           t/tūkst. m³            3,00       2,80       ${intensity2025}`,
    '  -----------------------------------------------------------------------------------------------',
  ].join('\n');

describe('an emission intensity per thousand m³ of output, in Latvian', () => {
  it('reads the intensity in plain tonnes as CO2e and the produced row as output', () => {
    const { facts } = read(report('Saražotās granulas', '2,60'));
    const intensity = facts.find((f) => f.metric === 'ghg.intensity' && f.period.year === 2025);
    expect(intensity?.quantity.unit.symbol).toBe('tCO2e');
    expect(facts.filter((f) => f.metric === 'production.output').map((f) => f.period.year)).toEqual([
      2023, 2024, 2025,
    ]);
  });

  it('warns when a year divides the year before’s output', () => {
    // 2,119.0 ÷ 730 = 2.90: 2024's output, not 2025's 815.
    expect(read(report('Saražotie granulas', '2,90')).findings).toEqual([['warning', [11, 10, 5]]]);
    expect(read(report('Saražotie granulas', '2,60')).findings).toEqual([]);
  });

  it('reads Lithuanian and Estonian output rows', () => {
    const { facts } = read(report('Pagaminta produkcija', '2,60'));
    expect(facts.some((f) => f.metric === 'production.output')).toBe(true);
    expect(read(report('Toodang', '2,90')).facts.some((f) => f.metric === 'production.output')).toBe(true);
  });
});
