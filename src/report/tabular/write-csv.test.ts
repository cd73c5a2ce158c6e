import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { buildReport } from '../model/index.js';
import { HOSTILE, sampleInput } from '../testing/sample-report.js';
import { neutralise } from './neutralise.js';
import { CSV_COLUMNS, renderCsv } from './write-csv.js';

describe('neutralise', () => {
  it('prefixes text that a spreadsheet would run as a formula, and nothing else', () => {
    expect(neutralise('=1+2')).toBe("'=1+2");
    expect(neutralise('+SUM(A1)')).toBe("'+SUM(A1)");
    expect(neutralise('-2+3')).toBe("'-2+3");
    expect(neutralise('@cmd')).toBe("'@cmd");
    expect(neutralise('\t=1')).toBe("'\t=1");
    expect(neutralise('Scope 1 = direct')).toBe('Scope 1 = direct');
  });
});

describe('renderCsv', () => {
  const model = buildReport(sampleInput());
  const text = renderCsv(model);
  const rows: string[][] = parse(text, { bom: true });

  it('has a header and one line per figure and year, with exact values', () => {
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    const figures = model.sections
      .flatMap((s) => s.table?.rows ?? [])
      .flatMap((r) => r.cells.filter((c) => c !== null));
    expect(rows).toHaveLength(figures.length + 1);
    const site = rows.find((r) => r[4] === 'scope2_method=location; site=Shenzhen Plant');
    expect(site?.slice(5, 10)).toEqual(['2025', '1500.74445', 'tCO2e', 'unverified', 'calculation']);
  });

  it('neutralises formula-like text from documents and users but not the numbers', () => {
    const donation = rows.find((r) => r[2] === 'community.donations');
    expect(donation?.[10]).toContain(HOSTILE.formula);
    const hostile = renderCsv(
      buildReport(
        sampleInput({
          facts: sampleInput().facts.map((f) => ({
            ...f,
            dims: f.dims.site ? { ...f.dims, site: HOSTILE.at } : f.dims,
          })),
        }),
      ),
    );
    const lines: string[][] = parse(hostile, { bom: true });
    const cells = lines.flat();
    expect(cells).toContain(`'site=@cmd`.replace("'site", 'scope2_method=location; site'));
    expect(cells.some((c) => /^[=+@]/.test(c))).toBe(false);
    expect(text.startsWith('\uFEFF')).toBe(true);
  });
});
