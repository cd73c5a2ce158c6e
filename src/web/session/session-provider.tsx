import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { ApiError } from '../client/index.js';
import { useApi } from '../app/api-context.js';
import { SessionContext, type SessionState, type SessionValue } from './session-context.js';

/**
 * Finds out who is signed in (`GET /auth/me`, which also hands back the CSRF token after a reload)
 * and provides sign-in and sign-out. A 401 means nobody is; other failures are shown as a notice.
 */
export function SessionProvider({ children }: { readonly children: ReactNode }) {
  const api = useApi();
  const [state, setState] = useState<SessionState>({ kind: 'checking' });

  const refresh = useCallback(async () => {
    try {
      setState({ kind: 'signedIn', me: await api.auth.me() });
    } catch (e) {
      if (e instanceof ApiError && e.status === 401) setState({ kind: 'signedOut' });
      else setState({ kind: 'signedOut', notice: e instanceof Error ? e.message : String(e) });
    }
  }, [api]);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  useEffect(
    () =>
      api.http.onUnauthenticated(() => {
        api.http.setCsrfToken(null);
        setState({ kind: 'signedOut', notice: 'Your session has ended. Sign in again to go on.' });
      }),
    [api],
  );

  const value = useMemo<SessionValue>(
    () => ({
      state,
      async signIn(email, password) {
        await api.auth.signIn(email, password);
        await refresh();
      },
      async signOut() {
        await api.auth.signOut();
        setState({ kind: 'signedOut' });
      },
    }),
    [api, refresh, state],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}
