// The share of water recycled or reused: its own metric, never waste diverted or a unitless figure.
import { describe, expect, it } from 'vitest';
import { docFromText } from '../../../test/support/doc-from-text.js';
import { findMetricsByPhrase } from '../../core/index.js';
import { toSpecOutput } from '../output/index.js';
import { extractDocument } from '../pipeline/extract-document.js';

const best = (label: string) => findMetricsByPhrase(label)[0]?.metric.id;

describe('the share of water recycled or reused', () => {
  it.each([
    ['Reused as a % of withdrawal'],
    ['Water recycled as % of water withdrawn'],
    ['Percentage of water recycled and reused'],
    ['Water reuse rate (%)'],
    ['Anteil recycelten Wassers'],
    ['Aandeel hergebruikt water'],
    ['Andel gjenbrukt vann'],
    ['Udział wody z recyklingu'],
    ['Udio reciklirane vode'],
    ['工业水重复利用率'],
    ['Porcentaje de agua reutilizada'],
  ])('reads %s as the water recycled share', (label) => {
    expect(best(label)).toBe('water.recycled_share');
  });

  it('leaves waste recycled, water recycled and the waste recycling rate as they were', () => {
    expect(best('Waste recycled (t)')).toBe('waste.diverted');
    expect(best('Recycled water (ML)')).toBe('water.recycled');
    expect(best('Percentage of waste recycled')).toBe('waste.recycling_rate');
  });

  it('gives a row "… as % of …" its unit and metric in a table', () => {
    const text = [
      'Table 4: Water at our plants',
      '                                   FY2031      FY2030',
      'Fresh water withdrawn, ML            5,204.0     5,410.6',
      'Water reused (condensate recovery), ML  702.5       655.1',
      'Reused as % of withdrawal              13.5        12.1',
    ].join('\n');
    const facts = toSpecOutput(extractDocument(docFromText(text))).facts;
    const share = facts.filter((f) => f.source.line === 5).map((f) => [f.metric, f.value, f.unit]);
    expect(share).toEqual([
      ['water.recycled_share', 13.5, '%'],
      ['water.recycled_share', 12.1, '%'],
    ]);
  });
});
