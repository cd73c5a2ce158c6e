import { describe, expect, it } from 'vitest';
import { figuresOf } from './testing/read-mentions.js';

// French reports count their staff as "collaborateurs"; "du" and "des" say whose, as "of" does.
// Invented figures.
describe('a count of staff in a French sentence', () => {
  it('reads the counted noun up to "du" or "des"', () => {
    const read = figuresOf('La formation incendie a concerné 2 318 collaborateurs du groupe.', 2031);
    expect(read.map((f) => [f.value, f.unit])).toEqual([['2318', 'collaborateurs']]);
    const staff = figuresOf('Le plan de mobilité a touché 642 collaborateurs des deux usines.', 2031);
    expect(staff.map((f) => [f.value, f.unit])).toEqual([['642', 'collaborateurs']]);
  });
  it('reads a noun made from a participle, its accent before the plural -s ("salariés", "employées")', () => {
    const read = figuresOf('Au 31 décembre, le site employait 486 salariés, dont 171 femmes (35,2 %).', 2031);
    expect(read.map((f) => [f.value, f.unit])).toEqual([
      ['486', 'salariés'],
      ['171', 'salariés'],
      ['35.2', '%'],
    ]);
    const staff = figuresOf("L'atelier compte 58 employées.", 2031);
    expect(staff.map((f) => [f.value, f.unit])).toEqual([['58', 'employées']]);
  });
});
