import { findItem, getFramework, type FrameworkId } from '../../core/index.js';

/** The frameworks (catalogue ids) whose codes a report's facts carry. */
export type CodeScope = readonly FrameworkId[];

/** A metric's codes split by the report's frameworks: those it uses, and the others' equivalents. */
export interface ScopedCodes {
  /** Codes in the report's frameworks. */
  readonly codes: string[];
  /** Codes in frameworks the report does not follow: a crosswalk, used only when nothing else names the fact. */
  readonly otherCodes: string[];
}

// Which catalogue holds a code: the same few dozen codes are asked about for every fact.
const homes = new Map<string, boolean>();

function inFramework(code: string, framework: FrameworkId): boolean {
  const key = `${framework} ${code}`;
  let found = homes.get(key);
  if (found === undefined) {
    found = findItem(code, framework) !== undefined;
    homes.set(key, found);
  }
  return found;
}

/**
 * Splits codes by scope. A code belongs to the report when one of its frameworks' catalogues has it:
 * an HKEX report under the 2020 Guide does not answer the Appendix C2 climate items
 * (`HKEX:D.metrics.ghg.scope3`) even though both share the `HKEX` prefix. A code of a publisher
 * the report follows, but of another version, is neither the report's nor a crosswalk: it is dropped.
 * So a Scope 1 figure in an Appendix C2 report answers Part D only (C2 removed KPI A1.2), unless the
 * report's own index cites A1.2, which puts the 2020 Guide in scope: then it answers both.
 */
export function scopeCodes(codes: readonly string[], scope: CodeScope): ScopedCodes {
  const prefixes = new Set<string>(scope.map((f) => getFramework(f).prefix));
  const own: string[] = [];
  const other: string[] = [];
  for (const code of codes) {
    if (scope.some((f) => inFramework(code, f))) own.push(code);
    else if (!prefixes.has(code.slice(0, code.indexOf(':')))) other.push(code);
  }
  return { codes: own, otherCodes: other };
}
