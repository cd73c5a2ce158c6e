// EU Taxonomy KPI tables (Regulation (EU) 2020/852 Art. 8, Delegated Regulation (EU) 2021/2178): the
// turnover under a status column is a part of revenue by that status, never the company's total.
// Our own wordings and figures.
import { describe, expect, it } from 'vitest';
import type { Mention } from '../mention/index.js';
import { classifyMention } from './index.js';

function cell(label: string, column: string, title: string, unit = 'EUR million'): Mention {
  return {
    kind: 'table',
    line: 40,
    label,
    column,
    context: [title, column],
    value: '73.4',
    unit,
    year: 2031,
    basis: 'actual',
    quote: '',
    dims: {},
    background: 1,
  };
}

const classify = (m: Mention) => classifyMention(m, ['gri-2021']);

describe('EU Taxonomy status columns', () => {
  it.each([
    ['Liikevaihto', 'Taksonomiakelpoinen', 'EU-taksonomia 2031', 'eligible'],
    ['Liikevaihto', 'Taksonomian mukainen', 'EU-taksonomia 2031', 'aligned'],
    ['Turnover', 'Taxonomy-aligned', 'EU Taxonomy KPIs', 'aligned'],
    ['Turnover', 'Eligible', 'EU Taxonomy KPIs', 'eligible'],
    ['Turnover', 'Taxonomy-non-eligible', 'EU Taxonomy KPIs', 'not_eligible'],
    ['Turnover', 'Eligible but not aligned', 'EU Taxonomy KPIs', 'not_aligned'],
    ['Umsatz', 'taxonomiefähig', 'EU-Taxonomie', 'eligible'],
    ['Umsatz', 'nicht taxonomiefähig', 'EU-Taxonomie', 'not_eligible'],
    ['Umsatz', 'taxonomiekonform', 'EU-Taxonomie', 'aligned'],
    ["Chiffre d'affaires", 'Aligné', 'Taxinomie européenne', 'aligned'],
    ['Omsättning', 'Taxonomiförenlig', 'EU:s taxonomi', 'aligned'],
  ])('%s under "%s" (%s) is %s', (label, column, title, status) => {
    expect(classify(cell(label, column, title)).dims).toEqual({ taxonomy: status });
  });

  it('keeps a status column part of revenue, and the total column the revenue itself', () => {
    const part = classify(cell('Liikevaihto', 'Taksonomiakelpoinen', 'EU-taksonomia 2031'));
    expect([part.metric?.id, part.dims]).toEqual(['economic.revenue', { taxonomy: 'eligible' }]);
    const c = classify(cell('Liikevaihto', 'Yhteensä', 'EU-taksonomia 2031'));
    expect([c.metric?.id, c.dims]).toEqual(['economic.revenue', {}]);
  });

  it('reads the status a row names and one the title alone names', () => {
    const row = classify(cell('Taxonomy-eligible turnover', '2031', 'EU Taxonomy'));
    expect(row.dims).toEqual({ taxonomy: 'eligible' });
    const title = classify(cell('Turnover', '2031', 'Taxonomy-aligned activities'));
    expect(title.dims).toEqual({ taxonomy: 'aligned' });
  });

  it('reads no status where nothing names the taxonomy, nor from a title naming two', () => {
    const leave = classify(cell('Employees', 'Eligible', 'Parental leave', 'persons'));
    expect(leave.dims.taxonomy).toBeUndefined();
    const both = classify(cell('Turnover', '2031', 'Taxonomy-eligible and taxonomy-aligned activities'));
    expect(both.dims.taxonomy).toBeUndefined();
  });
});
