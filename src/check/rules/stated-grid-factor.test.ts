// factor.grid-stated: location-based Scope 2 against electricity × the grid factor stated for its year.
import { describe, expect, it } from 'vitest';
import type { Fact } from '../../core/index.js';
import { printed } from '../testing/printed-fact.js';
import { ruleContext } from './context.js';
import { statedGridFactorRule } from './stated-grid-factor.js';

const run = (facts: readonly Fact[]) =>
  statedGridFactorRule.run(ruleContext(facts, () => undefined)).map((f) => [f.expected, f.actual, f.message]);

const QUOTE =
  'The national grid emission factor is 0.5366 tCO2/MWh for 2024 and 0.5703 tCO2/MWh for 2023 (MEE notices).';
const factor = (value: string, year: number) =>
  printed({
    metric: 'unclassified',
    value,
    unit: 'tCO2e/MWh',
    year,
    line: 61,
    quote: QUOTE,
    extraction: 'text',
  });
const electricity = (value: string, year: number) =>
  printed({ metric: 'energy.electricity', value, unit: 'MWh', year, line: 80 });
const scope2 = (value: string, year: number) =>
  printed({ metric: 'ghg.scope2', value, unit: 'tCO2e', year, line: 92 });

describe('factor.grid-stated', () => {
  const stated = [factor('0.5366', 2024), factor('0.5703', 2023)];

  it('passes Scope 2 that is the electricity times its own year’s factor', () => {
    const facts = [...stated, electricity('14820', 2024), scope2('7952.4', 2024), electricity('15110', 2023)];
    expect(run([...facts, scope2('8617.2', 2023)])).toEqual([]);
  });

  it('flags last year’s factor applied again, and says so', () => {
    // 14,820 MWh × 0.5703 = 8,451.8 t, printed for 2024 instead of 14,820 × 0.5366 = 7,952.4 t.
    const [found, ...rest] = run([...stated, electricity('14820', 2024), scope2('8451.8', 2024)]);
    expect(rest).toEqual([]);
    expect(found?.slice(0, 2)).toEqual(['7952.4', '8451.8']);
    expect(found?.[2]).toContain('matches the factor stated for 2023');
  });

  it('reads nothing when Scope 2 also counts purchased heat, or the factor is not the grid’s', () => {
    const heat = printed({ metric: 'energy.heat', value: '2100', unit: 'GJ', year: 2024, line: 81 });
    expect(run([...stated, electricity('14820', 2024), scope2('8451.8', 2024), heat])).toEqual([]);
    const diesel = printed({
      metric: 'unclassified',
      value: '0.5366',
      unit: 'tCO2e/MWh',
      year: 2024,
      line: 61,
      quote: 'Diesel generators emit 0.5366 tCO2/MWh.',
      extraction: 'text',
    });
    expect(run([diesel, electricity('14820', 2024), scope2('8451.8', 2024)])).toEqual([]);
  });

  it('still reads Scope 2 when the heat bought is too small to explain the gap', () => {
    // 14,820 MWh × 0.5366 = 7,952.4 t; 0.42 MWh of heat adds at most half a tonne, not 499.4 t.
    const heat = printed({ metric: 'energy.heat', value: '420', unit: 'kWh', year: 2024, line: 81 });
    const [found, ...rest] = run([...stated, electricity('14820', 2024), scope2('8451.8', 2024), heat]);
    expect(rest).toEqual([]);
    expect(found?.[1]).toBe('8451.8');
    // Heat in tonnes of steam cannot be bounded: nothing is said.
    const steam = printed({ metric: 'energy.steam', value: '420', unit: 't', year: 2024, line: 82 });
    expect(run([...stated, electricity('14820', 2024), scope2('8451.8', 2024), steam])).toEqual([]);
  });

  it('reads a factor stated for location-based Scope 2 as the grid’s, whatever the grid is called', () => {
    const named = (value: string, year: number) =>
      printed({
        metric: 'unclassified',
        value,
        unit: 'tCO2e/MWh',
        year,
        line: 40,
        quote:
          'Scope 2 is location-based, with the average factor of the interconnected system: 0.0412 tCO2/MWh in 2024.',
        extraction: 'text',
      });
    // 9,310 MWh × 0.0412 = 383.6 t, not 452.0 t.
    const [found, ...rest] = run([named('0.0412', 2024), electricity('9310', 2024), scope2('452.0', 2024)]);
    expect(rest).toEqual([]);
    expect(found?.slice(0, 2)).toEqual(['383.6', '452']);
  });

  it('reads the electricity factor a Scope 2 sentence states as the grid’s, unless it names a market instrument', () => {
    const stated = (value: string, quote: string) =>
      printed({
        metric: 'unclassified',
        value,
        unit: 'tCO2e/MWh',
        year: 2024,
        line: 40,
        quote,
        extraction: 'text',
      });
    const agency =
      'Scope 2 applies the electricity emission factor published by the energy regulator: 0.612 tCO2/MWh.';
    const residual = 'Scope 2 applies the residual mix electricity factor of 0.612 tCO2/MWh.';
    // 5,200 MWh × 0.612 = 3,182.4 t, not 3,380.0 t.
    const rest = [electricity('5200', 2024), scope2('3380.0', 2024)];
    expect(run([stated('0.612', agency), ...rest]).map((f) => f[0])).toEqual(['3182.4']);
    expect(run([stated('0.612', residual), ...rest])).toEqual([]);
  });

  it('reads no factor of a sentence that states factors by part of the company', () => {
    // The factories' factor names no year (so it is dated to 2031, beside the offices' 0.43): the
    // offices' 0.44 for 2030 is not the whole company's, whose electricity is mostly the factories'.
    const QUOTE_BY_PART =
      'Scope 2 of the factories uses the provincial grid factor of 0.6101 tCO2/MWh; that of the offices ' +
      'uses the city utility’s factor (0.44 kgCO2e/kWh for 2030 and 0.43 kgCO2e/kWh for 2031).';
    const byPart = (value: string, unit: string, year: number) =>
      printed({
        metric: 'unclassified',
        value,
        unit,
        year,
        line: 33,
        quote: QUOTE_BY_PART,
        extraction: 'text',
      });
    const site = (value: string, name: string) =>
      printed({
        metric: 'energy.electricity',
        value,
        unit: 'MWh',
        year: 2030,
        line: 70,
        dims: { site: name },
      });
    const facts = [
      byPart('0.6101', 'tCO2e/MWh', 2031),
      byPart('0.44', 'kgCO2e/kWh', 2030),
      byPart('0.43', 'kgCO2e/kWh', 2031),
      site('9875.0', 'Riverside factory'),
      site('125.0', 'City offices'),
      electricity('10000.0', 2030),
      // 9,875 MWh × 0.6101 + 125 MWh × 0.44 = 6,079.7 t, not 10,000 MWh × 0.44 = 4,400 t.
      scope2('6079.7', 2030),
    ];
    expect(run(facts)).toEqual([]);
  });
});

