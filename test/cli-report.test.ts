import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { esg } from './support/run-cli.js';
import { calendarYear, dec, getFramework, quantity, unitOf } from '../src/core/index.js';
import { openStore, systemActor } from '../src/store/index.js';

const dir = mkdtempSync(join(tmpdir(), 'esgkit-report-cli-'));
const HEADINGS = new Set(['part', 'subject_area', 'aspect', 'standard', 'section']);

/** `esg calc`-style JSON: Scope 1 with its lineage in 2025, and a document figure for 2024. */
const factsFile = join(dir, 'facts.json');
writeFileSync(
  factsFile,
  JSON.stringify({
    facts: [
      {
        metric: 'ghg.scope1',
        value: 653.05,
        exact: '653.05402',
        unit: 'tCO2e',
        year: 2025,
        dims: {},
        lineage: {
          formula: 'Fuel × NCV × EF',
          inputs: [{ row: 3, activity: 'natural_gas', amount: '182400', unit: 'm3' }],
          factors: [],
        },
      },
      {
        metric: 'ghg.scope1',
        value: 611.2,
        unit: 'tCO2e',
        year: 2024,
        reported: { value: '611.2', unit: 'tCO2e', text: 'Scope 1: 611.2' },
        source: { page: 12 },
      },
      {
        metric: 'water.consumption',
        value: 61250,
        unit: 'm3',
        year: 2025,
        entry: { user: 'ops@example.com', at: '2026-01-10' },
      },
    ],
  }),
);

/** A config explaining every HKEX 2020 disclosure the facts do not cover. */
const configFile = join(dir, 'report.json');
writeFileSync(
  configFile,
  JSON.stringify({
    organisation: {
      name: 'Harbourline Components Ltd.',
      sites: [{ name: 'Depot', included: false, reason: 'leased out' }],
    },
    explanations: Object.fromEntries(
      getFramework('hkex-2020')
        .items.filter((i) => !HEADINGS.has(i.kind))
        .map((i) => [i.code, { kind: 'omitted', reason: 'data not collected in 2025' }]),
    ),
    narratives: { A1: 'We measure Scope 1 at every plant.' },
    materiality: { survey: 'survey.csv', weights: { Investors: 2 } },
  }),
);
writeFileSync(
  join(dir, 'survey.csv'),
  'Respondent group,Topic,Importance to stakeholders,Impact on the business\nInvestors,GHG emissions,5,4\nEmployees,Occupational safety,4,3\n',
);

/** `esg report` of the facts file for Harbourline's 2025 HKEX 2020 report, written to `out`. */
const reportFromFacts = (out: string, ...extra: string[]) =>
  esg(
    'report',
    '--org',
    'harbourline',
    '--year',
    '2025',
    '--framework',
    'hkex-2020',
    '--out',
    out,
    '--facts',
    factsFile,
    ...extra,
  );

describe('esg report', () => {
  it('writes an HTML report from facts files and a config, and exits 0 when every disclosure is answered', async () => {
    const out = join(dir, 'report.html');
    const { code, out: stdout, err } = await reportFromFacts(out, '--config', configFile);
    expect(err).toBe('');
    expect(code).toBe(0);
    expect(stdout).toMatch(
      /^wrote .*report\.html: 2 KPI rows in 2 sections, 66 content-index items, 0 without explanation/,
    );
    const html = readFileSync(out, 'utf8');
    expect(html).toContain('Harbourline Components Ltd.');
    expect(html).toMatch(/653\.05<sup class="fnref">/);
    expect(html).toContain('Depot is outside the reporting boundary: leased out.');
    expect(html).toContain('Materiality assessment');
  });

  it('reports disclosures without an explanation as an error, after writing the draft', async () => {
    const out = join(dir, 'draft.csv');
    const { code, err } = await reportFromFacts(out);
    expect(code).toBe(2);
    expect(err).toContain('esg: HKEX:MDR.governance');
    expect(err).toMatch(/disclosure\(s\) of hkex-2020 have neither figures nor a reason for omission/);
    expect(existsSync(out)).toBe(true);
    const drafted = await reportFromFacts(out, '--draft');
    expect(drafted.code).toBe(0);
    expect(readFileSync(out, 'utf8')).toContain('ghg.scope1');
  });

  it('refuses an unknown output format and a missing store', async () => {
    expect(
      (
        await esg(
          'report',
          '--org',
          'x',
          '--year',
          '2025',
          '--framework',
          'gri-2021',
          '--out',
          join(dir, 'r.docx'),
          '--facts',
          factsFile,
        )
      ).code,
    ).toBe(2);
    const missing = await esg(
      'report',
      '--org',
      'x',
      '--year',
      '2025',
      '--framework',
      'gri-2021',
      '--out',
      join(dir, 'r.csv'),
      '--db',
      join(dir, 'none.db'),
    );
    expect(missing.code).toBe(3);
    expect(missing.err).toContain('no esgkit store at');
  });

  it('reads an organisation and its facts from the store (--org with --db)', async () => {
    const db = join(dir, 'esgkit.db');
    const store = await openStore(db, { scryptN: 1024 });
    const actor = systemActor('test');
    const org = await store.createOrganisation('Store Test Co.', actor);
    const site = await store.createSite(org.id, { name: 'Plant East', boundary: { kind: 'in' } }, actor);
    for (const year of [2024, 2025]) {
      const period = await store.openPeriod(org.id, { year }, actor);
      const fact = (value: string, siteId?: string) => ({
        entity: org.id,
        period: calendarYear(year),
        metric: 'energy.electricity',
        dims: {},
        quantity: quantity(dec(value), unitOf('MWh')),
        basis: 'actual' as const,
        provenance: { kind: 'entry' as const, user: 'meter@example.com', at: `${year}-12-31` },
        status: 'unverified' as const,
        ...(siteId ? { siteId } : {}),
      });
      await store.upsertFacts(
        org.id,
        period.id,
        [fact(year === 2025 ? '4812.3' : '4650.75'), fact(year === 2025 ? '1200.5' : '1100.25', site.id)],
        actor,
        'test',
      );
    }
    await store.close();
    const out = join(dir, 'store.xlsx');
    const { code, err } = await esg(
      'report',
      '--org',
      org.id,
      '--year',
      '2025',
      '--framework',
      'hkex-c2',
      '--out',
      out,
      '--db',
      db,
      '--draft',
    );
    expect(code, err).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(out) as unknown as ArrayBuffer);
    const sheet = wb.getWorksheet('A2 Use of resources');
    const values: [unknown, unknown, unknown][] = [];
    sheet?.eachRow((row, n) => {
      if (n > 1) values.push([row.getCell(4).value, row.getCell(5).value, row.getCell(6).value]);
    });
    expect(values).toEqual([
      ['', 2024, 4650.75],
      ['', 2025, 4812.3],
      ['site=Plant East', 2024, 1100.25],
      ['site=Plant East', 2025, 1200.5],
    ]);
    expect(wb.getWorksheet('About')?.getCell('B2').value).toBe('Store Test Co.');
  });
});
