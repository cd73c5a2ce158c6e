import { useId, useState } from 'react';
import { useApi } from '../app/api-context.js';
import { MetricSelect } from '../catalogue/index.js';
import { navigate, pageHref } from '../routing/index.js';
import { AsyncView, useResource } from '../ui/index.js';
import { useWorkspace } from '../workspace/index.js';
import { EntryGrid } from './entry-grid.js';
import { DEFAULT_ENTRY_METRICS, enterableForSite } from './entry-metrics.js';

/** Data entry for one site of the period: pick the site, type values in any unit, save row by row. */
export function EntryPage() {
  const ws = useWorkspace();
  const api = useApi();
  const siteSelectId = useId();
  const addId = useId();
  const inScope = ws.sites.filter((s) => s.boundary.kind === 'in');
  const site = inScope.find((s) => s.id === ws.params.site) ?? inScope[0];
  const [metrics, setMetrics] = useState<readonly string[]>(DEFAULT_ENTRY_METRICS);
  const [toAdd, setToAdd] = useState('');
  const { resource, reload } = useResource(
    () =>
      site === undefined
        ? Promise.resolve([])
        : api.facts.all(ws.org.id, { periodId: ws.period.id, siteId: site.id }),
    `${ws.org.id}/${ws.period.id}/${site?.id ?? ''}`,
  );
  if (site === undefined) return <p>{ws.org.name} has no site in its reporting boundary yet.</p>;
  const locked = ws.period.status === 'locked';
  return (
    <div className="stack">
      <div className="row">
        <div className="field">
          <label htmlFor={siteSelectId}>Site</label>
          <select
            id={siteSelectId}
            value={site.id}
            onChange={(e) => {
              navigate(pageHref(ws.org.id, ws.period.id, 'entry', { site: e.target.value }), {
                replace: true,
              });
            }}
          >
            {inScope.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </select>
        </div>
      </div>
      {locked && (
        <p className="notice" role="note">
          {ws.period.year} is locked: its figures can no longer be changed.
        </p>
      )}
      <AsyncView resource={resource} what={`${site.name}'s figures`}>
        {(facts) => (
          <EntryGrid
            key={site.id}
            site={site}
            metrics={metrics}
            facts={facts}
            disabled={locked}
            onSaved={reload}
          />
        )}
      </AsyncView>
      <form
        className="row"
        aria-label="Add a metric to the grid"
        onSubmit={(e) => {
          e.preventDefault();
          if (toAdd !== '' && !metrics.includes(toAdd)) setMetrics([...metrics, toAdd]);
          setToAdd('');
        }}
      >
        <div className="field">
          <label htmlFor={addId}>Another metric</label>
          <MetricSelect
            id={addId}
            value={toAdd}
            onChange={setToAdd}
            emptyLabel="Choose a metric"
            keep={enterableForSite}
          />
        </div>
        <button type="submit" disabled={toAdd === '' || locked}>
          Add row
        </button>
      </form>
    </div>
  );
}
