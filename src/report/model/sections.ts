import type { FrameworkItem } from '../../core/index.js';
import { FootnoteBook } from './footnotes.js';
import type { FrameworkView } from './framework-view.js';
import { buildKpiRows } from './kpi-rows.js';
import type { AspectSection, NarrativeBlock, ReportIssue } from './report-model.js';
import { tableNotes } from './scope-notes.js';
import type { RowFacts } from './select-facts.js';

/** The section code for figures whose metric no disclosure of the framework asks for. */
export const OTHER_SECTION = 'other';

/** A section's heading: "A1 Emissions", "GRI 305: Emissions 2016", "Climate-related disclosures (Part D)". */
export function sectionTitle(item: FrameworkItem | undefined): string {
  if (!item) return 'Other indicators';
  if (item.kind === 'standard') return `GRI ${item.code}: ${item.title}`;
  if (item.kind === 'aspect') return `${item.code} ${item.title}`;
  return item.title;
}

/** Paragraphs of a text: blank lines separate them; single newlines inside one are kept as spaces. */
function paragraphs(text: string): string[] {
  return text
    .split(/\r?\n\s*\r?\n/)
    .map((p) => p.replace(/\s*\r?\n\s*/g, ' ').trim())
    .filter((p) => p !== '');
}

/**
 * Which disclosure a narrative answers: an HKEX aspect's text is its general disclosure (A1 → A1.GD); a
 * GRI topic standard's text is its management approach (GRI 3-3, reported per material topic).
 */
function answeredCode(view: FrameworkView, code: string): string {
  const item = view.item(code);
  if (item?.kind === 'aspect')
    return view.children(code).find((c) => c.kind === 'general_disclosure')?.code ?? code;
  if (item?.kind === 'standard' && view.item('3-3')) return '3-3';
  return code;
}

function narrativeTitle(view: FrameworkView, code: string, answered: string): string {
  const item = view.item(code);
  if (item?.kind === 'aspect') return `General disclosure: ${view.item(answered)?.title ?? item.title}`;
  if (item?.kind === 'standard') return 'Management of the material topic';
  return item ? `${item.code} ${item.title}` : code;
}

/** The narratives given by the preparer, resolved to framework codes, by section code. */
function narrativesBySection(
  view: FrameworkView,
  narratives: Readonly<Record<string, string>>,
  issues: ReportIssue[],
): Map<string, NarrativeBlock[]> {
  const bySection = new Map<string, NarrativeBlock[]>();
  let n = 0;
  // In the framework's order (a general disclosure before its KPIs), whatever order they were stored in.
  const entries = Object.entries(narratives).map(([key, text]) => ({ key, text, code: view.resolve(key) }));
  entries.sort((a, b) => orderOf(view, a.code) - orderOf(view, b.code));
  for (const { key, text, code } of entries) {
    if (code === undefined) {
      issues.push({
        severity: 'warning',
        code: 'unknown_code',
        message: `narrative for "${key}": ${view.framework.id} has no such disclosure; left out`,
      });
      continue;
    }
    const section = view.sectionOf(code)?.code ?? OTHER_SECTION;
    const answered = answeredCode(view, code);
    const block: NarrativeBlock = {
      id: `narrative-${++n}`,
      code: view.qualified(answered),
      title: narrativeTitle(view, code, answered),
      paragraphs: paragraphs(text),
    };
    bySection.set(section, [...(bySection.get(section) ?? []), block]);
  }
  return bySection;
}

/** A code's place in the framework; codes the framework lacks go last. */
function orderOf(view: FrameworkView, code: string | undefined): number {
  return code === undefined ? Number.MAX_SAFE_INTEGER : view.order(answeredCode(view, code));
}

/** The section a row of facts belongs in: that of the first framework code its metric is disclosed under. */
function sectionOfRow(view: FrameworkView, row: RowFacts): string {
  const metric = row.key.split('|')[0] ?? '';
  const code = view.codesOfMetric(metric)[0];
  return code === undefined ? OTHER_SECTION : (view.sectionOf(code)?.code ?? OTHER_SECTION);
}

/** Builds the aspect sections in the framework's order: narratives, then the KPI table, notes and footnotes. */
export function buildSections(
  view: FrameworkView,
  rows: readonly RowFacts[],
  years: readonly number[],
  narratives: Readonly<Record<string, string>>,
  issues: ReportIssue[],
): AspectSection[] {
  const rowsBySection = new Map<string, RowFacts[]>();
  for (const row of rows) {
    const s = sectionOfRow(view, row);
    rowsBySection.set(s, [...(rowsBySection.get(s) ?? []), row]);
  }
  const textBySection = narrativesBySection(view, narratives, issues);
  const codes = [...new Set([...rowsBySection.keys(), ...textBySection.keys()])].sort(
    (a, b) => view.order(a) - view.order(b),
  );
  const notes = new FootnoteBook();
  let rowId = 0;
  const nextId = () => `kpi-${++rowId}`;
  return codes.map((code) => {
    const item = view.item(code);
    const title = sectionTitle(item);
    const kpiRows = buildKpiRows(rowsBySection.get(code) ?? [], years, view, notes, nextId);
    const id = `section-${code.replace(/[^A-Za-z0-9-]/g, '-')}`;
    return {
      id,
      code,
      title,
      narratives: textBySection.get(code) ?? [],
      table:
        kpiRows.length > 0
          ? { id: `${id}-table`, caption: `${title}: key performance indicators`, years, rows: kpiRows }
          : null,
      notes: tableNotes(kpiRows, years),
      footnotes: notes.closeSection(),
    };
  });
}
