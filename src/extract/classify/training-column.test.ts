import { describe, expect, it } from 'vitest';
import type { Mention } from '../mention/index.js';
import { classifyMention } from './index.js';

function cell(label: string, caption: string, column: string, unit = ''): Mention {
  return {
    kind: 'table',
    line: 40,
    label,
    column,
    columns: ['Participants', 'Hours'],
    context: [caption, column],
    background: 1,
    value: '318',
    unit,
    year: 2025,
    basis: 'actual',
    quote: `${label}\t318`,
    dims: {},
  };
}

describe('bare "Participants" and "Hours" columns of a training table', () => {
  it('reads a category row under "Participants" as that category’s employees trained', () => {
    const c = classifyMention(cell('Technicians', 'Table 9 Training by category, 2025', 'Participants'), [
      'gri-2021',
    ]);
    expect(c.metric?.id).toBe('training.trained');
    expect(c.dims).toEqual({ employee_category: 'technicians' });
  });

  it('reads the total row under "Hours" as the training hours', () => {
    const c = classifyMention(cell('Total', 'Table 9 Training by category, 2025', 'Hours', 'hours'), [
      'gri-2021',
    ]);
    expect(c.metric?.id).toBe('training.hours_total');
  });

  it('reads the columns in Spanish and Portuguese too', () => {
    const es = classifyMention(cell('Operarios', 'Cuadro 3 Capacitación por categoría', 'Participantes'), [
      'gri-2021',
    ]);
    expect(es.metric?.id).toBe('training.trained');
    expect(es.dims).toEqual({ employee_category: 'operarios' });
    const pt = classifyMention(cell('Total', 'Quadro 8 Formação por categoria', 'Horas', 'horas'), [
      'gri-2021',
    ]);
    expect(pt.metric?.id).toBe('training.hours_total');
  });

  it('reads nothing into the columns of a table that is not about training', () => {
    const c = classifyMention(cell('Technicians', 'Table 4 Volunteering by category', 'Participants'), [
      'gri-2021',
    ]);
    expect(c.metric?.id).not.toBe('training.trained');
  });
});
