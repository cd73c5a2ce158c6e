import { describe, expect, it } from 'vitest';
import { calendarYear, quantity, unitOf, type Fact } from '../../core/index.js';
import { sampleFacts, sampleInput } from '../testing/sample-report.js';
import { buildReport } from './build-report.js';
import type { AspectSection, KpiRow } from './report-model.js';

function section(sections: readonly AspectSection[], code: string): AspectSection {
  const s = sections.find((x) => x.code === code);
  if (!s) throw new Error(`no section ${code}`);
  return s;
}

function row(s: AspectSection, label: string): KpiRow {
  const r = s.table?.rows.find((x) => x.label === label);
  if (!r)
    throw new Error(`no row "${label}" in ${s.code}: ${s.table?.rows.map((x) => x.label).join(' | ') ?? ''}`);
  return r;
}

describe('buildReport: KPI tables', () => {
  const model = buildReport(sampleInput());

  it('shows the reporting year and the two before it, oldest first', () => {
    expect(model.years).toEqual([2023, 2024, 2025]);
    for (const s of model.sections) if (s.table) expect(s.table.years).toEqual([2023, 2024, 2025]);
  });

  it('puts figures under the aspect their metric is disclosed in, in the framework order (C2: GHG under Part D)', () => {
    expect(model.sections.map((s) => s.code)).toEqual(['A1', 'A2', 'B1', 'B8', 'D', 'other']);
    const d = section(model.sections, 'D');
    const scope1 = row(d, 'Direct (Scope 1) GHG emissions');
    expect(scope1.cells.map((c) => c?.display ?? null)).toEqual(['377.00', '398.10', '412.75']);
    expect(scope1.unit).toBe('tCO2e');
    expect(scope1.codes).toEqual(['HKEX:D.metrics.ghg.scope1']);
  });

  it('converts a year reported in another unit to the row unit exactly', () => {
    const electricity = row(section(model.sections, 'A2'), 'Electricity consumption');
    expect(electricity.unit).toBe('MWh');
    expect(electricity.cells.map((c) => c?.value.toFixed() ?? null)).toEqual([null, '4650', '4812.3']);
    expect(electricity.cells[1]?.display).toBe('4,650.00');
  });

  it('nests breakdowns under their total and prints intensities per their denominator', () => {
    const b1 = section(model.sections, 'B1');
    const labels = b1.table?.rows.map((r) => `${'  '.repeat(r.depth)}${r.label}`);
    expect(labels?.slice(1, 6)).toEqual(['  Male', '  Female', '  aged <30', '  aged 30-50', '  aged >50']);
    const intensity = row(section(model.sections, 'D'), 'GHG emission intensity');
    expect(intensity.unit).toBe('tCO2e/m2');
    expect(intensity.cells[2]?.display).toBe('0.0213');
  });

  it('leaves out targets, rejected facts and years outside the window', () => {
    const scope1 = row(section(model.sections, 'D'), 'Direct (Scope 1) GHG emissions');
    const printed = scope1.cells.map((c) => c?.value.toFixed());
    expect(printed).not.toContain('999');
    expect(printed).not.toContain('200');
  });

  it('puts metrics no disclosure asks for under Other indicators', () => {
    const other = section(model.sections, 'other');
    expect(other.title).toBe('Other indicators');
    expect(other.table?.rows.map((r) => r.metric)).toEqual(['innovation.rd_investment']);
  });

  it('gives every printed figure a footnote in its own section, numbered across the report', () => {
    const numbers: number[] = [];
    for (const s of model.sections) {
      const ids = new Set(s.footnotes.map((f) => f.n));
      for (const r of s.table?.rows ?? []) {
        for (const c of r.cells) {
          if (!c) continue;
          expect(ids.has(c.footnote)).toBe(true);
        }
      }
      numbers.push(...s.footnotes.map((f) => f.n));
    }
    expect(numbers).toEqual(numbers.map((_, i) => i + 1));
  });

  it('writes footnotes from provenance: calculation inputs and factors, document page and quote, entry user', () => {
    const d = section(model.sections, 'D');
    const scope1 = row(d, 'Direct (Scope 1) GHG emissions');
    const note = (n: number | undefined) => d.footnotes.find((f) => f.n === n)?.body;
    expect(note(scope1.cells[0]?.footnote)).toMatchObject({
      kind: 'entry',
      user: 'ana@example.com',
      note: 'from the 2023 report',
    });
    expect(note(scope1.cells[1]?.footnote)).toMatchObject({
      kind: 'document',
      page: 21,
      document: 'harbourline-esg-2024.pdf',
    });
    const calc = note(scope1.cells[2]?.footnote);
    expect(calc).toMatchObject({ kind: 'calculation', formula: 'Fuel × NCV × EF' });
    expect(calc?.kind === 'calculation' ? calc.factors.map((f) => f.id) : []).toEqual([
      'IPCC-2006-NG-CO2',
      'GWP-AR5-CH4',
    ]);
    expect(calc?.kind === 'calculation' ? calc.inputs[0]?.rows : '').toBe('3, 7');
  });

  it('notes scope and boundary under the table', () => {
    const notes = section(model.sections, 'D').notes.join(' ');
    expect(notes).toContain('location-based and market-based methods');
    expect(notes).toContain('IPCC AR5');
    expect(notes).toContain('Intensities are per m2');
    expect(model.boundary.join(' ')).toContain(
      'Dongguan Warehouse is outside the reporting boundary: sold in March 2025.',
    );
  });

  it('orders an aspect’s narratives as the framework does, whatever order they were given in', () => {
    const ordered = buildReport(
      sampleInput({ narratives: { 'B2.3': 'Monthly safety inspections.', B2: 'The safety policy.' } }),
    );
    expect(section(ordered.sections, 'B2').narratives.map((n) => n.code)).toEqual([
      'HKEX:B2.GD',
      'HKEX:B2.3',
    ]);
  });

  it('places the aspect narrative as its general disclosure', () => {
    const a1 = section(model.sections, 'A1');
    expect(a1.narratives[0]?.code).toBe('HKEX:A1.GD');
    expect(a1.narratives[0]?.paragraphs).toHaveLength(2);
    expect(a1.table).toBeNull();
  });

  it('lists methods, factors with sources and documents in the appendix', () => {
    expect(model.appendix.factors.map((f) => f.id)).toEqual([
      'CN-MEE-2022-grid',
      'GWP-AR5-CH4',
      'IPCC-2006-NG-CO2',
    ]);
    expect(model.appendix.factors[0]?.source).toContain('Ministry of Ecology and Environment');
    expect(model.appendix.documents).toEqual([
      { document: 'harbourline-esg-2024.pdf', pages: [21, 22, 40], facts: 4 },
    ]);
  });
});

describe('buildReport: choosing between sources', () => {
  const base = sampleFacts()[0] as Fact;
  const variant = (value: string, extra: Partial<Fact>): Fact => ({
    ...base,
    quantity: quantity(value, unitOf('tCO2e')),
    period: calendarYear(2025),
    ...extra,
  });

  it('prints a verified figure over an unverified one and warns that they differ', () => {
    const verified = variant('500.5', {
      status: 'verified',
      provenance: { kind: 'entry', user: 'rev@example.com', at: '2026-01-02' },
    });
    const model = buildReport(sampleInput({ facts: [base, verified], narratives: {} }));
    const cell = model.sections[0]?.table?.rows[0]?.cells[2];
    expect(cell?.value.toFixed()).toBe('500.5');
    expect(model.issues.filter((i) => i.code === 'conflicting_values')).toHaveLength(1);
  });

  it('does not print rejected figures', () => {
    const rejected = variant('600', { status: 'rejected' });
    const model = buildReport(sampleInput({ facts: [rejected], narratives: {} }));
    expect(model.sections).toEqual([]);
  });
});
