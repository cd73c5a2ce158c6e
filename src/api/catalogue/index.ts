export { metricRoutes } from './metric.routes.js';
