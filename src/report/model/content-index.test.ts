import { describe, expect, it } from 'vitest';
import { FRAMEWORK_IDS, getFramework, qualify, type FrameworkId } from '../../core/index.js';
import { sampleInput } from '../testing/sample-report.js';
import { buildReport } from './build-report.js';
import type { Explanation } from './report-input.js';
import type { ContentIndexRow } from './report-model.js';

const HEADINGS = new Set(['part', 'subject_area', 'aspect', 'standard', 'section']);

/** An explanation for every disclosure of a framework, with a reason naming the code. */
function explainAll(id: FrameworkId): Record<string, Explanation> {
  return Object.fromEntries(
    getFramework(id)
      .items.filter((i) => !HEADINGS.has(i.kind))
      .map((i): [string, Explanation] => [
        i.code,
        { kind: 'omitted', reason: `not collected for ${i.code}` },
      ]),
  );
}

function byCode(rows: readonly ContentIndexRow[], qualified: string): ContentIndexRow {
  const r = rows.find((x) => x.qualified === qualified);
  if (!r) throw new Error(`no index row ${qualified}`);
  return r;
}

describe.each(FRAMEWORK_IDS)('content index for %s', (id) => {
  const framework = getFramework(id);

  it('lists every item of the framework once, in its order', () => {
    const model = buildReport(sampleInput({ framework: id, explanations: {} }));
    expect(model.contentIndex.map((r) => r.qualified)).toEqual(
      framework.items.map((i) => qualify(framework.prefix, i.code)),
    );
  });

  it('gives every disclosure a location or a reason once explanations cover what the facts do not', () => {
    const model = buildReport(sampleInput({ framework: id, explanations: explainAll(id) }));
    const disclosures = model.contentIndex.filter((r) => r.status.kind !== 'heading');
    expect(disclosures.length).toBe(framework.items.filter((i) => !HEADINGS.has(i.kind)).length);
    for (const r of disclosures) {
      expect(['reported', 'omitted', 'not_applicable', 'not_reported']).toContain(r.status.kind);
      if (r.status.kind === 'reported')
        expect(r.status.locations.length + r.status.external.length).toBeGreaterThan(0);
      if (r.status.kind === 'omitted') expect(r.status.reason).toBe(`not collected for ${r.item.code}`);
    }
    expect(model.issues.filter((i) => i.severity === 'error')).toEqual([]);
    // Figures win over an explanation: at least the workforce disclosure is reported from the facts.
    expect(
      disclosures.some(
        (r) => r.status.kind === 'reported' && r.status.locations.some((l) => l.anchor.startsWith('kpi-')),
      ),
    ).toBe(true);
  });

  it('reports each disclosure without figures, text or reason as an error', () => {
    const model = buildReport(sampleInput({ framework: id, explanations: {}, narratives: {} }));
    const missing = model.contentIndex.filter((r) => r.status.kind === 'missing');
    const errors = model.issues.filter((i) => i.code === 'missing_explanation');
    expect(missing.length).toBeGreaterThan(0);
    expect(errors.map((e) => e.message.split(' ')[0])).toEqual(missing.map((r) => r.qualified));
  });
});

describe('content index details', () => {
  it('locates a figure at its KPI row and an aspect text at its general disclosure', () => {
    const model = buildReport(sampleInput({ explanations: {} }));
    const b11 = byCode(model.contentIndex, 'HKEX:B1.1');
    expect(b11.status).toMatchObject({ kind: 'reported', locations: [{ section: 'B1 Employment' }] });
    const anchor = b11.status.kind === 'reported' ? b11.status.locations[0]?.anchor : undefined;
    const b1 = model.sections.find((s) => s.code === 'B1');
    expect(b1?.table?.rows[0]?.id).toBe(anchor);
    expect(byCode(model.contentIndex, 'HKEX:A1.GD').status).toMatchObject({
      kind: 'reported',
      locations: [{ section: 'A1 Emissions' }],
    });
    expect(byCode(model.contentIndex, 'HKEX:MDR.boundary').status).toMatchObject({
      kind: 'reported',
      locations: [{ anchor: 'about-boundary' }],
    });
  });

  it('applies an explanation given for an aspect to every disclosure under it, and the most specific one first', () => {
    const model = buildReport(
      sampleInput({
        explanations: {
          A3: { kind: 'not_applicable', reason: 'office-based operations' },
          'HKEX:A3.1': { kind: 'omitted', reason: 'assessment under way' },
        },
      }),
    );
    expect(byCode(model.contentIndex, 'HKEX:A3.GD').status).toEqual({
      kind: 'not_applicable',
      reason: 'office-based operations',
    });
    expect(byCode(model.contentIndex, 'HKEX:A3.1').status).toEqual({
      kind: 'omitted',
      reason: 'assessment under way',
    });
  });

  it('accepts a location outside the report and warns about codes the framework does not have', () => {
    const model = buildReport(
      sampleInput({
        locations: {
          'MDR.governance': {
            section: 'Corporate Governance Report',
            document: 'Annual Report 2025',
            page: 41,
          },
        },
        explanations: { 'A1.2': { kind: 'omitted', reason: 'moved to Part D' } },
      }),
    );
    expect(byCode(model.contentIndex, 'HKEX:MDR.governance').status).toEqual({
      kind: 'reported',
      locations: [],
      external: [{ section: 'Corporate Governance Report', document: 'Annual Report 2025', page: 41 }],
    });
    // Appendix C2 has no KPI A1.2 (GHG moved to Part D): the explanation is flagged, not silently used.
    expect(model.issues.some((i) => i.code === 'unknown_code' && i.message.includes('"A1.2"'))).toBe(true);
  });

  it('reports a Part D requirement through its reported parts', () => {
    const model = buildReport(sampleInput({ explanations: {} }));
    const ghg = byCode(model.contentIndex, 'HKEX:D.metrics.ghg').status;
    expect(ghg.kind).toBe('reported');
    expect(byCode(model.contentIndex, 'HKEX:D.metrics.ghg.scope3').status.kind).toBe('missing');
  });

  it('links the materiality section to GRI 3-1 and 3-2 when an assessment is given', async () => {
    const { dec } = await import('../../core/index.js');
    const model = buildReport(
      sampleInput({
        framework: 'gri-2021',
        materiality: {
          responses: [{ group: 'Investors', topic: 'Energy use', stakeholder: dec(4), business: dec(3) }],
        },
      }),
    );
    expect(byCode(model.contentIndex, 'GRI:3-2').status).toMatchObject({
      kind: 'reported',
      locations: [{ anchor: 'materiality' }],
    });
    expect(model.materiality?.topics[0]?.codes).toEqual(['GRI:302']);
  });
});
