import { describe, expect, it } from 'vitest';
import { docFromText } from '../../../test/support/doc-from-text.js';
import { extractDocument } from './extract-document.js';
import { groupOfFigure } from './staff-group-sentences.js';

// Invented sentences naming BRSR's two staff groups, employees and workers.
describe('the staff group a sentence names for a figure', () => {
  it('is the group named right after the figure, else the last named before it', () => {
    const s =
      'Permanent employees took 6,210 hours of courses, 14.2 hours per permanent employee, while permanent workers took 9,030 hours, or 17.9 hours each.';
    expect(groupOfFigure(s, '6210')).toBe('employees');
    expect(groupOfFigure(s, '14.2')).toBe('employees');
    expect(groupOfFigure(s, '9030')).toBe('workers');
    expect(groupOfFigure(s, '17.9')).toBe('workers');
  });

  it('is none when the words join both groups or the figure is printed twice', () => {
    expect(groupOfFigure('Employees and workers took 15,240 hours of courses.', '15240')).toBeUndefined();
    expect(groupOfFigure('We trained 480 employees; 480 workers joined later.', '480')).toBeUndefined();
  });
});

describe('prose staff groups in a report that does not count workers apart', () => {
  it('leave "employees" the whole staff', () => {
    const report = [
      'Brightwater Foods Sustainability Report 2031',
      '',
      'Employees                 2031      2030',
      'Permanent                  640       610',
      'Temporary                  120       115',
      '',
      'Our permanent employees completed 9,280 hours of classroom training in 2031.',
    ].join('\n');
    const trained = extractDocument(docFromText(report))
      .facts.map((f) => f.fact)
      .filter((f) => f.metric === 'training.hours_total');
    expect(trained.map((f) => [f.quantity.value.toString(), f.dims.employee_category])).toEqual([
      ['9280', undefined],
    ]);
  });
});
