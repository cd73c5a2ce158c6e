import { useState } from 'react';
import { useApi } from '../app/api-context.js';
import type { ConflictJson } from '../client/index.js';
import { AsyncView, ErrorMessage, useResource } from '../ui/index.js';
import { useWorkspace } from '../workspace/index.js';
import { ConflictCard } from './conflict-card.js';

/** Open conflicts of the period: a later import proposed another value for a verified figure. */
export function ConflictsSection({ canResolve }: { readonly canResolve: boolean }) {
  const api = useApi();
  const ws = useWorkspace();
  const { resource, reload } = useResource(async () => {
    const { items } = await api.facts.conflicts(ws.org.id, 'open');
    const mine = items.filter((c) => c.proposed.year === ws.period.year);
    const verified = await Promise.all(mine.map((c) => api.facts.get(ws.org.id, c.factId)));
    return mine.map((conflict, i) => ({ conflict, verified: verified[i] }));
  }, `${ws.org.id}/${ws.period.id}`);
  const [error, setError] = useState<Error | null>(null);

  function resolve(c: ConflictJson, resolution: 'accept' | 'dismiss'): void {
    setError(null);
    api.facts.resolveConflict(ws.org.id, c.id, resolution, '').then(reload, (e: unknown) => {
      setError(e instanceof Error ? e : new Error(String(e)));
    });
  }

  return (
    <section aria-labelledby="conflicts-title" className="stack">
      <h2 id="conflicts-title">Conflicts with verified figures</h2>
      {error !== null && <ErrorMessage error={error} />}
      <AsyncView resource={resource} what="conflicts">
        {(rows) =>
          rows.length === 0 ? (
            <p className="muted">No open conflicts in {ws.period.year}.</p>
          ) : (
            <ul className="findings">
              {rows.map(({ conflict, verified }) => (
                <ConflictCard
                  key={conflict.id}
                  conflict={conflict}
                  verified={verified}
                  canResolve={canResolve && ws.period.status === 'open'}
                  onResolve={(r) => {
                    resolve(conflict, r);
                  }}
                />
              ))}
            </ul>
          )
        }
      </AsyncView>
    </section>
  );
}
