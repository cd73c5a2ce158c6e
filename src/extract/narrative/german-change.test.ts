import { describe, expect, it } from 'vitest';
import { changesOf } from './testing/read-mentions.js';

// Invented German sentences stating a change between years, the participle or particle after the figure.
describe('German stated changes', () => {
  it('reads a perfect with its participle last, against the year before', () => {
    expect(
      changesOf('Den Wasserverbrauch der Brauerei haben wir gegenüber dem Vorjahr um 6,3 % gesenkt.', 2031),
    ).toEqual([{ value: '6.3', direction: 'decrease', of: 'Wasserverbrauch der Brauerei' }]);
    expect(changesOf('Die Abfallmenge wurde im Vergleich zu 2028 um 11,2 % reduziert.', 2031)).toEqual([
      { value: '11.2', direction: 'decrease', of: 'Abfallmenge', since: 2028 },
    ]);
    expect(
      changesOf('Der Stromverbrauch ist um 2,4 % gestiegen, weil die Halle 3 in Betrieb ging.', 2031),
    ).toEqual([{ value: '2.4', direction: 'increase', of: 'Stromverbrauch' }]);
  });

  it('reads a simple past second, and a separable verb whose particle follows the figure', () => {
    expect(changesOf('Der Erdgasverbrauch sank gegenüber dem Vorjahr um 4,7 %.', 2031)).toEqual([
      { value: '4.7', direction: 'decrease', of: 'Erdgasverbrauch' },
    ]);
    expect(changesOf('Die Zahl der Arbeitsunfälle ging gegenüber dem Vorjahr um 18 % zurück.', 2031)).toEqual(
      [{ value: '18', direction: 'decrease', of: 'Zahl der Arbeitsunfälle' }],
    );
  });

  it('reads a change noun after the figure it is of', () => {
    expect(
      changesOf('Die Brauerei entnahm 84.210 m³ Wasser, ein Minus von 3,9 % gegenüber dem Vorjahr.', 2031),
    ).toEqual([{ value: '3.9', direction: 'decrease', of: '84210 m3' }]);
  });

  it('says nothing of a passive with no comparison, nor of a target', () => {
    expect(changesOf('Durch die neue Anlage wurde der Dampfbedarf um 14 % reduziert.', 2031)).toEqual([]);
    expect(changesOf('Bis 2035 sollen die Emissionen um 40 % gesenkt werden.', 2031)).toEqual([]);
  });
});
