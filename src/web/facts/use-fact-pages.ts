import { useCallback, useEffect, useState } from 'react';
import { useApi } from '../app/api-context.js';
import type { FactJson, FactQuery } from '../client/index.js';

/** Facts loaded page by page: what is loaded, whether more exist, and the state of the last request. */
export interface FactPages {
  readonly items: readonly FactJson[];
  readonly hasMore: boolean;
  readonly state: 'loading' | 'ready' | 'error';
  readonly error: Error | null;
  readonly loadMore: () => void;
  readonly reload: () => void;
}

/** The facts matching `query`, 100 at a time; a new query starts again from the first page. */
export function useFactPages(orgId: string, query: FactQuery): FactPages {
  const api = useApi();
  const key = JSON.stringify([orgId, query]);
  const [items, setItems] = useState<readonly FactJson[]>([]);
  const [cursor, setCursor] = useState<string | null>(null);
  const [state, setState] = useState<FactPages['state']>('loading');
  const [error, setError] = useState<Error | null>(null);
  const [request, setRequest] = useState<{ key: string; cursor: string | undefined; n: number }>({
    key,
    cursor: undefined,
    n: 0,
  });
  if (request.key !== key) setRequest({ key, cursor: undefined, n: request.n + 1 });

  useEffect(() => {
    let live = true;
    setState('loading');
    const q = request.cursor === undefined ? query : { ...query, cursor: request.cursor };
    api.facts.list(orgId, { limit: 100, ...q }).then(
      (page) => {
        if (!live) return;
        setItems((old) => (request.cursor === undefined ? page.items : [...old, ...page.items]));
        setCursor(page.nextCursor);
        setState('ready');
      },
      (e: unknown) => {
        if (!live) return;
        setError(e instanceof Error ? e : new Error(String(e)));
        setState('error');
      },
    );
    return () => {
      live = false;
    };
    // `query` is represented by `request.key`.
  }, [request]);

  const loadMore = useCallback(() => {
    if (cursor !== null) setRequest((r) => ({ ...r, cursor, n: r.n + 1 }));
  }, [cursor]);
  const reload = useCallback(() => {
    setRequest((r) => ({ ...r, cursor: undefined, n: r.n + 1 }));
  }, []);
  return { items, hasMore: cursor !== null, state, error, loadMore, reload };
}
