import { EsgError } from '../../core/index.js';
import { assessMateriality } from '../materiality/index.js';
import { buildCharts } from './chart-data.js';
import { buildContentIndex, type IndexSources } from './content-index.js';
import { FrameworkView } from './framework-view.js';
import { buildAppendix } from './methods-appendix.js';
import type { Explanation, ExternalLocation, ReportInput } from './report-input.js';
import type { ReportIssue, ReportModel } from './report-model.js';
import { boundaryNotes } from './scope-notes.js';
import { buildSections } from './sections.js';
import { selectFacts } from './select-facts.js';

/** How many years the KPI tables show side by side: the reporting year and the two before it. */
export const YEARS_SHOWN = 3;

/** Resolves the preparer's codes (any spelling) to the framework's; unknown codes become warnings. */
function byItemCode<T>(
  view: FrameworkView,
  given: Readonly<Record<string, T>> | undefined,
  what: string,
  issues: ReportIssue[],
): Map<string, T> {
  const out = new Map<string, T>();
  for (const [key, value] of Object.entries(given ?? {})) {
    const code = view.resolve(key);
    if (code === undefined) {
      issues.push({
        severity: 'warning',
        code: 'unknown_code',
        message: `${what} for "${key}": ${view.framework.id} has no such disclosure; ignored`,
      });
    } else {
      out.set(code, value);
    }
  }
  return out;
}

/**
 * Builds the publishable report from facts and the preparer's texts: KPI tables by aspect with three
 * years and footnoted provenance, the content index with every omission explained (or an error issue),
 * charts, the materiality assessment and the methods appendix. Pure: no I/O, no clock.
 */
export function buildReport(input: ReportInput): ReportModel {
  if (!Number.isInteger(input.year))
    throw new EsgError('INVALID_INPUT', `report: year must be a whole number, got ${input.year}`);
  const view = new FrameworkView(input.framework);
  const years = Array.from({ length: YEARS_SHOWN }, (_, i) => input.year - (YEARS_SHOWN - 1) + i);
  const issues: ReportIssue[] = [];
  const rows = selectFacts(input.facts, years, issues);
  const sections = buildSections(view, rows, years, input.narratives ?? {}, issues);
  const boundary = boundaryNotes(input.organisation);
  const materiality = input.materiality
    ? assessMateriality(
        input.materiality,
        (q) => q.startsWith(`${view.framework.prefix}:`) && view.resolve(q) !== undefined,
      )
    : null;
  const sources: IndexSources = {
    explanations: byItemCode<Explanation>(view, input.explanations, 'explanation', issues),
    external: byItemCode<ExternalLocation>(view, input.locations, 'location', issues),
    fixed: new Set([
      ...(boundary.length > 0 ? (['boundary'] as const) : []),
      ...(materiality ? (['materiality'] as const) : []),
    ]),
  };
  const contentIndex = buildContentIndex(view, sections, sources, issues);
  const f = view.framework;
  return {
    title: `${input.organisation.name} Environmental, Social and Governance Report ${input.year}`,
    organisation: input.organisation,
    year: input.year,
    years,
    framework: { id: f.id, name: f.name, version: f.version, publisher: f.publisher },
    ...(input.generatedAt === undefined ? {} : { generatedAt: input.generatedAt }),
    boundary,
    charts: buildCharts(rows, years, input.year),
    materiality,
    sections,
    contentIndex,
    appendix: buildAppendix(sections),
    issues,
  };
}
