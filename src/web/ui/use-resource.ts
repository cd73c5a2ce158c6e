import { useCallback, useEffect, useRef, useState } from 'react';

/** A value being loaded from the API: loading, failed with an error, or ready. */
export type Resource<T> =
  | { readonly state: 'loading' }
  | { readonly state: 'error'; readonly error: Error }
  | { readonly state: 'ready'; readonly data: T };

/** A resource and a function that loads it again (after a change). */
export interface LoadedResource<T> {
  readonly resource: Resource<T>;
  readonly reload: () => void;
}

function asError(e: unknown): Error {
  return e instanceof Error ? e : new Error(String(e));
}

/**
 * Loads `load()` when `key` changes (and on `reload`), keeping only the latest answer so a slow
 * earlier request cannot overwrite a newer one. A reload keeps showing the data it has until the
 * new answer comes, so the page (and the keyboard focus in it) stays in place.
 */
export function useResource<T>(load: () => Promise<T>, key: string): LoadedResource<T> {
  const [resource, setResource] = useState<Resource<T>>({ state: 'loading' });
  const [generation, setGeneration] = useState(0);
  const loadedKey = useRef<string | null>(null);
  useEffect(() => {
    let live = true;
    if (loadedKey.current !== key) setResource({ state: 'loading' });
    loadedKey.current = key;
    load().then(
      (data) => {
        if (live) setResource({ state: 'ready', data });
      },
      (e: unknown) => {
        if (live) setResource({ state: 'error', error: asError(e) });
      },
    );
    return () => {
      live = false;
    };
    // `load` is a new closure each render; `key` says when what it loads has changed.
  }, [key, generation]);
  const reload = useCallback(() => {
    setGeneration((g) => g + 1);
  }, []);
  return { resource, reload };
}
