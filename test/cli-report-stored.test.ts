import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { esg } from './support/run-cli.js';
import { calendarYear, dec, quantity, unitOf } from '../src/core/index.js';
import { openStore, systemActor } from '../src/store/index.js';

const dir = mkdtempSync(join(tmpdir(), 'esgkit-report-stored-'));
const db = join(dir, 'esgkit.db');
let orgId = '';

/** `esg report` of the stored organisation's 2025 against HKEX C2, written to `out`. */
const reportFromStore = (out: string, ...extra: string[]) => {
  const stored = ['--db', db, '--org', orgId, '--year', '2025', '--framework', 'hkex-c2'];
  return esg('report', ...stored, '--out', out, ...extra);
};

/** The content-index row of a code in the rendered HTML. */
function indexRow(html: string, qualified: string): string {
  const start = html.indexOf(`data-code="${qualified}"`);
  return start < 0 ? '' : html.slice(start, html.indexOf('</tr>', start));
}

describe('esg report from the store: narratives and omission explanations written in the app', () => {
  beforeAll(async () => {
    const store = await openStore(db, { scryptN: 1024 });
    const actor = systemActor('test');
    const org = await store.createOrganisation('Stored Texts Ltd.', actor);
    orgId = org.id;
    const period = await store.openPeriod(org.id, { year: 2025 }, actor);
    await store.upsertFacts(
      org.id,
      period.id,
      [
        {
          entity: org.id,
          period: calendarYear(2025),
          metric: 'energy.electricity',
          dims: {},
          quantity: quantity(dec('3907.4'), unitOf('MWh')),
          basis: 'actual',
          provenance: { kind: 'entry', user: 'meter@example.com', at: '2025-12-31' },
          status: 'unverified',
        },
      ],
      actor,
      'test',
    );
    await store.putNarrative(
      org.id,
      period.id,
      { framework: 'hkex-c2', code: 'A1', text: 'Kiln 3 moved from coal to biomass in March.' },
      actor,
    );
    await store.putExplanation(
      org.id,
      period.id,
      {
        framework: 'hkex-c2',
        code: 'A2.5',
        kind: 'not_applicable',
        reason: 'Cement ships in bulk, unpackaged.',
      },
      actor,
    );
    await store.importSurvey(
      org.id,
      period.id,
      {
        source: 'survey.csv',
        responses: [
          { group: 'Investors', topic: 'Air emissions', stakeholder: dec('4.5'), business: dec('4.25') },
          { group: 'Staff', topic: 'Training', stakeholder: dec(2), business: dec('1.5') },
        ],
      },
      actor,
    );
    await store.close();
  });

  it('puts the stored narrative and explanation in the HTML and reports the codes still unexplained', async () => {
    const out = join(dir, 'stored.html');
    const r = await reportFromStore(out);
    expect(r.code).not.toBe(0);
    const html = readFileSync(out, 'utf8');
    expect(html).toContain('Kiln 3 moved from coal to biomass in March.');
    expect(indexRow(html, 'HKEX:A2.5')).toContain('Not applicable: Cement ships in bulk, unpackaged.');
    // The narrative answers A1's general disclosure, so it is no longer missing; A2.5 is explained.
    expect(indexRow(html, 'HKEX:A1.GD')).not.toContain('No explanation given');
    expect(r.err).not.toMatch(/HKEX:A2\.5 /);
    expect(r.err).not.toMatch(/HKEX:A1\.GD /);
    expect(indexRow(html, 'HKEX:B5.4')).toContain('No explanation given');
    expect(r.err).toMatch(/HKEX:B5\.4 \(.*\): no figures, text or location, and no reason given/);
    expect(r.err).toMatch(/have neither figures nor a reason for omission/);
    // The stored survey is the report's materiality assessment: both topics, ranked.
    const materiality = html.slice(html.indexOf('id="materiality"'));
    expect(materiality.indexOf('Air emissions')).toBeGreaterThan(0);
    expect(materiality.indexOf('Training')).toBeGreaterThan(materiality.indexOf('Air emissions'));
  });

  it('lets a --config file override a stored narrative and explanation code by code', async () => {
    const config = join(dir, 'override.json');
    writeFileSync(
      config,
      JSON.stringify({
        narratives: { A1: 'Config text wins for A1.' },
        explanations: { 'A2.5': { kind: 'omitted', reason: 'Packaging data is collected from 2026.' } },
      }),
    );
    const out = join(dir, 'override.html');
    const r = await reportFromStore(out, '--config', config, '--draft');
    expect(r.code, r.err).toBe(0);
    const html = readFileSync(out, 'utf8');
    expect(html).toContain('Config text wins for A1.');
    expect(html).not.toContain('Kiln 3 moved');
    expect(indexRow(html, 'HKEX:A2.5')).toContain('Omitted: Packaging data is collected from 2026.');
  });
});
