import { describe, expect, it } from 'vitest';
import { body, email, PASSWORD, type ErrorJson } from './support/harness.js';
import { useHarness } from './support/use-harness.js';

const { h, f } = useHarness({ config: { loginAttempts: 3, loginWindowMs: 60_000 } });

const loginInit = (who: string, password: string, headers: Record<string, string> = {}): RequestInit => ({
  method: 'POST',
  headers: { 'content-type': 'application/json', ...headers },
  body: JSON.stringify({ email: who, password }),
});

describe('every /api/v1 route needs authentication', () => {
  it('answers 401 without a session or token, for each route in the OpenAPI document', async () => {
    const doc = await body<{ paths: Record<string, Record<string, unknown>> }>(
      await h.request('/api/openapi.json'),
    );
    const routes = Object.entries(doc.paths).flatMap(([path, ops]) =>
      Object.keys(ops).map((method) => ({
        path: path.replace(/\{[^}]+\}/g, f.orgA),
        method: method.toUpperCase(),
      })),
    );
    expect(routes.length).toBeGreaterThan(25);
    for (const { path, method } of routes) {
      if (path === '/api/v1/auth/login') continue;
      const res = await h.request(path, { method });
      expect({ path, method, status: res.status }).toEqual({ path, method, status: 401 });
      expect((await body<ErrorJson>(res)).error.code).toBe('UNAUTHENTICATED');
    }
  });

  it('refuses an unknown bearer token and a malformed Authorization header', async () => {
    const unknown = await h.request('/api/v1/orgs', { headers: { authorization: 'Bearer esg_tok_nope' } });
    expect(unknown.status).toBe(401);
    const malformed = await h.request('/api/v1/orgs', { headers: { authorization: 'Basic b3duZXI6cHc=' } });
    expect(malformed.status).toBe(401);
    expect((await body<ErrorJson>(malformed)).error.message).toMatch(/Bearer/);
  });

  it('serves /healthz and the OpenAPI 3.1 document without signing in', async () => {
    expect(await body<{ status: string }>(await h.request('/healthz'))).toEqual({ status: 'ok' });
    const doc = await body<{ openapi: string; components: { securitySchemes: Record<string, unknown> } }>(
      await h.request('/api/openapi.json'),
    );
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.components.securitySchemes).sort()).toEqual(['bearer', 'session']);
  });
});

describe('sign-in with a session cookie', () => {
  it('sets an HttpOnly, SameSite=Lax cookie and returns the CSRF token; me names the organisations', async () => {
    const res = await h.request('/api/v1/auth/login', loginInit(email('reviewerA'), PASSWORD));
    expect(res.status).toBe(200);
    const cookie = res.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^esg_session=esg_ses_/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    const session = await body<{ user: { email: string }; csrfToken: string }>(res);
    expect(session.user.email).toBe(email('reviewerA'));
    const me = await h.request('/api/v1/auth/me', { headers: { cookie: cookie.split(';')[0] ?? '' } });
    expect(me.headers.get('cache-control')).toBe('no-store');
    expect(me.headers.get('x-content-type-options')).toBe('nosniff');
    expect(me.headers.get('x-frame-options')).toBe('SAMEORIGIN');
    const meBody = await body<{
      via: string;
      csrfToken: string;
      organisations: { id: string; role: string }[];
    }>(me);
    expect(meBody.via).toBe('session');
    expect(meBody.csrfToken).toBe(session.csrfToken);
    expect(meBody.organisations).toEqual([expect.objectContaining({ id: f.orgA, role: 'reviewer' })]);
  });

  it('refuses a wrong password and an unknown e-mail alike with 401', async () => {
    const wrong = await h.request('/api/v1/auth/login', loginInit(email('ownerA'), 'not the password'));
    const unknown = await h.request('/api/v1/auth/login', loginInit('nobody@example.test', PASSWORD));
    expect([wrong.status, unknown.status]).toEqual([401, 401]);
    expect((await body<ErrorJson>(wrong)).error.message).toBe((await body<ErrorJson>(unknown)).error.message);
  });

  it('names the field of a bad sign-in body', async () => {
    const res = await h.request('/api/v1/auth/login', loginInit('not-an-email', PASSWORD));
    expect(res.status).toBe(400);
    expect((await body<ErrorJson>(res)).error.field).toBe('email');
  });

  it('ends the session on sign-out', async () => {
    const b = await h.login(email('ownerA'));
    expect((await h.as(b, '/api/v1/auth/logout', { method: 'POST' })).status).toBe(204);
    expect((await h.as(b, '/api/v1/orgs')).status).toBe(401);
  });

  it('expires the session after its lifetime', async () => {
    const b = await h.login(email('ownerA'));
    h.clock.advance(8 * 60 * 60 * 1000 + 1);
    expect((await h.as(b, '/api/v1/orgs')).status).toBe(401);
  });
});

