import { describe, expect, it } from 'vitest';
import { parseUnit } from '../../core/units/index.js';
import { tableMentions } from '../../../test/support/table-rows.js';

// A made-up Georgian table: an "ერთეული" unit column, thousands ("ათ. მ³") and a "სულ" total row.
const text = [
  'ცხრილი 2. ენერგია და წყალი',
  '  მაჩვენებელი                          ერთეული              2023        2024        2025',
  '  მდინარის წყალი                       ათ. მ³              211,7       205,3       198,4',
  '  წყლის აღება სულ                      ათ. მ³              260,2       251,9       247,0',
  '  ელექტროენერგია                       მგვტ.სთ           7 312,5     7 105,8     6 980,1',
].join('\n');

describe('a Georgian table with an ერთეული unit column', () => {
  it('keeps each label and reads its unit from the unit column', () => {
    const rows = tableMentions(text, 2025).filter((m) => m.year === 2025);
    expect(rows.map((m) => [m.label, m.unit])).toEqual([
      ['მდინარის წყალი', 'ათ. მ3'],
      ['წყლის აღება სულ', 'ათ. მ3'],
      ['ელექტროენერგია', 'მგვტ.სთ'],
    ]);
  });

  it('reads Georgian units: ათ./ათასი (thousand), მლნ, მ³, მგვტ.სთ, ტ, ლიტრი, ადამიანი, სთ, ლარი', () => {
    expect(parseUnit('ათ. მ³')).toMatchObject({ symbol: 'thousand m3', dimension: 'volume' });
    expect(parseUnit('მლნ ლიტრი')).toMatchObject({ symbol: 'million L' });
    expect(parseUnit('მგვტ.სთ')).toMatchObject({ symbol: 'MWh' });
    expect(parseUnit('კვტ.სთ')).toMatchObject({ symbol: 'kWh' });
    expect(parseUnit('ტ CO₂ ეკვ.')).toMatchObject({ symbol: 'tCO2e' });
    expect(parseUnit('ტ')).toMatchObject({ symbol: 't' });
    expect(parseUnit('ადამიანი')).toMatchObject({ symbol: 'persons' });
    expect(parseUnit('სთ')).toMatchObject({ symbol: 'hours' });
    expect(parseUnit('ათასი ლარი')).toMatchObject({ symbol: 'GEL thousand', dimension: 'money:GEL' });
  });
});
