import { apiErrorOf, ApiError } from './api-error.js';

/** Query parameters; undefined values are left out. */
export type Query = Readonly<Record<string, string | number | undefined>>;

/** What a request sends besides its method and path. */
export interface RequestOptions {
  readonly query?: Query;
  /** A JSON body. */
  readonly json?: unknown;
  /** A multipart body (uploads). */
  readonly form?: FormData;
}

/** The transport the typed client uses: JSON over fetch, the session cookie and the CSRF header. */
export interface Http {
  request<T>(method: string, path: string, options?: RequestOptions): Promise<T>;
  /** Sets the token echoed in `X-CSRF-Token` on writes (from sign-in or `/auth/me`); null clears it. */
  setCsrfToken(token: string | null): void;
  /** The current CSRF token, for uploads sent outside fetch. */
  csrfToken(): string | null;
  /** The absolute URL of an API path. */
  url(path: string, query?: Query): string;
  /** Calls `listener` when a request is refused as not signed in (the session ended); returns an unsubscribe. */
  onUnauthenticated(listener: () => void): () => void;
  /** Tells the listeners the session ended (also used by uploads sent outside fetch). */
  unauthenticated(): void;
}

/** The header the API reads the CSRF token from (OWASP synchroniser token pattern). */
export const CSRF_HEADER = 'X-CSRF-Token';

/** The prefix of every versioned API route. */
export const API_PREFIX = '/api/v1';

/** An {@link Http} on `fetch`, relative to `origin` (the page's own origin by default). */
export function createHttp(origin: string, fetchImpl: typeof fetch = fetch.bind(globalThis)): Http {
  let csrf: string | null = null;
  const listeners = new Set<() => void>();
  const unauthenticated = (): void => {
    for (const listener of listeners) listener();
  };
  const url = (path: string, query: Query = {}): string => {
    const u = new URL(API_PREFIX + path, origin);
    for (const [k, v] of Object.entries(query))
      if (v !== undefined && v !== '') u.searchParams.set(k, String(v));
    return u.toString();
  };
  return {
    url,
    setCsrfToken: (token) => {
      csrf = token;
    },
    csrfToken: () => csrf,
    onUnauthenticated(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    unauthenticated,
    async request<T>(method: string, path: string, options: RequestOptions = {}): Promise<T> {
      const headers: Record<string, string> = { accept: 'application/json' };
      if (method !== 'GET' && csrf !== null) headers[CSRF_HEADER] = csrf;
      let body: BodyInit | undefined;
      if (options.json !== undefined) {
        headers['content-type'] = 'application/json';
        body = JSON.stringify(options.json);
      } else if (options.form !== undefined) {
        body = options.form;
      }
      const response = await fetchImpl(url(path, options.query), {
        method,
        headers,
        body,
        credentials: 'same-origin',
      });
      const parsed: unknown = await readBody(response);
      // A 401 on anything but sign-in itself means the session has ended (expired or signed out elsewhere).
      if (response.status === 401 && !path.startsWith('/auth/')) unauthenticated();
      if (!response.ok) throw apiErrorOf(response.status, parsed);
      return parsed as T;
    },
  };
}

async function readBody(response: Response): Promise<unknown> {
  if (response.status === 204) return undefined;
  const type = response.headers.get('content-type') ?? '';
  if (!type.includes('json')) {
    if (response.ok)
      throw new ApiError(response.status, 'NOT_JSON', 'the server answered with something other than JSON');
    return undefined;
  }
  return response.json();
}
