import type { Severity } from '../../core/index.js';

/** How a framework disclosure stands for a period (check's coverage statuses). */
export const COVERAGE_STATUSES = ['disclosed', 'explained', 'missing'] as const;
/** One of {@link COVERAGE_STATUSES}. */
export type CoverageStatus = (typeof COVERAGE_STATUSES)[number];

/** One disclosure of a framework and how the period's facts cover it. */
export interface CoverageItemJson {
  /** The framework's own code, e.g. `A1.2` or `305-1`. */
  readonly code: string;
  readonly title: string;
  readonly level: string;
  readonly status: string;
  /** Where it is disclosed, or why it is omitted. */
  readonly location: string | null;
  /** How many facts disclose it. */
  readonly facts: number;
}

/** A check's finding with the ids of the stored facts it is about. */
export interface FindingJson {
  readonly rule: string;
  readonly severity: Severity;
  readonly message: string;
  readonly expected: string | null;
  readonly actual: string | null;
  readonly factIds: readonly string[];
}

/** The result of checking a period's facts (schema `CheckResult`). */
export interface CheckResultJson {
  readonly document: { readonly company?: string; readonly reportYear?: number };
  readonly framework: string | null;
  readonly summary: { readonly errors: number; readonly warnings: number; readonly info: number };
  readonly coverage: readonly CoverageItemJson[];
  readonly findings: readonly FindingJson[];
}
