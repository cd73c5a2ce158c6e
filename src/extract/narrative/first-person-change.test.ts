import { describe, expect, it } from 'vitest';
import { changesOf } from './testing/read-mentions.js';

// Invented letters telling, in the first person, what the company changed in its year.
describe('a first-person deed of the year', () => {
  it('reads "redujimos la captación de agua un 7,3 %" and "we cut our diesel use by 7.3%" against the year before', () => {
    expect(
      changesOf('También redujimos la captación de agua un 7,3 % gracias a la torre nueva.', 2031),
    ).toEqual([{ value: '7.3', direction: 'decrease', of: 'captación de agua' }]);
    expect(changesOf('We lowered our diesel use by 7.3% thanks to the electric loaders.', 2031)).toEqual([
      { value: '7.3', direction: 'decrease', of: 'diesel use' },
    ]);
  });

  it('says nothing when the deed is set against something else or is a plan', () => {
    expect(changesOf('We lowered our diesel use by 7.3% compared with conventional loaders.', 2031)).toEqual(
      [],
    );
    expect(changesOf('Nuestro objetivo: redujimos la captación un 7,3 % frente a la meta.', 2031)).toEqual(
      [],
    );
    expect(changesOf('The new loaders lowered diesel use by 7.3% at the quarry.', 2031)).toEqual([]);
  });
});
