import { partRowLead, type Metric } from '../../core/index.js';

/**
 * The part a table row of people takes from the row above ("Of which seconded abroad" under "Total",
 * Ukrainian "у т. ч. мобілізовані" under "Разом") when its words name no breakdown that was read: a
 * scope of the people counted, so the row is never taken for their whole.
 */
export function partRowScope(
  metric: Metric | undefined,
  label: string,
  dims: Readonly<Record<string, string>>,
): string | undefined {
  if (metric?.kind !== 'count' || metric.unit !== 'persons' || Object.keys(dims).length > 0) return undefined;
  const lead = partRowLead(label);
  if (lead === undefined) return undefined;
  const rest = label.slice(lead.length).replace(/\s+/g, ' ').trim().toLowerCase();
  return rest === '' ? undefined : rest;
}
