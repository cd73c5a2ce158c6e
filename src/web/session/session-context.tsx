import { createContext, useContext } from 'react';
import type { MeJson } from '../client/index.js';

/** Whether someone is signed in: not yet known, nobody, or the caller with their organisations. */
export type SessionState =
  | { readonly kind: 'checking' }
  | { readonly kind: 'signedOut'; readonly notice?: string }
  | { readonly kind: 'signedIn'; readonly me: MeJson };

/** The session and what changes it. */
export interface SessionValue {
  readonly state: SessionState;
  readonly signIn: (email: string, password: string) => Promise<void>;
  readonly signOut: () => Promise<void>;
}

/** The session of the running UI. */
export const SessionContext = createContext<SessionValue | null>(null);

/** The session; throws outside its provider (a programming fault). */
export function useSession(): SessionValue {
  const value = useContext(SessionContext);
  if (value === null) throw new Error('useSession outside <SessionProvider>');
  return value;
}

/** The signed-in caller; throws when nobody is signed in (pages render only inside the signed-in shell). */
export function useMe(): MeJson {
  const { state } = useSession();
  if (state.kind !== 'signedIn') throw new Error('useMe with nobody signed in');
  return state.me;
}
