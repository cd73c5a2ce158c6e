import { dec, EsgError, unitOf, type Decimal } from '../../core/index.js';
import type { ActivityGroup } from '../aggregate/index.js';
import type { Factor, FactorKind, FactorLibrary, FactorQuery, GwpSet } from '../factors/index.js';

/** Options that change which factors the methods use. */
export interface MethodOptions {
  /** GWP values for CH4, N2O and refrigerants; AR5 by default (what most 2022-2024 reports and DESNZ use). */
  readonly gwpSet: GwpSet;
}

/**
 * What every method needs: the factor library, the options, and collectors for factors that could
 * not be found (all reported together, before any fact is built) and notes for the output.
 */
export class MethodContext {
  readonly missing: string[] = [];
  readonly notes = new Set<string>();

  constructor(
    readonly library: FactorLibrary,
    readonly options: MethodOptions,
  ) {}

  /** The row's own factor of this kind (the `factor` column), else the library's default, else undefined and a missing note. */
  factor(
    group: ActivityGroup,
    query: Omit<FactorQuery, 'region' | 'year'> & { region?: string },
    why: string,
  ): Factor | undefined {
    const own = group.overrides.find(
      (f) => f.kind === query.kind && (query.gas === undefined || f.gas === query.gas),
    );
    if (own) return own;
    const choice = this.library.select({ region: group.region, year: group.year, ...query });
    if (!choice) {
      const where = `${group.activity.id} at ${group.site || 'no site'} (${group.region || 'no region'}, ${group.year}; rows ${rowList(group)})`;
      this.missing.push(
        `${where}: no ${query.kind.replaceAll('_', ' ')} factor for ${query.subject} — ${why}`,
      );
      return undefined;
    }
    if (choice.note) this.notes.add(choice.note);
    return choice.factor;
  }

  /** Whether the row named its own factor of this kind. */
  hasOverride(group: ActivityGroup, kind: FactorKind): boolean {
    return group.overrides.some((f) => f.kind === kind);
  }
}

/** The row numbers of a group for messages: "2, 5, 9" or "2, 5, … (1,204 rows)". */
export function rowList(group: ActivityGroup): string {
  const shown = group.rows.slice(0, 5).join(', ');
  return group.rowCount > 5 ? `${shown}, … (${group.rowCount} rows)` : shown;
}

function scale(symbol: string): { dimension: string; toBase: Decimal } {
  if (symbol === '1') return { dimension: 'fraction', toBase: dec(1) };
  const u = unitOf(symbol);
  return { dimension: u.dimension, toBase: u.toBase };
}

/**
 * A factor's value expressed per `denominator` in `numerator` units, exactly: 389.31 GJ per
 * 10,000 m3 asked as GJ per m3 is 0.038931. REFERENCE_DATA if the dimensions do not match.
 */
export function factorValue(f: Factor, numerator: string, denominator: string): Decimal {
  const n = scale(f.numerator);
  const d = scale(f.denominator);
  const tn = scale(numerator);
  const td = scale(denominator);
  if (n.dimension !== tn.dimension || d.dimension !== td.dimension) {
    throw new EsgError(
      'REFERENCE_DATA',
      `factor ${f.id} is in ${f.numerator}/${f.denominator}, which cannot be read as ${numerator}/${denominator}`,
    );
  }
  return dec(f.value)
    .dividedBy(dec(f.per ?? '1'))
    .times(n.toBase)
    .dividedBy(tn.toBase)
    .times(td.toBase)
    .dividedBy(d.toBase);
}

/** A decimal for explanations: exact when short, else 12 significant digits marked "≈". */
export function show(d: Decimal): string {
  const exact = d.toFixed();
  if (exact.replace(/[-.]/g, '').length <= 14) return exact;
  return `≈${d.toSignificantDigits(12).toFixed()}`;
}

/** "0.5703 tCO2/MWh (CN-MEE-2022-grid)" for explanation lines. */
export function cite(f: Factor): string {
  return `${f.value} ${f.unit} (${f.id})`;
}
