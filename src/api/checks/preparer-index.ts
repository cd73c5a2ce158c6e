import {
  getFramework,
  qualify,
  type ContentIndexEntry,
  type FrameworkId,
  type FrameworkItem,
} from '../../core/index.js';
import type { Narrative, StoredExplanation } from '../../store/index.js';

/** What the location of a disclosure answered by a preparer's stored text reads in the coverage grid. */
export const NARRATIVE_LOCATION = 'narrative';

/**
 * The content index the app's report prints for what the preparer wrote in the app: a code with a
 * stored narrative is reported (in the narrative), a code with a stored omission explanation is
 * omitted or not applicable with its reason, as HKEX comply-or-explain and GRI 1 Requirement 6 ask.
 * An explanation given for an aspect or standard covers every disclosure under it, as in the report
 * (report/model/content-index.ts); a narrative for an HKEX aspect answers its general disclosure
 * (coverage maps `A1` to `A1.GD`). The entries have no printed source: they come from the store, and
 * their `origin` names the stored narrative or explanation so a reader of the check can find it.
 */
export function preparerIndex(
  framework: FrameworkId,
  narratives: readonly Narrative[],
  explanations: readonly StoredExplanation[],
): ContentIndexEntry[] {
  const { prefix, items } = getFramework(framework);
  const reported: ContentIndexEntry[] = narratives.map((n) => ({
    code: qualify(prefix, n.code),
    status: 'reported',
    location: NARRATIVE_LOCATION,
    source: {},
    origin: `narrative ${qualify(prefix, n.code)}, version ${n.version}`,
  }));
  const byCode = new Map(explanations.map((e) => [e.code, e]));
  const parents = new Map(items.map((i) => [i.code, i.parent]));
  const explained = items.flatMap((item): ContentIndexEntry[] => {
    const e = explanationFor(item, byCode, parents);
    const origin = e
      ? `${e.kind === 'omitted' ? 'omission' : 'not-applicable'} explanation ${qualify(prefix, e.code)}`
      : '';
    return e
      ? [
          {
            code: qualify(prefix, item.code),
            status: e.kind,
            location: '',
            reason: e.reason,
            source: {},
            origin,
          },
        ]
      : [];
  });
  return [...reported, ...explained];
}

/** The explanation stored for the item or its nearest enclosing item. */
function explanationFor(
  item: FrameworkItem,
  byCode: ReadonlyMap<string, StoredExplanation>,
  parents: ReadonlyMap<string, string | null>,
): StoredExplanation | undefined {
  // Catalogues are trees of a few levels; the bound only guards against a malformed parent cycle.
  let code: string | null | undefined = item.code;
  for (let depth = 0; code != null && depth < 16; depth += 1) {
    const e = byCode.get(code);
    if (e) return e;
    code = parents.get(code);
  }
  return undefined;
}
