import { describe, expect, it } from 'vitest';
import type { Mention } from '../mention/index.js';
import { inferDims } from './dims.js';
import { classifyMention } from './index.js';

// A performance data table whose unit column spells units as words and whose labels carry indicator
// codes (Bursa Malaysia style); rows, codes and figures made up for the test.
function row(label: string, unit: string, value: string, context: readonly string[] = []): Mention {
  return {
    kind: 'table',
    line: 40,
    label,
    column: 'FY2022',
    context: ['Sustainability performance data', ...context],
    background: 1,
    value,
    unit,
    year: 2022,
    basis: 'actual',
    quote: '',
    dims: {},
  };
}

const classify = (m: Mention) => classifyMention(m, ['gri-2021']);

describe('classifyMention of unit words in a unit column', () => {
  it('reads "Megawatt" beside an energy total as megawatt hours', () => {
    const c = classify(row('Indicator B4(a) Total energy consumed', 'Megawatt', '52410.5'));
    expect(c.metric?.id).toBe('energy.total');
    expect(c.quantity?.unit.dimension).toBe('energy');
  });

  it('keeps "Megawatt" as power where no energy quantity is named', () => {
    const c = classify(row('Installed solar capacity', 'Megawatt', '3.4'));
    expect(c.quantity?.unit.dimension).not.toBe('energy');
  });

  it('takes "Rate" as no unit, so the label decides between a count and its rate', () => {
    const c = classify(row('Indicator H7(b) Lost time incident rate', 'Rate', '0.84'));
    expect(c.metric?.id).toBe('safety.lost_time_injury_rate');
  });

  it('takes "coefficient" (translated from Russian) as no unit either', () => {
    const c = classify(row('LTIFR (per 1 million man-hours)', 'coefficient', '1.19'));
    expect(c.metric?.id).toBe('safety.lost_time_injury_rate');
  });

  it('takes the word for rate in Malay, Italian, French and Turkish as no unit', () => {
    for (const word of ['kadar', 'Kadar', 'tasso', 'taux', 'oran']) {
      const c = classify(row('LTIFR (per 1,000,000 jam bekerja)', word, '2.37'));
      expect(c.metric?.id).toBe('safety.lost_time_injury_rate');
    }
  });

  it('reads a Malay count of cases ("kes") as a count, not Kenyan shillings', () => {
    const c = classify(row('Kecederaan hilang masa (LTI)', 'kes', '7'));
    expect(c.metric?.id).toBe('safety.lost_time_injuries');
    expect(c.quantity?.unit.dimension).toBe('count');
  });

  it('reads MYR and RM amounts as money', () => {
    const c = classify(row('Indicator S2(a) Total amount invested in the community', 'RM', '96200.00'));
    expect(c.metric?.id).toBe('community.donations');
    expect(c.quantity?.unit.dimension).toBe('money:MYR');
  });

  it('names the anti-corruption, beneficiary, contractor and human-rights indicators', () => {
    const ids = [
      row(
        'Indicator K1(b) Percentage of operations assessed for corruption-related risks',
        'Percentage',
        '75',
      ),
      row('Indicator S2(b) Total number of beneficiaries of the investment in communities', 'Number', '812'),
      row(
        'Indicator L6(b) Percentage of employees that are contractors or temporary staff',
        'Percentage',
        '3.9',
      ),
      row(
        'Indicator L6(d) Number of substantiated complaints concerning human rights violations',
        'Number',
        '4',
      ),
      row('Indicator H7(c) Number of employees trained on health and safety standards', 'Number', '1337'),
    ].map((m) => classify(m).metric?.id);
    expect(ids).toEqual([
      'corruption.operations_assessed_share',
      'community.beneficiaries',
      'workforce.non_employee_share',
      'humanrights.complaints',
      'safety.training_participants',
    ]);
  });
});

describe('rows naming an employee category and a gender or age group', () => {
  it('gives the share of employees with both the category and the gender', () => {
    const c = classify(row('Supervisors Female', 'Percentage', '41.20', ['Gender of employees by grade']));
    expect(c.metric?.id).toBe('workforce.share');
    expect(c.dims).toMatchObject({ gender: 'female', employee_category: 'supervisors' });
  });

  it('reads "Between 35-45" as an age band beside the category', () => {
    expect(inferDims('Senior Managers Between 35-45', '')).toEqual({
      age: '35-45',
      employee_category: 'senior managers',
    });
    expect(inferDims('General Staff Above 55', '')).toEqual({ age: '>55', employee_category: 'general' });
  });

  it('leaves a plain gender row without a category', () => {
    expect(inferDims('Female', '')).toEqual({ gender: 'female' });
  });
});

describe('a power unit in a sentence', () => {
  it('stays power: installed capacity, not energy', () => {
    const m: Mention = {
      ...row('commissioned 8.6 MW of rooftop solar panels that generate electricity', 'MW', '8.6'),
      kind: 'text',
    };
    expect(classify(m).quantity?.unit.dimension).not.toBe('energy');
  });
});

describe('breakdown rows a table names only by its header or group', () => {
  it('reads a "%" beside a "Number (persons)" header as the share of employees, by education too', () => {
    const m = (label: string) => ({
      ...row(label, '%', '12.6', ['Head Item Number (persons) Share (%)', 'By qualification']),
      column: undefined,
    });
    expect(classify(m('Doctorate')).metric?.id).toBe('workforce.share');
    expect(classify(m('Women')).metric?.id).toBe('workforce.share');
  });

  it('codes a waste row named by its route: recovery 306-4, landfill 306-5', () => {
    const m = (label: string) => row(label, 't', '41.7', ['Table 9 Waste', 'General industrial solid waste']);
    expect(classify(m('Comprehensively utilised')).codes).toContain('GRI:306-4');
    expect(classify(m('Sent to landfill')).codes).toContain('GRI:306-5');
  });
});

describe('classifyMention of a unit a two-letter label word names', () => {
  it('reads a Slovene average row with no unit cell ("Povprečno ur …") in hours', () => {
    const c = classify(row('Povprečno ur usposabljanja na zaposlenega', '', '18.6'));
    expect(c.metric?.id).toBe('training.hours_average');
    expect(c.quantity?.unit.symbol).toBe('hours');
  });
});
