import { describe, expect, it } from 'vitest';
import { checkFacts } from '../check-facts.js';
import { printed } from '../testing/printed-fact.js';
import { intensityDenominatorRule } from './intensity-denominator.js';
import { productOf } from './production-denominator.js';

// A made-up steelworks: 4,180 kt of crude steel in 2025 and 3,950 kt in 2024, 3,610 kt of rolled
// products; 7,942,000 t CO2e of Scope 1 + 2 in 2025 (1.90 t per t of crude steel) and 7,663,000 t in
// 2024 (1.94).
const steel = (year: number, value: string) =>
  printed({ metric: 'unclassified', value, unit: 't', scale: '1000', year, line: 12, label: 'Crude steel' });
const rolled = printed({
  metric: 'unclassified',
  value: '3610',
  unit: 't',
  scale: '1000',
  year: 2025,
  line: 13,
  label: 'Rolled products',
});
const ghg = printed({ metric: 'ghg.scope1_2', value: '7942000', unit: 'tCO2e', year: 2025, line: 30 });
const ghg2024 = printed({ metric: 'ghg.scope1_2', value: '7663000', unit: 'tCO2e', year: 2024, line: 30 });
const intensity = (value: string, per: string, year = 2025) =>
  printed({ metric: 'ghg.intensity', value, unit: 'tCO2e', year, line: 31, dims: { denominator: per } });
const steelYears = [steel(2025, '4180'), steel(2024, '3950'), ghg, ghg2024];

const run = (facts: Parameters<typeof checkFacts>[0]['facts']) =>
  checkFacts({ facts, rules: [intensityDenominatorRule] }).findings;

describe('productOf', () => {
  it('reads the product a mass or volume denominator names, in any language', () => {
    expect(productOf('t of crude steel')).toBe('crude steel');
    expect(productOf('per hl of beer')).toBe('beer');
    expect(productOf('т стали*')).toBe('стали');
  });

  it('reads output in general as no product, and a bare or non-physical unit as none', () => {
    expect(productOf('tonne of product')).toBe('');
    expect(productOf('t produced')).toBe('');
    expect(productOf('t')).toBeUndefined();
    expect(productOf('employee')).toBeUndefined();
    expect(productOf('MWh of electricity')).toBeUndefined();
  });
});

describe('an intensity per tonne of a product against the year’s output', () => {
  const crude = (value: string, year = 2025) => intensity(value, 't of crude steel', year);

  it('warns when it divides another figure than the product’s row, naming the intensity the row gives', () => {
    // 7,942,000 ÷ 3,874,000 t = 2.05, though 2024's intensity is its year's emissions ÷ output.
    const found = run([...steelYears, rolled, crude('2.05'), crude('1.94', 2024)]);
    expect(found.map((f) => [f.severity, f.source.map((s) => s.line)])).toEqual([['warning', [31, 30, 12]]]);
    expect(found[0]?.expected).toBe('1.9');
  });

  it('names the other year’s output it divides', () => {
    // 7,942,000 ÷ 3,950,000 (2024's output) = 2.01.
    const found = run([...steelYears, crude('2.01'), crude('1.94', 2024)]);
    expect(found.map((f) => f.severity)).toEqual(['warning']);
    expect(found[0]?.message).toMatch(/2024/);
  });

  it('is quiet when it divides the product’s own row, or misses it every year (another numerator)', () => {
    expect(run([...steelYears, rolled, crude('1.90'), crude('1.94', 2024)])).toEqual([]);
    expect(run([...steelYears, crude('2.45'), crude('2.50', 2024)])).toEqual([]);
  });

  it('never pairs it with another product or a figure in another dimension', () => {
    // Per t of rolled products: 7,942,000 ÷ 3,610,000 = 2.20, though crude steel's row gives 1.90.
    const rolledIntensity = (value: string, year = 2025) => intensity(value, 't of rolled products', year);
    expect(run([...steelYears, rolled, rolledIntensity('2.20'), rolledIntensity('2.20', 2024)])).toEqual([]);
    const perHl = (value: string, year = 2025) => intensity(value, 'hl of crude steel', year);
    expect(run([...steelYears, perHl('2.05'), perHl('1.94', 2024)])).toEqual([]);
    const bare = (value: string, year = 2025) => intensity(value, 't', year);
    expect(run([...steelYears, bare('2.05'), bare('1.94', 2024)])).toEqual([]);
  });

  it('takes the production metric for output in general', () => {
    const output = (year: number, value: string) =>
      printed({ metric: 'production.output', value, unit: 't', scale: '1000', year, line: 8 });
    const perProduct = (value: string, year = 2025) => intensity(value, 'tonne of product', year);
    const facts = [output(2025, '4180'), output(2024, '3950'), ghg, ghg2024, perProduct('1.94', 2024)];
    expect(run([...facts, perProduct('2.05')]).map((f) => f.severity)).toEqual(['warning']);
    expect(run([...facts, perProduct('1.90')])).toEqual([]);
  });

  it('reads the product from the sentence when the figure’s unit stopped at the bare unit', () => {
    const quote =
      'Emissions came to 2.05 t CO2e per tonne of crude steel (2024: 1.94 t CO2e per tonne of crude steel).';
    const said = (value: string, year: number) =>
      printed({
        metric: 'ghg.intensity',
        value,
        unit: 'tCO2e',
        year,
        line: 40,
        dims: { denominator: 'tonne' },
        quote,
        extraction: 'text',
      });
    expect(run([...steelYears, said('2.05', 2025), said('1.94', 2024)]).map((f) => f.severity)).toEqual([
      'warning',
    ]);
    const mixed = `${quote} Clinker: 0.81 t CO2e per tonne of clinker.`;
    const both = (value: string, year: number) =>
      printed({
        metric: 'ghg.intensity',
        value,
        unit: 'tCO2e',
        year,
        line: 40,
        dims: { denominator: 'tonne' },
        quote: mixed,
        extraction: 'text',
      });
    expect(run([...steelYears, both('2.05', 2025), both('1.94', 2024)])).toEqual([]);
  });

  it('reads output in general from a genitive right after the bare unit, with no "of"', () => {
    // 7,942,000 ÷ 3,950,000 (2024's output) = 2.01 printed for 2025; 2024's 1.94 divides its own year.
    const quote = 'Η ένταση εκπομπών ήταν 2,01 t CO2e ανά τόνο προϊόντος (2024: 1,94 t CO2e/τόνο).';
    const output = (year: number, value: string) =>
      printed({ metric: 'production.output', value, unit: 't', scale: '1000', year, line: 8 });
    const said = (value: string, year: number) =>
      printed({
        metric: 'ghg.intensity',
        value,
        unit: 'tCO2e',
        year,
        line: 41,
        dims: { denominator: 'τόνο' },
        quote,
        extraction: 'text',
      });
    const facts = [output(2025, '4180'), output(2024, '3950'), ghg, ghg2024, said('1.94', 2024)];
    const found = run([...facts, said('2.01', 2025)]);
    expect(found.map((f) => [f.severity, f.source.map((s) => s.line)])).toEqual([['warning', [41, 30, 8]]]);
    expect(found[0]?.message).toMatch(/2024/);
  });
});
