// The catalogue's Romanian phrases and the Romanian breakdown words of a table: rows of energy, water,
// waste and people as a Romanian sustainability statement (ESRS, BVB) words them, with or without
// diacritics. Labels are invented.
import { describe, expect, it } from 'vitest';
import { findMetricsByPhrase } from '../src/core/index.js';
import { inferDims } from '../src/extract/classify/dims.js';
import { englishBreakdown } from '../src/extract/classify/breakdown-words.js';

const best = (label: string) => findMetricsByPhrase(label, { limit: 1 })[0]?.metric.id;

describe('metric phrases in Romanian', () => {
  it('names energy, emissions, water and waste rows', () => {
    expect(
      [
        'Consumul total de energie',
        'Energie electrica achizitionata',
        'Gaze naturale',
        'Cocs de petrol',
        'Intensitatea energetică',
        'Emisii directe de GES',
        'Apă captată din foraje',
        'Apa evacuata',
        'Deșeuri periculoase',
        'Deseuri nepericuloase',
        'Total deșeuri generate',
        'Rata de valorificare',
      ].map(best),
    ).toEqual([
      'energy.total',
      'energy.electricity',
      'energy.natural_gas',
      'energy.other_fuels',
      'energy.intensity',
      'ghg.scope1',
      'water.withdrawal',
      'water.discharge',
      'waste.hazardous',
      'waste.non_hazardous',
      'waste.total',
      'waste.recycling_rate',
    ]);
  });

  it('names people, training and safety rows', () => {
    expect(
      [
        'Numărul de salariați',
        'Angajări noi',
        'Rata de fluctuație',
        'Ore de formare',
        'Ore medii per salariat',
        'Ore lucrate',
        'Accidente mortale',
        'Zile de muncă pierdute',
        'Cifra de afaceri netă',
      ].map(best),
    ).toEqual([
      'workforce.total',
      'hires.count',
      'turnover.rate',
      'training.hours_total',
      'training.hours_average',
      'safety.hours_worked',
      'safety.fatalities',
      'safety.lost_days',
      'economic.revenue',
    ]);
  });
});

describe('Romanian breakdown words', () => {
  it('reads women and men, age bands and contract terms', () => {
    expect(inferDims('Femei', '', true)).toEqual({ gender: 'female' });
    expect(inferDims('Barbati', '', true)).toEqual({ gender: 'male' });
    expect(inferDims('sub 30 de ani', '', true)).toEqual({ age: '<30' });
    expect(inferDims('peste 50 de ani', '', true)).toEqual({ age: '>50' });
    expect(inferDims('pe durată nedeterminată', '', true)).toEqual({ employment_type: 'permanent' });
    expect(inferDims('pe durata determinata', '', true)).toEqual({ employment_type: 'fixed-term' });
  });

  it('reads a title by plant as a breakdown by site', () => {
    expect(englishBreakdown('Indicatori de mediu pe fabrici, 2024')).toContain('by site');
    expect(englishBreakdown('Salariați pe regiuni și categorii')).toBe('Salariați by region and category');
  });
});
