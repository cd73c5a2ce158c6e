import { describe, expect, it } from 'vitest';
import type { Mention } from '../mention/index.js';
import { namesAveragePerPerson } from './average-label.js';
import { classifyMention } from './index.js';

// A made-up training table: the average row prints no unit of its own.
function row(label: string, value: string): Mention {
  return {
    kind: 'table',
    line: 12,
    label,
    context: ['Training and development'],
    value,
    unit: '',
    year: 2024,
    basis: 'actual',
    quote: '',
    dims: {},
  };
}

describe('an average row printed without a unit', () => {
  it('is in the hours it averages per person, not a count', () => {
    const average = classifyMention(row('Trainingsuren per medewerker', '23.6'), ['gri-2021']);
    expect(average.metric?.id).toBe('training.hours_average');
    expect(average.quantity?.unit.symbol).toBe('hours');
    expect(average.quantity?.value.toString()).toBe('23.6');
  });

  it('knows average and per-person wordings of several languages', () => {
    for (const label of [
      'Training hours / person',
      'Koulutustunnit keskimäärin',
      'Koulutustunnit / henkilö',
      'Durchschnittliche Schulungsstunden',
      'Heures de formation par salarié',
      'Horas de formación promedio',
      'Média de horas de formação',
      '人均培训时长',
      'Rata-rata jam pelatihan',
    ])
      expect(namesAveragePerPerson(label), label).toBe(true);
    for (const label of ['Training hours', 'Number of employees', 'Koulutustunnit yhteensä'])
      expect(namesAveragePerPerson(label), label).toBe(false);
  });
});
