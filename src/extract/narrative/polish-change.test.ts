import { describe, expect, it } from 'vitest';
import { changesOf } from './testing/read-mentions.js';

// Invented Polish sentences stating a change between years, the verb agreeing with its subject.
describe('Polish stated changes', () => {
  it('reads a past verb and "o" before the figure, against the year before', () => {
    expect(changesOf('Zużycie pary w suszarni spadło o 7,2% r/r.', 2031)).toEqual([
      { value: '7.2', direction: 'decrease', of: 'Zużycie pary w suszarni' },
    ]);
    expect(changesOf('Emisje metanu z oczyszczalni wzrosły o około 3,1% rok do roku.', 2031)).toEqual([
      { value: '3.1', direction: 'increase', of: 'Emisje metanu z oczyszczalni' },
    ]);
    expect(changesOf('Ilość osadów zmniejszyła się o 12,5% w ujęciu rocznym.', 2031)).toEqual([
      { value: '12.5', direction: 'decrease', of: 'Ilość osadów' },
    ]);
  });

  it('reads the clause after "i" when the sentence opens with another deed', () => {
    expect(
      changesOf(
        'Wymieniliśmy sprężarki w hali montażowej numer dwa na nowe urządzenia z odzyskiem ciepła i zużycie energii w hali spadło o 4,4% r/r.',
        2031,
      ),
    ).toEqual([{ value: '4.4', direction: 'decrease', of: 'zużycie energii w hali' }]);
  });
});
