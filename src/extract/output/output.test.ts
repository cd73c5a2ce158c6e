import { describe, expect, it } from 'vitest';
import { docFromText } from '../../../test/support/doc-from-text.js';
import { extractDocument } from '../pipeline/index.js';
import { toCsv, toSpecOutput, toTextTable } from './index.js';

const TEXT = [
  'Example Co., Ltd. 2023 ESG Report',
  'KPI\tUnit\t2023',
  'Total R&D investment\tRMB 10,000\t51,431.25',
  'Total GHG emissions, "all scopes"\tTons (CO <sub>2</sub> equivalent)\t865,967.35',
].join('\n');

describe('output', () => {
  const result = extractDocument(docFromText(TEXT, 'example.txt'));

  it('maps facts to the spec: canonical value and unit, printed value and unit, source line', () => {
    const [rd, ghg] = toSpecOutput(result).facts;
    expect(rd).toMatchObject({
      metric: 'innovation.rd_investment',
      value: 514312500,
      unit: 'RMB',
      year: 2023,
      reported: { value: 51431.25, unit: 'RMB 10,000' },
      source: { line: 3 },
      kind: 'table',
    });
    expect(ghg).toMatchObject({
      metric: 'ghg.total',
      value: 865967.35,
      unit: 'tCO2e',
      reported: { unit: 'Tons (CO2 equivalent)' },
    });
  });

  it('quotes CSV fields that hold commas or quotes', () => {
    const csv = toCsv(result).split('\n');
    expect(csv[0]).toBe(
      'metric,label,value,unit,year,basis,dims,codes,reported_value,reported_unit,line,page,kind',
    );
    expect(csv[1]).toContain('"RMB 10,000"');
    expect(csv[2]).toContain('"Total GHG emissions, ""all scopes"""');
  });

  it('prints a readable table with where each figure is', () => {
    const table = toTextTable(result);
    expect(table).toContain('example.txt: Example Co., Ltd., report year 2023');
    expect(table).toMatch(/L3\s+2023\s+innovation\.rd_investment\s+514312500 RMB/);
  });
});
