// A staff table whose only figure column is a bare count heading ("Number", Georgian "რაოდენობა")
// over age bands and staff categories, then a training table by the same categories: each row's count is
// that group's headcount, so people trained in a category are checked against it. Invented reports.
import { describe, expect, it } from 'vitest';
import { checkFacts } from '../src/check/index.js';
import { extractDocument } from '../src/extract/index.js';
import { docFromText } from './support/doc-from-text.js';

const ENGLISH = (trained: string) =>
  [
    'Millbrook Fibres Ltd · Sustainability Report 2031',
    '',
    'Table 4. Age and category',
    '  Age group                       Number    Share, %',
    '  Under 30                           143        17.9',
    '  30-50                              452        56.6',
    '  Over 50                            204        25.5',
    '  Category                        Number    Share, %',
    '  Managers                            57         7.1',
    '  Production workers                 531        66.5',
    '  Sales and marketing                211        26.4',
    '',
    'Table 5. Training, 2031',
    '  Category                       Trained       Hours',
    '  Managers                            52       1 404',
    '  Production workers                 498      12 450',
    `  Sales and marketing            ${trained.padStart(9)}       3 610`,
    '',
  ].join('\n');

const GEORGIAN = (trained: string) =>
  [
    'სს „მთის ქსოვილები" · მდგრადი განვითარების ანგარიში 2031',
    '',
    'ცხრილი 4. ასაკი და კატეგორია',
    '  ასაკობრივი ჯგუფი              რაოდენობა   წილი, %',
    '  30 წლამდე                          143       17,9',
    '  30–50 წელი                         452       56,6',
    '  50 წელზე მეტი                      204       25,5',
    '  კატეგორია                     რაოდენობა   წილი, %',
    '  ხელმძღვანელები                      57        7,1',
    '  წარმოების პერსონალი                531       66,5',
    '  გაყიდვები                          211       26,4',
    '',
    'ცხრილი 5. ტრენინგი, 2031',
    '  კატეგორია                      გადამზადდა     საათები',
    '  ხელმძღვანელები                         52       1 404',
    '  წარმოების პერსონალი                   498      12 450',
    `  გაყიდვები                       ${trained.padStart(9)}       3 610`,
    '',
  ].join('\n');

const facts = (text: string) => extractDocument(docFromText(text)).facts.map((f) => f.fact);

const headcounts = (text: string) =>
  facts(text)
    .filter((f) => f.metric === 'workforce.total')
    .map((f) => [f.quantity.value.toString(), f.dims]);

const beyond = (text: string) =>
  checkFacts({ facts: facts(text) })
    .findings.filter((f) => f.rule === 'count.within')
    .map((f) => [f.expected, f.actual]);

describe('a bare count column over age bands and staff categories', () => {
  it('reads each English row as its group’s headcount, a sales row included', () => {
    const rows = headcounts(ENGLISH('204'));
    expect(rows).toContainEqual(['143', { age: '<30' }]);
    expect(rows).toContainEqual(['204', { age: '>50' }]);
    expect(rows).toContainEqual(['57', { employee_category: 'managers' }]);
    expect(rows).toContainEqual(['211', { employee_category: 'sales and marketing' }]);
  }, 240_000);

  it('reads Georgian age bands and the rows under a "კატეგორია" corner', () => {
    const rows = headcounts(GEORGIAN('204'));
    expect(rows).toContainEqual(['143', { age: '<30' }]);
    expect(rows).toContainEqual(['452', { age: '30-50' }]);
    expect(rows).toContainEqual(['204', { age: '>50' }]);
    expect(rows).toContainEqual(['531', { employee_category: 'წარმოების პერსონალი' }]);
  }, 240_000);

  it('sets people trained in a category against its headcount', () => {
    expect(beyond(ENGLISH('204'))).toEqual([]);
    expect(beyond(ENGLISH('226'))).toEqual([['211', '226']]);
    expect(beyond(GEORGIAN('204'))).toEqual([]);
    expect(beyond(GEORGIAN('226'))).toEqual([['211', '226']]);
  }, 240_000);
});
