import { useState } from 'react';
import { useApi } from '../app/api-context.js';
import type { FactJson } from '../client/index.js';

/** A fact fetched by id for the source dialog, with the error when it could not be loaded. */
export function useOpenFact(orgId: string) {
  const api = useApi();
  const [fact, setFact] = useState<FactJson | null>(null);
  const [error, setError] = useState<Error | null>(null);
  return {
    fact,
    error,
    /** Loads a fact by id and shows it. */
    open: (factId: string): void => {
      setError(null);
      api.facts.get(orgId, factId).then(setFact, (e: unknown) => {
        setError(e instanceof Error ? e : new Error(String(e)));
      });
    },
    /** Shows a fact already loaded. */
    show: (known: FactJson): void => {
      setError(null);
      setFact(known);
    },
    close: (): void => {
      setFact(null);
    },
  };
}
