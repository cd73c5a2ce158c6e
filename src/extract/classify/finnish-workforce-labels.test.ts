// Finnish S1-6 and S1-13 rows (henkilöstö, koulutus) and the compound hours of other languages: the
// breakdown and unit each must get. Our own wordings and figures.
import { describe, expect, it } from 'vitest';
import type { Mention } from '../mention/index.js';
import { classifyMention } from './index.js';

function row(label: string, caption: string, unit = ''): Mention {
  return {
    kind: 'table',
    line: 21,
    label,
    context: [caption],
    value: '437',
    unit,
    year: 2031,
    basis: 'actual',
    quote: '',
    dims: {},
    background: 1,
  };
}

const classify = (m: Mention) => classifyMention(m, ['gri-2021']);

describe('Finnish workforce rows', () => {
  it.each([
    ['vakituiset', 'permanent'],
    ['Vakinaiset työntekijät', 'permanent'],
    ['määräaikaiset', 'temporary'],
    ['Osa-aikaiset', 'part-time'],
  ])('%s under the headcount is workforce.total by %s contract', (label, type) => {
    const c = classify(row(label, 'Henkilöstö 31.12.'));
    expect([c.metric?.id, c.dims]).toEqual(['workforce.total', { employment_type: type }]);
  });

  it('reads leavers as turnover, not headcount', () => {
    expect(classify(row('Lähteneet', 'Henkilöstö 31.12.')).metric?.id).toBe('turnover.count');
  });
});

describe('hours a compound noun names', () => {
  it.each([
    ['Koulutustunnit yhteensä', 'Koulutus', 'training.hours_total'],
    ['Tehdyt työtunnit', 'Työturvallisuus', 'safety.hours_worked'],
    ['Schulungsstunden gesamt', 'Weiterbildung', 'training.hours_total'],
    ['Utbildningstimmar', 'Utbildning', 'training.hours_total'],
  ])('%s printed without a unit is in hours', (label, caption, metric) => {
    const c = classify(row(label, caption));
    expect([c.metric?.id, c.quantity?.unit.symbol]).toEqual([metric, 'hours']);
  });
});
