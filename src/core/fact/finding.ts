import type { SourceLocation } from './provenance.js';

/** How serious a check result is. */
export const SEVERITIES = ['error', 'warning', 'info'] as const;
/** One of {@link SEVERITIES}. */
export type Severity = (typeof SEVERITIES)[number];

/** A check's result over facts: which rule, how serious, what a person should know, and where. */
export interface Finding {
  /** The rule id, e.g. `sum.gender`. */
  readonly rule: string;
  readonly severity: Severity;
  readonly message: string;
  /** Where the facts involved are printed. */
  readonly source: readonly SourceLocation[];
  /** The value the rule expected, as a decimal string, when it computes one. */
  readonly expected?: string;
  /** The value found, as a decimal string. */
  readonly actual?: string;
}
