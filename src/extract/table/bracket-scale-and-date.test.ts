import { describe, expect, it } from 'vitest';
import { docFromText } from '../../../test/support/doc-from-text.js';
import { extractDocument } from '../pipeline/index.js';
import { unitIn } from './row-unit.js';

// Invented figures of a ferry operator: a headcount dated by a bracket, hours scaled by a thousands mark.
describe('a bracket after a measure naming a date or a bare thousands mark', () => {
  it('reads no unit from a bracket saying when a count is taken', () => {
    expect(unitIn('Crew (year end)')).toBe('');
    expect(unitIn('Crew (at year-end)')).toBe('');
    expect(unitIn('Crew (end of the year)')).toBe('');
    expect(unitIn('Voyage time (years)')).toBe('years');
  });

  it("reads a bare '000 as the thousands scale of the measure it follows", () => {
    expect(unitIn("Hours on duty ('000)")).toBe("'000");
  });

  it('scales hours and keeps a dated headcount a count of people, in rows and in columns', () => {
    const text = [
      'Crew and safety',
      '                              2041         2040',
      '  Hours worked (’000)        1,862.4      1,790.5',
      '  Crew (year end)              1,204        1,166',
      '',
      'Table 9  Crew and safety',
      '          Hours worked     Crew',
      "          ('000)           (year end)",
      '  2040       1,790.5        1,166',
      '  2041       1,862.4        1,204',
    ].join('\n');
    const facts = extractDocument(docFromText(text), { year: 2041 }).facts.map((f) => f.fact);
    const at = (line: number) =>
      facts
        .filter((f) => f.provenance.kind === 'document' && f.provenance.location.line === line)
        .map((f) => [f.quantity.value.toString(), f.quantity.unit.symbol]);
    expect(at(3)).toEqual([
      ['1862400', 'hours'],
      ['1790500', 'hours'],
    ]);
    expect(at(4).map(([, unit]) => unit)).not.toContain('years');
    expect(at(10)).toContainEqual(['1862400', 'hours']);
    expect(at(10).map(([, unit]) => unit)).not.toContain('years');
  });
});
