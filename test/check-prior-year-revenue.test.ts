// Extraction and check together on a synthetic Italian-style table: an intensity per "€ mln" whose label
// wraps over two lines, Scope 1 + 2 printed per Scope 2 method, revenue in € thousand beside "Other
// operating income", and a 2025 intensity divided by 2024's revenue rounded to € 318.4 million.
import { describe, expect, it } from 'vitest';
import { checkFacts } from '../src/check/index.js';
import { extractDocument } from '../src/extract/index.js';
import { docFromText } from './support/doc-from-text.js';

const report = (intensity2025: string) =>
  [
    'Orvieto Cablaggi S.r.l. - Sustainability Report 2025',
    '',
    'Economic value generated (€ thousand)          2024          2025',
    'Revenue                                      318.427       344.905',
    'Other operating income                         4.112         3.980',
    '',
    'Emissions                                     Unit                2024          2025',
    'Total Scope 1 + 2 (location-based)            tCO2eq            12.604,3     13.305,2',
    'Total Scope 1 + 2 (market-based)              tCO2eq            14.220,8     13.950,1',
    'Carbon intensity (Scope 1 + 2',
    `location-based / revenue)                     tCO2eq/€ mln         39,58        ${intensity2025}`,
  ].join('\n');

function extract(text: string) {
  return extractDocument(docFromText(text)).facts.map((f) => f.fact);
}

const intensityFindings = (text: string) =>
  checkFacts({ facts: extract(text) }).findings.filter((f) => f.rule === 'intensity.denominator');

describe('an intensity per € mln divided by last year’s rounded revenue', () => {
  it('reads "€ mln" as € million and the wrapped row as the intensity, not a Scope 1 + 2 figure', () => {
    const rows = extract(report('41,79')).filter(
      (f) => f.provenance.kind === 'document' && f.provenance.location.line === 11,
    );
    expect(rows.map((f) => [f.metric, f.period.year, f.dims.denominator])).toEqual([
      ['ghg.intensity', 2024, '€ mln'],
      ['ghg.intensity', 2025, '€ mln'],
    ]);
  });

  it('does not read "Other operating income" as revenue', () => {
    const line5 = extract(report('41,79')).filter(
      (f) => f.provenance.kind === 'document' && f.provenance.location.line === 5,
    );
    expect(line5.map((f) => f.metric)).not.toContain('economic.revenue');
  });

  it('warns that 2025 was divided by 2024’s revenue', () => {
    const [found, ...rest] = intensityFindings(report('41,79'));
    expect(rest).toEqual([]);
    expect([found?.severity, found?.expected, found?.actual]).toEqual(['warning', '38.58', '41.79']);
    expect(found?.message).toContain("2024's");
  });

  it('finds nothing when 2025 divides its own revenue', () => {
    expect(intensityFindings(report('38,58'))).toEqual([]);
  });
});
