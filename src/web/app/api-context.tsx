import { createContext, useContext } from 'react';
import type { Api } from '../client/index.js';

/** The API client of the running UI; tests provide one over a fake transport. */
export const ApiContext = createContext<Api | null>(null);

/** The API client; throws when a component renders outside the app's provider (a programming fault). */
export function useApi(): Api {
  const api = useContext(ApiContext);
  if (api === null) throw new Error('useApi outside <ApiContext.Provider>');
  return api;
}
