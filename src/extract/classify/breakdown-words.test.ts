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

describe('breakdowns named in Vietnamese', () => {
  it('reads the rows of a title "… theo chức danh" or under a corner "Chức danh" as employee categories', () => {
    const titled = classifyMention(row('Kỹ sư vận hành', ['Bảng 4. Số lao động theo chức danh']), [
      'gri-2021',
    ]);
    expect(titled.dims).toEqual({ employee_category: 'kỹ sư vận hành' });
    const cornered = classifyMention(row('Kỹ sư vận hành', ['Bảng 4. Nhân sự', 'Chức danh']), ['gri-2021']);
    expect(cornered.dims).toEqual({ employee_category: 'kỹ sư vận hành' });
  });

  it('reads the rows of a title "… theo nhà máy" as sites', () => {
    const c = classifyMention(row('Nhà máy Bình Dương', ['Bảng 6. Lao động theo nhà máy']), ['gri-2021']);
    expect(c.dims).toEqual({ site: 'Nhà máy Bình Dương' });
  });

  it('takes no breakdown from a row whose label only begins with a breakdown’s name', () => {
    const c = classifyMention(row('Kỹ sư vận hành', ['Bảng 4. Nhân sự', 'Chức danh mới bổ nhiệm']), [
      'gri-2021',
    ]);
    expect(c.dims.employee_category).toBeUndefined();
  });
});
