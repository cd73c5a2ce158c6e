import type { FrameworkId } from '../../core/index.js';
import type { Actor, Store, StoredMateriality } from '../../store/index.js';
import type { MaterialityInput } from '../materiality/index.js';
import type { Explanation } from '../model/index.js';

/** What the report takes from the store besides facts: the preparer's texts, reasons and survey. */
export interface StoredDisclosures {
  /** Code → policy text, as ReportInput.narratives. */
  readonly narratives: Readonly<Record<string, string>>;
  /** Code → why it is not reported, as ReportInput.explanations. */
  readonly explanations: Readonly<Record<string, Explanation>>;
  /** The survey with its weights and thresholds; absent when none was imported. */
  readonly materiality?: MaterialityInput;
}

/** The materiality input of a stored survey, or undefined when it has no responses. */
export function materialityInputOf(stored: StoredMateriality): MaterialityInput | undefined {
  if (stored.responses.length === 0) return undefined;
  return {
    responses: stored.responses,
    weights: stored.weights,
    ...(stored.thresholds ? { thresholds: stored.thresholds } : {}),
    ...(stored.lens ? { lens: stored.lens } : {}),
    ...(stored.rule ? { rule: stored.rule } : {}),
  };
}

/** Loads a period's narratives and omission explanations for a framework, and its materiality survey. */
export async function loadStoredDisclosures(
  store: Store,
  orgId: string,
  periodId: string,
  framework: FrameworkId,
  actor: Actor,
): Promise<StoredDisclosures> {
  const [narratives, explanations, materiality] = await Promise.all([
    store.listNarratives(orgId, periodId, framework, actor),
    store.listExplanations(orgId, periodId, framework, actor),
    store.getMateriality(orgId, periodId, actor),
  ]);
  const survey = materialityInputOf(materiality);
  return {
    narratives: Object.fromEntries(narratives.map((n) => [n.code, n.text])),
    explanations: Object.fromEntries(
      explanations.map((e) => [e.code, { kind: e.kind, reason: e.reason } satisfies Explanation]),
    ),
    ...(survey ? { materiality: survey } : {}),
  };
}

/**
 * The report's texts with a config file's entries over the stored ones, code by code, and the config's
 * survey (when it names one) over the stored survey: the --config file stays an override.
 */
export function mergeDisclosures(
  stored: StoredDisclosures,
  override: {
    readonly narratives?: Readonly<Record<string, string>>;
    readonly explanations?: Readonly<Record<string, Explanation>>;
    readonly materiality?: MaterialityInput;
  },
): StoredDisclosures {
  const materiality = override.materiality ?? stored.materiality;
  return {
    narratives: { ...stored.narratives, ...override.narratives },
    explanations: { ...stored.explanations, ...override.explanations },
    ...(materiality ? { materiality } : {}),
  };
}
