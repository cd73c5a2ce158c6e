import { describe, expect, it } from 'vitest';
import type { Mention } from '../mention/index.js';
import { classifyMention } from './index.js';

function row(label: string, group: string): Mention {
  return {
    kind: 'table',
    line: 40,
    label,
    context: ['Table 6 Waste handled in 2024', group],
    value: '418.25',
    unit: 'tonnes',
    year: 2024,
    basis: 'actual',
    quote: '',
    dims: {},
    background: 1,
  };
}

const classify = (m: Mention) => classifyMention(m, ['gri-2021']);

describe('rows under a group of one waste type', () => {
  it('reads every route of the group as that type by treatment, whatever the route names', () => {
    const routes = ['Recycling', 'Incinerated with heat recovery', 'Sent to landfill'].map((r) =>
      classify(row(r, 'Non-hazardous waste')),
    );
    expect(routes.map((c) => c.metric?.id)).toEqual([
      'waste.non_hazardous',
      'waste.non_hazardous',
      'waste.non_hazardous',
    ]);
    expect(routes.map((c) => c.dims.treatment)).toEqual([
      'recycling',
      'incinerated with heat recovery',
      'sent to landfill',
    ]);
    expect(routes[2]?.codes).toContain('GRI:306-5');
  });

  it('reads a named kind of waste in the group as its waste_type, and the subtotal as the whole', () => {
    const oil = classify(row('Spent lubricating oil (HW08)', 'Hazardous waste'));
    expect(oil.metric?.id).toBe('waste.hazardous');
    expect(oil.dims).toEqual({ waste_type: 'spent lubricating oil (hw08)' });
    const sub = classify(row('Subtotal', 'Hazardous waste'));
    expect(sub.metric?.id).toBe('waste.hazardous');
    expect(sub.dims).toEqual({});
  });
});
