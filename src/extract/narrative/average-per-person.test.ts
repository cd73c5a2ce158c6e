import { describe, expect, it } from 'vitest';
import { classifyMention } from '../classify/index.js';
import { mentionsOf } from './testing/read-mentions.js';

/** Each figure of a paragraph with the metric the classifier gives it. */
function read(text: string, reportYear = 2024) {
  return mentionsOf(text, reportYear).map((m) => ({
    value: m.value,
    unit: m.unit,
    metric: classifyMention(m, ['hkex-2020', 'gri-2021']).metric?.id,
  }));
}

describe('averages per person in prose (HKEX B3.2, GRI 404-1)', () => {
  it('reads "an average of X hours per employee" as the average beside the total it comes from', () => {
    expect(
      read('Our people completed 41,310 training hours in 2024, an average of 12.7 hours per employee.'),
    ).toEqual([
      { value: '41310', unit: 'hours', metric: 'training.hours_total' },
      { value: '12.7', unit: 'hours', metric: 'training.hours_average' },
    ]);
  });
  it('reads a Spanish "una media de X horas por persona" after the hours taught, and "por empleado"', () => {
    expect(
      read('Durante el año se impartieron 18.204,0 horas, una media de 21,5 horas por persona.'),
    ).toContainEqual({ value: '21.5', unit: 'horas', metric: 'training.hours_average' });
    expect(read('La formación sumó 9.870,5 horas, con una media de 7,5 horas por empleado.')).toContainEqual({
      value: '7.5',
      unit: 'horas',
      metric: 'training.hours_average',
    });
  });
  it('reads a Bulgarian "средно по X часа на служител" and a Russian "в среднем X часа на одного сотрудника"', () => {
    expect(
      read('Служителите преминаха 41 870,5 часа обучение – средно по 17,5 часа на служител.'),
    ).toContainEqual({ value: '17.5', unit: 'часа', metric: 'training.hours_average' });
    expect(
      read('Работники прошли 58 120,0 часов обучения, в среднем 31,2 часа на одного сотрудника.'),
    ).toContainEqual({ value: '31.2', unit: 'часа', metric: 'training.hours_average' });
  });
  it('reads "averaging X hours each" and "X training hours per head"', () => {
    expect(read('Staff logged 9,870 training hours during the year, averaging 8.25 hours each.')).toEqual([
      { value: '9870', unit: 'hours', metric: 'training.hours_total' },
      { value: '8.25', unit: 'hours', metric: 'training.hours_average' },
    ]);
    expect(read('In 2024, 1,932 employees were trained, with 16.4 training hours per head.')).toEqual([
      { value: '1932', unit: 'employees trained', metric: 'training.trained' },
      { value: '16.4', unit: 'hours', metric: 'training.hours_average' },
    ]);
  });
  it('reads "N employees received H hours of training" as people trained, not the headcount', () => {
    const found = read(
      'In 2024, 2,315 employees received 48,912 hours of training (2023: 2,108 employees, 44,270 hours).',
    );
    expect(found).toContainEqual({ value: '2315', unit: 'employees trained', metric: 'training.trained' });
    expect(found.filter((f) => f.metric === 'workforce.total')).toEqual([]);
    expect(found).toContainEqual({ value: '2108', unit: 'employees trained', metric: 'training.trained' });
  });
  it('reads "X hours of training per person on average" and a count of people trained before it', () => {
    expect(read('We trained 2,718 employees, who received 23.5 hours of training per person.')).toEqual([
      { value: '2718', unit: 'employees trained', metric: 'training.trained' },
      { value: '23.5', unit: 'hours', metric: 'training.hours_average' },
    ]);
  });
  it('does not name an average of volunteer hours as training, nor as the volunteer-hours total', () => {
    const found = read(
      'Employees logged 3,046 volunteer hours in 2024, an average of 2.9 hours per employee.',
    );
    expect(found).toEqual([
      { value: '3046', unit: 'hours', metric: 'community.volunteer_hours' },
      { value: '2.9', unit: 'hours', metric: undefined },
    ]);
  });
  it('leaves hours that are no average alone ("40 hours each year", "within 48 hours")', () => {
    const found = read(
      'We train every apprentice for 40 hours each year and answer complaints within 48 hours.',
    );
    expect(found.filter((f) => f.metric === 'training.hours_average')).toEqual([]);
  });
  it('reads an abbreviated "h each" as the average in hours, with its prior year', () => {
    expect(
      read('Our 1,870 employees completed 40,766 hours of training in 2024, 21.8 h each (2023: 20.3 h).'),
    ).toEqual([
      { value: '1870', unit: 'employees', metric: 'workforce.total' },
      { value: '40766', unit: 'hours', metric: 'training.hours_total' },
      { value: '21.8', unit: 'h', metric: 'training.hours_average' },
      { value: '20.3', unit: 'h', metric: 'training.hours_average' },
    ]);
  });
  it('reads an average whose person is the subject of the verb before it ("every employee attended")', () => {
    expect(read('On average, every employee attended 11.5 hours of training during the year.')).toEqual([
      { value: '11.5', unit: 'hours', metric: 'training.hours_average' },
    ]);
    expect(read('In 2024 each staff member received on average 27.25 hours of training.')).toEqual([
      { value: '27.25', unit: 'hours', metric: 'training.hours_average' },
    ]);
  });
  it('reads "average training hours per employee were X hours" in hours, not hours per person', () => {
    expect(read('Average training hours per employee were 33.4 hours in 2024.')).toEqual([
      { value: '33.4', unit: 'hours', metric: 'training.hours_average' },
    ]);
  });
  it('narrows the average of training on one topic to that topic, leaving the all-training average whole', () => {
    const text =
      'The plants held 36 fire drills with 2,140 participants, and gave fire safety training of 6,420 hours, ' +
      'equivalent to 3.0 hours per employee. Staff completed 51,360 hours of training in all, an average of 24.0 hours per employee.';
    const averages = mentionsOf(text, 2025)
      .filter((m) => m.value === '3.0' || m.value === '24.0')
      .map((m) => [m.value, classifyMention(m, ['hkex-2020']).metric?.id, m.dims]);
    expect(averages).toEqual([
      ['3.0', 'training.hours_average', { scope: 'safety training' }],
      ['24.0', 'training.hours_average', {}],
    ]);
  });
  it('names an average by the sentence before when its own sentence names no activity', () => {
    const found = read(
      'Our crews completed 58,230 hours of training in 2024. At an average of 19.1 hours per employee, we met the goal.',
    );
    expect(found).toContainEqual({ value: '19.1', unit: 'hours', metric: 'training.hours_average' });
    // Not when the sentence before names volunteering last.
    const volunteering = read(
      'After the training week, staff gave 2,140 volunteer hours in 2024. That is an average of 3.2 hours per employee.',
    );
    expect(volunteering).toContainEqual({ value: '3.2', unit: 'hours', metric: undefined });
    // Nor for a group's average, whose group this reading would lose.
    const byGender = read('Staff received 8,400 hours of training in 2024. Men averaged 11.2 hours.');
    expect(byGender).not.toContainEqual({ value: '11.2', unit: 'hours', metric: 'training.hours_average' });
  });
});
