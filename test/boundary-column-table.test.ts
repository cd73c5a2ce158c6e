import { describe, expect, it } from 'vitest';
import { extractDocument, toSpecOutput } from '../src/extract/index.js';
import { docFromText } from './support/doc-from-text.js';

// A data-book table in the Japanese style: a unit column, then a column saying what each row covers.
const TABLE = [
  'Kawase Coatings Co., Ltd. Sustainability Data 2027',
  '',
  'Table 4  People and safety',
  'Item                          Unit                  Scope           FY2025      FY2026',
  'Steam purchased               GJ                    Domestic         4,210       3,985',
  'Managers                      persons               Parent             804         822',
  'Ratio of female managers',
  '                              %                     Parent             6.1         6.8',
  'LTIR                          per million hours     Domestic          0.71        0.44',
  'Severity rate                 per thousand hours    Domestic         0.012       0.006',
].join('\n');

describe('a table with a unit column and a coverage column', () => {
  const facts = toSpecOutput(extractDocument(docFromText(TABLE, 'kawase.txt'), { year: 2026 })).facts;
  const at = (line: number) =>
    facts.filter((f) => f.source.line === line).map((f) => [f.metric, f.label, f.value, f.unit]);

  it('names each row by its label, not by the coverage cell, and keeps its unit', () => {
    expect(at(5)[0]?.slice(0, 2)).toEqual(['energy.heat', 'Steam purchased']);
    expect(at(6)[0]?.slice(1)).toEqual(['Managers', 804, 'persons']);
  });

  it('names a row that opens with its unit by the line above it', () => {
    expect(at(8)).toEqual([
      ['workforce.share', 'Ratio of female managers', 6.1, '%'],
      ['workforce.share', 'Ratio of female managers', 6.8, '%'],
    ]);
  });

  it('reads a unit cell that states only a rate base as a rate of its label', () => {
    expect(at(9).map((f) => f[0])).toEqual(['safety.lost_time_injury_rate', 'safety.lost_time_injury_rate']);
  });
});
