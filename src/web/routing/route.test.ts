import { describe, expect, it } from 'vitest';
import { PAGES, pageHref, parseRoute, routeHref } from './route.js';

describe('parseRoute', () => {
  it('reads organisation, period, page and filters', () => {
    expect(parseRoute('#/o/org%201/p/per-9/facts?metric=ghg.scope1&status=verified')).toEqual({
      kind: 'page',
      orgId: 'org 1',
      periodId: 'per-9',
      page: 'facts',
      params: { metric: 'ghg.scope1', status: 'verified' },
    });
  });

  it('defaults a period to its dashboard and knows the other places', () => {
    expect(parseRoute('#/o/a/p/b')).toMatchObject({ kind: 'page', page: 'dashboard' });
    expect(parseRoute('')).toEqual({ kind: 'home' });
    expect(parseRoute('#/sign-in')).toEqual({ kind: 'signIn' });
    expect(parseRoute('#/o/a')).toEqual({ kind: 'organisation', orgId: 'a' });
    expect(parseRoute('#/o/a/p/b/nope')).toEqual({ kind: 'notFound', path: '/o/a/p/b/nope' });
  });

  it('round-trips every page through routeHref', () => {
    for (const page of PAGES) {
      const href = pageHref('org/x', 'per?1', page, { site: 'Suzhou Works', metric: '' });
      expect(parseRoute(href)).toEqual({
        kind: 'page',
        orgId: 'org/x',
        periodId: 'per?1',
        page,
        params: { site: 'Suzhou Works' },
      });
    }
    expect(routeHref({ kind: 'organisation', orgId: 'q' })).toBe('#/o/q');
  });
});
