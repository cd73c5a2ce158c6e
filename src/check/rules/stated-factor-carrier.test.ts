import { describe, expect, it } from 'vitest';
import { parseUnit, type Fact } from '../../core/index.js';
import { printed } from '../testing/printed-fact.js';
import { ruleContext } from './context.js';
import { statedFactorRule } from './stated-factor.js';

function run(facts: readonly Fact[]) {
  return statedFactorRule.run(ruleContext(facts, () => undefined));
}

// A Chinese note states each fuel's coal-equivalent coefficient; the tables below print the rows with
// English labels (a bilingual layout the reader translated), or with none the note's words repeat.
const NOTE = '折标系数：柴油1.4571吨标准煤/吨，原煤0.7143吨标准煤/吨。';

function factor(label: string, value: string, unit: string): Fact {
  const base = printed({ metric: 'unclassified', value, unit: '', year: 2025, line: 6, label, quote: NOTE });
  return {
    ...base,
    provenance: { ...base.provenance, extraction: 'text' } as Fact['provenance'],
    quantity: { value: base.quantity.value, unit: parseUnit(unit) },
  };
}

function row(metric: string, value: string, unit: 't' | 'tce', line: number, label?: string): Fact {
  return printed({
    metric,
    value,
    unit: unit === 't' ? 't' : 'MWh',
    printedUnit: unit === 't' ? undefined : 'tce',
    year: 2025,
    line,
    ...(label === undefined ? {} : { label }),
  });
}

function report(dieselTce: string, coalTce: string, extra: Fact[] = []): Fact[] {
  return [
    factor('柴油', '1.4571', 'tce/t'),
    factor('原煤', '0.7143', 'tce/t'),
    row('energy.diesel', '240.80', 't', 20, 'Diesel (t)'),
    row('energy.coal', '3175.0', 't', 21),
    row('energy.diesel', dieselTce, 'tce', 30, 'Diesel (tce)'),
    row('energy.coal', coalTce, 'tce', 31),
    ...extra,
  ];
}

describe('factor.stated: rows matched by the carrier the note names, not by its printed words', () => {
  it('raises nothing when each tce row is its tonnes times the stated coefficient', () => {
    // 240.80 × 1.4571 = 350.87; 3,175.0 × 0.7143 = 2,267.90.
    expect(run(report('350.87', '2267.90'))).toEqual([]);
  });

  it('flags the English-labelled diesel row converted at another coefficient', () => {
    // 240.80 × 1.5000 = 361.20 instead of 350.87.
    const findings = run(report('361.20', '2267.90'));
    expect(findings.map((f) => f.source.map((s) => s.line))).toEqual([[30, 20, 6]]);
    expect(findings[0]?.expected).toBe('350.87');
  });

  it('flags the unlabelled coal row converted at another coefficient', () => {
    // 3,175.0 × 0.7000 = 2,222.50 instead of 2,267.90.
    const findings = run(report('350.87', '2222.50'));
    expect(findings.map((f) => f.source[0]?.line)).toEqual([31]);
  });

  it("keeps to the row that names the carrier by the note's own word when one does", () => {
    // A diesel row of another table, named in the note's language, agrees: the English rows are not
    // compared, and neither is a second tonnes row only classified as diesel.
    const named = [
      row('energy.diesel', '100.00', 't', 40, '柴油'),
      row('energy.diesel', '145.71', 'tce', 41, '柴油'),
    ];
    expect(run(report('361.20', '2267.90', named))).toEqual([]);
  });

  it("does not take a row naming two carriers for one carrier's output", () => {
    // "移动源（柴油、汽油）" adds diesel and petrol: 240.80 t of diesel times 1.4571 does not give it.
    const mobile = row('energy.diesel', '512.40', 'tce', 32, '移动源（柴油、汽油）');
    const alone = [
      factor('柴油', '1.4571', 'tce/t'),
      row('energy.diesel', '240.80', 't', 20, 'Diesel (t)'),
      mobile,
    ];
    expect(run(alone)).toEqual([]);
  });
});
