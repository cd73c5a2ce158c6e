import type { Unit } from '../quantity/index.js';
import type { UnitParseOptions } from './options.js';
import { exactKey, looseKey, unitRegistry, type Compound } from './registry.js';

/**
 * A unit named by one registry entry: exact (case-sensitive) keys first, so "Mt" (megatonne), "ML"
 * (megalitre) and "mL" (millilitre) keep their meaning; then case-insensitive aliases.
 *
 * The "mt" rule: lowercase "mt" and all-caps "MT" are US shorthand for the metric ton (the data file
 * lists them as aliases of t); `options.mt = 'megatonne'` reads them as Mt instead.
 */
export function lookupUnit(text: string, options: UnitParseOptions): Unit | undefined {
  const reg = unitRegistry();
  const ek = exactKey(text);
  if ((ek === 'mt' || ek === 'MT') && options.mt === 'megatonne') return reg.bySymbol.get('Mt')?.unit;
  const def = reg.exact.get(ek) ?? reg.loose.get(looseKey(text));
  if (!def) return undefined;
  return def.counted === undefined ? def.unit : rememberCounted(def.unit, text);
}

/** A headcount remembers the noun printed ("employees", "workers"), not only "persons". */
function rememberCounted(unit: Unit, printed: string): Unit {
  return Object.freeze({ ...unit, counted: printed.trim().toLowerCase() });
}

let markers: readonly (readonly [string, Compound])[] | undefined;

function compoundMarkers(): readonly (readonly [string, Compound])[] {
  markers ??= unitRegistry()
    .compounds.flatMap((c) => c.markers.map((m) => [m, c] as const))
    .sort((a, b) => b[0].length - a[0].length);
  return markers;
}

/**
 * A mass unit joined to a substance: "tons of CO2 equivalent", "Tons (CO2 equivalent)", "tCO2-e",
 * "MtCO2", "tonnes of standard coal", "kgce". The substance may also come first ("CO2e (t)").
 */
export function lookupCompound(text: string, options: UnitParseOptions): Unit | undefined {
  const compact = text.replace(/[\s()[\]_.,·-]/g, '');
  const lower = compact.toLowerCase();
  for (const [marker, compound] of compoundMarkers()) {
    if (lower.length <= marker.length) continue;
    let massText: string | undefined;
    if (lower.endsWith(marker))
      massText = compact.slice(0, compact.length - marker.length).replace(/of$/i, '');
    else if (lower.startsWith(marker)) massText = compact.slice(marker.length).replace(/^of/i, '');
    if (!massText) continue;
    const mass = lookupUnit(massText, options);
    if (mass?.dimension === 'mass') return compoundOf(mass, compound);
  }
  return undefined;
}

function compoundOf(mass: Unit, compound: Compound): Unit {
  const symbol = mass.symbol.includes(' ')
    ? `${mass.symbol} ${compound.suffix}`
    : `${mass.symbol}${compound.suffix}`;
  const listed = unitRegistry().bySymbol.get(symbol);
  if (listed) return listed.unit;
  return Object.freeze({ symbol, dimension: compound.dimension, toBase: mass.toBase.times(compound.perKg) });
}
