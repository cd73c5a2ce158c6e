// Rows of a table keyed by an administrative area (district, county, province) or a farm are places:
// each carries a place dim, and the table's whole carries none, so a sentence restating the whole meets it.
import { describe, expect, it } from 'vitest';
import { facts } from '../../../test/support/facts-by-line.js';

/** The dims of the figures read on a 1-based line. */
const dimsOn = (text: string, line: number) =>
  facts(text)
    .filter((f) => f.provenance.kind === 'document' && f.provenance.location.line === line)
    .map((f) => [f.quantity.value.toString(), f.dims]);

describe('a table whose corner names districts, counties or provinces', () => {
  const table = (corner: string, total: string, area = 'Area') =>
    [
      'Table 4. Maize grown, 2031',
      '',
      `${corner.padEnd(20)}${area}, ha    Harvest, tonnes`,
      'Northbank                3 410             18 920',
      'Eastfield                2 175             11 604',
      `${total.padEnd(20)}    5 585             30 524`,
    ].join('\n');

  it('gives each district row a region and the total none', () => {
    expect(dimsOn(table('District', 'Total'), 4)).toEqual([
      ['3410', { region: 'Northbank' }],
      ['18920', { region: 'Northbank' }],
    ]);
    expect(dimsOn(table('District', 'Total'), 6)).toEqual([
      ['5585', {}],
      ['30524', {}],
    ]);
  });

  it('reads the corner in Russian and Uzbek, and a whole worded in Armenian', () => {
    expect(dimsOn(table('Район', 'Итого'), 5).map(([, d]) => d)).toEqual([
      { region: 'Eastfield' },
      { region: 'Eastfield' },
    ]);
    expect(dimsOn(table('Tuman', 'Jami'), 6).map(([, d]) => d)).toEqual([{}, {}]);
    expect(dimsOn(table('County', 'Ընդամենը'), 6).map(([, d]) => d)).toEqual([{}, {}]);
  });

  // (A column headed "Area" makes any table's rows regions, farms too: the word is read as a place.)
  it('reads a farm corner as sites', () => {
    expect(dimsOn(table('Farm', 'Total', 'Sown'), 4).map(([, d]) => d)).toEqual([
      { site: 'Northbank' },
      { site: 'Northbank' },
    ]);
  });
});
