import { useId } from 'react';
import { useApi } from '../app/api-context.js';
import type { FactJson, SiteJson } from '../client/index.js';
import { useWorkspace } from '../workspace/index.js';
import { siteFigure } from './entry-metrics.js';
import { EntryRow } from './entry-row.js';

/** Props of {@link EntryGrid}. */
export interface EntryGridProps {
  readonly site: SiteJson;
  readonly metrics: readonly string[];
  /** The site's facts in the period, for the current values. */
  readonly facts: readonly FactJson[];
  readonly onSaved: () => void;
}

/** The grid: one row per metric with the site's current figure and inputs for a new one. */
export function EntryGrid({ site, metrics, facts, onSaved }: EntryGridProps) {
  const api = useApi();
  const ws = useWorkspace();
  const valueHead = useId();
  const unitHead = useId();
  return (
    <div className="table-wrap">
      <table className="entry-grid">
        <caption>
          {site.name}, {ws.period.year}: values are saved for review
        </caption>
        <thead>
          <tr>
            <th scope="col">Metric</th>
            <th scope="col" className="num">
              Current
            </th>
            <th scope="col" id={valueHead}>
              New value
            </th>
            <th scope="col" id={unitHead}>
              Unit
            </th>
            <th scope="col">
              <span className="visually-hidden">Save</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {metrics.map((metric) => (
            <EntryRow
              key={metric}
              metric={metric}
              current={siteFigure(facts, metric, site.name)}
              headers={{ value: valueHead, unit: unitHead }}
              onSave={async (entry) => {
                const { fact } = await api.facts.enter(ws.org.id, {
                  ...entry,
                  periodId: ws.period.id,
                  siteId: site.id,
                });
                onSaved();
                return fact;
              }}
            />
          ))}
        </tbody>
      </table>
    </div>
  );
}
