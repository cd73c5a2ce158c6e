export {
  PAGES,
  PAGE_LABELS,
  parseRoute,
  routeHref,
  pageHref,
  type PageId,
  type Route,
  type RouteParams,
} from './route.js';
export { useRoute, navigate } from './use-route.js';
