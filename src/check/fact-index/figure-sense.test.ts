import { describe, expect, it } from 'vitest';
import { figureOf } from '../precision/index.js';
import { printed } from '../testing/printed-fact.js';
import { FactIndex } from './fact-index.js';
import { sameSense, senseOf } from './figure-sense.js';

const sentence = (quote: string) =>
  figureOf(
    printed({ metric: 'x', value: '1', unit: 'count', year: 2024, line: 3, extraction: 'text', quote }),
  );

describe('senseOf: the noun a sentence counts', () => {
  const counting = (unit: string) => {
    const fact = printed({
      metric: 'x',
      value: '1584',
      unit: 'count',
      year: 2025,
      line: 3,
      extraction: 'text',
    });
    const p = fact.provenance;
    if (p.kind !== 'document') throw new Error('a printed fact');
    return senseOf(figureOf({ ...fact, provenance: { ...p, reported: { ...p.reported, unit } } })).counted;
  };

  it('reads staff words in other languages as employees, accents or not', () => {
    expect(counting('colaboradores')).toBe('employee');
    expect(counting('funcionários')).toBe('employee');
    expect(counting('collaborateurs')).toBe('employee');
    expect(counting('employees')).toBe('employee');
    expect(counting('suppliers')).toBe('supplier');
  });
});

describe('senseOf: standards a sentence names', () => {
  it('reads a standard’s code, but not a currency amount or a fiscal year', () => {
    expect([...senseOf(sentence('3 plants hold ISO 50001 certificates')).standards]).toEqual(['ISO 50001']);
    expect([...senseOf(sentence('we put HKD 512.40 million into water saving')).standards]).toEqual([]);
    expect([...senseOf(sentence('In FY2024, 1,870 employees had a review')).standards]).toEqual([]);
  });

  it('reads only the standards named between the figures either side of its own', () => {
    const quote =
      'Crews logged 41,760 hours of instruction, 17.4 hours per head, and 96 inspectors renewed their ISO 17020 accreditation.';
    const at = (value: string) =>
      figureOf(
        printed({ metric: 'x', value, unit: 'count', year: 2024, line: 3, extraction: 'text', quote }),
      );
    expect([...senseOf(at('17.4')).standards]).toEqual([]);
    expect([...senseOf(at('96')).standards]).toEqual(['ISO 17020']);
  });
});

describe('senseOf: an item reported apart from its metric', () => {
  const ghg = (value: string, line: number, label: string) =>
    printed({ metric: 'ghg.total', value, unit: 'tCO2e', year: 2024, line, label });
  const series = { entity: 'Test Co', metric: 'ghg.total', year: 2024, basis: 'actual' } as const;

  it('does not let biogenic CO2 outside the scopes stand for the GHG total', () => {
    const biogenic = ghg('12870', 58, 'Biogenic CO2 (outside the scopes)');
    expect(senseOf(figureOf(biogenic)).markers).toEqual(['apart']);
    expect(new FactIndex([biogenic]).at(series, 'ghg.total', {})).toBeUndefined();
  });

  it('still takes the plain total when the report prints both', () => {
    const total = ghg('97310', 55, 'Total GHG emissions (Scope 1 and 2)');
    const found = new FactIndex([total, ghg('12870', 58, 'Biogenic CO2 (outside the scopes)')]).at(
      series,
      'ghg.total',
      {},
    );
    expect(found?.value.toString()).toBe('97310');
  });
});

describe('senseOf: emission allowances are no emissions', () => {
  it('marks allowances held or allocated as reported apart, in English and Polish', () => {
    const ghg = (label: string) =>
      figureOf(printed({ metric: 'ghg.total', value: '84120', unit: 'tCO2e', year: 2024, line: 9, label }));
    expect(senseOf(ghg('Free emission allowances allocated (EU ETS)')).markers).toEqual(['apart']);
    expect(senseOf(ghg('Allowances (EU ETS) surrendered')).markers).toEqual(['apart']);
    expect(senseOf(ghg('Przydzielone uprawnienia do emisji')).markers).toEqual(['apart']);
    expect(senseOf(ghg('Total emissions covered by the EU ETS')).markers).toEqual([]);
    expect(senseOf(ghg('Salaries and allowances')).markers).toEqual([]);
  });
});

