import { useState } from 'react';
import { FACT_STATUSES, type FactStatus } from '../../core/index.js';
import type { FactJson } from '../client/index.js';
import { navigate, pageHref } from '../routing/index.js';
import { ErrorMessage } from '../ui/index.js';
import { useWorkspace } from '../workspace/index.js';
import { FactFilters, type FactFilterValues } from './fact-filters.js';
import { FactSourceDialog } from './fact-source-dialog.js';
import { FactTable } from './fact-table.js';
import { useFactPages } from './use-fact-pages.js';
import './facts.css';

function asStatus(text: string | undefined): FactStatus | undefined {
  return FACT_STATUSES.find((s) => s === text);
}

/** The period's facts, filtered by metric, site and status (kept in the URL); a value opens its source. */
export function FactsPage() {
  const ws = useWorkspace();
  const values: FactFilterValues = {
    metric: ws.params.metric ?? '',
    siteId: ws.params.site ?? '',
    status: asStatus(ws.params.status) ?? '',
  };
  const status = asStatus(values.status);
  const pages = useFactPages(ws.org.id, {
    periodId: ws.period.id,
    ...(values.metric === '' ? {} : { metric: values.metric }),
    ...(values.siteId === '' ? {} : { siteId: values.siteId }),
    ...(status === undefined ? {} : { status }),
  });
  const [open, setOpen] = useState<FactJson | null>(null);
  return (
    <div className="stack">
      <FactFilters
        values={values}
        sites={ws.sites}
        onChange={(v) => {
          navigate(
            pageHref(ws.org.id, ws.period.id, 'facts', {
              metric: v.metric,
              site: v.siteId,
              status: v.status,
            }),
            {
              replace: true,
            },
          );
        }}
      />
      <p className="muted" role="status">
        {pages.state === 'loading'
          ? 'Loading facts…'
          : `${String(pages.items.length)} facts${pages.hasMore ? ' shown; more to load' : ''}`}
      </p>
      {pages.error !== null && <ErrorMessage error={pages.error} />}
      {pages.items.length > 0 && <FactTable facts={pages.items} sites={ws.sites} onOpen={setOpen} />}
      {pages.hasMore && (
        <button type="button" onClick={pages.loadMore} disabled={pages.state === 'loading'}>
          Load more facts
        </button>
      )}
      {open !== null && (
        <FactSourceDialog
          fact={open}
          onClose={() => {
            setOpen(null);
          }}
        />
      )}
    </div>
  );
}
