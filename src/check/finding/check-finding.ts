import type { Fact, Finding, Severity, SourceLocation } from '../../core/index.js';
import type { Figure } from '../precision/index.js';

/** A finding together with the facts it is about, so renderers can quote their printed text. */
export interface CheckFinding extends Finding {
  readonly facts: readonly Fact[];
}

/** What a rule reports besides its id: how serious, what to tell, which figures, expected vs actual. */
export interface FindingDraft {
  readonly severity: Severity;
  readonly message: string;
  readonly figures: readonly Figure[];
  readonly expected?: string;
  readonly actual?: string;
}

/** Builds a finding for `rule`, taking its source locations from the figures' provenance. */
export function makeFinding(rule: string, draft: FindingDraft): CheckFinding {
  const facts = draft.figures.map((f) => f.fact);
  return {
    rule,
    severity: draft.severity,
    message: draft.message,
    source: sourcesOf(facts),
    ...(draft.expected === undefined ? {} : { expected: draft.expected }),
    ...(draft.actual === undefined ? {} : { actual: draft.actual }),
    facts,
  };
}

/** Distinct document locations of the facts, in order of first mention. */
export function sourcesOf(facts: readonly Fact[]): SourceLocation[] {
  const seen = new Set<string>();
  const out: SourceLocation[] = [];
  for (const f of facts) {
    if (f.provenance.kind !== 'document') continue;
    const loc = f.provenance.location;
    const key = `${loc.line ?? ''}:${loc.page ?? ''}`;
    if (seen.has(key) || (loc.line === undefined && loc.page === undefined)) continue;
    seen.add(key);
    out.push(loc);
  }
  return out;
}

/**
 * The severity policy: an error only when the numbers cannot all be true. A figure printed with
 * "about", "over" or "+" is not a precise claim, so a rule touching one reports at most a warning.
 */
export function severityFor(wanted: Severity, figures: readonly Figure[]): Severity {
  if (wanted !== 'error') return wanted;
  return figures.every((f) => f.qualifier === 'exact') ? 'error' : 'warning';
}
