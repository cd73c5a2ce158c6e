import { describe, expect, it } from 'vitest';
import type { Mention } from '../mention/index.js';
import { classifyMention } from './index.js';

// A headcount table printing each year's count beside its "%" column; made up for the test.
function cell(label: string, column: string, value: string, unit: string): Mention {
  return {
    kind: 'table',
    line: 12,
    label,
    column,
    context: ['Table 4: Number of employees', 'By region', column],
    background: 1,
    value,
    unit,
    year: 2024,
    basis: 'actual',
    quote: '',
    dims: {},
  };
}

describe('classifyMention of a "%" column beside a headcount', () => {
  it('reads the % column as the group share of the workforce and the count as the headcount', () => {
    expect(classifyMention(cell('Women', '(staff)', '417', 'staff'), ['hkex-2020']).metric?.id).toBe(
      'workforce.total',
    );
    const share = classifyMention(cell('Women', '(%)', '36.8', '%'), ['hkex-2020']);
    expect(share.metric?.id).toBe('workforce.share');
    expect(share.dims.gender).toBe('female');
  });

  it('leaves a named percentage column to its own metric', () => {
    const named = cell('Women', 'Turnover rate (%)', '9.4', '%');
    expect(classifyMention(named, ['hkex-2020']).metric?.id).not.toBe('workforce.share');
  });

  it('reads a "Percentage trained (%)" column over a staff group as the share trained (HKEX B3.1)', () => {
    const trained = {
      ...cell('Frontline staff', 'Percentage trained (%)', '88.4', '%'),
      context: ['Table 6: Learning', 'Percentage trained (%)'],
    };
    expect(classifyMention(trained, ['hkex-2020']).metric?.id).toBe('training.trained_share');
  });
});

// A made-up Spanish headcount table by site and gender, with its share-of-women row under the counts.
function spanish(label: string, column: string, value: string, unit: string, caption: string): Mention {
  return { ...cell(label, column, value, unit), context: [caption, 'Sede', column] };
}

describe('classifyMention of a Spanish headcount table and its share of women', () => {
  it('reads a "Plantilla" or "Dotación" table as the headcount and "% mujeres" as the share of women', () => {
    const plantilla = 'Cuadro 5. Plantilla por sede y sexo';
    expect(classifyMention(spanish('Norte', 'Total', '612', '', plantilla), ['gri-2021']).metric?.id).toBe(
      'workforce.total',
    );
    const dotacion = 'Cuadro 5. Dotación por sede y sexo al 31 de marzo';
    expect(classifyMention(spanish('Total', 'Mujeres', '97', '', dotacion), ['gri-2021']).metric?.id).toBe(
      'workforce.total',
    );
    const share = classifyMention(spanish('% de mujeres', 'Total', '15.8', '%', dotacion), ['gri-2021']);
    expect(share.metric?.id).toBe('workforce.share');
    expect(share.dims.gender).toBe('female');
  });
});
