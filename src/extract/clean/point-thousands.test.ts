import { describe, expect, it } from 'vitest';
import { pointThousandsInBlock } from './point-thousands.js';

/** For each line of a block, whether it groups thousands with a point. */
function decisions(block: readonly string[]): boolean[] {
  const groups = pointThousandsInBlock(block);
  return block.map((_, k) => groups(k));
}

describe('pointThousandsInBlock', () => {
  it('reads "1.240" beside whole numbers in its row or column as thousands', () => {
    const table = [
      'Donations (unit: EUR thousand)          2024        2025',
      '1    Food banks                           870       1.315',
      '2    School meals                         455         610',
      '3    Flood relief                       2.050           -',
      '     Total                              3.375       1.925',
    ];
    expect(decisions(table)).toEqual([false, true, false, true, true]);
  });

  it('keeps "1.240" a decimal beside decimals, small counts or comma thousands', () => {
    // Row: 12 is nearer 1.24 than 1,240.
    expect(decisions(['Boilers    12      1.240'])).toEqual([false]);
    // Column of decimals: the points are decimal points.
    expect(decisions(['Intensity A   0.85    0.91', 'Intensity B   1.240   1.105'])).toEqual([false, false]);
    // The block groups its thousands with a comma.
    expect(decisions(['Visitors   1,204   1,310', 'Sites      1.240   1.050'])).toEqual([false, false]);
    // A row naming a ratio is not read by the integers of its column.
    expect(decisions(['Vehicles            640     655', 'Fuel per vehicle  1.240   1.105'])).toEqual([
      false,
      false,
    ]);
  });

  it('keeps "1.050 tonnes" in a sentence a decimal', () => {
    expect(decisions(['In 2025 the plant sent 1.050 tonnes of sludge to composting.'])).toEqual([false]);
  });
});
