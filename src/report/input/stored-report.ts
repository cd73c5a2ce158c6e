import type { FrameworkId } from '../../core/index.js';
import type { Actor, Store } from '../../store/index.js';
import type { ReportInput } from '../model/index.js';
import { loadReportData } from './from-store.js';
import { loadStoredDisclosures } from './stored-disclosures.js';

/**
 * Everything a report of a stored period is built from: the organisation, the facts of the period's
 * year and the two before, and the period's narratives, omission explanations and materiality survey.
 */
export async function reportInputFromStore(
  store: Store,
  orgId: string,
  periodId: string,
  framework: FrameworkId,
  actor: Actor,
): Promise<ReportInput> {
  const period = await store.getPeriod(orgId, periodId, actor);
  const year = period.period.year;
  const [data, texts] = await Promise.all([
    loadReportData(store, orgId, year, actor),
    loadStoredDisclosures(store, orgId, periodId, framework, actor),
  ]);
  return {
    organisation: data.organisation,
    year,
    framework,
    facts: data.facts,
    narratives: texts.narratives,
    explanations: texts.explanations,
    ...(texts.materiality ? { materiality: texts.materiality } : {}),
  };
}
