import { describe, expect, it } from 'vitest';
import { captionSites } from './caption-site.js';
import { tableMentions } from '../../../test/support/table-rows.js';

// Made-up tables printed one per place, each titled by the place after a dash, then the whole.
const perPlace = (place: string, water: string, power: string) => [
  `Resource use – ${place}`,
  'Indicator                                      Quantity    Units',
  `Water withdrawn                               ${water}    m³`,
  `Electricity purchased                         ${power}    kWh`,
  '',
];

describe('a table titled by one of the company’s places', () => {
  it('gives the figures of each place’s table that place, and the whole’s table none', () => {
    const text = [
      ...perPlace('Riverside Pumping Works', '318,420', '4,106,900'),
      ...perPlace('Lakeview Intake', '127,050', '1,840,300'),
      ...perPlace('Consolidated', '445,470', '5,947,200'),
    ].join('\n');
    const found = tableMentions(text, 2025);
    const siteOf = (value: string) => found.find((m) => m.value === value)?.dims.site;
    expect(siteOf('318420')).toBe('Riverside Pumping Works');
    expect(siteOf('1840300')).toBe('Lakeview Intake');
    expect(siteOf('445470')).toBeUndefined();
    expect(siteOf('5947200')).toBeUndefined();
  });

  it('reads a tail ending on a kind of place as a site without a whole beside it', () => {
    expect([...captionSites(['Energy use – Kestrel Creek Mine', 'Staff trained – Hub Plant 2'])]).toEqual([
      ['Energy use – Kestrel Creek Mine', 'Kestrel Creek Mine'],
      ['Staff trained – Hub Plant 2', 'Hub Plant 2'],
    ]);
  });

  it('leaves tails that name a topic, a group of workers or a breakdown', () => {
    const captions = [
      'Table 4 – Waste generated (tonnes)',
      'Table 6 – Energy',
      'Injuries – Employees',
      'Injuries – Contractors',
      'Injuries – Total',
      'Emissions – Scope 1',
      'Emissions – Group',
      'Output – production by site',
      'Water – Hazardous Areas',
    ];
    expect([...captionSites(captions)]).toEqual([]);
  });
});
