import { useMemo } from 'react';
import { EChart } from '../charts/index.js';
import type { FactJson } from '../client/index.js';
import { breakdown, seriesByYear, yearsOf } from './chart-data.js';
import type { HeadlineSpec } from './headline.js';
import { groupedBarsOption, rankedBarsOption, shareRingOption } from './chart-options.js';

const SCOPES: readonly (HeadlineSpec & { readonly name: string })[] = [
  { name: 'Scope 1', metric: 'ghg.scope1', dims: {}, unit: 'tCO2e' },
  { name: 'Scope 2 (location)', metric: 'ghg.scope2', dims: { scope2_method: 'location' }, unit: 'tCO2e' },
  { name: 'Scope 3', metric: 'ghg.scope3', dims: {}, unit: 'tCO2e' },
];

/** The dashboard's charts: emissions by scope and year, energy by site, energy by source. */
export function DashboardCharts({
  facts,
  year,
}: {
  readonly facts: readonly FactJson[];
  readonly year: number;
}) {
  const charts = useMemo(() => {
    const years = yearsOf(
      facts,
      SCOPES.map((s) => s.metric),
    ).filter((y) => y <= year);
    const bySite = breakdown(facts, 'energy.total', 'site', year, 'MWh');
    const bySource = [
      ...breakdown(facts, 'energy.direct', 'fuel', year, 'MWh'),
      ...breakdown(facts, 'energy.electricity', 'energy_source', year, 'MWh').map((p) => ({
        ...p,
        name: `Electricity: ${p.name.toLowerCase()}`,
      })),
    ];
    return {
      scopes:
        years.length > 0 ? groupedBarsOption(years, seriesByYear(facts, SCOPES, years), 'tCO2e') : undefined,
      sites: bySite.length > 0 ? rankedBarsOption(bySite, 'MWh') : undefined,
      sources: bySource.length > 0 ? shareRingOption(bySource, 'MWh') : undefined,
    };
  }, [facts, year]);
  if (charts.scopes === undefined && charts.sites === undefined && charts.sources === undefined) {
    return <p className="muted">No emissions or energy figures to chart yet.</p>;
  }
  return (
    <div className="charts">
      {charts.scopes && <EChart title="GHG emissions by scope (tCO2e)" option={charts.scopes} height={300} />}
      {charts.sites && <EChart title={`Energy by site, ${year} (MWh)`} option={charts.sites} height={300} />}
      {charts.sources && (
        <EChart title={`Energy by source, ${year} (MWh)`} option={charts.sources} height={300} />
      )}
    </div>
  );
}
