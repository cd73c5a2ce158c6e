import type { AppDeps } from '../app/app-deps.js';
import type { ApiApp } from '../app/api-env.js';
import { explanationRoutes } from './explanation.routes.js';
import { materialityRoutes } from './materiality.routes.js';
import { narrativeRoutes } from './narrative.routes.js';
import { reportRoutes } from './report.routes.js';

/** What a report says besides its figures (materiality, narratives, omission explanations), and the report. */
export function disclosureRoutes(app: ApiApp, deps: AppDeps): void {
  materialityRoutes(app, deps);
  narrativeRoutes(app, deps);
  explanationRoutes(app, deps);
  reportRoutes(app, deps);
}
