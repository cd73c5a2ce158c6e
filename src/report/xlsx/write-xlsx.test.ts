import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { buildReport } from '../model/index.js';
import { HOSTILE, sampleInput } from '../testing/sample-report.js';
import { ASPECT_COLUMNS } from './aspect-sheet.js';
import { sheetName } from './sheet-name.js';
import { renderXlsx } from './write-xlsx.js';

const model = buildReport(sampleInput());
const wb = new ExcelJS.Workbook();
await wb.xlsx.load((await renderXlsx(model)) as unknown as ArrayBuffer);

/** The aspect sheet's rows as objects keyed by column key. */
function rows(sheet: ExcelJS.Worksheet): Record<string, ExcelJS.CellValue>[] {
  const out: Record<string, ExcelJS.CellValue>[] = [];
  sheet.eachRow((row, n) => {
    if (n === 1) return;
    out.push(Object.fromEntries(ASPECT_COLUMNS.map((c, i) => [c.key, row.getCell(i + 1).value])));
  });
  return out;
}

/** A cell's text: strings as they are, anything else as JSON (so a formula object is visible in a failure). */
function text(v: ExcelJS.CellValue): string {
  return typeof v === 'string' ? v : typeof v === 'number' ? String(v) : JSON.stringify(v ?? '');
}

function sheet(name: string): ExcelJS.Worksheet {
  const s = wb.getWorksheet(name);
  if (!s) throw new Error(`no sheet ${name}: ${wb.worksheets.map((w) => w.name).join(', ')}`);
  return s;
}

describe('renderXlsx', () => {
  it('has an About sheet, one sheet per aspect with figures, the content index and factors', () => {
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      'About',
      'A2 Use of resources',
      'B1 Employment',
      'B8 Community investment',
      'Climate-related disclosures',
      'Other indicators',
      'Content index',
      'Factors',
    ]);
    expect(sheet('About').getCell('B2').value).toBe('Harbourline Components Ltd.');
  });

  it('writes each figure and year with its value as a number, its unit and provenance', () => {
    const water = rows(sheet('A2 Use of resources')).filter((r) => r.indicator === 'Total water consumption');
    expect(water.map((r) => [r.year, r.value, r.unit, r.provenance, r.status])).toEqual([
      [2023, 60100, 'm3', 'entry', 'unverified'],
      [2024, 59870, 'm3', 'entry', 'unverified'],
      [2025, 61250, 'm3', 'entry', 'unverified'],
    ]);
    const electricity2024 = rows(sheet('A2 Use of resources')).find(
      (r) => r.indicator === 'Electricity consumption' && r.year === 2024,
    );
    expect(electricity2024?.value).toBe(4650);
    expect(electricity2024?.unit).toBe('MWh');
    expect(text(electricity2024?.source ?? null)).toContain('harbourline-esg-2024.pdf, page 22');
  });

  it('keeps a product formula (input × factor × unit scale) with the factor in its own columns', () => {
    const d = rows(sheet('Climate-related disclosures'));
    const i = d.findIndex((r) => r.breakdown === 'scope2_method=location; site=Shenzhen Plant');
    const r = d[i];
    const at = i + 2;
    expect(r?.value).toEqual({ formula: `J${at}*L${at}*P${at}`, result: 1500.74445 });
    expect([r?.input, r?.inputUnit, r?.factor1, r?.factor1Unit, r?.scale, r?.factorIds]).toEqual([
      2631500,
      'kWh',
      0.5703,
      'tCO2/MWh',
      0.001,
      'CN-MEE-2022-grid',
    ]);
  });

  it('keeps a sum formula when a figure is exactly the sum of other calculated figures (Scope 1 + Scope 2)', () => {
    const d = rows(sheet('Climate-related disclosures'));
    const at = (pred: (r: Record<string, ExcelJS.CellValue>) => boolean) => d.findIndex(pred) + 2;
    const total = d.find((r) => text(r.value ?? null).startsWith('{"formula":"SUM('));
    const scope1 = at((r) => r.indicator === 'Direct (Scope 1) GHG emissions' && r.year === 2025);
    const scope2 = at(
      (r) =>
        r.breakdown === 'scope2_method=location' &&
        r.year === 2025 &&
        text(r.indicator ?? null).startsWith('Energy indirect'),
    );
    expect(total?.value).toEqual({ formula: `SUM(F${scope1},F${scope2})`, result: 3157.20469 });
  });

  it('writes plain values, not formulas, for documents and entries', () => {
    for (const r of rows(sheet('B1 Employment'))) expect(typeof r.value).toBe('number');
  });

  it('neutralises untrusted text that would start a formula', () => {
    const b8 = rows(sheet('B8 Community investment'));
    expect(text(b8[0]?.source ?? null)).toContain(HOSTILE.formula);
    const hostile = buildReport(
      sampleInput({
        organisation: { name: HOSTILE.formula },
        explanations: { A3: { kind: 'omitted', reason: HOSTILE.plus } },
      }),
    );
    return renderXlsx(hostile).then(async (bytes) => {
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(bytes as unknown as ArrayBuffer);
      expect(book.getWorksheet('About')?.getCell('B2').value).toBe(`'${HOSTILE.formula}`);
      const index = book.getWorksheet('Content index');
      const reasons: string[] = [];
      index?.eachRow((row) => reasons.push(text(row.getCell(5).value)));
      expect(reasons).toContain(`'${HOSTILE.plus}`);
      expect(reasons.some((t) => /^[=+@-]/.test(t))).toBe(false);
    });
  });

  it('lists the content index with statuses', () => {
    const statuses: string[] = [];
    sheet('Content index').eachRow((row, n) => {
      if (n > 1) statuses.push(`${text(row.getCell(1).value)} ${text(row.getCell(4).value)}`);
    });
    expect(statuses).toContain('HKEX:B1.1 reported');
    expect(statuses).toContain('HKEX:A3.1 MISSING: no explanation');
  });
});

describe('sheetName', () => {
  it('removes characters Excel forbids, shortens to 31 and keeps names unique', () => {
    const taken = new Set<string>();
    expect(sheetName('GRI 305: Emissions 2016', taken)).toBe('GRI 305 Emissions 2016');
    expect(sheetName('A very long aspect title that goes on and on', taken)).toBe(
      'A very long aspect title that',
    );
    expect(sheetName('A very long aspect title that goes on and on', taken)).toBe(
      'A very long aspect title (2)',
    );
    expect(sheetName("'[x]*?/\\'", taken)).toBe('x');
  });
});
