import { describe, expect, it } from 'vitest';
import type { Mention } from '../mention/index.js';
import { classifyMention } from './index.js';

// A made-up emissions table captioned by the broad total, its rows naming Scope 3 categories by number.
function row(label: string, unit: string, caption = 'Gross GHG emissions'): Mention {
  return {
    kind: 'table',
    line: 88,
    label,
    context: [caption],
    background: 1,
    value: '61420.7',
    unit,
    year: 2025,
    basis: 'actual',
    quote: '',
    dims: {},
  };
}

describe('a Scope 3 category row under an emissions caption', () => {
  it('is Scope 3 by its category when its own words name no catalogue phrase', () => {
    const found = classifyMention(row('Cat. 1 Purchased goods (grain, glass bottles)', 'tCO2e'), []);
    expect([found.metric?.id, found.dims]).toEqual(['ghg.scope3', { scope3_category: '1' }]);
    const unitless = classifyMention(row('Category 2 Capital goods (kilns)', ''), []);
    expect([unitless.metric?.id, unitless.dims]).toEqual(['ghg.scope3', { scope3_category: '2' }]);
  });

  it('leaves a category row of a spend table as it was', () => {
    const spend = classifyMention(
      row('Cat. 1 Purchased goods (grain)', 'EUR thousand', 'Procurement spend'),
      [],
    );
    expect(spend.metric?.id).not.toBe('ghg.scope3');
  });
});
