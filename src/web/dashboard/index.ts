export { DashboardPage } from './dashboard-page.js';
export { KPIS, type KpiDefinition } from './kpis.js';
export { headlineValue, type Headline } from './headline.js';
