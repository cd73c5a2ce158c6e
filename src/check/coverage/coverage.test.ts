import { describe, expect, it } from 'vitest';
import { checkFacts } from '../check-facts.js';
import { printed } from '../testing/printed-fact.js';

const SCOPE1 = printed({ metric: 'ghg.scope1', value: '4210.6', unit: 'tCO2e', year: 2024, line: 41 });

function mandatoryMissing(result: ReturnType<typeof checkFacts>): string[] {
  return result.findings
    .filter((f) => f.rule === 'coverage.mandatory-missing')
    .map((f) => /^(\S+)/.exec(f.message)?.[1] ?? '');
}

describe('coverage', () => {
  it('asks a GRI report in accordance for GRI 2 and 3, but one "with reference" for nothing (GRI 1, Table 2)', () => {
    const accordance = checkFacts({
      facts: [SCOPE1],
      framework: 'gri-2021',
      document: { frameworks: ['GRI-2021'], claimBases: { 'GRI-2021': 'in_accordance' } },
    });
    expect(mandatoryMissing(accordance)).toContain('GRI:3-1');
    expect(accordance.coverage?.items.find((i) => i.code === 'GRI:2-1')?.level).toBe('mandatory');

    const reference = checkFacts({
      facts: [SCOPE1],
      framework: 'gri-2021',
      document: { frameworks: ['GRI-2021'], claimBases: { 'GRI-2021': 'with_reference' } },
    });
    expect(mandatoryMissing(reference)).toEqual([]);
    expect(reference.coverage?.items.find((i) => i.code === 'GRI:2-1')?.level).toBe('recommended');
    expect(reference.coverage?.items.find((i) => i.code === 'GRI:305-1')).toMatchObject({
      level: 'recommended',
      status: 'disclosed',
    });
  });

  it('a GRI claim does not relax another framework', () => {
    const hkex = checkFacts({
      facts: [SCOPE1],
      framework: 'hkex-2020',
      document: { frameworks: ['HKEX-2020', 'GRI-2021'], claimBases: { 'GRI-2021': 'with_reference' } },
    });
    expect(mandatoryMissing(hkex)).toEqual([
      'HKEX:MDR.governance',
      'HKEX:MDR.principles',
      'HKEX:MDR.boundary',
    ]);
  });

  it('counts the principles and boundary the report states in words as disclosed, where it states them', () => {
    const result = checkFacts({
      facts: [SCOPE1],
      framework: 'hkex-c2',
      document: {
        reportYear: 2026,
        statements: [
          { kind: 'reporting_principles', text: 'Principles of Preparation', source: { line: 17 } },
          { kind: 'reporting_boundary', text: 'Scope and Boundary', source: { line: 9 } },
        ],
      },
    });
    // Scope 2 is mandatory under C2 from 2025 and not printed here.
    expect(mandatoryMissing(result)).toEqual(['HKEX:MDR.governance', 'HKEX:D.metrics.ghg.scope2']);
    expect(result.coverage?.items.find((i) => i.code === 'HKEX:MDR.boundary')).toMatchObject({
      status: 'disclosed',
      location: 'Scope and Boundary',
      source: { line: 9 },
    });
  });

  it('counts the period, restatements, assurance and materiality stated in words as GRI 2-3, 2-4, 2-5, 3-1 and 3-2', () => {
    const result = checkFacts({
      facts: [SCOPE1],
      framework: 'gri-2021',
      document: {
        reportYear: 2026,
        statements: [
          {
            kind: 'reporting_period',
            text: 'Reporting period: 1 April 2025 to 31 March 2026',
            source: { line: 4 },
          },
          { kind: 'restatements', text: 'No figures were restated.', source: { line: 6 } },
          { kind: 'external_assurance', text: 'Independent Assurance Statement', source: { line: 90 } },
          { kind: 'material_topics', text: 'Materiality Assessment', source: { line: 12 } },
        ],
      },
    });
    const missing = mandatoryMissing(result);
    for (const code of ['GRI:2-3', 'GRI:2-4', 'GRI:2-5', 'GRI:3-1', 'GRI:3-2'])
      expect(missing).not.toContain(code);
    expect(missing).toContain('GRI:2-1');
  });

  it("counts the organisation's seat or legal form stated in words as GRI 2-1", () => {
    const result = checkFacts({
      facts: [SCOPE1],
      framework: 'gri-2021',
      document: {
        reportYear: 2026,
        statements: [
          { kind: 'organisation_details', text: 'Registered office: 14 Harbour Road', source: { line: 3 } },
        ],
      },
    });
    expect(mandatoryMissing(result)).not.toContain('GRI:2-1');
    expect(result.coverage?.items.find((i) => i.code === 'GRI:2-1')).toMatchObject({
      status: 'disclosed',
      source: { line: 3 },
    });
  });

  it('reads an index row for a code Appendix C2 removed (KPI A1.2) as answering the Part D items that took it over', () => {
    const result = checkFacts({
      facts: [],
      framework: 'hkex-c2',
      document: { reportYear: 2025 },
      index: [
        { code: 'HKEX:A1.2', status: 'reported', location: 'Carbon footprint, p. 14', source: { line: 388 } },
        {
          code: 'HKEX:D.metrics.ghg.scope2',
          status: 'omitted',
          location: '',
          reason: 'being measured',
          source: { line: 402 },
        },
      ],
    });
    const row = (code: string) => result.coverage?.items.find((i) => i.code === code);
    expect(row('HKEX:D.metrics.ghg.scope1')).toMatchObject({
      status: 'disclosed',
      location: 'Carbon footprint, p. 14',
      source: { line: 388 },
    });
    // The index's own row for the successor wins over the removed code's.
    expect(row('HKEX:D.metrics.ghg.scope2')).toMatchObject({
      status: 'explained',
      location: 'being measured',
    });
    expect(row('HKEX:A1.2')).toBeUndefined();
  });

  it('counts a narrative about a whole topic toward the disclosures words can answer, not its figures', () => {
    const narrative = (code: string) => ({
      code,
      status: 'reported' as const,
      location: 'narrative',
      source: {},
    });
    const gri = checkFacts({
      facts: [],
      framework: 'gri-2021',
      document: { reportYear: 2026 },
      index: [narrative('GRI:303'), narrative('GRI:305')],
    });
    const status = (result: typeof gri, code: string) =>
      result.coverage?.items.find((i) => i.code === code)?.status;
    // GRI 3-3 (management of material topics) and 303's descriptive 303-1 and 303-2 are answered in words.
    expect(['GRI:3-3', 'GRI:303-1', 'GRI:303-2'].map((c) => status(gri, c))).toEqual([
      'disclosed',
      'disclosed',
      'disclosed',
    ]);
    // Withdrawal in megalitres and Scope 1 in tonnes need their figures.
    expect(['GRI:303-3', 'GRI:305-1', 'GRI:3-1'].map((c) => status(gri, c))).toEqual([
      'missing',
      'missing',
      'missing',
    ]);

    const hkex = checkFacts({
      facts: [],
      framework: 'hkex-2020',
      document: { reportYear: 2022 },
      index: [narrative('HKEX:B2')],
    });
    expect(['HKEX:B2.GD', 'HKEX:B2.3', 'HKEX:B2.1'].map((c) => status(hkex, c))).toEqual([
      'disclosed',
      'disclosed',
      'missing',
    ]);
  });
});