describe("senseOf: a plant's capacity is no output", () => {
  it('marks a capacity as reported apart from the output it bounds', () => {
    expect(
      senseOf(sentence('the kiln line has a rated capacity of 2.6 million tonnes of lime')).markers,
    ).toEqual(['apart']);
    expect(senseOf(sentence('the kiln line burnt 2.4 million tonnes of lime')).markers).toEqual([]);
  });
});

describe('senseOf: an occupation narrows the population', () => {
  it('marks water drawn or used where water is scarce as a subset of the total', () => {
    expect(
      senseOf(sentence('Freshwater used at sites in areas of high water stress was 41,300 m3')).markers,
    ).toEqual(['subset']);
    expect(senseOf(sentence('Our mills consumed 7,920 m3 in regions at water risk')).markers).toEqual([
      'subset',
    ]);
    expect(senseOf(sentence('Our mills consumed 7,920 m3 of water in the year')).markers).toEqual([]);
  });

  it('marks a Polish management figure as a subset', () => {
    expect(senseOf(sentence('Udział kobiet wśród kadry kierowniczej wyniósł 31,4%')).markers).toEqual([
      'subset',
    ]);
    expect(senseOf(sentence('Udział kobiet w zatrudnieniu wyniósł 22,8%')).markers).toEqual([]);
  });

  it('marks a driver or frontline figure as a subset, and not the plain figure', () => {
    expect(senseOf(sentence('Driver turnover was 24.2% in the year')).markers).toEqual(['subset']);
    expect(senseOf(sentence('Frontline staff received 31 hours of training')).markers).toEqual(['subset']);
    expect(senseOf(sentence('Staff turnover was 18.9% in the year')).markers).toEqual([]);
  });

  it('marks an amount a sentence makes the main part of a whole as a subset, and not the whole', () => {
    const amount = (value: string, unit: string, quote: string) =>
      senseOf(figureOf(printed({ metric: 'x', value, unit, year: 2024, line: 3, extraction: 'text', quote })))
        .markers;
    const capex = 'Green capital expenditure was EUR 7.3 m in 2024, mainly the heat pumps (EUR 5.6 m).';
    expect(amount('5.6', 'EUR million', capex)).toEqual(['subset']);
    expect(amount('7.3', 'EUR million', capex)).toEqual([]);
    expect(amount('6412.5', 't', 'Wood offcuts made up 6,412.5 t of non-hazardous waste.')).toEqual([
      'subset',
    ]);
    // A share's own words: the share of women, not a part of some amount.
    expect(amount('41.5', '%', 'Women made up 41.5% of the workforce.')).toEqual([]);
  });

  it('marks the grid’s renewable share and a supposed case as reported apart', () => {
    const share = (value: string, quote: string) =>
      senseOf(
        figureOf(printed({ metric: 'x', value, unit: '%', year: 2024, line: 3, extraction: 'text', quote })),
      ).markers;
    expect(share('23.4', 'Purchased power carries the 23.4 % renewable share of the national grid.')).toEqual(
      ['apart'],
    );
    expect(share('23.4', 'Renewable sources supplied 23.4 % of our energy.')).toEqual([]);
    const price = (quote: string) =>
      senseOf(
        figureOf(
          printed({
            metric: 'x',
            value: '120',
            unit: 'EUR/tCO2e',
            year: 2024,
            line: 3,
            extraction: 'text',
            quote,
          }),
        ),
      ).markers;
    expect(price('At a price of 120 €/tCO2e the yearly cost would be EUR 3.1 million.')).toEqual(['apart']);
    expect(price('Com um preço de 120 €/tCO2e, o custo anual seria de 3,1 milhões de euros.')).toEqual([
      'apart',
    ]);
    expect(price('Allowances were bought at 120 €/tCO2e on average.')).toEqual([]);
  });

  it('marks a fleet rate afloat or a rate ashore as a subset', () => {
    expect(senseOf(sentence('an LTIF afloat of 1.4 per million hours')).markers).toEqual(['subset']);
    expect(senseOf(sentence('the TRIR ashore was 0.8')).markers).toEqual(['subset']);
  });
});

