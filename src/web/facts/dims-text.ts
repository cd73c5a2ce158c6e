import type { Dims } from '../../core/index.js';

/** A fact's breakdown in words ("scope2_method: location · fuel: diesel"), leaving out the keys given. */
export function dimsText(dims: Dims, omit: readonly string[] = []): string {
  return Object.entries(dims)
    .filter(([k]) => !omit.includes(k))
    .map(([k, v]) => `${k.replace(/_/g, ' ')}: ${v}`)
    .join(' · ');
}
