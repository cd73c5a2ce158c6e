import { unitRegistry, type DimensionInfo, type UnitDefinition } from './registry.js';

/** Every unit the data file defines, with aliases and definition notes (for `esg units list` and docs). */
export function listUnits(): readonly UnitDefinition[] {
  return unitRegistry().units;
}

/** Every physical dimension and its base unit; money dimensions are `money:<code>` with base 1 <code>. */
export function listDimensions(): readonly DimensionInfo[] {
  return unitRegistry().dimensions;
}

/** Where the registry's factors come from, and its version. */
export function registryInfo(): { readonly source: string; readonly version: string } {
  const { source, version } = unitRegistry();
  return { source, version };
}

/**
 * The base unit a dimension's factors refer to: "energy" → "J", "ghg/area" → "kgCO2e/m2",
 * "money:RMB" → "RMB". A unit's value × toBase is a value in this unit.
 */
export function baseUnitOf(dimension: string): string {
  const dims = unitRegistry().dimensions;
  return dimension
    .split('/')
    .map((d) =>
      d.startsWith('money:') ? d.slice('money:'.length) : (dims.find((x) => x.id === d)?.base ?? d),
    )
    .join('/');
}
