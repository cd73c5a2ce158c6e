import { useState } from 'react';
import { useApi } from '../app/api-context.js';
import { metricLabel } from '../catalogue/index.js';
import type { ConflictJson } from '../client/index.js';
import { dimsText } from '../facts/index.js';
import { AsyncView, ErrorMessage, formatShort, useResource } from '../ui/index.js';
import { useWorkspace } from '../workspace/index.js';

/** Open conflicts: a later import proposed another value for a verified figure; accept or dismiss it. */
export function ConflictsSection({ canResolve }: { readonly canResolve: boolean }) {
  const api = useApi();
  const ws = useWorkspace();
  const { resource, reload } = useResource(() => api.facts.conflicts(ws.org.id, 'open'), ws.org.id);
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
        {({ items }) => {
          const mine = items.filter((c) => c.proposed.year === ws.period.year);
          if (mine.length === 0) return <p className="muted">No open conflicts in {ws.period.year}.</p>;
          return (
            <ul className="findings">
              {mine.map((c) => (
                <li key={c.id} className="card">
                  <p>
                    <strong>{metricLabel(c.proposed.metric)}</strong> {dimsText(c.proposed.dims)}: {c.reason}{' '}
                    proposes {formatShort(c.proposed.value)} {c.proposed.unit} instead of verified version{' '}
                    {c.verifiedVersion}.
                  </p>
                  {canResolve && (
                    <div className="row">
                      <button
                        type="button"
                        onClick={() => {
                          resolve(c, 'accept');
                        }}
                      >
                        Accept the proposed value
                      </button>
                      <button
                        type="button"
                        onClick={() => {
                          resolve(c, 'dismiss');
                        }}
                      >
                        Keep the verified value
                      </button>
                    </div>
                  )}
                </li>
              ))}
            </ul>
          );
        }}
      </AsyncView>
    </section>
  );
}
