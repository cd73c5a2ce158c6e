import { describe, expect, it } from 'vitest';
import type { Mention } from '../mention/index.js';
import { classifyMention } from './index.js';

// A made-up "Occupational safety" table: a group row "Staff" then "Subcontractors", each with
// exposure hours in thousands, lost-time and recordable injuries and their frequency rates.
function row(label: string, unit: string, value: string, group: string): Mention {
  return {
    kind: 'table',
    line: 40,
    label,
    context: ['Occupational safety', 'Staff', ...(group === 'Staff' ? [] : [group])],
    background: 2,
    value,
    unit,
    year: 2021,
    basis: 'actual',
    quote: '',
    dims: {},
  };
}

describe('safety rows of a table split by employees and contractors', () => {
  it('reads hours worked with a bare multiplier as hours, not a headcount of the group', () => {
    const c = classifyMention(row("Man-hours worked ('000)", "'000", '2,315.5'.replace(',', ''), 'Staff'), [
      'gri-2021',
    ]);
    expect(c.metric?.id).toBe('safety.hours_worked');
    expect(c.quantity?.unit.symbol).toBe('hours');
    expect(c.quantity?.value.toString()).toBe('2315500');
    expect(c.dims.employment_type).toBe('employee');
  });

  it('keeps the group of the rows below a second group row', () => {
    const c = classifyMention(row('Hours worked (million)', 'million', '0.587', 'Subcontractors'), [
      'gri-2021',
    ]);
    expect(c.metric?.id).toBe('safety.hours_worked');
    expect(c.quantity?.value.toString()).toBe('587000');
    expect(c.dims.employment_type).toBe('contractor');
  });

  it('tells lost-time injuries and their rate from recordable injuries and theirs (GRI 403-9)', () => {
    const id = (label: string, unit = '') =>
      classifyMention(row(label, unit, '6', 'Subcontractors'), ['gri-2021']).metric?.id;
    expect(id('Lost time injuries', 'cases')).toBe('safety.lost_time_injuries');
    expect(id('LTIs')).toBe('safety.lost_time_injuries');
    expect(id('Lost time injury frequency rate')).toBe('safety.lost_time_injury_rate');
    expect(id('LTIFR')).toBe('safety.lost_time_injury_rate');
    expect(id('Total recordable injuries', 'cases')).toBe('safety.injuries');
    expect(id('TRIR')).toBe('safety.injury_rate');
  });

  it('takes the workers a label names in its own bracket before the group row above it', () => {
    const c = classifyMention(row('Lost time injuries (own employees)', '', '7', 'Subcontractors'), [
      'gri-2021',
    ]);
    expect(c.metric?.id).toBe('safety.lost_time_injuries');
    expect(c.dims.employment_type).toBe('employee');
  });

  it('takes the workers a label names after a spaced dash, so the total row stays the only one without', () => {
    const c = classifyMention(row('Exposure hours – staff', 'hours', '812400', 'Subcontractors'), [
      'gri-2021',
    ]);
    expect(c.metric?.id).toBe('safety.hours_worked');
    expect(c.dims.employment_type).toBe('employee');
  });

  it('takes the workers a label names after "by" (or "por"), and a caption names after its last dash', () => {
    const by = classifyMention(row('Hours worked by subcontractors', 'hours', '96120', 'Staff'), [
      'gri-2021',
    ]);
    expect([by.metric?.id, by.dims.employment_type]).toEqual(['safety.hours_worked', 'contractor']);
    const captioned = classifyMention(
      { ...row('Lost time injuries', '', '4', 'Staff'), context: ['Table 5 — Safety record — contractors'] },
      ['gri-2021'],
    );
    expect([captioned.metric?.id, captioned.dims.employment_type]).toEqual([
      'safety.lost_time_injuries',
      'contractor',
    ]);
  });

  it('reads a rate for all workers after a spaced dash as the rate, not a headcount', () => {
    const rate = (label: string) =>
      classifyMention({ ...row(label, '', '0.38', 'Staff'), context: ['Occupational safety'] }, ['gri-2021']);
    for (const label of ['LTIFR – all workers', 'TRIR - total workforce']) {
      const c = rate(label);
      expect(c.metric?.id).toMatch(/^safety\.(?:lost_time_)?injury_rate$/);
      expect(c.dims.employment_type).toBeUndefined();
    }
  });

  it('reads a rate named before a comma and the workers it covers as the rate, not a headcount', () => {
    const rate = (label: string) =>
      classifyMention({ ...row(label, '', '0.52', 'Staff'), context: ['Safety disclosures'] }, ['gri-2021']);
    for (const label of ['(2) LTIFR, own staff and subcontractors', 'TRIR, direct employees & contractors']) {
      const c = rate(label);
      expect(c.metric?.id).toMatch(/^safety\.(?:lost_time_)?injury_rate$/);
      expect(c.dims.employment_type).toBeUndefined();
    }
    expect(rate('LTIFR, subcontractors').metric?.id).toBe('safety.lost_time_injury_rate');
  });

  it('leaves a bare multiplier of a label naming no unit as printed', () => {
    const c = classifyMention(row('Employees (thousand)', 'thousand', '12.4', 'Staff'), ['gri-2021']);
    expect(c.metric?.id).toBe('workforce.total');
    expect(c.quantity?.value.toString()).toBe('12400');
  });
});

describe('safety rows whose dashed part names own staff in French', () => {
  const dashed = (label: string): Mention => ({
    kind: 'table',
    line: 52,
    label,
    context: ['Santé et sécurité'],
    background: 2,
    value: '9',
    unit: 'nombre',
    year: 2024,
    basis: 'actual',
    quote: '',
    dims: {},
  });

  it('reads "– personnel propre" as employees, beside "– sous-traitants" as contractors', () => {
    const own = classifyMention(dashed('Accidents avec arrêt – personnel propre'), ['gri-2021']);
    const subs = classifyMention(dashed('Accidents avec arrêt – sous-traitants'), ['gri-2021']);
    expect([own.metric?.id, own.dims.employment_type, subs.dims.employment_type]).toEqual([
      'safety.lost_time_injuries',
      'employee',
      'contractor',
    ]);
  });
});
