import { describe, expect, it } from 'vitest';
import { ApiError } from './api-error.js';
import { createHttp } from './http.js';

interface Sent {
  url: string;
  init: RequestInit;
}

function fakeFetch(status: number, body: unknown, sent: Sent[]): typeof fetch {
  return (input, init) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    sent.push({ url, init: init ?? {} });
    const text = body === undefined ? null : JSON.stringify(body);
    return Promise.resolve(
      new Response(text, {
        status,
        headers: body === undefined ? {} : { 'content-type': 'application/json' },
      }),
    );
  };
}

describe('createHttp', () => {
  it('sends the CSRF token on writes only, and drops empty query values', async () => {
    const sent: Sent[] = [];
    const http = createHttp('http://esg.test', fakeFetch(200, { ok: 1 }, sent));
    http.setCsrfToken('tok-41');
    await http.request('GET', '/orgs/o%201/facts', {
      query: { metric: 'ghg.scope1', siteId: undefined, status: '' },
    });
    await http.request('POST', '/orgs/o/facts', { json: { value: '1,234.5' } });
    expect(sent[0]?.url).toBe('http://esg.test/api/v1/orgs/o%201/facts?metric=ghg.scope1');
    expect(new Headers(sent[0]?.init.headers).get('x-csrf-token')).toBeNull();
    const post = new Headers(sent[1]?.init.headers);
    expect(post.get('x-csrf-token')).toBe('tok-41');
    expect(post.get('content-type')).toBe('application/json');
    expect(sent[1]?.init.body).toBe('{"value":"1,234.5"}');
  });

  it('turns an error body into an ApiError naming the field', async () => {
    const http = createHttp(
      'http://esg.test',
      fakeFetch(
        400,
        { error: { code: 'INVALID_INPUT', message: 'value: not a number', field: 'value' } },
        [],
      ),
    );
    const error = await http.request('POST', '/x').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({
      status: 400,
      code: 'INVALID_INPUT',
      field: 'value',
      message: 'value: not a number',
    });
  });

  it('answers 204 with undefined and a body-less failure with its status', async () => {
    expect(
      await createHttp('http://esg.test', fakeFetch(204, undefined, [])).request('POST', '/auth/logout'),
    ).toBeUndefined();
    const error = await createHttp('http://esg.test', fakeFetch(502, undefined, []))
      .request('GET', '/x')
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 502, code: 'INTERNAL' });
  });
});

describe('onUnauthenticated', () => {
  it('tells listeners when a request finds the session ended, but not for a failed sign-in', async () => {
    const http = createHttp(
      'http://esg.test',
      fakeFetch(401, { error: { code: 'UNAUTHENTICATED', message: 'sign in first' } }, []),
    );
    let calls = 0;
    const stop = http.onUnauthenticated(() => {
      calls += 1;
    });
    await http.request('GET', '/orgs/o/facts').catch(() => undefined);
    await http.request('POST', '/auth/login').catch(() => undefined);
    expect(calls).toBe(1);
    stop();
    await http.request('GET', '/orgs/o/facts').catch(() => undefined);
    expect(calls).toBe(1);
  });
});
