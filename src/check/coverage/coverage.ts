import {
  DISCLOSURE_LEVELS,
  type ClaimBasis,
  type ReportStatement,
  normaliseCode,
  parseQualifiedCode,
  qualify,
  type ContentIndexEntry,
  type DisclosureLevel,
  type Fact,
  type Framework,
  type FrameworkItem,
  type SourceLocation,
} from '../../core/index.js';
import type { MetricView } from '../rules/index.js';
import type { Coverage, CoverageItem } from './coverage-types.js';
import { factsPerCode, inFramework } from './fact-codes.js';
import { statementsByCode } from './statement-codes.js';
import { topicDisclosures } from './topic-entries.js';

/** Catalogue entries that group disclosures rather than being one. */
const GROUPINGS = new Set(['part', 'subject_area', 'aspect', 'standard', 'section']);

/**
 * HKEX Appendix C2 (climate, Part D) makes Scope 1 and Scope 2 emissions mandatory for financial years
 * starting on or after 1 January 2025; a report for an earlier year adopts the Code early, so they are
 * comply-or-explain there like the rest of Part D.
 */
const C2_MANDATORY_FROM = 2025;
const SCOPE_1_2 = /(?:^|\.)scope[12]$/;

/** What coverage needs besides the facts. */
export interface CoverageInput {
  readonly facts: readonly Fact[];
  readonly framework: Framework;
  readonly index?: readonly ContentIndexEntry[];
  /** The reporting year (for phased levels); defaults to the latest year among the facts. */
  readonly reportYear?: number;
  readonly metric: (id: string) => MetricView | undefined;
  /**
   * How the report claims the framework. GRI 1 (2021), section 3 and Table 2: a report "with reference
   * to" the Standards need only publish a content index and a statement of use, so none of its
   * disclosures is required; without a claim, the framework's own levels hold.
   */
  readonly claimBasis?: ClaimBasis;
  /** Where the report states, in words, what some disclosures ask for (principles, boundary). */
  readonly statements?: readonly ReportStatement[];
}

/** Each disclosure of the framework: disclosed (facts or index location), explained, or missing. */
export function computeCoverage(input: CoverageInput): Coverage {
  const { framework } = input;
  const known = new Set(framework.items.map((i) => i.code));
  const counts = factsPerCode(input.facts, framework, input.metric);
  const byCode = indexByCode(input.index ?? [], framework, known);
  const year = input.reportYear ?? Math.max(0, ...input.facts.map((f) => f.period.year));
  const stated = statementsByCode(input.statements ?? []);
  const items: CoverageItem[] = framework.items
    .filter((item) => !GROUPINGS.has(item.kind))
    .map((item) => {
      const code = qualify(framework.prefix, item.code);
      const level = input.claimBasis === 'with_reference' ? 'recommended' : levelOf(item, framework, year);
      const found = {
        entry: byCode.get(item.code),
        facts: counts.get(item.code) ?? 0,
        stated: stated.get(code),
      };
      return coverageOf(item, code, level, found);
    });
  const rank = (l: DisclosureLevel) => DISCLOSURE_LEVELS.indexOf(l);
  // Stable sort keeps catalogue order within a level.
  items.sort((a, b) => rank(a.level) - rank(b.level));
  return { framework: framework.id, items };
}

/** What the report offers for one disclosure: its index row, its facts, a statement in words. */
interface Found {
  readonly entry: ContentIndexEntry | undefined;
  readonly facts: number;
  readonly stated: ReportStatement | undefined;
}

function coverageOf(item: FrameworkItem, code: string, level: DisclosureLevel, found: Found): CoverageItem {
  const { entry, facts, stated } = found;
  const base = {
    code,
    title: item.title,
    level,
    facts,
    quantitative: item.quantitative,
    ...(entry ? { indexStatus: entry.status } : {}),
    ...(entry && printedAt(entry.source) ? { source: entry.source } : {}),
    ...(entry?.origin ? { origin: entry.origin } : {}),
  };
  if (facts > 0 || entry?.status === 'reported') {
    const location =
      entry?.status === 'reported' && entry.location.trim() ? entry.location.trim() : undefined;
    return { ...base, status: 'disclosed', ...(location ? { location } : {}) };
  }
  if (stated) {
    const source = entry && printedAt(entry.source) ? entry.source : stated.source;
    return { ...base, status: 'disclosed', location: stated.text, source };
  }
  if (entry) {
    const why = entry.reason?.trim() || (entry.status === 'not_applicable' ? 'not applicable' : 'omitted');
    return { ...base, status: 'explained', location: why };
  }
  return { ...base, status: 'missing' };
}

/** True when a source names a line or a page (rows built from the store have neither). */
function printedAt(source: SourceLocation): boolean {
  return source.line !== undefined || source.page !== undefined;
}

function levelOf(item: FrameworkItem, framework: Framework, year: number): DisclosureLevel {
  if (framework.id !== 'hkex-c2' || !SCOPE_1_2.test(item.code)) return item.level;
  return year >= C2_MANDATORY_FROM ? 'mandatory' : 'comply_or_explain';
}

/**
 * Index rows by the framework's own code; the first row for a code wins, a "reported" row over others.
 * A row for a code this edition removed (a 2025 report's index still citing HKEX KPI A1.2) answers the
 * items that took it over, where the index has no row of their own.
 */
function indexByCode(
  index: readonly ContentIndexEntry[],
  framework: Framework,
  known: ReadonlySet<string>,
): Map<string, ContentIndexEntry> {
  const out = new Map<string, ContentIndexEntry>();
  // Rows that answer a disclosure through another code: a removed code's successors, a topic's parts.
  const through = new Map<string, ContentIndexEntry>();
  for (const entry of index) {
    const qualified = parseQualifiedCode(entry.code) ? entry.code : normaliseCode(entry.code);
    const code = qualified ? inFramework(qualified, framework, known) : undefined;
    if (code) keep(out, code, entry);
    else if (qualified) for (const by of replacedBy(qualified, framework)) keep(through, by, entry);
    const topic = qualified ? parseQualifiedCode(qualified)?.code : undefined;
    if (code && topic)
      for (const part of topicDisclosures(entry, topic, framework)) keep(through, part, entry);
  }
  for (const [code, entry] of through) if (!out.has(code)) out.set(code, entry);
  return out;
}

function keep(out: Map<string, ContentIndexEntry>, code: string, entry: ContentIndexEntry): void {
  const seen = out.get(code);
  if (!seen || (seen.status !== 'reported' && entry.status === 'reported')) out.set(code, entry);
}

/** The items of `framework` that took over a code it removed (an aspect code stands for its general disclosure). */
function replacedBy(qualified: string, framework: Framework): readonly string[] {
  const parsed = parseQualifiedCode(qualified);
  if (!parsed || parsed.prefix !== framework.prefix) return [];
  const old = framework.replaced?.find((r) => r.code === parsed.code || r.code === `${parsed.code}.GD`);
  return old?.by ?? [];
}
