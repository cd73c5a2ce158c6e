import { describe, expect, it } from 'vitest';
import { changesOf } from './testing/read-mentions.js';

describe('stated changes worded in other ways', () => {
  it('reads "per cent" and "percent" as a percentage change of the subject', () => {
    expect(
      changesOf(
        'Refrigerant top-ups fell 13.7 per cent year on year. Process water declined by 2.25 percent compared with 2022.',
      ),
    ).toEqual([
      { value: '13.7', direction: 'decrease', of: 'Refrigerant top-ups' },
      { value: '2.25', direction: 'decrease', of: 'Process water', since: 2022 },
    ]);
  });

  it('keeps "year on year" after the figure over a baseline a later clause names', () => {
    const found = changesOf(
      'Boiler fuel use fell by 6.4% year on year, and our Scope 1 emissions are on track for the 2035 goal of a 30% cut against 2018.',
    );
    expect(found[0]).toEqual({ value: '6.4', direction: 'decrease', of: 'Boiler fuel use' });
  });

  it('sets each of two changes against the year its own words name', () => {
    expect(
      changesOf(
        'Boiler steam of 18,204.6 GJ marks a 3.1% fall compared to 2023 and a 7.4% fall compared to 2021.',
      ),
    ).toEqual([
      { value: '3.1', direction: 'decrease', of: '18204.6 GJ' },
      { value: '7.4', direction: 'decrease', of: '18204.6 GJ', since: 2021 },
    ]);
  });

  it('takes the figure a change ended at as enough to say it happened between years', () => {
    expect(changesOf('Packaging waste increased by 6.2 per cent to 1,318.4 tonnes.')).toEqual([
      { value: '6.2', direction: 'increase', of: 'Packaging waste' },
    ]);
    // A year after "to" is a target's deadline, not the figure reached.
    expect(changesOf('Fleet diesel use decreased by 30% to 2030.')).toEqual([]);
  });

  it('reads "was down/up N% on the previous year"', () => {
    expect(
      changesOf('Steam purchased was down 8.9% on the previous year, while LPG use was up 1.4% on 2023.'),
    ).toEqual([
      { value: '8.9', direction: 'decrease', of: 'Steam purchased' },
      { value: '1.4', direction: 'increase', of: 'LPG use' },
    ]);
  });

  it('reads a change set against a restated or adjusted figure of a year', () => {
    expect(
      changesOf(
        'Boiler steam use was down 7.3% on the restated 2023 figure. Kiln fuel rose 2.6% against the adjusted 2021 baseline.',
      ),
    ).toEqual([
      { value: '7.3', direction: 'decrease', of: 'Boiler steam use' },
      { value: '2.6', direction: 'increase', of: 'Kiln fuel', since: 2021 },
    ]);
  });

  it('reads a noun-worded change whose subject is the verb that reports it', () => {
    expect(
      changesOf(
        'Paper consumption recorded a year-on-year reduction of 17.5%. Landfilled sludge saw a 4.05% year-on-year drop.',
      ),
    ).toEqual([
      { value: '17.5', direction: 'decrease', of: 'Paper consumption' },
      { value: '4.05', direction: 'decrease', of: 'Landfilled sludge' },
    ]);
  });

  it('reads "N% lower/higher than" a year, not than anything else', () => {
    expect(changesOf('Scope 3 emissions were 9,806 tCO2e, 2.7 per cent higher than in 2023.')).toEqual([
      { value: '2.7', direction: 'increase', of: '9806 tCO2e' },
    ]);
    expect(changesOf('Our water intensity was 3.9% lower than the sector average.')).toEqual([]);
  });

  it('reads "N% below the base year" as a change since that year, two-digit fiscal years included', () => {
    expect(
      changesOf(
        'Net Scope 1 emissions were 81,406 tCO2e, 23.5% below the FY18 base year and 2,140 tCO2e below the target path.',
        2026,
      ),
    ).toEqual([{ value: '23.5', direction: 'decrease', of: '81406 tCO2e', since: 2018 }]);
    expect(changesOf('Landfilled waste was 1,912 t in 2026, 8% above 2021 levels.', 2026)).toEqual([
      { value: '8', direction: 'increase', of: '1912 t', since: 2021 },
    ]);
  });

  it('reads a change in percentage points with a mark, for the share it is of', () => {
    expect(
      changesOf(
        'The proportion of female managers rose by 2.6 percentage points to 41.3% compared with 2023.',
      ),
    ).toEqual([{ value: '2.6', direction: 'increase', of: 'proportion of female managers', points: true }]);
  });
});

describe('a stated change whose subject carries a parenthesis', () => {
  it('keeps the qualifier in the subject, before or after its noun', () => {
    expect(
      changesOf(
        'Net Scope 1 and 2 (location-based) emissions dropped by 4.7% compared with 2023. We lowered our Scope 2 emissions (market-based) by 18 % against 2023.',
      ),
    ).toEqual([
      { value: '4.7', direction: 'decrease', of: 'Net Scope 1 and 2 (location-based) emissions' },
      { value: '18', direction: 'decrease', of: 'Scope 2 emissions (market-based)' },
    ]);
  });
});

describe('a stated change beside a target in another clause', () => {
  it('is the report year’s change, not a target of the later clause’s year', () => {
    const text =
      'With the new heat pumps we cut our refrigerant losses by 11.3% compared with 2026 and stay on track for our 2040 goal.';
    expect(changesOf(text, 2027)).toEqual([
      { value: '11.3', direction: 'decrease', of: 'refrigerant losses' },
    ]);
  });

  it('stays a target when its own clause looks forward or names the deadline', () => {
    const forward = 'We will cut refrigerant losses by 11.3% compared with 2026, in line with our 2040 goal.';
    expect(changesOf(forward, 2027)).toEqual([]);
    expect(changesOf('Our commitment: cut refrigerant losses 40% below 2026 by 2040.', 2027)).toEqual([]);
  });

  it('reads two changes joined by "and" or "y" with no comma, each of its own subject', () => {
    expect(changesOf('In 2024 steam use fell 2.6% and water withdrawal fell 1.9%.').map((c) => c.of)).toEqual(
      ['In 2024 steam use', 'water withdrawal'],
    );
    expect(
      changesOf('En 2024 el consumo de gas disminuyó 4.1% y la descarga de agua aumentó 0.7%.').map(
        (c) => c.of,
      ),
    ).toEqual(['En 2024 el consumo de gas', 'descarga de agua']);
  });

  it('sets an Italian change against the year before with the article elided ("rispetto all\'anno precedente")', () => {
    expect(
      changesOf(
        "Nel 2031 i prelievi di vapore sono stati ridotti del 7,3% rispetto all'anno precedente.",
        2031,
      ),
    ).toEqual([{ value: '7.3', direction: 'decrease', of: 'Nel 2031 i prelievi di vapore' }]);
    expect(
      changesOf('Il consumo di gasolio è diminuito del 2,2% rispetto all’esercizio precedente.', 2031),
    ).toEqual([{ value: '2.2', direction: 'decrease', of: 'consumo di gasolio' }]);
  });

  it('reads a Portuguese passive change ("foi reduzido em")', () => {
    expect(changesOf('Em 2024, o consumo de vapor foi reduzido em 6%.')[0]).toMatchObject({
      value: '6',
      direction: 'decrease',
    });
  });
});
