// The UI's addresses live in the URL's hash (#/o/<org>/p/<period>/facts?metric=…) so any static
// file server — `esg serve` included — can serve the one index.html, and a reload or a shared link
// opens the same page.

/** The pages of one organisation's reporting period, in navigation order. */
export const PAGES = [
  'dashboard',
  'entry',
  'imports',
  'facts',
  'coverage',
  'findings',
  'materiality',
  'narrative',
  'omissions',
  'review',
  'audit',
] as const;
/** One of {@link PAGES}. */
export type PageId = (typeof PAGES)[number];

/** Navigation labels of the pages. */
export const PAGE_LABELS: Readonly<Record<PageId, string>> = {
  dashboard: 'Dashboard',
  entry: 'Data entry',
  imports: 'Imports',
  facts: 'Facts',
  coverage: 'Coverage',
  findings: 'Findings',
  materiality: 'Materiality',
  narrative: 'Narrative',
  omissions: 'Omissions',
  review: 'Review',
  audit: 'Audit log',
};

/** Query parameters of a page (filters), in a stable order. */
export type RouteParams = Readonly<Record<string, string>>;

/** Where the UI is. */
export type Route =
  | { readonly kind: 'signIn' }
  | { readonly kind: 'home' }
  | { readonly kind: 'organisation'; readonly orgId: string }
  | {
      readonly kind: 'page';
      readonly orgId: string;
      readonly periodId: string;
      readonly page: PageId;
      readonly params: RouteParams;
    }
  | { readonly kind: 'notFound'; readonly path: string };

function isPageId(text: string): text is PageId {
  return (PAGES as readonly string[]).includes(text);
}

/** The route a location hash names (`#/o/org-1/p/per-2/facts?metric=ghg.scope1`). */
export function parseRoute(hash: string): Route {
  const raw = hash.replace(/^#/, '');
  const [path = '', search = ''] = raw.split('?', 2);
  const parts = path
    .split('/')
    .filter((p) => p !== '')
    .map(decodeURIComponent);
  if (parts.length === 0) return { kind: 'home' };
  if (parts.length === 1 && parts[0] === 'sign-in') return { kind: 'signIn' };
  const [o, orgId, p, periodId, page] = parts;
  if (o === 'o' && orgId !== undefined && parts.length === 2) return { kind: 'organisation', orgId };
  if (o === 'o' && orgId !== undefined && p === 'p' && periodId !== undefined && parts.length <= 5) {
    const pageId = page ?? 'dashboard';
    if (isPageId(pageId)) {
      return {
        kind: 'page',
        orgId,
        periodId,
        page: pageId,
        params: Object.fromEntries(new URLSearchParams(search)),
      };
    }
  }
  return { kind: 'notFound', path };
}

/** The hash (with its leading `#`) of a route; the inverse of {@link parseRoute}. */
export function routeHref(route: Route): string {
  switch (route.kind) {
    case 'signIn':
      return '#/sign-in';
    case 'home':
      return '#/';
    case 'organisation':
      return `#/o/${encodeURIComponent(route.orgId)}`;
    case 'page': {
      const base = `#/o/${encodeURIComponent(route.orgId)}/p/${encodeURIComponent(route.periodId)}/${route.page}`;
      const entries = Object.entries(route.params).filter(([, v]) => v !== '');
      return entries.length === 0 ? base : `${base}?${new URLSearchParams(entries).toString()}`;
    }
    case 'notFound':
      return `#${route.path}`;
  }
}

/** The hash of a page of an organisation's period, with optional filters. */
export function pageHref(orgId: string, periodId: string, page: PageId, params: RouteParams = {}): string {
  return routeHref({ kind: 'page', orgId, periodId, page, params });
}
