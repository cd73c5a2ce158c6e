import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { esg } from './support/run-cli.js';

const REPORT = resolve(import.meta.dirname, '../../shared/corpus/dev/000-ainnovation-esg-2021.txt');

describe('esg extract', () => {
  it('prints the spec JSON for a text report', async () => {
    const { code, out, err } = await esg('extract', REPORT, '--format', 'json');
    expect({ code, err }).toEqual({ code: 0, err: '' });
    const json = JSON.parse(out) as {
      document: { reportYear: number; frameworks: string[] };
      facts: { source: { line: number }; reported: { value: number } }[];
    };
    expect(json.document.reportYear).toBe(2021);
    expect(json.document.frameworks).toEqual(['HKEX-2020']);
    expect(json.facts.find((f) => f.source.line === 479)?.reported.value).toBe(1335);
  });

  it('prints CSV and a readable table', async () => {
    const csv = await esg('extract', REPORT, '--format', 'csv');
    expect(csv.out.split('\n')[0]).toBe(
      'metric,label,value,unit,year,basis,dims,codes,reported_value,reported_unit,line,page,kind',
    );
    const table = await esg('extract', REPORT, '--format', 'table');
    expect(table.out).toContain('report year 2021');
  });

  it('fails clearly on a missing file, an empty file and a bad --year', async () => {
    expect(await esg('extract', '/no/such/report.txt')).toMatchObject({ code: 3, out: '' });
    const dir = mkdtempSync(join(tmpdir(), 'esg-extract-'));
    const empty = join(dir, 'empty.txt');
    writeFileSync(empty, '');
    const e = await esg('extract', empty);
    expect(e.code).toBe(2);
    expect(e.err).toMatch(/^esg: /);
    expect(await esg('extract', REPORT, '--year', '21')).toMatchObject({ code: 2 });
  });
});
