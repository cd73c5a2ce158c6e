// Extraction and check together on a container line's intensities per thousand TEU carried: the volume
// is stated in prose ("carried 1,250.0 thousand TEU"), the intensities print their denominator as
// `tCO2e/kTEU` and `m³/'000 TEU`, and the fleet's capacity in TEU is no volume carried.
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

// A made-up feeder line: 1,250.0 thousand TEU carried in 2025; Scope 1 and 2 of 500,000.0 tCO2e (400.0 per
// kTEU) and 100,400 m³ of water withdrawn (80.3 per '000 TEU).
const report = (carried: string, ghgIntensity: string) =>
  [
    'Kestrel Feeder Lines Limited  ESG Report 2025',
    '',
    carried,
    '',
    'Fleet at 31 December',
    'Year       Owned ships   Capacity (TEU)',
    '2025                 14           62,400',
    '',
    'Emissions and resources',
    '                                      Unit                2025        2024',
    'Scope 1 and 2                         tCO2e          500,000.0   512,300.0',
    `GHG intensity per thousand TEU        tCO2e/kTEU     ${ghgIntensity.padStart(9)}       421.0`,
    'Total water withdrawal                m³               100,400     104,600',
    "Water intensity                       m³/'000 TEU         80.3        86.0",
  ].join('\n');

const carried = 'In 2025 our ships carried 1,250.0 thousand TEU, 2.9% more than in 2024.';

describe('intensities per thousand TEU carried', () => {
  it('reads the TEU carried in prose and the intensities per kTEU and per thousand TEU', () => {
    const { facts } = read(report(carried, '400.0'));
    const teu = facts.find((f) => f.quantity.unit.symbol === 'thousand TEU');
    expect([teu?.quantity.value.toString(), teu?.period.year]).toEqual(['1250', 2025]);
    const dens = facts.filter((f) => f.metric.endsWith('intensity') && f.period.year === 2025);
    expect(dens.map((f) => [f.metric, f.dims.denominator])).toEqual([
      ['ghg.intensity', 'kTEU'],
      ['water.intensity', "'000 TEU"],
    ]);
    expect(read(report(carried, '400.0')).findings).toEqual([]);
  });

  it('reports an intensity divided by another volume than the TEU carried', () => {
    // 500,000.0 / 420.0 = 1,190.5 thousand TEU, not the 1,250.0 carried (and implied by the water intensity).
    expect(read(report(carried, '420.0')).findings).toEqual([['warning', [12, 11, 3, 14, 13]]]);
  });

  it('never takes the fleet capacity in TEU for the volume carried', () => {
    const { facts } = read(report('', '400.0'));
    expect(facts.some((f) => f.quantity.unit.symbol === 'TEU')).toBe(true);
    const alone = report('', '400.0').replace(/\nTotal water withdrawal.*\nWater intensity.*/, '');
    expect(
      checkFacts({ facts: read(alone).facts }).findings.filter((f) => f.rule === 'intensity.denominator'),
    ).toEqual([]);
  });
});
