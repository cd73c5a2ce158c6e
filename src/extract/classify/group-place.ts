import type { Dims } from '../../core/index.js';
import type { Mention } from '../mention/index.js';
import { placeAlone } from './place-names.js';

/**
 * The place a gender or age row sits under: a group cell or heading naming a place alone, carried down
 * to the rows below it ("Domestic | Male", then "| Female"; "Overseas | Male" …). The row is that
 * place's men or women, never the whole company's. The caption (the first context) is left out: a
 * title naming a place covers every row alike.
 */
export function groupPlaceDims(m: Mention, byRow: Dims): Dims {
  if (m.kind !== 'table' || (byRow.gender === undefined && byRow.age === undefined)) return {};
  if (byRow.region !== undefined || byRow.site !== undefined || m.dims.region !== undefined) return {};
  const places = m.context.slice(1).flatMap((c) => placeAlone(c) ?? []);
  const [place] = places;
  return place !== undefined && places.every((p) => p === place) ? { region: place } : {};
}