describe('CSRF protection of cookie-authenticated writes', () => {
  const newOrg = (headers: Record<string, string>): RequestInit => ({
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ name: 'Heron Textiles' }),
  });

  it('refuses a write without the X-CSRF-Token header, or with another session’s token', async () => {
    const b = await h.login(email('ownerA'));
    const other = await h.login(email('ownerB'));
    const without = await h.request('/api/v1/orgs', newOrg({ cookie: b.cookie }));
    expect(without.status).toBe(403);
    expect((await body<ErrorJson>(without)).error.code).toBe('CSRF_REJECTED');
    const foreign = await h.request('/api/v1/orgs', newOrg({ cookie: b.cookie, 'x-csrf-token': other.csrf }));
    expect(foreign.status).toBe(403);
    const ok = await h.request('/api/v1/orgs', newOrg({ cookie: b.cookie, 'x-csrf-token': b.csrf }));
    expect(ok.status).toBe(201);
  });

  it('refuses a write from another origin even with the token', async () => {
    const b = await h.login(email('ownerA'));
    const res = await h.request(
      '/api/v1/orgs',
      newOrg({ cookie: b.cookie, 'x-csrf-token': b.csrf, origin: 'https://evil.example' }),
    );
    expect(res.status).toBe(403);
    const crossSite = await h.request(
      '/api/v1/orgs',
      newOrg({ cookie: b.cookie, 'x-csrf-token': b.csrf, 'sec-fetch-site': 'cross-site' }),
    );
    expect(crossSite.status).toBe(403);
    const sameOrigin = await h.request(
      'http://localhost/api/v1/orgs',
      newOrg({ cookie: b.cookie, 'x-csrf-token': b.csrf, origin: 'http://localhost' }),
    );
    expect(sameOrigin.status).toBe(201);
  });

  it('refuses a cross-origin sign-in (login CSRF)', async () => {
    const res = await h.request(
      '/api/v1/auth/login',
      loginInit(email('ownerA'), PASSWORD, { origin: 'https://evil.example' }),
    );
    expect(res.status).toBe(403);
  });

  it('lets reads through without the token', async () => {
    const b = await h.login(email('ownerA'));
    expect((await h.request('/api/v1/orgs', { headers: { cookie: b.cookie } })).status).toBe(200);
  });
});

describe('bearer API tokens', () => {
  it('are created once with their secret, work without CSRF tokens, and stop working when revoked', async () => {
    const b = await h.login(email('ownerA'));
    const created = await h.as(b, '/api/v1/auth/tokens', {
      method: 'POST',
      json: { name: 'nightly import' },
    });
    expect(created.status).toBe(201);
    const { token, secret } = await body<{ token: { id: string; name: string }; secret: string }>(created);
    expect(token.name).toBe('nightly import');
    const auth = { authorization: `Bearer ${secret}` };
    const me = await body<{ via: string; csrfToken: null }>(
      await h.request('/api/v1/auth/me', { headers: auth }),
    );
    expect(me).toMatchObject({ via: 'token', csrfToken: null });
    const write = await h.request(`/api/v1/orgs/${f.orgA}/periods`, {
      method: 'POST',
      headers: { ...auth, 'content-type': 'application/json' },
      body: JSON.stringify({ year: 2026 }),
    });
    expect(write.status).toBe(201);
    const listed = await body<{ items: { id: string }[] }>(
      await h.request('/api/v1/auth/tokens', { headers: auth }),
    );
    expect(listed.items.map((t) => t.id)).toEqual([token.id]);
    expect(JSON.stringify(listed)).not.toContain(secret);
    expect(
      (await h.request(`/api/v1/auth/tokens/${token.id}`, { method: 'DELETE', headers: auth })).status,
    ).toBe(204);
    expect((await h.request('/api/v1/orgs', { headers: auth })).status).toBe(401);
  });

  it('cannot revoke another user’s token', async () => {
    const a = await h.login(email('ownerA'));
    const b = await h.login(email('ownerB'));
    const created = await body<{ token: { id: string } }>(
      await h.as(a, '/api/v1/auth/tokens', { method: 'POST', json: { name: 'mine' } }),
    );
    expect((await h.as(b, `/api/v1/auth/tokens/${created.token.id}`, { method: 'DELETE' })).status).toBe(404);
  });
});

describe('sign-in rate limit (fixed window per client address and e-mail)', () => {
  it('allows the configured attempts, then answers 429 with Retry-After until the window ends', async () => {
    const who = email('ownerA');
    for (let i = 0; i < 3; i++) {
      expect(
        (await h.requestFrom('198.51.100.7', '/api/v1/auth/login', loginInit(who, 'guess'))).status,
      ).toBe(401);
    }
    const limited = await h.requestFrom('198.51.100.7', '/api/v1/auth/login', loginInit(who, PASSWORD));
    expect(limited.status).toBe(429);
    expect((await body<ErrorJson>(limited)).error.code).toBe('RATE_LIMITED');
    const retryAfter = Number(limited.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(60);

    // Another address, and another e-mail from the same address, have their own windows.
    expect((await h.requestFrom('198.51.100.8', '/api/v1/auth/login', loginInit(who, PASSWORD))).status).toBe(
      200,
    );
    const other = email('viewerA');
    expect(
      (await h.requestFrom('198.51.100.7', '/api/v1/auth/login', loginInit(other, PASSWORD))).status,
    ).toBe(200);

    h.clock.advance(retryAfter * 1000);
    expect((await h.requestFrom('198.51.100.7', '/api/v1/auth/login', loginInit(who, PASSWORD))).status).toBe(
      200,
    );
  });

  it('counts the e-mail case-insensitively', async () => {
    for (const who of ['OwnerA@example.test', 'ownera@EXAMPLE.test', 'OWNERA@example.test']) {
      await h.requestFrom('192.0.2.1', '/api/v1/auth/login', loginInit(who, 'guess'));
    }
    const res = await h.requestFrom('192.0.2.1', '/api/v1/auth/login', loginInit(email('ownerA'), PASSWORD));
    expect(res.status).toBe(429);
  });
});
