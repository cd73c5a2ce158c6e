import { describe, expect, it } from 'vitest';
import { docFromText } from '../../../test/support/doc-from-text.js';
import { toSpecOutput } from '../output/index.js';
import { extractDocument } from './extract-document.js';

// A synthetic headcount table: staff categories down the side, contract types drawn as dashed groups
// over gender columns, each group with its own total, then a grand total. Every figure is invented.
const text = [
  'Lindmoor Ceramics Ltd  Sustainability Report 2031',
  '',
  'Table 3: Headcount at year end 2031',
  '',
  '                       ------- Permanent -------    ------- Temporary -------',
  '  Category             Male   Female    Total       Male   Female    Total    Grand total',
  '  Executives             61       23       84          2        1        3             87',
  '  Clerks                143      208      351         17       29       46            397',
  '  Kiln operators        702      115      817        238       54      292          1,109',
  '  Total                 906      346    1,252        257       84      341          1,593',
].join('\n');

describe('a spanning group with its own total column', () => {
  const facts = toSpecOutput(extractDocument(docFromText(text, 'lindmoor.txt'))).facts;
  const at = (line: number, value: number) => facts.find((f) => f.source.line === line && f.value === value);

  it("keeps the group's contract type on its total column, not on the grand total", () => {
    expect(at(10, 1252)?.dims).toEqual({ employment_type: 'permanent' });
    expect(at(10, 341)?.dims).toEqual({ employment_type: 'temporary' });
    expect(at(10, 1593)?.dims).toEqual({});
    expect(at(10, 84)?.dims).toEqual({ gender: 'female', employment_type: 'temporary' });
  });

  it('reads the rows under a "Category" corner over gender columns as staff categories', () => {
    expect(at(8, 397)?.dims).toEqual({ employee_category: 'clerks' });
    expect(at(8, 46)?.dims).toEqual({ employee_category: 'clerks', employment_type: 'temporary' });
  });
});
