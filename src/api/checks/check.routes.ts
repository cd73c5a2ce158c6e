import { createRoute } from '@hono/zod-openapi';
import { checkFacts, toCheckJson } from '../../check/index.js';
import type { ContentIndexEntry, FrameworkId } from '../../core/index.js';
import { userActor, type Actor, type Store } from '../../store/index.js';
import type { AppDeps } from '../app/app-deps.js';
import type { ApiApp } from '../app/api-env.js';
import { jsonContent as json } from '../app/json-content.js';
import { errorResponses } from '../errors/index.js';
import { periodParams } from '../periods/index.js';
import { checkQuerySchema, checkResultSchema } from './check.schema.js';
import { factIdsOf, periodFacts } from './period-facts.js';
import { preparerIndex } from './preparer-index.js';

const run = createRoute({
  method: 'get',
  path: '/orgs/{orgId}/periods/{periodId}/checks',
  tags: ['checks'],
  summary: "Check a period's facts: arithmetic and consistency rules, and coverage of a framework",
  request: { params: periodParams, query: checkQuerySchema },
  responses: {
    200: { description: 'Findings (most serious first) and coverage', content: json(checkResultSchema) },
    400: errorResponses[400],
    401: errorResponses[401],
    404: errorResponses[404],
  },
});

/** Checks over a period's facts and its reports' content index, run on request (nothing is stored). */
export function checkRoutes(app: ApiApp, { store }: AppDeps): void {
  app.openapi(run, async (c) => {
    const { orgId, periodId } = c.req.valid('param');
    const { framework } = c.req.valid('query');
    const actor = userActor(c.get('auth').user.id);
    const [org, period] = await Promise.all([
      store.getOrganisation(orgId, actor),
      store.getPeriod(orgId, periodId, actor),
    ]);
    const [stored, imported, claims, written] = await Promise.all([
      periodFacts(store, orgId, periodId, actor),
      store.periodContentIndex(orgId, periodId, actor),
      store.periodReportClaims(orgId, periodId, actor),
      framework === undefined ? [] : preparerEntries(store, orgId, periodId, framework, actor),
    ]);
    // The imported reports' content index: what they say they omit, and why, makes a disclosure
    // "explained" rather than missing (HKEX comply or explain). What the preparer wrote in the app
    // comes first: coverage keeps the first row for a code, and a "reported" row over any other.
    const result = checkFacts({
      facts: stored.map((s) => s.fact),
      index: [...written, ...imported],
      ...(framework === undefined ? {} : { framework }),
      // The reports' claim of each framework (GRI "with reference to" requires none of its
      // disclosures) and their statements in words (board statement, principles, boundary).
      document: { company: org.name, reportYear: period.period.year, ...claims },
    });
    const ids = factIdsOf(stored);
    const body = toCheckJson(result);
    return c.json(
      {
        document: { company: org.name, reportYear: period.period.year },
        framework: body.framework,
        summary: body.summary,
        coverage: body.coverage,
        findings: result.findings.map((f) => ({
          rule: f.rule,
          severity: f.severity,
          message: f.message,
          expected: f.expected ?? null,
          actual: f.actual ?? null,
          factIds: ids(f.facts),
        })),
      },
      200,
    );
  });
}

/** The period's stored narratives and omission explanations for `framework`, as content-index rows. */
async function preparerEntries(
  store: Store,
  orgId: string,
  periodId: string,
  framework: FrameworkId,
  actor: Actor,
): Promise<ContentIndexEntry[]> {
  const [narratives, explanations] = await Promise.all([
    store.listNarratives(orgId, periodId, framework, actor),
    store.listExplanations(orgId, periodId, framework, actor),
  ]);
  return preparerIndex(framework, narratives, explanations);
}
