export { checkRoutes } from './check.routes.js';
export { periodFacts } from './period-facts.js';
