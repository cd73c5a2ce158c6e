import type { FactStatus } from '../../core/index.js';

/** A fact's review status as a coloured badge with its word (colour is never the only cue). */
export function StatusBadge({ status }: { readonly status: FactStatus }) {
  return <span className={`badge ${status}`}>{status}</span>;
}