describe('factor.grid-stated on all the electricity used', () => {
  const quote =
    'Location-based Scope 2 applies the national grid factor to all electricity used: 0.62 tCO2e/MWh for 2024 and 0.58 tCO2e/MWh for 2025.';
  const stated = (value: string, year: number) =>
    printed({ metric: 'unclassified', value, unit: 'tCO2e/MWh', year, line: 12, quote, extraction: 'text' });
  const row = (label: string, value: string, year: number, line: number) =>
    printed({ metric: 'energy.electricity', label, value, unit: 'MWh', year, line });
  const location = (value: string, year: number) =>
    printed({
      metric: 'ghg.scope2',
      value,
      unit: 'tCO2e',
      year,
      line: 40,
      dims: { scope2_method: 'location' },
    });
  const rows = (year: number, grid: string, wind: string, total: string) => [
    row('Electricity from the grid', grid, year, 20),
    row('Wind electricity', wind, year, 21),
    row('Total electricity', total, year, 22),
  ];

  it('passes Scope 2 that is the total electricity times the factor, the grid row alone giving less', () => {
    // 2024: 51,300 MWh × 0.62 = 31,806 t; the grid's 38,900 MWh alone would give 24,118 t.
    expect(
      run([stated('0.62', 2024), ...rows(2024, '38900', '12400', '51300'), location('31806', 2024)]),
    ).toEqual([]);
  });

  it('flags the total times last year’s factor, naming the total', () => {
    // 2025: 54,700 MWh × 0.58 = 31,726 t; printed 33,914 = 54,700 × 0.62 (2024's factor).
    const facts = [stated('0.62', 2024), stated('0.58', 2025), ...rows(2025, '36100', '18600', '54700')];
    const [found, ...rest] = run([...facts, location('33914', 2025)]);
    expect(rest).toEqual([]);
    expect(found?.[1]).toBe('33914');
    expect(found?.[2]).toContain('54,700 MWh');
    expect(found?.[2]).toContain('matches the factor stated for 2024');
  });
});

