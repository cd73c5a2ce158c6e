import { describe, expect, it } from 'vitest';
import { tableMentions } from '../../../test/support/table-rows.js';

// A made-up table of two depots named by a code and a place, beside the whole, one code alone in a table
// of its own: a depot's code before its name names a site, the code alone may be a product's.
const TEXT = [
  'Table 2  Depot operating data, 2025',
  'Measure                      BX4 Harrow Vale     MD12 Stonegate       Total',
  'Fuel dispensed (kL)                  4,216.3            1,904.8     6,121.1',
  'Vehicles serviced                        318                142         460',
].join('\n');

describe('columns named by a site code and a place', () => {
  it('gives each site column’s figures that site, and the whole’s none', () => {
    const found = tableMentions(TEXT, 2025);
    const siteOf = (value: string) => found.find((m) => m.value === value)?.dims.site;
    expect(siteOf('4216.3')).toBe('BX4 Harrow Vale');
    expect(siteOf('142')).toBe('MD12 Stonegate');
    expect(siteOf('6121.1')).toBeUndefined();
  });
});
