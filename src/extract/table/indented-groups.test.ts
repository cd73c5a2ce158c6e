import { describe, expect, it } from 'vitest';
import { docFromText } from '../../../test/support/doc-from-text.js';
import { classifyMention } from '../classify/index.js';
import { findRunningHeaders, toReportLines } from '../layout/index.js';
import { extractTables } from './extract-tables.js';
import { tableMentions } from '../../../test/support/table-rows.js';

// A made-up energy table whose one group of rows is indented under its heading, then rows printed back
// at the heading's indent; and an intensity row whose unit bracket has a note number glued after it.
function read(text: string, reportYear = 2024) {
  const lines = toReportLines(docFromText(text));
  return extractTables(lines, { reportYear, noise: findRunningHeaders(lines), skip: new Set() })
    .mentions.filter((m) => m.year === reportYear)
    .map((m) => classifyMention(m, ['gri-2021']))
    .map((c) => [c.mention.line, c.metric?.id, c.dims.site ?? c.dims.region]);
}

const TABLE = [
  'Table 4  Energy',
  '',
  '(GJ unless stated)                                    2024            2023',
  '----------------------------------------------------------------------------',
  'Heavy fuel oil                                    412,300         430,900',
  'District heating',
  '  Plant North (MWh)                                21,400          22,050',
  '  Plant South (MWh)                                18,900          19,420',
  '  Total (MWh)                                      40,300          41,470',
  'Rooftop solar                                       3,180           2,950',
  'Total energy consumption                          560,560         583,142',
  'Energy intensity (GJ/t product)2                     6.12            6.35',
  '----------------------------------------------------------------------------',
];

describe("rows back at a group heading's indent", () => {
  it("are no longer the group's rows", () => {
    const found = read(TABLE.join('\n'));
    expect(found.find((f) => f[0] === 7)?.[1]).toBe('energy.heat');
    expect(found.find((f) => f[0] === 10)?.[1]).not.toBe('energy.heat');
    expect(found.find((f) => f[0] === 11)?.[1]).toBe('energy.total');
  });

  it("read a unit bracket with a note number glued after it as the row's unit", () => {
    const intensity = read(TABLE.join('\n')).find((f) => f[0] === 12);
    expect(intensity?.[1]).toBe('energy.intensity');
  });
});

describe('a header of gender and age-band columns', () => {
  it('is read as the header, so its figures are counts by gender', () => {
    const text = [
      'Staff by grade, gender and age at year end',
      '',
      'Grade                     Men   Women   < 35   35-55   > 55   Total',
      'Engineers                 210      64     71     150     53     274',
      'Operators                 388     102    140     270     80     490',
    ].join('\n');
    const found = read(text).filter((f) => f[0] === 4);
    expect(found).toHaveLength(6);
    const mentions = tableMentions(text, 2024);
    const engineers = mentions
      .filter((m) => m.line === 4)
      .map((m) => classifyMention(m, ['gri-2021']).dims.gender);
    expect(engineers.slice(0, 2)).toEqual(['male', 'female']);
  });
});
