import { describe, expect, it } from 'vitest';
import { tableMentions } from '../../../test/support/table-rows.js';
import { repeatedHeadTables } from './side-by-side.js';

// A made-up Czech staff table: two tables side by side, each with its own label column and the same
// heading over its figures ("počet", number); the right one has a row more.
const TABLE = [
  'Tabulka 4: Zaměstnanci podle věku a kategorie v roce 2025',
  'Věková skupina          počet        Kategorie                   počet',
  'do 25 let                 245        Vedení                         58',
  '25 – 55 let             1 762        Technici                      604',
  'nad 55 let                419        Administrativa                131',
  '                                     Dělníci ve výrobě           1 633',
  'Celkem                  2 426        Celkem                      2 426',
].join('\n');

describe('side-by-side tables that repeat their column heading', () => {
  it('finds a header repeating its headings after a second label heading', () => {
    expect(repeatedHeadTables(['Age group', 'Persons', 'Category', 'Persons'])).toBe(2);
    expect(repeatedHeadTables(['Plant', 'MWh', 't', 'Office', 'MWh', 't'])).toBe(2);
    expect(repeatedHeadTables(['Indicator', 'Unit', '2025', '2024'])).toBe(0);
    expect(repeatedHeadTables(['Age group', 'Persons', 'Persons'])).toBe(0);
  });

  it('reads each table with its own labels, a figure never taken as the other table’s unit', () => {
    const found = tableMentions(TABLE, 2025);
    expect(found.map((m) => [m.line, m.label, m.value, m.unit])).toEqual([
      [3, 'do 25 let', '245', ''],
      [4, '25 – 55 let', '1762', ''],
      [5, 'nad 55 let', '419', ''],
      [7, 'Celkem', '2426', ''],
      [3, 'Vedení', '58', ''],
      [4, 'Technici', '604', ''],
      [5, 'Administrativa', '131', ''],
      [6, 'Dělníci ve výrobě', '1633', ''],
      [7, 'Celkem', '2426', ''],
    ]);
  });
});