describe('senseOf: people hired in the year', () => {
  const people = (value: string, line: number, label: string) =>
    printed({ metric: 'workforce.total', value, unit: 'persons', year: 2024, line, label });
  const series = { entity: 'Test Co', metric: 'workforce.total', year: 2024, basis: 'actual' } as const;

  it('does not let new hires stand for the headcount', () => {
    const index = new FactIndex([
      people('4180', 20, 'Total permanent employees'),
      people('377', 23, 'New permanent hires'),
    ]);
    expect(index.at(series, 'workforce.total', {})?.value.toString()).toBe('4180');
  });
});

describe('senseOf: people paid a bonus', () => {
  const share = (value: string, label: string) =>
    printed({
      metric: 'workforce.share',
      value,
      unit: '%',
      year: 2024,
      line: 40,
      label,
      dims: { gender: 'male' },
    });
  const series = { entity: 'Test Co', metric: 'workforce.share', year: 2024, basis: 'actual' } as const;

  it('does not let the share of men receiving a bonus stand for the share of men employed', () => {
    expect(senseOf(figureOf(share('71.6', 'Men receiving a bonus payment (%)'))).markers).toEqual(['event']);
    const index = new FactIndex([share('71.6', 'Share receiving bonuses (%)')]);
    expect(index.at(series, 'workforce.share', { gender: 'male' })).toBeUndefined();
  });
});

describe('senseOf: employees singled out by their terms of employment', () => {
  it('marks employees covered by a collective agreement as an event', () => {
    expect(senseOf(sentence('2,204 staff are covered by collective agreements')).markers).toEqual(['event']);
    expect(senseOf(sentence('We employed 2,310 people at year end')).markers).toEqual([]);
  });

  it('reads the predicate a label stops short of, past an appositive share', () => {
    const labelled = (label: string, quote: string) =>
      figureOf(
        printed({
          metric: 'x',
          value: '1',
          unit: 'count',
          year: 2024,
          line: 3,
          extraction: 'text',
          label,
          quote,
        }),
      );
    const quote = 'In all, 1 904 staff, or 78.5 % of all staff, are covered by collective agreements.';
    expect(senseOf(labelled('In all, 1 904 staff', quote)).markers).toEqual(['event']);
    // A predicate that is no verb of being, or a change, says nothing of who is counted.
    const grew = 'In all, 1 904 staff, an increase of 3.1 % on last year.';
    expect(senseOf(labelled('In all, 1 904 staff', grew)).markers).toEqual([]);
  });
});

describe('senseOf: managers and new hires in French and Spanish', () => {
  it('marks a share among "cadres" as a subset and a share of new hires as an event', () => {
    expect(senseOf(sentence('La part des femmes parmi les cadres atteint 28,1 %')).markers).toEqual([
      'subset',
    ]);
    expect(senseOf(sentence('842 nuevas contrataciones; 41.3% fueron mujeres')).markers).toEqual(['event']);
  });
});

describe('sameSense: a total over several scopes', () => {
  it('tells a Scope 1, 2 and 3 total from a Scope 2 row, whichever is met first', () => {
    const total = senseOf(
      sentence('Total emissions (Scope 1, market-based Scope 2 and Scope 3) came to 81,406 t'),
    );
    const row = senseOf(
      figureOf(
        printed({ metric: 'x', value: '1', unit: 'count', year: 2024, line: 9, label: 'Scope 2 emissions' }),
      ),
    );
    expect(sameSense(row, total)).toBe(false);
    expect(sameSense(total, row)).toBe(false);
  });
});
