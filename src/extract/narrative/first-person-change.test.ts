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

// Invented letters where the quantity itself is the subject of a verb taking no object.
describe('a quantity that moved in the year, with nothing named to set it against', () => {
  it('reads "se redujo un 4,1 % gracias a …" and "fell 4.1% thanks to …" against the year before', () => {
    expect(
      changesOf('En la fábrica, el consumo de vapor se redujo un 4,1 % gracias al nuevo secador.', 2031),
    ).toEqual([{ value: '4.1', direction: 'decrease', of: 'consumo de vapor' }]);
    expect(changesOf('Steam use fell 4.1% thanks to the new dryer.', 2031)).toEqual([
      { value: '4.1', direction: 'decrease', of: 'Steam use' },
    ]);
  });

  it('says nothing when the verb may have taken an object or a comparison is named', () => {
    expect(changesOf('The new dryer reduced by 4.1% the steam it needs.', 2031)).toEqual([]);
    expect(changesOf('Steam use fell 4.1% below that of a conventional dryer.', 2031)).toEqual([]);
  });
});
