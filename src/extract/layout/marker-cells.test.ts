import { describe, expect, it } from 'vitest';
import { docFromText } from '../../../test/support/doc-from-text.js';
import { extractDocument } from '../pipeline/index.js';
import { joinMarkerCells } from './marker-cells.js';

// Made-up report text whose column gaps a converter printed as tabs.
const values = (lines: readonly string[]) =>
  extractDocument(docFromText(['Tarnholm Mills', 'Annual report 2025', '', ...lines].join('\n'))).facts.map(
    (f) => [f.fact.metric, f.fact.quantity.value.toString()],
  );

describe('marks a tab cut from the words they lead', () => {
  it('joins a bullet, a section number or a frame back to its words', () => {
    expect(joinMarkerCells(['•', '2,306 employees'], '  •\t2,306 employees')).toEqual(['• 2,306 employees']);
    expect(joinMarkerCells(['4.2.1', 'Our people'], '4.2.1\tOur people')).toEqual(['4.2.1 Our people']);
    expect(joinMarkerCells(['│', '71.3% recycled', '│'], '  │\t71.3% recycled\t│')).toEqual([
      '│  71.3% recycled  │',
    ]);
    expect(joinMarkerCells(['| Water', '| 3,417', '|'], '| Water\t| 3,417\t|')).toEqual([
      '| Water  | 3,417  |',
    ]);
  });

  it('leaves a table row and a numbered row with figures as cells', () => {
    expect(joinMarkerCells(['Scope 1', '4,120'], 'Scope 1\t4,120')).toEqual(['Scope 1', '4,120']);
    expect(joinMarkerCells(['3', 'College', '184'], '3\tCollege\t184')).toEqual(['3', 'College', '184']);
  });

  it('reads the prose under a tabbed section heading and a tabbed bullet', () => {
    const read = values([
      '3.6.5\tCommunity',
      '',
      'In 2025 we gave USD 4.37 million to community projects near our mills.',
      '',
      '  •\t2,306 employees at the end of 2025',
    ]);
    expect(read.map(([, value]) => value)).toContain('4.37');
    expect(read).toContainEqual(['workforce.total', '2306']);
  });

  it('reads a markdown table whose cell gaps are tabs', () => {
    const read = values([
      '| Indicator\t| 2024\t| 2025\t|',
      '|---\t|---\t|---\t|',
      '| Water withdrawal (m³)\t| 3,417\t| 3,209\t|',
    ]);
    expect(read).toContainEqual(['water.withdrawal', '3209']);
  });
});
