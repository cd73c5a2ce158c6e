import { describe, expect, it } from 'vitest';
import type { Mention } from '../mention/index.js';
import { ageBand, classifyMention, inferDims, readPrintedUnit } from './index.js';

function mention(over: Partial<Mention>): Mention {
  return {
    kind: 'table',
    line: 1,
    label: '',
    context: [],
    value: '1',
    unit: '',
    year: 2022,
    basis: 'actual',
    quote: '',
    dims: {},
    ...over,
  };
}

describe('classifyMention in tables of people', () => {
  const cell = (label: string, column: string, context: string[], value = '57') =>
    mention({ label, column, context: [...context, column], value, background: 1 });

  it("reads a bare header by gender or age as employees' (turnover is leavers, not revenue)", () => {
    const byAge = cell('Aged 51 and over', 'Turnover', ['Table 4 Workforce movement', 'Age']);
    expect(classifyMention(byAge, ['gri-2021']).metric?.id).toBe('turnover.count');
    const rate = cell('Women', 'Turnover rate', ['Table 4 Workforce movement', 'Gender'], '8.1');
    expect(classifyMention({ ...rate, unit: '%' }, ['gri-2021']).metric?.id).toBe('turnover.rate');
  });

  it('reads a total row so when the caption says whose the column is', () => {
    const total = cell('All', 'Turnover', ['Joiners and staff turnover in 2022', '']);
    expect(classifyMention(total, ['gri-2021']).metric?.id).toBe('turnover.count');
    const revenue = cell('Group', 'Turnover', ['Financial highlights', '']);
    expect(classifyMention({ ...revenue, unit: 'HK$ million' }, ['hkex-2020']).metric?.id).toBe(
      'economic.revenue',
    );
  });
});

describe('classifyMention', () => {
  it('converts to the canonical unit once and keeps the printed value', () => {
    const c = classifyMention(
      mention({ label: 'Total R&D investment', value: '51431.25', unit: 'RMB 10,000' }),
      ['gri-2021'],
    );
    expect(c.metric?.id).toBe('innovation.rd_investment');
    expect(c.quantity?.unit.symbol).toBe('RMB');
    expect(c.quantity?.value.toString()).toBe('514312500');
    expect(c.mention.value).toBe('51431.25');
  });
  it('counts a bare number under a headcount metric in persons, and leaves a bare amount without a unit', () => {
    const people = classifyMention(mention({ label: 'Number of employees', value: '3815' }), ['hkex-2020']);
    expect(people.metric?.id).toBe('workforce.total');
    expect(people.quantity?.unit.symbol).toBe('persons');
    expect(people.quantity?.value.toString()).toBe('3815');
    const energy = classifyMention(mention({ label: 'Electricity consumption', value: '4170' }), [
      'hkex-2020',
    ]);
    expect(energy.quantity).toBeUndefined();
  });

  it('names a breakdown row by its column or group and reads its dims', () => {
    const c = classifyMention(
      mention({ label: 'Female', context: ['', 'Gender', 'Employee turnover'], value: '24', unit: '%' }),
      ['hkex-2020'],
    );
    expect(c.metric?.id).toBe('turnover.rate');
    expect(c.dims).toEqual({ gender: 'female' });
    expect(c.codes).toEqual(['HKEX:B1.2']);
  });
  it('keeps an intensity per its printed denominator', () => {
    const c = classifyMention(
      mention({
        label: 'GHG emission intensity (tons of CO2 equivalent per square metre)',
        value: '0.03',
        unit: 'tons of CO2 equivalent per square metre',
      }),
      ['hkex-2020'],
    );
    expect(c.metric?.id).toBe('ghg.intensity');
    expect(c.dims.denominator).toBe('square metre');
    expect(c.quantity?.unit.symbol).toBe('tCO2e');
    expect(c.quantity?.value.toString()).toBe('0.03');
  });
  it('prefers the metric whose unit fits and the saving reading of a reduction', () => {
    const c = classifyMention(
      mention({
        kind: 'text',
        label: 'reducing carbon emissions by about 3,700 tons',
        value: '3700',
        unit: 'tons',
      }),
      ['gri-2021'],
    );
    expect(c.metric?.id).toBe('ghg.reduction');
    expect(c.codes).toEqual(['GRI:305-5']);
  });
  it("reads a bare 'Intensity' row by the table's subject and 'X per Y' with a ratio unit as X's intensity", () => {
    const bare = classifyMention(
      mention({
        label: 'Intensity (kgCO2e/unit of output)',
        context: ['Table 8 Greenhouse gas emissions (unit: kgCO2e)'],
        value: '0.42',
        unit: 'kgCO2e/unit of output',
      }),
      ['gri-2021'],
    );
    expect(bare.metric?.id).toBe('ghg.intensity');
    expect(bare.codes).toEqual(['GRI:305-4']);
    const per = classifyMention(
      mention({
        label: 'Water consumption per tonne of product (m3)',
        value: '12.5',
        unit: 'm3/tonne of product',
      }),
      ['hkex-2020'],
    );
    expect(per.metric?.id).toBe('water.intensity');
    expect(per.dims.denominator).toBe('tonne of product');
  });
  it('adds GRI 405-1 to a headcount split by gender', () => {
    const c = classifyMention(
      mention({ label: 'Male', context: ['', '', 'Number of employees'], value: '325', unit: 'persons' }),
      ['gri-2021'],
    );
    expect(c.codes).toEqual(['GRI:2-7', 'GRI:405-1']);
  });
});

