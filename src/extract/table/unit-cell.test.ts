import { describe, expect, it } from 'vitest';
import { looksLikeUnit, unitOfCell } from './unit-cell.js';

describe('looksLikeUnit', () => {
  it('recognises unit cells and rejects labels', () => {
    for (const u of ['Person', 'Tons (CO2 equivalent)/tons', 'RMB 10,000', 'kWh', 'Cubic meters', '%']) {
      expect(looksLikeUnit(u), u).toBe(true);
    }
    for (const l of ['Male', 'Total employees', 'Employee', 'Scope 1', ''])
      expect(looksLikeUnit(l), l).toBe(false);
  });

  it('recognises the counted nouns of a Chinese unit column', () => {
    for (const u of ['家', '宗', '起', '件', '人次', '噸二氧化碳當量', '小时/人'])
      expect(looksLikeUnit(u), u).toBe(true);
    for (const l of ['供应商数量', '客户投诉', '男性']) expect(looksLikeUnit(l), l).toBe(false);
  });

  it('reads a lone capital letter as a form letter, not days or grams', () => {
    for (const l of ['D', 'G', 'C', 'H']) expect(looksLikeUnit(l), l).toBe(false);
    for (const u of ['L', 'g', 't']) expect(looksLikeUnit(u), u).toBe(true);
  });

  it('reads a figure or an age band as no unit, and a power of ten as a scale', () => {
    for (const l of ['245', '3 418', '1,762', '12.5', 'above 60 years', 'nad 60 rokov', 'NAD 60', 'EUR 25'])
      expect(looksLikeUnit(l), l).toBe(false);
    for (const u of [
      '000 RSD',
      '(000)',
      '10,000',
      '1 000',
      'RMB 10,000',
      'l/100 km',
      'm3',
      'kgCO2e/m2',
      "'000 EUR",
    ])
      expect(looksLikeUnit(u), u).toBe(true);
  });

  it('reads a percentage printed in a name as a rate, not a unit', () => {
    for (const l of ['3%', '12.5 %', '0,5%']) expect(looksLikeUnit(l), l).toBe(false);
  });
});

describe('the hours an injury rate is per', () => {
  it('reads a rate base in a unit column as a unit, in English and Romance languages', () => {
    for (const u of [
      'per one million MH',
      'per 1,000,000 man-hours',
      'per million hours worked',
      'por 1 milhão HHT',
      'por millón de horas trabajadas',
      "par million d'heures travaillées",
    ])
      expect(looksLikeUnit(u), u).toBe(true);
    for (const l of ['Taxa de frequência', 'Acidentes com afastamento', 'Acidentes por setor'])
      expect(looksLikeUnit(l), l).toBe(false);
  });
});

describe('translated unit cells', () => {
  it('reads a home-language unit, a spaced slash and the English one as the English unit', () => {
    for (const [cell, unit] of [
      ['horas / hours', 'hours'],
      ['pcs. / no.', 'no.'],
      ['dni / days', 'days'],
    ] as const) {
      expect(looksLikeUnit(cell), cell).toBe(true);
      expect(unitOfCell(cell), cell).toBe(unit);
    }
  });

  it('keeps a unit column heading and a label pair out', () => {
    for (const l of ['Jednostka / Unit', 'Mujeres / Women', 'Agua / Water'])
      expect(looksLikeUnit(l), l).toBe(false);
    expect(unitOfCell('kWh')).toBe('kWh');
  });

  it('recognises Romanian, Portuguese and Spanish unit cells, and "ore" alone as hours', () => {
    for (const u of [
      'persoane',
      'număr',
      'tone',
      'mii lei',
      'colaboradores',
      'toneladas',
      'nº',
      'R$ mil',
      'ore',
    ])
      expect(looksLikeUnit(u), u).toBe(true);
    expect(unitOfCell('ore')).toBe('hours');
    expect(unitOfCell('GJ/t ore')).toBe('GJ/t ore');
  });
});
