import { describe, expect, it } from 'vitest';
import type { Mention } from '../mention/index.js';
import { classifyMention } from './index.js';

// A made-up waste table: three "Hazardous – <route>" rows above "Total hazardous waste".
function row(label: string, value: string, partOf?: string): Mention {
  return {
    kind: 'table',
    line: 64,
    label,
    context: ['Waste handled (t)'],
    background: 1,
    value,
    unit: 't',
    year: 2020,
    basis: 'actual',
    quote: '',
    dims: {},
    ...(partOf === undefined ? {} : { partOf }),
  };
}

describe('a row named by its total, a dash and a part', () => {
  it("is the total's quantity for that part, even where the part's words name another metric", () => {
    const recycled = classifyMention(row('Hazardous – recycled off site', '41.2', 'hazardous waste'), [
      'gri-2021',
    ]);
    expect(recycled.metric?.id).toBe('waste.hazardous');
    expect(recycled.dims.treatment).toBe('recycled off site');
    expect(recycled.codes).toContain('GRI:306-4');
    const burnt = classifyMention(row('Hazardous – incinerated', '7.9', 'hazardous waste'), ['gri-2021']);
    expect([burnt.metric?.id, burnt.dims.treatment]).toEqual(['waste.hazardous', 'incinerated']);
    expect(burnt.codes).toContain('GRI:306-5');
  });

  it('leaves a row whose head names a metric of its own to that metric', () => {
    const scope2 = { ...row('Scope 2 — purchased power', '842.7', 'Total Scope 1 and 2'), unit: 'tCO2e' };
    const c = classifyMention(scope2, ['gri-2021']);
    expect([c.metric?.id, c.dims.segment]).toEqual(['ghg.scope2', undefined]);
  });

  it('names any other part a segment of the total', () => {
    const boilers = { ...row('Scope 1 - gas boilers', '310.4', 'Scope 1'), unit: 'tCO2e' };
    const c = classifyMention(boilers, ['gri-2021']);
    expect([c.metric?.id, c.dims.segment]).toEqual(['ghg.scope1', 'gas boilers']);
  });

  it('is read by its own words when no total follows, or the words before the dash are not the total', () => {
    expect(
      classifyMention(row('Hazardous – recycled off site', '41.2'), ['gri-2021']).dims.segment,
    ).toBeUndefined();
    const other = classifyMention(row('Packaging – cardboard', '12.0', 'hazardous waste'), ['gri-2021']);
    expect(other.dims.segment).not.toBe('cardboard');
  });
});
