import type { FrameworkItem } from '../../core/index.js';
import type { FrameworkView } from './framework-view.js';
import type { Explanation, ExternalLocation } from './report-input.js';
import type {
  AspectSection,
  ContentIndexRow,
  IndexStatus,
  ReportIssue,
  ReportLocation,
} from './report-model.js';

/** Anchors of the report's fixed sections, which some disclosures point at. */
export const FIXED_ANCHORS = { boundary: 'about-boundary', materiality: 'materiality' } as const;

// Disclosures the report's own fixed sections answer: the boundary statement (HKEX Part B reporting
// boundary; GRI 2-2 entities included) and the materiality assessment (GRI 3-1 process, 3-2 list).
const FIXED_ANSWERS: readonly {
  readonly codes: readonly string[];
  readonly anchor: keyof typeof FIXED_ANCHORS;
  readonly section: string;
}[] = [
  {
    codes: ['HKEX:MDR.boundary', 'GRI:2-2'],
    anchor: 'boundary',
    section: 'About this report: reporting boundary',
  },
  { codes: ['GRI:3-1', 'GRI:3-2'], anchor: 'materiality', section: 'Materiality assessment' },
];

/** What the content index needs besides the framework and sections. */
export interface IndexSources {
  readonly explanations: ReadonlyMap<string, Explanation>;
  readonly external: ReadonlyMap<string, ExternalLocation>;
  /** Which fixed sections the report has. */
  readonly fixed: ReadonlySet<keyof typeof FIXED_ANCHORS>;
}

/** Where each qualified code is answered in the report's sections: KPI rows (first per section) and narratives. */
function locationsByCode(
  view: FrameworkView,
  sections: readonly AspectSection[],
  sources: IndexSources,
): Map<string, ReportLocation[]> {
  const found = new Map<string, ReportLocation[]>();
  const add = (code: string, loc: ReportLocation) => {
    const list = found.get(code) ?? [];
    if (!list.some((l) => l.section === loc.section)) found.set(code, [...list, loc]);
  };
  for (const answer of FIXED_ANSWERS) {
    if (!sources.fixed.has(answer.anchor)) continue;
    for (const code of answer.codes)
      add(code, { section: answer.section, anchor: FIXED_ANCHORS[answer.anchor] });
  }
  for (const s of sections) {
    for (const n of s.narratives) add(n.code, { section: s.title, anchor: n.id });
    for (const row of s.table?.rows ?? []) {
      for (const code of row.codes) add(answeredByFigures(view, code), { section: s.title, anchor: row.id });
    }
  }
  return found;
}

/** A figure coded to a whole HKEX aspect (legal-compliance counts) answers the aspect's general disclosure. */
function answeredByFigures(view: FrameworkView, qualified: string): string {
  const code = qualified.slice(qualified.indexOf(':') + 1);
  if (view.item(code)?.kind !== 'aspect') return qualified;
  const gd = view.children(code).find((c) => c.kind === 'general_disclosure');
  return gd ? view.qualified(gd.code) : qualified;
}

function explanationFor(
  view: FrameworkView,
  item: FrameworkItem,
  explanations: ReadonlyMap<string, Explanation>,
): Explanation | undefined {
  for (const a of view.ancestry(item.code)) {
    const e = explanations.get(a.code);
    if (e) return e;
  }
  return undefined;
}

/** Locations of an item or, for a requirement whose parts are reported (Part D GHG scopes), of its descendants. */
function reportedAt(
  view: FrameworkView,
  item: FrameworkItem,
  found: ReadonlyMap<string, ReportLocation[]>,
): ReportLocation[] {
  const own = found.get(view.qualified(item.code)) ?? [];
  if (own.length > 0) return own;
  return view.children(item.code).flatMap((c) => reportedAt(view, c, found));
}

function statusOf(
  view: FrameworkView,
  item: FrameworkItem,
  found: ReadonlyMap<string, ReportLocation[]>,
  sources: IndexSources,
): IndexStatus {
  if (view.isHeading(item)) return { kind: 'heading' };
  const locations = reportedAt(view, item, found);
  const external = sources.external.get(item.code);
  if (locations.length > 0 || external)
    return { kind: 'reported', locations, external: external ? [external] : [] };
  const explained = explanationFor(view, item, sources.explanations);
  if (explained) return { kind: explained.kind, reason: explained.reason };
  if (item.level === 'recommended') return { kind: 'not_reported' };
  return { kind: 'missing' };
}

/**
 * The content index: every item of the framework in its order, each disclosure with where it is
 * answered or why not. A disclosure with none of these is `missing` and an error issue, because HKEX's
 * comply-or-explain and GRI 1 Requirement 6 both require a reason for every omission.
 */
export function buildContentIndex(
  view: FrameworkView,
  sections: readonly AspectSection[],
  sources: IndexSources,
  issues: ReportIssue[],
): ContentIndexRow[] {
  const found = locationsByCode(view, sections, sources);
  return view.framework.items.map((item) => {
    const status = statusOf(view, item, found, sources);
    if (status.kind === 'missing') {
      issues.push({
        severity: 'error',
        code: 'missing_explanation',
        message: `${view.qualified(item.code)} (${item.title}): no figures, text or location, and no reason given for omitting it`,
      });
    }
    return { qualified: view.qualified(item.code), item, depth: view.ancestry(item.code).length - 1, status };
  });
}