describe('factor.grid-stated in French', () => {
  it('takes the national grid ("réseau national") factor as the grid’s', () => {
    const fr = printed({
      metric: 'unclassified',
      value: '0.5366',
      unit: 'tCO2e/MWh',
      year: 2024,
      line: 61,
      quote: 'Le scope 2 applique le facteur du réseau national : 0,5366 tCO2e/MWh pour 2024.',
      extraction: 'text',
    });
    expect(run([fr, electricity('14820', 2024), scope2('8451.8', 2024)]).map((f) => f[0])).toEqual([
      '7952.4',
    ]);
  });
});

describe('factor.grid-stated from a Scope 2 sentence naming no carrier', () => {
  const utility = (value: string, year: number, quote: string) =>
    printed({ metric: 'unclassified', value, unit: 'kgCO2e/kWh', year, line: 30, quote, extraction: 'text' });
  const words = 'Scope 2 applies the power utility’s factors: 0.52 kgCO2e/kWh for 2023 and 0.47 for 2024.';

  it('takes the per-kWh factor of a Scope 2 sentence as the grid’s, and flags the other year’s applied', () => {
    // 2024: 21,840 MWh × 0.47 = 10,264.8 t; printed 11,356.8 = 21,840 × 0.52 (2023's factor).
    const facts = [utility('0.52', 2023, words), utility('0.47', 2024, words), electricity('21840', 2024)];
    const [found, ...rest] = run([...facts, scope2('11356.8', 2024)]);
    expect(rest).toEqual([]);
    expect(found?.slice(0, 2)).toEqual(['10264.8', '11356.8']);
    expect(found?.[2]).toContain('matches the factor stated for 2023');
  });

  it('reads nothing when the sentence names heat or steam', () => {
    const heat = 'Scope 2 uses the district heating factor of 0.47 kgCO2e/kWh for 2024.';
    expect(run([utility('0.47', 2024, heat), electricity('21840', 2024), scope2('11356.8', 2024)])).toEqual(
      [],
    );
  });

  it('reads a Scope 2 sentence of residual-mix factors, its method read in any language, as no grid factor', () => {
    // Location-based Scope 2 at last year's grid factor: 14,820 MWh × 0.5703 = 8,451.8 t. The next
    // sentence gives the market-based method's factors; extraction read the method for its first one.
    const quote =
      'Die marktbasierte Scope 2 nutzt den Residualmix: 0.4120 tCO2e/MWh für 2024 und 0.4315 für 2023.';
    const market = (value: string, year: number, dims: Record<string, string>) =>
      printed({
        metric: 'unclassified',
        value,
        unit: 'tCO2e/MWh',
        year,
        line: 62,
        quote,
        extraction: 'text',
        dims,
      });
    const residual = [market('0.4120', 2024, { scope2_method: 'market' }), market('0.4315', 2023, {})];
    const [found, ...rest] = run([
      factor('0.5366', 2024),
      factor('0.5703', 2023),
      ...residual,
      electricity('14820', 2024),
      scope2('8451.8', 2024),
    ]);
    expect(rest).toEqual([]);
    expect(found?.slice(0, 2)).toEqual(['7952.4', '8451.8']);
    expect(found?.[2]).toContain('matches the factor stated for 2023');
  });
});

