import { describe, expect, it } from 'vitest';
import type { Mention } from '../mention/index.js';
import { classifyMention } from './index.js';

function row(label: string, context: string[], column = 'Total'): Mention {
  return {
    kind: 'table',
    line: 21,
    label,
    column,
    columns: ['Women', 'Men', 'Total'],
    context: [...context, column],
    background: 1,
    value: '512',
    unit: '',
    year: 2025,
    basis: 'actual',
    quote: `${label}\t512`,
    dims: {},
  };
}

describe('breakdowns named in Spanish, Portuguese or French', () => {
  it('reads the rows of a title "… por categoría" as employee categories', () => {
    const c = classifyMention(row('Vigilantes', ['Cuadro 2 Trabajadores por categoría y sexo']), [
      'gri-2021',
    ]);
    expect(c.dims).toEqual({ employee_category: 'vigilantes' });
  });

  it('reads the rows of a title "… por local" or "… par site" as sites', () => {
    const pt = classifyMention(row('Fábrica Norte', ['Quadro 5 Trabalhadores por local e género']), [
      'gri-2021',
    ]);
    expect(pt.dims).toEqual({ site: 'Fábrica Norte' });
    const fr = classifyMention(row('Usine Est', ['Tableau 5 Effectifs par site']), ['gri-2021']);
    expect(fr.dims).toEqual({ site: 'Usine Est' });
  });

  it('reads the rows under a corner cell "Local" as sites', () => {
    const c = classifyMention(row('Porto Sul', ['Quadro 5 Trabalhadores', 'Local']), ['gri-2021']);
    expect(c.dims).toEqual({ site: 'Porto Sul' });
  });

  it('takes no breakdown from "local" used as an adjective', () => {
    const c = classifyMention(row('Porto Sul', ['Table 5 Employees hired locally', 'Local hires']), [
      'gri-2021',
    ]);
    expect(c.dims.site).toBeUndefined();
  });
});
