// Georgian tables (Mkhedruli has no capitals): a table of the company's sites with a "სულ" (total)
// column, a row whose label ends on a scaled unit after its comma (", ათ. მ³", thousand m³), and a staff
// table with "კაცი | ქალი" (men | women) columns. Invented report and figures.
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../src/extract/index.js';
import { docFromText } from './support/doc-from-text.js';

const TEXT = [
  'სს „ალაზნის ვენახები" · მდგრადი განვითარების ანგარიში 2031',
  '',
  'ცხრილი 3. ობიექტების მონაცემები, 2031',
  '  მაჩვენებელი                        თელავი        ყვარელი      გურჯაანი           სულ',
  '  ელექტროენერგია, მგვტ.სთ              2 614,2       1 905,8         733,1       5 253,1',
  '  წყლის აღება, ათ. მ³                    88,4          61,2          19,9         169,5',
  '',
  'ცხრილი 5. თანამშრომლები სქესის მიხედვით, 31.12.2031',
  '  ობიექტი                                 კაცი      ქალი       სულ',
  '  თელავის მარანი                           141        97       238',
  '  ყვარლის მარანი                            88        64       152',
  '  სულ                                      229       161       390',
  '',
].join('\n');

const found = () =>
  extractDocument(docFromText(TEXT), { year: 2031 })
    .facts.map((f) => f.fact)
    .filter((f) => f.period.year === 2031)
    .map((f) => [f.metric, f.quantity.value.toString(), f.dims]);

describe('Georgian site and staff tables', () => {
  it("reads each site's column, the total column and a label's scaled unit", () => {
    const rows = found();
    expect(rows).toContainEqual(['energy.electricity', '1905.8', { site: 'ყვარელი' }]);
    expect(rows).toContainEqual(['energy.electricity', '5253.1', {}]);
    expect(rows).toContainEqual(['water.withdrawal', '88400', { site: 'თელავი' }]);
    expect(rows).toContainEqual(['water.withdrawal', '169500', {}]);
  });

  it('reads the men and women columns as genders, and no sites in them', () => {
    const rows = found();
    expect(rows).toContainEqual(['workforce.total', '97', { gender: 'female' }]);
    expect(rows).toContainEqual(['workforce.total', '229', { gender: 'male' }]);
    expect(rows).toContainEqual(['workforce.total', '390', {}]);
  });
});
