// Extraction and check together on a synthetic energy mix in the layout of ESRS E1-5 (fossil, nuclear
// and renewable sources, numbered lines that wrap, the renewable share under the renewable total).
import { describe, expect, it } from 'vitest';
import { checkFacts } from '../src/check/index.js';
import { extractDocument } from '../src/extract/index.js';
import { docFromText } from './support/doc-from-text.js';

const mix = (share: string) =>
  [
    'Sample Glassworks SE',
    'This report covers the year ended 31 December 2024.',
    '',
    'Highlights 2024',
    `  Renewable energy share                         ${share} %`,
    '',
    'Table 3  Energy mix',
    '                                                                      2024          2023',
    'Total fossil energy consumption (MWh)                              612,300       640,950',
    'Consumption from nuclear sources (MWh)                              41,200        44,100',
    '(a) Fuel consumption for renewable sources (MWh)                    12,400        10,200',
    '(b) Consumption of purchased or acquired electricity, heat, steam and cooling',
    '    from renewable sources (MWh)                                   150,100       131,750',
    'Total renewable energy consumption (MWh)                           162,500       141,950',
    `Share of renewable sources in total energy consumption (%)            ${share} %        17.2 %`,
    'Total energy consumption (MWh)                                     816,000       827,000',
  ].join('\n');

function extract(text: string) {
  return extractDocument(docFromText(text)).facts.map((f) => f.fact);
}

describe('an energy mix by source', () => {
  it('reads fossil and nuclear as non-renewable energy by source, and the renewable share', () => {
    const at = (line: number) =>
      extract(mix('19.9'))
        .filter((f) => f.provenance.kind === 'document' && f.provenance.location.line === line)
        .filter((f) => f.period.year === 2024)
        .map((f) => [f.metric, f.dims.energy_source ?? '']);
    expect(at(9)).toEqual([['energy.nonrenewable', 'fossil']]);
    expect(at(10)).toEqual([['energy.nonrenewable', 'nuclear']]);
    expect(at(11)).toEqual([['energy.fuel_renewable', '']]);
    expect(at(13)).toEqual([['energy.indirect', 'renewable']]);
    expect(at(14)).toEqual([['energy.renewable', '']]);
    expect(at(15)).toEqual([['energy.renewable_share', '']]);
    expect(at(16)).toEqual([['energy.total', '']]);
  });

  it('finds a renewable share the totals do not give, at every line printing it', () => {
    const findings = (share: string) =>
      checkFacts({ facts: extract(mix(share)) })
        .findings.filter((f) => f.severity !== 'info')
        .map((f) => [f.rule, f.source.map((s) => s.line ?? 0).sort((a, b) => a - b)]);
    expect(findings('19.9')).toEqual([]);
    expect(findings('21.4')).toContainEqual(['share.count', [5, 14, 15, 16]]);
  });
});