describe('inferDims', () => {
  it('normalises age bands, regions and categories', () => {
    expect(ageBand('under 30 years old')).toBe('<30');
    expect(ageBand('30–50 years old')).toBe('30-50');
    expect(ageBand('30 to 50 years old')).toBe('30-50');
    expect(ageBand('over 50 years old')).toBe('>50');
    // Chinese bands join their bounds with 至 or 到 ("30至50歲", "30到50岁").
    expect(ageBand('30至50歲')).toBe('30-50');
    expect(ageBand('30到50岁')).toBe('30-50');
    expect(ageBand('30歲至50歲')).toBe('30-50');
    // Korean bands: 미만 (under), 이하 (and under), 초과 (over), 이상 (and over), a tilde between bounds.
    expect(ageBand('40세 미만 직원')).toBe('<40');
    expect(ageBand('25세 이하')).toBe('<25');
    expect(ageBand('40~55세')).toBe('40-55');
    expect(ageBand('55세 초과')).toBe('>55');
    expect(ageBand('61세 이상')).toBe('>60');
    expect(inferDims('40세 미만 (<40)', '임직원')).toEqual({ age: '<40' });
    // A column heading printed as a bare bound among "30-50" (GRI 405-1 tables).
    expect(ageBand('< 30')).toBe('<30');
    expect(ageBand('> 50')).toBe('>50');
    expect(ageBand('scope 2')).toBeUndefined();
    expect(ageBand('31 to 45')).toBeUndefined();
    expect(inferDims('31 to 45', 'By age group')).toEqual({ age: '31-45' });
    expect(inferDims('Overseas Territories employees', 'By region')).toEqual({
      region: 'Overseas Territories',
    });
    expect(inferDims('Management (Level 8 and above)', 'Employee type')).toEqual({
      employee_category: 'management (level 8 and above)',
    });
    expect(inferDims('Full-time employees', 'By employment type')).toEqual({ employment_type: 'full-time' });
    // BRSR's "Other than Permanent" rows (and "non-permanent" staff) are the type that is not permanent.
    expect(inferDims('2. Other than Permanent (E)', 'Employees')).toEqual({ employment_type: 'temporary' });
    expect(inferDims('Other than permanent workers', '')).toEqual({ employment_type: 'temporary' });
    expect(inferDims('Non-permanent staff', '')).toEqual({ employment_type: 'temporary' });
    expect(inferDims('1. Permanent (D)', 'Employees')).toEqual({ employment_type: 'permanent' });
    expect(inferDims('in China', '', false)).toEqual({});
  });

  it('reads Spanish, Portuguese and French age bands, men as "varones" and Spanish staff categories', () => {
    expect(ageBand('menores de 30 años')).toBe('<30');
    expect(ageBand('entre 30 y 50 años')).toBe('30-50');
    expect(ageBand('de 30 a 50 anos')).toBe('30-50');
    expect(ageBand('mayores de 50 años')).toBe('>50');
    expect(ageBand('plus de 50 ans')).toBe('>50');
    expect(ageBand('entre 30 y 50')).toBeUndefined();
    expect(inferDims('Varones', 'Dotación por planta')).toEqual({ gender: 'male' });
    expect(inferDims('Mandos intermedios', 'Por categoría profesional')).toEqual({
      employee_category: 'mandos intermedios',
    });
    expect(inferDims('Dirección general', '')).toEqual({ employee_category: 'dirección general' });
  });

  it('reads education levels as their own breakdown, not as employee categories', () => {
    expect(inferDims('Junior college', 'By education')).toEqual({ education: 'junior college' });
    expect(inferDims("Master's degree and above", '')).toEqual({ education: "master's degree and above" });
    expect(inferDims('Doctorate', 'Educational background')).toEqual({ education: 'doctorate' });
    expect(inferDims('Junior staff', 'By category')).toEqual({ employee_category: 'junior' });
  });
});

describe('readPrintedUnit', () => {
  it('splits a ratio outside brackets', () => {
    expect(readPrintedUnit('kg/million revenue (RMB)')?.denominator).toBe('million revenue (RMB)');
    expect(readPrintedUnit('Tons (CO2 equivalent)/tons')?.numerator.symbol).toBe('tCO2e');
    expect(readPrintedUnit('')).toBeUndefined();
  });
});
