import { useId } from 'react';
import { navigate, pageHref } from '../routing/index.js';
import { AsyncView } from '../ui/index.js';
import { useWorkspace } from '../workspace/index.js';
import { SiteEntry } from './site-entry.js';
import { useEntrySites } from './use-entry-sites.js';
import './entry.css';

/** Data entry for one site of the period: pick the site, type values in any unit, save row by row. */
export function EntryPage() {
  const ws = useWorkspace();
  const siteSelectId = useId();
  const resource = useEntrySites();
  return (
    <AsyncView resource={resource} what="your sites">
      {(entry) => {
        const site = entry.sites.find((s) => s.id === ws.params.site) ?? entry.sites[0];
        if (site === undefined) return <p>{ws.org.name} has no site in its reporting boundary yet.</p>;
        return (
          <div className="stack">
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
                {entry.sites.map((s) => (
                  <option key={s.id} value={s.id}>
                    {s.name}
                  </option>
                ))}
              </select>
            </div>
            {entry.kind === 'readOnly' && (
              <p className="notice" role="note">
                {entry.reason}
              </p>
            )}
            <SiteEntry key={site.id} site={site} readOnly={entry.kind === 'readOnly'} />
          </div>
        );
      }}
    </AsyncView>
  );
}
