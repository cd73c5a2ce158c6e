import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { esg } from './support/run-cli.js';

let dir = '';
const file = (name: string) => path.join(dir, name);

interface JsonFact {
  metric: string;
  value: number;
  exact: string;
  unit: string;
  year: number;
  dims: Record<string, string>;
  codes: string[];
  lineage: {
    formula: string;
    inputs: { row: number; activity: string; amount: string; unit: string }[];
    factors: { id: string; value: string; source: string; dataYear?: number }[];
  };
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'esg-calc-'));
  await writeFile(
    file('sensetime-2022.csv'),
    [
      'site,year,activity,amount,unit,region',
      'Xinzhou Tower,2022,natural_gas,765.8,MWh,CN',
      'Fleet,2022,gasoline_mobile,35.3,MWh,CN',
      'Fleet,2022,diesel_mobile,30.1,MWh,CN',
    ].join('\n'),
  );
  await writeFile(
    file('bad.csv'),
    'site,year,activity,amount,unit\nA,2023,electricity,abc,kWh\nA,2023,water,5,kWh\n',
  );
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('activity');
  ws.addRow(['site', 'year', 'activity', 'amount', 'unit', 'region']);
  ws.addRow(['Plant', 2023, 'electricity', 557065287.99, 'kWh', 'CN']);
  await wb.xlsx.writeFile(file('inm-2023.xlsx'));
});

describe('esg calc', () => {
  it('prints { facts } as JSON with lineage in place of source, per spec/calc-input.md', async () => {
    const { code, out, err } = await esg('calc', file('sensetime-2022.csv'), '--format', 'json');
    expect({ code, err }).toEqual({ code: 0, err: '' });
    const doc = JSON.parse(out) as { facts: JsonFact[]; rounding: string };
    const s1 = doc.facts.find((f) => f.metric === 'ghg.scope1' && Object.keys(f.dims).length === 0);
    expect(s1).toMatchObject({ value: 169.61, unit: 'tCO2e', year: 2022 });
    expect(s1?.codes).toEqual(expect.arrayContaining(['HKEX:A1.2', 'GRI:305-1']) as unknown);
    expect(s1?.exact).toBe('169.61021616'); // exact: 3.6 GJ/MWh × 44/12 = 13.2 terminates
    expect(s1?.lineage.inputs.map((i) => [i.row, i.activity, i.amount, i.unit])).toEqual([
      [2, 'natural_gas', '765.8', 'MWh'],
      [3, 'gasoline_mobile', '35.3', 'MWh'],
      [4, 'diesel_mobile', '30.1', 'MWh'],
    ]);
    expect(s1?.lineage.factors.find((f) => f.id === 'NDRC-OI-natural_gas-carbon')).toMatchObject({
      value: '15.30',
    });
    expect(s1?.lineage.formula).toMatch(/carbon content .* oxidation rate × 44\/12/);
    expect(doc.rounding).toMatch(/half-up/);
  });

  it('reads XLSX and prints a table; GB/T 2589 electricity reproduces 68,463.32 tce', async () => {
    const { code, out } = await esg('calc', file('inm-2023.xlsx'));
    expect(code).toBe(0);
    expect(out).toMatch(/^2023\s+energy\.total_tce\s+68463\.32\s+tce$/m);
  });

  it('prints CSV with exact values and factor ids', async () => {
    const { code, out } = await esg(
      'calc',
      file('sensetime-2022.csv'),
      '--format',
      'csv',
      '--precision',
      '1',
    );
    expect(code).toBe(0);
    const lines = out.trim().split('\n');
    expect(lines[0]).toBe('year,metric,label,dims,value,unit,exact,factors,input_rows');
    expect(lines.find((l) => l.startsWith('2022,ghg.scope1,') && l.includes(',,169.6,'))).toBeDefined();
  });

  it('explains one figure step by step', async () => {
    const { code, out } = await esg('calc', file('sensetime-2022.csv'), '--explain', 'ghg.scope1');
    expect(code).toBe(0);
    expect(out).toMatch(/^ghg\.scope1, 2022: Direct \(Scope 1\) GHG emissions$/m);
    expect(out).toMatch(/765\.8 MWh = 2756\.88 GJ; 2\.75688 TJ × carbon content 15\.30 tC\/TJ/);
    expect(out).toMatch(/printed 169\.61 \(half-up to 2 decimals\)/);
    expect(out).not.toMatch(/\[fuel=/); // breakdowns are not explained, only the organisation's figure
  });

  it('lists every bad row in one error and exits 2', async () => {
    const { code, out, err } = await esg('calc', file('bad.csv'));
    expect({ code, out }).toEqual({ code: 2, out: '' });
    expect(err).toMatch(/^esg: bad\.csv: 2 problems; nothing was computed/);
    expect(err).toMatch(/row 2, column amount: "abc" is not a number/);
    expect(err).toMatch(/row 3, column unit: water is measured in volume or mass, not energy/);
  });

  it('computes a roster for the year given', async () => {
    const { code, out } = await esg(
      'calc',
      'demo/roster-2025.csv',
      '--roster',
      '--year',
      '2025',
      '--format',
      'json',
    );
    expect(code).toBe(0);
    const facts = (JSON.parse(out) as { facts: JsonFact[] }).facts;
    const headcount = facts.find((f) => f.metric === 'workforce.total' && Object.keys(f.dims).length === 0);
    expect(headcount?.unit).toBe('persons');
    expect(facts.some((f) => f.metric === 'turnover.rate' && f.dims.gender === 'female')).toBe(true);
  });

  it('says what is missing: a roster without --year, or a file that does not exist', async () => {
    const noYear = await esg('calc', 'demo/roster-2025.csv', '--roster');
    expect(noYear.code).toBe(2);
    expect(noYear.err).toMatch(/needs the reporting year/);
    const missing = await esg('calc', file('nope.csv'));
    expect(missing.code).toBe(3);
    expect(missing.err).toMatch(/cannot read/);
  });
});
