import { describe, expect, it } from 'vitest';
import type { Mention } from '../mention/index.js';
import { classifyMention } from './index.js';

function row(label: string, context: string[]): Mention {
  return {
    kind: 'table',
    line: 40,
    label,
    context,
    value: '318.7',
    unit: 'EUR million',
    year: 2031,
    basis: 'actual',
    quote: '',
    dims: {},
    background: 1,
  };
}

const metricOf = (label: string, context: string[]) =>
  classifyMention(row(label, context), ['gri-2021']).metric?.id;

describe('a bare community row in a GRI 201-1 table', () => {
  it('is the community investment the economic value distributed lists', () => {
    expect(metricOf('Community', ['Exhibit 12 – Economic value generated and distributed'])).toBe(
      'community.donations',
    );
    expect(metricOf('Comunidades', ['Cuadro 4 – Valor económico generado y distribuido'])).toBe(
      'community.donations',
    );
    expect(metricOf('Communautés', ['Tableau 6 – Valeur économique distribuée'])).toBe('community.donations');
  });

  it('says nothing under another caption', () => {
    expect(metricOf('Community', ['Exhibit 3 – Grievances by stakeholder group'])).not.toBe(
      'community.donations',
    );
  });
});

describe('community investment worded in Spanish, Portuguese or French', () => {
  const sentence = (label: string) =>
    classifyMention({ ...row(label, []), kind: 'text', quote: `${label}.` }, ['gri-2021']).metric?.id;

  it('is the catalogue metric', () => {
    expect(sentence('La inversión comunitaria llegó a $ 318.7 millones')).toBe('community.donations');
    expect(sentence('O investimento social somou R$ 318.7 milhões')).toBe('community.donations');
    expect(sentence("Notre investissement social a atteint 318.7 millions d'euros")).toBe(
      'community.donations',
    );
  });
});
