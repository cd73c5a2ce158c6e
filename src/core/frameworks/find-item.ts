import { listFrameworks } from './catalogue.js';
import { normaliseCode, parseQualifiedCode } from './code.js';
import type { Framework, FrameworkId, FrameworkItem } from './framework.js';

/** A catalogue entry together with the framework it was found in. */
export interface FoundItem {
  readonly framework: Framework;
  readonly item: FrameworkItem;
  /** The qualified code, e.g. `HKEX:A1.2`. */
  readonly qualified: string;
}

/**
 * The catalogue entry for a code (`HKEX:A1.2`, or any form {@link normaliseCode} reads, like "KPI A1.2"),
 * or undefined when no catalogue has it. Both HKEX catalogues use the `HKEX` prefix; the 2020 Guide is
 * searched first unless `frameworkId` picks one.
 */
export function findItem(code: string, frameworkId?: FrameworkId): FoundItem | undefined {
  const qualified = parseQualifiedCode(code) ? code : normaliseCode(code);
  const parsed = qualified === undefined ? undefined : parseQualifiedCode(qualified);
  if (qualified === undefined || parsed === undefined) return undefined;
  for (const framework of listFrameworks()) {
    if (framework.prefix !== parsed.prefix) continue;
    if (frameworkId !== undefined && framework.id !== frameworkId) continue;
    const item = framework.items.find((i) => i.code === parsed.code);
    if (item) return { framework, item, qualified };
  }
  return undefined;
}
