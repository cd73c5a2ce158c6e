import { describe, expect, it } from 'vitest';
import { facts } from '../../../test/support/facts-by-line.js';

// A made-up staff table, tab-separated, whose first column names the place a gender row belongs to.
const table = [
  'Staff headcount',
  'Category\t\tUnit\t2029\t2030',
  'All staff\t\tpersons\t1,730\t1,806',
  'Domestic\tMale\tpersons\t905\t941',
  '\tFemale\tpersons\t311\t329',
  '\tSubtotal\tpersons\t1,216\t1,270',
  'Overseas\tMale\tpersons\t402\t417',
  '\tFemale\tpersons\t112\t119',
  '\tSubtotal\tpersons\t514\t536',
].join('\n');

describe('a gender row under a group cell naming a place', () => {
  it('is that place’s men or women, never the whole staff’s', () => {
    const found = facts(table).filter((f) => f.period.year === 2030 && f.dims.gender !== undefined);
    const read = found.map((f) => [
      f.provenance.kind === 'document' ? f.provenance.location.line : 0,
      f.dims,
    ]);
    expect(read).toContainEqual([5, { gender: 'female', region: 'Domestic' }]);
    expect(read).toContainEqual([8, { gender: 'female', region: 'Overseas' }]);
    expect(read).toContainEqual([7, { gender: 'male', region: 'Overseas' }]);
  });
});
