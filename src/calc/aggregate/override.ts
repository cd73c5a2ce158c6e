import type { ActivityDef, ActivityRole } from '../activity/index.js';
import type { Factor, FactorKind, FactorLibrary } from '../factors/index.js';

/** Factor kinds the `factor` column may name for each kind of activity. */
const OVERRIDABLE: Readonly<Record<ActivityRole, readonly FactorKind[]>> = {
  fuel: ['emission', 'net_calorific_value', 'carbon_content', 'oxidation_rate', 'coal_equivalent', 'density'],
  electricity: ['grid_electricity', 'grid_residual', 'grid_fossil', 'coal_equivalent'],
  heat: ['emission', 'coal_equivalent'],
  refrigerant: ['gwp'],
  spend: ['emission'],
  travel: ['emission'],
  water: [],
  waste: [],
  denominator: [],
  safety: [],
};

/**
 * The factors named in a row's `factor` cell (ids separated by ";"), or why they cannot be used:
 * an unknown id, a kind the activity does not use, or another fuel's factor.
 */
export function overrideProblem(
  library: FactorLibrary,
  activity: ActivityDef,
  cell: string,
): readonly Factor[] | string {
  const ids = cell
    .split(';')
    .map((s) => s.trim())
    .filter((s) => s !== '');
  const factors: Factor[] = [];
  for (const id of ids) {
    const f = library.tryGet(id);
    if (!f) return `unknown factor id "${id}"`;
    if (!OVERRIDABLE[activity.role].includes(f.kind)) {
      return `factor ${id} (${f.kind}) cannot be used for ${activity.id}`;
    }
    const generic = f.kind === 'grid_electricity' || f.kind === 'grid_residual' || f.kind === 'grid_fossil';
    if (!generic && f.subject !== activity.subject && f.kind !== 'emission') {
      return `factor ${id} is for ${f.subject}, not ${activity.subject}`;
    }
    if (factors.some((g) => g.kind === f.kind && g.gas === f.gas))
      return `two factors of kind ${f.kind} in one row`;
    factors.push(f);
  }
  return factors;
}
