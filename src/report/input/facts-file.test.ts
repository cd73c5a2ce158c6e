import { describe, expect, it } from 'vitest';
import { parseFactsFile } from './facts-file.js';
import { parseReportConfig } from './report-config.js';

describe('parseFactsFile', () => {
  it('reads `esg calc` JSON: exact value over the rounded one, lineage as calculation provenance', () => {
    const facts = parseFactsFile(
      {
        facts: [
          {
            metric: 'ghg.scope2',
            value: 2744.45,
            exact: '2744.45469',
            unit: 'tCO2e',
            year: 2025,
            dims: { scope2_method: 'location' },
            lineage: {
              formula: 'Electricity × grid factor',
              inputs: [
                { row: 2, rows: [2, 5], activity: 'electricity', amount: '4812300', unit: 'kWh', site: 'A' },
              ],
              factors: [
                {
                  id: 'CN-MEE-2022-grid',
                  value: '0.5703',
                  unit: 'tCO2/MWh',
                  source: 'MEE',
                  dataYear: 2022,
                  verified: true,
                },
              ],
            },
          },
        ],
      },
      'org-7',
    );
    expect(facts).toHaveLength(1);
    const f = facts[0];
    expect(f?.entity).toBe('org-7');
    expect(f?.quantity.value.toFixed()).toBe('2744.45469');
    expect(f?.quantity.unit.symbol).toBe('tCO2e');
    expect(f?.period.year).toBe(2025);
    expect(f?.provenance).toMatchObject({
      kind: 'calculation',
      inputs: [{ rows: [2, 5], amount: '4812300' }],
      factors: [{ id: 'CN-MEE-2022-grid', dataYear: 2022 }],
    });
  });

  it('reads `esg extract` JSON: the document, page and line, quote and printed value', () => {
    const facts = parseFactsFile(
      {
        document: { source: 'report-2024.pdf', kind: 'pdf' },
        facts: [
          {
            metric: 'water.consumption',
            value: 1335,
            unit: 'm3',
            year: 2024,
            reported: { value: 1335, unit: 'tons', text: 'Total water consumption (tons) 1,335' },
            source: { line: 474, page: 21 },
            kind: 'table',
          },
        ],
      },
      'org-7',
    );
    expect(facts[0]?.provenance).toEqual({
      kind: 'document',
      document: 'report-2024.pdf',
      location: { line: 474, page: 21 },
      quote: 'Total water consumption (tons) 1,335',
      reported: { value: '1335', unit: 'tons' },
      extraction: 'table',
    });
  });

  it('refuses a fact without provenance or with an unknown unit, naming it', () => {
    expect(() =>
      parseFactsFile({ facts: [{ metric: 'x', value: 1, unit: 'tCO2e', year: 2025 }] }, 'o', 'f.json'),
    ).toThrow(/f\.json: facts\.0: a fact needs its provenance/);
    expect(() =>
      parseFactsFile(
        { facts: [{ metric: 'x', value: 1, unit: 'kWh/', year: 2025, entry: { user: 'u', at: 't' } }] },
        'o',
      ),
    ).toThrow(/unknown unit "kWh\/"/);
    expect(() =>
      parseFactsFile({ facts: [{ metric: 'x', value: 'lots', unit: 't', year: 2025 }] }, 'o'),
    ).toThrow(/facts\.0\.value/);
  });
});

describe('parseReportConfig', () => {
  it('validates explanations and names the bad field', () => {
    expect(
      parseReportConfig({ explanations: { A3: { kind: 'not_applicable', reason: 'offices only' } } })
        .explanations?.A3?.kind,
    ).toBe('not_applicable');
    expect(() =>
      parseReportConfig({ explanations: { A3: { kind: 'skipped', reason: 'x' } } }, 'r.json'),
    ).toThrow(/r\.json: explanations\.A3\.kind/);
  });
});
