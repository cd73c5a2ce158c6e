import { useId, useState } from 'react';
import { useApi } from '../app/api-context.js';
import { MetricSelect } from '../catalogue/index.js';
import type { SiteJson } from '../client/index.js';
import { AsyncView, useResource } from '../ui/index.js';
import { useWorkspace } from '../workspace/index.js';
import { CurrentFigures } from './current-figures.js';
import { EntryGrid } from './entry-grid.js';
import { DEFAULT_ENTRY_METRICS, enterableForSite } from './entry-metrics.js';

/** One site's grid with its current figures, and a way to add rows for other metrics. */
export function SiteEntry({ site, readOnly }: { readonly site: SiteJson; readonly readOnly: boolean }) {
  const api = useApi();
  const ws = useWorkspace();
  const addId = useId();
  const [metrics, setMetrics] = useState<readonly string[]>(DEFAULT_ENTRY_METRICS);
  const [toAdd, setToAdd] = useState('');
  const { resource, reload } = useResource(
    () => api.facts.all(ws.org.id, { periodId: ws.period.id, siteId: site.id }),
    `${ws.org.id}/${ws.period.id}/${site.id}`,
  );
  return (
    <>
      <AsyncView resource={resource} what={`${site.name}'s figures`}>
        {(facts) =>
          readOnly ? (
            <CurrentFigures site={site} year={ws.period.year} metrics={metrics} facts={facts} />
          ) : (
            <EntryGrid site={site} metrics={metrics} facts={facts} onSaved={() => void reload()} />
          )
        }
      </AsyncView>
      {!readOnly && (
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
          <button type="submit" disabled={toAdd === ''}>
            Add row
          </button>
        </form>
      )}
    </>
  );
}