describe('factor.grid-stated in Serbian and Croatian, fuels stated beside the grid', () => {
  // One sentence states two fuels' factors, then the grid's ("mreža") for each year.
  const quote =
    'Faktori emisije: ugalj 0.341 t CO2/MWh, lož ulje 0.279 t CO2/MWh; faktor elektroenergetske mreže 0.655 (2031.), 0.671 (2030.) i 0.689 t CO2/MWh (2029.).';
  const said = (value: string, year: number, label: string) =>
    printed({
      metric: 'unclassified',
      value,
      unit: 'tCO2/MWh',
      year,
      line: 12,
      label,
      quote,
      extraction: 'text',
    });
  const stated = [
    said('0.341', 2031, 'ugalj 0.341 t CO2/MWh'),
    said('0.279', 2031, 'ugalj 0.341 t CO2/MWh, lož ulje 0.279 t CO2/MWh'),
    said('0.655', 2031, 'faktor elektroenergetske mreže 0.655'),
    said('0.671', 2030, 'faktor elektroenergetske mreže 0.655 (2031.), 0.671'),
  ];

  it('takes the grid factor of the year, the fuels’ own factors set aside, and flags the other year’s', () => {
    // 2031: 26,300 MWh × 0.655 = 17,226.5 t; printed 17,647.3 = 26,300 × 0.671 (2030's factor).
    const [found, ...rest] = run([...stated, electricity('26300', 2031), scope2('17647.3', 2031)]);
    expect(rest).toEqual([]);
    expect(found?.slice(0, 2)).toEqual(['17226.5', '17647.3']);
    expect(found?.[2]).toContain('matches the factor stated for 2030');
    expect(run([...stated, electricity('26300', 2031), scope2('17226.5', 2031)])).toEqual([]);
  });
});

describe('factor.grid-stated in Czech and Slovak', () => {
  // Invented: the grid ("ze sítě", "lokalizační metoda") factor for each year, grid and own solar rows.
  const quote =
    'Emisní faktor elektřiny ze sítě (lokalizační metoda): 0,512 (2030) a 0,498 t CO2e/MWh (2031).';
  const said = (value: string, year: number) =>
    printed({ metric: 'unclassified', value, unit: 'tCO2e/MWh', year, line: 12, quote, extraction: 'text' });
  const row = (label: string, value: string) =>
    printed({ metric: 'energy.electricity', value, unit: 'MWh', year: 2031, line: 30, label });
  const rows = [row('Elektřina ze sítě', '22400'), row('Elektřina z vlastní FVE', '1310')];

  it('checks the grid row, not own solar, against the year’s factor and names the other year’s', () => {
    // 22,400 MWh × 0.498 = 11,155.2 t; printed 11,468.8 = 22,400 × 0.512 (2030's factor).
    const stated = [said('0.512', 2030), said('0.498', 2031)];
    const [found, ...rest] = run([...stated, ...rows, scope2('11468.8', 2031)]);
    expect(rest).toEqual([]);
    expect(found?.slice(0, 2)).toEqual(['11155.2', '11468.8']);
    expect(found?.[2]).toContain('matches the factor stated for 2030');
    expect(run([...stated, ...rows, scope2('11155.2', 2031)])).toEqual([]);
  });
});
