import {
  getFramework,
  SEVERITIES,
  type ClaimBasis,
  type ContentIndexEntry,
  type Fact,
  type FrameworkId,
  type ReportStatement,
} from '../core/index.js';
import { computeCoverage, coverageFindings, type Coverage } from './coverage/index.js';
import type { CheckFinding } from './finding/index.js';
import { withReprints } from './reprinted-figures.js';
import {
  catalogueMetric,
  RULES,
  ruleContext,
  type MetricView,
  type Rule,
  type RuleContext,
} from './rules/index.js';

/** What a check knows about the document the facts came from (the extract output's `document`). */
export interface CheckedDocument {
  readonly source?: string;
  readonly kind?: string;
  readonly sha256?: string;
  readonly company?: string;
  readonly reportYear?: number;
  readonly frameworks?: readonly string[];
  /** How the report claims a framework, by the ids in `frameworks` (`{ "GRI-2021": "with_reference" }`). */
  readonly claimBases?: Readonly<Partial<Record<string, ClaimBasis>>>;
  /** Where the report states its board's ESG oversight, reporting principles and boundary. */
  readonly statements?: readonly ReportStatement[];
  readonly pages?: number;
  readonly lines?: number;
}

/** Input of {@link checkFacts}. */
export interface CheckInput {
  /** Any facts: extracted, calculated or entered. */
  readonly facts: readonly Fact[];
  /** The report's own content index, when there is one. */
  readonly index?: readonly ContentIndexEntry[];
  /** The framework to measure coverage against; without one, coverage is not computed. */
  readonly framework?: FrameworkId;
  readonly document?: CheckedDocument;
  /** The rules to run (default: all of {@link RULES}). */
  readonly rules?: readonly Rule[];
  /** The metric catalogue (default: core's); tests and other catalogues may pass their own. */
  readonly metric?: (id: string) => MetricView | undefined;
}

/** What a check found: coverage against the framework and findings, most serious first. */
export interface CheckResult {
  readonly document: CheckedDocument;
  readonly coverage?: Coverage;
  readonly findings: readonly CheckFinding[];
}

/** Checks facts for coverage and internal consistency. Pure: no I/O, same input, same result. */
export function checkFacts(input: CheckInput): CheckResult {
  const metric = input.metric ?? catalogueMetric;
  const ctx = ruleContext(input.facts, metric);
  const findings = withoutRepeats(input.rules ?? RULES, ctx).map((f) => withReprints(f, ctx.facts));
  let coverage: Coverage | undefined;
  if (input.framework !== undefined) {
    coverage = computeCoverage({
      facts: input.facts,
      framework: getFramework(input.framework),
      ...(input.index ? { index: input.index } : {}),
      ...(input.document?.reportYear === undefined ? {} : { reportYear: input.document.reportYear }),
      ...claimOf(input.document, input.framework),
      ...(input.document?.statements ? { statements: input.document.statements } : {}),
      metric,
    });
    findings.push(...coverageFindings(coverage));
  }
  return {
    document: input.document ?? {},
    ...(coverage ? { coverage } : {}),
    findings: sortFindings(findings),
  };
}

/**
 * Every rule's findings, less those of a fallback rule about a figure another rule already reports (an
 * error naming it, or a warning about it first):
 * a total found wrong by its metric's breakdown is not reported again from the table's layout. A note
 * (info) reports nothing wrong, so it does not stand in for a fallback's warning. A fallback's error
 * outranks a warning that expects the same value of the same figure (a breakdown short of its total
 * may leave out a part; the table's other columns adding up say none is left out): the error is kept
 * and the warning left out.
 */
function withoutRepeats(rules: readonly Rule[], ctx: RuleContext): CheckFinding[] {
  const ran = rules.map((rule) => ({ rule, findings: rule.run(ctx) }));
  const byFigure = new Map<Fact, CheckFinding[]>();
  for (const { rule, findings } of ran) {
    if (rule.fallback) continue;
    for (const f of findings.filter((x) => x.severity !== 'info'))
      for (const fact of f.facts) byFigure.set(fact, [...(byFigure.get(fact) ?? []), f]);
  }
  const outranked = new Set<CheckFinding>();
  const kept = ran.flatMap(({ rule, findings }) =>
    rule.fallback
      ? findings.filter((f) => {
          const [figure] = f.facts;
          // A warning about another figure that names this one in passing (a stated change of the total)
          // does not report it.
          const others = (figure ? (byFigure.get(figure) ?? []) : []).filter(
            (o) => o.severity === 'error' || o.facts[0] === figure,
          );
          if (others.length === 0) return true;
          if (!others.every((o) => confirms(f, o))) return false;
          for (const o of others) outranked.add(o);
          return true;
        })
      : findings,
  );
  return kept.filter((f) => !outranked.has(f));
}

/** A fallback error that expects what a metric rule's warning about its figure expects. */
function confirms(fallback: CheckFinding, other: CheckFinding): boolean {
  const same = (a?: string, b?: string) => a !== undefined && b !== undefined && Number(a) === Number(b);
  return (
    fallback.severity === 'error' &&
    other.severity === 'warning' &&
    other.facts[0] === fallback.facts[0] &&
    same(fallback.expected, other.expected)
  );
}

/** The document's claim for `framework` (claims are keyed by the ids it prints: "GRI-2021" is gri-2021). */
function claimOf(document: CheckedDocument | undefined, framework: FrameworkId): { claimBasis?: ClaimBasis } {
  for (const [id, basis] of Object.entries(document?.claimBases ?? {}))
    if (id.toLowerCase() === framework && basis !== undefined) return { claimBasis: basis };
  return {};
}

/** Errors first, then warnings, then notes; within a severity, by where they are printed. */
function sortFindings(findings: readonly CheckFinding[]): CheckFinding[] {
  const rank = (f: CheckFinding) => SEVERITIES.indexOf(f.severity);
  const at = (f: CheckFinding) => f.source[0]?.line ?? f.source[0]?.page ?? Number.MAX_SAFE_INTEGER;
  return [...findings].sort((a, b) => rank(a) - rank(b) || at(a) - at(b));
}
