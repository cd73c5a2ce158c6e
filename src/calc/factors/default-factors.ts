import cnGrid from './cn-grid.data.json' with { type: 'json' };
import gbt2589 from './gbt2589-2020.data.json' with { type: 'json' };
import ndrc from './ndrc-other-industries.data.json' with { type: 'json' };
import ipcc from './ipcc-2006.data.json' with { type: 'json' };
import gwp from './gwp.data.json' with { type: 'json' };
import hk from './hk-utilities.data.json' with { type: 'json' };
import travel from './travel.data.json' with { type: 'json' };
import density from './fuel-density.data.json' with { type: 'json' };
import { FactorLibrary, parseFactorSet } from './factor-library.js';

/** The data files shipped with esgkit, by file name (each validated on first use). */
const FILES: readonly (readonly [string, unknown])[] = [
  ['cn-grid.data.json', cnGrid],
  ['gbt2589-2020.data.json', gbt2589],
  ['ndrc-other-industries.data.json', ndrc],
  ['ipcc-2006.data.json', ipcc],
  ['gwp.data.json', gwp],
  ['hk-utilities.data.json', hk],
  ['travel.data.json', travel],
  ['fuel-density.data.json', density],
];

let shipped: FactorLibrary | undefined;

/**
 * The shipped factor library, validated with zod the first time it is asked for (never at import),
 * optionally extended with the user's own factor sets (a measured NCV, a supplier's grid factor).
 */
export function factorLibrary(extra: readonly unknown[] = []): FactorLibrary {
  shipped ??= new FactorLibrary(FILES.map(([name, raw]) => parseFactorSet(raw, name)));
  if (extra.length === 0) return shipped;
  return new FactorLibrary([
    ...shipped.sets,
    ...extra.map((raw, i) => parseFactorSet(raw, `factor set ${i + 1}`)),
  ]);
}
