export { periodRoutes } from './period.routes.js';
export { periodParams, periodSchema, periodJson, type PeriodJson } from './period.schema.js';
