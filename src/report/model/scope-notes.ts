import type { ReportOrganisation } from './report-input.js';
import type { KpiRow } from './report-model.js';

function list(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1) ?? ''}`;
}

/**
 * The reporting-boundary statement (HKEX ESG Guide, reporting principles: "reporting boundary"; GRI 2-2):
 * the preparer's words, then which sites are in and which are out and why.
 */
export function boundaryNotes(org: ReportOrganisation): string[] {
  const notes: string[] = [];
  if (org.boundary) notes.push(org.boundary);
  const sites = org.sites ?? [];
  const inside = sites.filter((s) => s.included).map((s) => s.name);
  if (inside.length > 0)
    notes.push(
      `The figures cover ${inside.length === 1 ? 'one site' : `${inside.length} sites`}: ${list(inside)}.`,
    );
  for (const s of sites.filter((x) => !x.included)) {
    notes.push(`${s.name} is outside the reporting boundary${s.reason ? `: ${s.reason}` : ''}.`);
  }
  return notes;
}

/** Scope notes under a KPI table: sites broken out, Scope 2 methods, GWP set, intensity bases, gaps. */
export function tableNotes(rows: readonly KpiRow[], years: readonly number[]): string[] {
  const notes: string[] = [];
  const sites = [...new Set(rows.flatMap((r) => (r.dims.site === undefined ? [] : [r.dims.site])))].sort();
  if (sites.length > 0) notes.push(`Site rows break the totals down for ${list(sites)}.`);
  const methods = new Set(
    rows.flatMap((r) => (r.dims.scope2_method === undefined ? [] : [r.dims.scope2_method])),
  );
  if (methods.size > 0) {
    notes.push(
      `Scope 2 emissions are given by the ${list([...methods].sort().map((m) => `${m}-based`))} method${methods.size > 1 ? 's' : ''} of the GHG Protocol Scope 2 Guidance (2015).`,
    );
  }
  const gwp = new Set(
    rows.flatMap((r) =>
      r.cells.flatMap((c) =>
        c?.fact.provenance.kind === 'calculation'
          ? c.fact.provenance.factors.flatMap((f) => /\b(AR[456])\b/.exec(f.id.replace(/-/g, ' '))?.[1] ?? [])
          : [],
      ),
    ),
  );
  if (gwp.size > 0)
    notes.push(
      `CO2-equivalents use the 100-year global warming potentials of IPCC ${list([...gwp].sort())}.`,
    );
  const bases = [
    ...new Set(rows.flatMap((r) => (r.dims.denominator === undefined ? [] : [r.dims.denominator]))),
  ];
  if (bases.length > 0) notes.push(`Intensities are per ${list(bases)}.`);
  const converted = rows.some((r) =>
    r.cells.some((c) => c && c.fact.quantity.unit.symbol !== r.unit.split('/')[0]),
  );
  if (converted) notes.push('Figures reported in other units are converted exactly to the unit shown.');
  if (rows.some((r) => r.cells.some((c) => c === null))) {
    notes.push(`A dash means no figure was reported for that year (${years.join(', ')} shown).`);
  }
  return notes;
}
