import type { CheckResult } from '../check-facts.js';
import { coverageSource } from '../coverage/index.js';

/** The JSON shape of `esg check --format json` (issue 4): document, coverage rows, findings. */
export interface CheckJson {
  readonly document: CheckResult['document'];
  readonly framework: string | null;
  readonly summary: { readonly errors: number; readonly warnings: number; readonly info: number };
  readonly coverage: readonly {
    readonly code: string;
    readonly title: string;
    readonly level: string;
    readonly status: string;
    readonly location: string | null;
    readonly facts: number;
    /** Where the answer comes from: the index row's line or page, or the stored narrative or explanation. */
    readonly source: string | null;
  }[];
  readonly findings: readonly {
    readonly rule: string;
    readonly severity: string;
    readonly message: string;
    readonly source: readonly { readonly line?: number; readonly page?: number }[];
    readonly expected: string | null;
    readonly actual: string | null;
  }[];
}

/** The check result as the JSON document the CLI and API return. */
export function toCheckJson(result: CheckResult): CheckJson {
  const count = (s: string) => result.findings.filter((f) => f.severity === s).length;
  return {
    document: result.document,
    framework: result.coverage?.framework ?? null,
    summary: { errors: count('error'), warnings: count('warning'), info: count('info') },
    coverage: (result.coverage?.items ?? []).map((i) => ({
      code: i.code,
      title: i.title,
      level: i.level,
      status: i.status,
      location: i.location ?? null,
      facts: i.facts,
      source: coverageSource(i) ?? null,
    })),
    findings: result.findings.map((f) => ({
      rule: f.rule,
      severity: f.severity,
      message: f.message,
      source: f.source.map((s) => ({
        ...(s.line === undefined ? {} : { line: s.line }),
        ...(s.page === undefined ? {} : { page: s.page }),
      })),
      expected: f.expected ?? null,
      actual: f.actual ?? null,
    })),
  };
}

/** `toCheckJson` printed with two-space indentation. */
export function renderCheckJson(result: CheckResult): string {
  return `${JSON.stringify(toCheckJson(result), null, 2)}\n`;
}
