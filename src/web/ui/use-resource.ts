import { useCallback, useEffect, useRef, useState } from 'react';

/** A value being loaded from the API: loading, failed with an error, or ready. */
export type Resource<T> =
  | { readonly state: 'loading' }
  | { readonly state: 'error'; readonly error: Error }
  | { readonly state: 'ready'; readonly data: T };

/** A resource and a function that loads it again (after a change). */
export interface LoadedResource<T> {
  readonly resource: Resource<T>;
  /** Loads again; the promise settles once the new answer (or error) is in the resource. */
  readonly reload: () => Promise<void>;
}

function partition<T>(items: readonly T[], test: (item: T) => boolean): [T[], T[]] {
  return [items.filter(test), items.filter((i) => !test(i))];
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
  // Who waits on a reload, with the generation that will answer them.
  const waiting = useRef<{ readonly generation: number; readonly done: () => void }[]>([]);
  const requested = useRef(0);
  useEffect(() => {
    let live = true;
    if (loadedKey.current !== key) setResource({ state: 'loading' });
    loadedKey.current = key;
    const answered = () => {
      const [ready, later] = partition(waiting.current, (w) => w.generation <= generation);
      waiting.current = later;
      for (const w of ready) w.done();
    };
    load().then(
      (data) => {
        if (!live) return;
        setResource({ state: 'ready', data });
        answered();
      },
      (e: unknown) => {
        if (!live) return;
        setResource({ state: 'error', error: asError(e) });
        answered();
      },
    );
    return () => {
      live = false;
    };
    // `load` is a new closure each render; `key` says when what it loads has changed.
  }, [key, generation]);
  const reload = useCallback(() => {
    requested.current += 1;
    const generation = requested.current;
    const answered = new Promise<void>((done) => {
      waiting.current.push({ generation, done });
    });
    setGeneration(generation);
    return answered;
  }, []);
  return { resource, reload };
}
