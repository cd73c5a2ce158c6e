import { EsgError } from '../errors/index.js';
import { dec, type Decimal, type Unit } from '../quantity/index.js';
import { foldArabicLetters, foldLookAlikes } from '../text/index.js';
import data from './units.data.json' with { type: 'json' };
import { unitsDataSchema, type CurrencyEntry, type UnitEntry } from './registry.schema.js';

/** A unit as the registry defines it: the core {@link Unit} plus its aliases and definition note. */
export interface UnitDefinition extends Unit {
  readonly aliases: readonly string[];
  readonly note: string;
  /** How the unit reads after "/" (persons → "person", years → "year"). */
  readonly perSymbol: string;
  /** The bare {@link Unit} that parsing returns, without aliases and notes (facts stay small when serialised). */
  readonly unit: Unit;
}

/** A "mass + substance" rule: t + CO2e → tCO2e; kg + standard coal → kgce (GB/T 2589-2020). */
export interface Compound {
  readonly suffix: string;
  readonly dimension: string;
  readonly perKg: Decimal;
  readonly markers: readonly string[];
}

/** A multiplier printed in words or digits ("thousand", "'000", "万"). */
export interface Scale {
  readonly factor: Decimal;
  readonly words: readonly string[];
  /** Short forms read only next to a currency ("$M", "£m", "RMB k"). */
  readonly moneyWords: readonly string[];
}

/** A dimension and the base unit its factors refer to. */
export interface DimensionInfo {
  readonly id: string;
  readonly base: string;
  readonly note: string;
}

/** The loaded unit registry with its lookup tables. */
export interface UnitRegistry {
  readonly source: string;
  readonly version: string;
  readonly dimensions: readonly DimensionInfo[];
  readonly units: readonly UnitDefinition[];
  readonly bySymbol: ReadonlyMap<string, UnitDefinition>;
  /** Keyed by {@link exactKey}: symbols and case-sensitive aliases ("Mt", "ML", "mt"). */
  readonly exact: ReadonlyMap<string, UnitDefinition>;
  /** Keyed by {@link looseKey}: every alias whose case carries no meaning. */
  readonly loose: ReadonlyMap<string, UnitDefinition>;
  readonly compounds: readonly Compound[];
  readonly currencies: readonly CurrencyEntry[];
  readonly scales: readonly Scale[];
}

/** Key that keeps case (Mt ≠ mt) but ignores spacing. */
export function exactKey(text: string): string {
  return text.replace(/\s+/g, '');
}

/**
 * Key that ignores case, spacing, dots, hyphens and underscores ("Kilowatt-hours" = "kilowatthours") and
 * the variant forms of Arabic-script letters (Persian "متر مکعب" = Arabic "متر مكعب").
 */
export function looseKey(text: string): string {
  // Greek capitals drop their accents ("ΤΟΝΟΙ" is "τόνοι"), so a Greek letter's accent is not part of the key.
  return foldArabicLetters(text)
    .toLowerCase()
    .replace(/[\s._-]+/g, '')
    .replace(/[\u0386-\u03ce]/g, (ch) => ch.normalize('NFD').charAt(0));
}

let cached: UnitRegistry | undefined;

/** The unit registry, validated and indexed on first use (nothing happens at import time). */
export function unitRegistry(): UnitRegistry {
  cached ??= buildRegistry(data);
  return cached;
}

/** Validates raw registry data and builds the lookup tables; throws REFERENCE_DATA on any fault. */
export function buildRegistry(raw: unknown): UnitRegistry {
  const parsed = unitsDataSchema.safeParse(raw);
  if (!parsed.success) {
    throw new EsgError('REFERENCE_DATA', `units.data.json is invalid: ${parsed.error.message}`, {
      cause: parsed.error,
    });
  }
  const d = parsed.data;
  const dimensionIds = new Set(d.dimensions.map((x) => x.id));
  const units = d.units.map((u) => toDefinition(u, dimensionIds));
  const bySymbol = new Map<string, UnitDefinition>();
  const exact = new Map<string, UnitDefinition>();
  const loose = new Map<string, UnitDefinition>();
  d.units.forEach((entry, i) => {
    const def = units[i];
    if (!def) return;
    if (bySymbol.has(def.symbol)) fault(`duplicate unit symbol ${def.symbol}`);
    bySymbol.set(def.symbol, def);
    for (const text of [entry.symbol, ...entry.caseSensitiveAliases]) put(exact, exactKey(text), def);
    const looseTexts = entry.caseSensitive ? entry.aliases : [entry.symbol, ...entry.aliases];
    // A Cyrillic word of look-alike letters alone ("тонн") reaches the lookup folded to Latin ("tohh").
    for (const text of looseTexts) {
      put(loose, looseKey(text), def);
      if (foldLookAlikes(text) !== text) put(loose, looseKey(foldLookAlikes(text)), def);
    }
  });
  const compounds = d.compounds.map((c) => ({
    suffix: c.suffix,
    dimension: c.dimension,
    perKg: dec(c.perKg),
    markers: c.markers.map(looseKey),
  }));
  checkCompounds(compounds, units);
  const scales = d.scales.map((s) => ({ factor: dec(s.factor), words: s.words, moneyWords: s.moneyWords }));
  return {
    source: d.source,
    version: d.version,
    dimensions: d.dimensions,
    units,
    bySymbol,
    exact,
    loose,
    compounds,
    currencies: d.currencies,
    scales,
  };
}

function toDefinition(u: UnitEntry, dimensions: ReadonlySet<string>): UnitDefinition {
  if (!dimensions.has(u.dimension)) fault(`unit ${u.symbol} names unknown dimension ${u.dimension}`);
  const unit: Unit = Object.freeze({
    symbol: u.symbol,
    dimension: u.dimension,
    toBase: dec(u.toBase),
    ...(u.counted === undefined ? {} : { counted: u.counted }),
  });
  return Object.freeze({
    ...unit,
    aliases: [...u.aliases, ...u.caseSensitiveAliases],
    note: u.note,
    perSymbol: u.perSymbol ?? u.symbol,
    unit,
  });
}

function put(map: Map<string, UnitDefinition>, key: string, def: UnitDefinition): void {
  const existing = map.get(key);
  if (existing && existing !== def) fault(`"${key}" names both ${existing.symbol} and ${def.symbol}`);
  map.set(key, def);
}

/** Every listed compound unit (tCO2e, kgce…) must equal its mass unit times the compound factor. */
function checkCompounds(compounds: readonly Compound[], units: readonly UnitDefinition[]): void {
  const masses = units.filter((u) => u.dimension === 'mass');
  for (const c of compounds) {
    for (const m of masses) {
      const listed = units.find((u) => u.symbol === `${m.symbol}${c.suffix}`);
      if (!listed) continue;
      const expected = m.toBase.times(c.perKg);
      if (listed.dimension !== c.dimension || !listed.toBase.equals(expected)) {
        fault(`${listed.symbol} should be ${expected.toFixed()} ${c.dimension} base units`);
      }
    }
  }
}

function fault(message: string): never {
  throw new EsgError('REFERENCE_DATA', `units.data.json: ${message}`);
}
