import { describe, expect, it } from 'vitest';
import { checkFacts } from '../check-facts.js';
import { printed } from '../testing/printed-fact.js';
import { toCheckJson } from './check-json.js';
import { renderCheckHtml } from './check-html.js';
import { renderCheckTable } from './check-table.js';

// Rows as the app's period check builds them: the preparer's stored narrative and explanation (no
// printed line, an origin), ahead of an imported report's printed index row.
const result = checkFacts({
  facts: [printed({ metric: 'ghg.scope1', value: '812.4', unit: 'tCO2e', year: 2025, line: 77 })],
  framework: 'hkex-c2',
  document: { reportYear: 2025 },
  index: [
    {
      code: 'HKEX:B3',
      status: 'reported',
      location: 'narrative',
      source: {},
      origin: 'narrative HKEX:B3, version 4',
    },
    {
      code: 'HKEX:A2.5',
      status: 'not_applicable',
      location: '',
      reason: 'no <packaging> used',
      source: {},
      origin: 'not-applicable explanation HKEX:A2.5',
    },
    { code: 'HKEX:B6.2', status: 'reported', location: 'Customers', source: { line: 431, page: 19 } },
  ],
});

describe('the source of coverage rows', () => {
  it('JSON names the stored narrative or explanation, or the printed line and page', () => {
    const rows = new Map(toCheckJson(result).coverage.map((r) => [r.code, r]));
    expect(rows.get('HKEX:B3.GD')?.source).toBe('narrative HKEX:B3, version 4');
    expect(rows.get('HKEX:A2.5')).toMatchObject({
      status: 'explained',
      source: 'not-applicable explanation HKEX:A2.5',
    });
    expect(rows.get('HKEX:B6.2')?.source).toBe('l.431, p.19');
    // Answered by figures only: no source to name.
    expect(rows.get('HKEX:D.metrics.ghg.scope1')).toMatchObject({ status: 'disclosed', source: null });
  });

  it('the table prints it in a source column, and a stored row is never shown as a page', () => {
    const table = renderCheckTable(result);
    expect(table).toMatch(/code\s+status\s+facts\s+where \/ why\s+source/);
    expect(table).toMatch(/HKEX:B3\.GD\s+disclosed\s+0\s+narrative\s+narrative HKEX:B3, version 4/);
    expect(table).toMatch(/HKEX:B6\.2\s+disclosed\s+0\s+Customers\s+l\.431, p\.19/);
    expect(table).not.toContain('p.?');
  });

  it('the HTML grid shows it in the cell, escaped', () => {
    const html = renderCheckHtml(result);
    expect(html).toContain('<small class="src">narrative HKEX:B3, version 4</small>');
    expect(html).toContain('<small class="src">l.431, p.19</small>');
    expect(html).not.toContain('<packaging>');
  });

  it('a finding about a stored row names it instead of an empty source line', () => {
    const withFigures = checkFacts({
      facts: [printed({ metric: 'ghg.scope1', value: '812.4', unit: 'tCO2e', year: 2025, line: 77 })],
      framework: 'hkex-c2',
      document: { reportYear: 2025 },
      index: [
        {
          code: 'HKEX:D.metrics.ghg.scope1',
          status: 'omitted',
          location: '',
          reason: 'metering incomplete',
          source: {},
          origin: 'omission explanation HKEX:D.metrics.ghg',
        },
      ],
    });
    const finding = withFigures.findings.find((f) => f.rule === 'coverage.figures-despite-omission');
    expect(finding?.source).toEqual([]);
    expect(finding?.message).toContain('(from the stored omission explanation HKEX:D.metrics.ghg)');
  });
});
