import { describe, expect, it } from 'vitest';
import { ageBand, headsAgeGroups } from './age-band.js';
import { inferDims } from './dims.js';

// Staff-table rows and columns as Greek, Russian and Bulgarian reports print them. Invented wordings.
describe('Greek and Cyrillic breakdown words', () => {
  it('reads gender rows and columns in Greek, Russian and Bulgarian', () => {
    for (const label of ['Γυναίκες', 'ΓΥΝΑΙΚΕΣ', 'Αριθμός γυναικών', 'Женщины', 'женщин', 'Жени']) {
      expect(inferDims(label, '', true).gender, label).toBe('female');
    }
    for (const label of ['Άνδρες', 'ανδρών', 'Мужчины', 'мужчин', 'Мъже']) {
      expect(inferDims(label, '', true).gender, label).toBe('male');
    }
  });

  it('keeps the category of a row that also names a gender', () => {
    expect(inferDims('Πωλητές – Γυναίκες', '', true)).toMatchObject({ gender: 'female' });
  });

  it('reads contract and working-time rows', () => {
    expect(inferDims('Εργαζόμενοι αορίστου χρόνου', '', true).employment_type).toBe('permanent');
    expect(inferDims('Εργαζόμενοι ορισμένου χρόνου', '', true).employment_type).toBe('fixed-term');
    expect(inferDims('Μερικής απασχόλησης', '', true).employment_type).toBe('part-time');
    expect(inferDims('Срочный трудовой договор', '', true).employment_type).toBe('fixed-term');
    expect(inferDims('Непълно работно време', '', true).employment_type).toBe('part-time');
    expect(inferDims('Пълно работно време', '', true).employment_type).toBe('full-time');
  });

  it('leaves prose adverbs alone ("постоянно" is constantly)', () => {
    expect(inferDims('Мы постоянно снижаем выбросы', '', false).employment_type).toBeUndefined();
  });

  it('reads Greek and Bulgarian age bands (labels arrive lowercased)', () => {
    expect(ageBand('κάτω των 30 ετών')).toBe('<30');
    expect(ageBand('30 έως 50 ετών')).toBe('30-50');
    expect(ageBand('άνω των 50 ετών')).toBe('>50');
    expect(ageBand('50 ετών και άνω')).toBe('>50');
    expect(ageBand('под 30 години')).toBe('<30');
    expect(ageBand('между 30 и 50 години')).toBe('30-50');
    expect(ageBand('над 50 години')).toBe('>50');
    expect(headsAgeGroups('Εργαζόμενοι ανά ηλικιακή ομάδα')).toBe(true);
    expect(headsAgeGroups('Служители по възраст')).toBe(true);
  });

  it('reads no band from two years joined by "и"', () => {
    expect(ageBand('през 2023 и 2024 години')).toBeUndefined();
  });
});

// Kazakh and Kyrgyz staff-table columns ("Ерлер | Әйелдер | Барлығы", "Эркектер | Аялдар | Бардыгы"). Invented.
describe('Kazakh and Kyrgyz gender words', () => {
  it('reads their gender rows and columns', () => {
    for (const label of ['Әйелдер', 'Әйелдердің үлесі', 'Аялдар', 'АЯЛДАР']) {
      expect(inferDims(label, '', true).gender, label).toBe('female');
    }
    for (const label of ['Ерлер', 'Эркектер', 'эркек'])
      expect(inferDims(label, '', true).gender, label).toBe('male');
  });
});
