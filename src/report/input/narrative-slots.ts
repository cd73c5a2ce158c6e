import { getFramework, type FrameworkId, type FrameworkItem } from '../../core/index.js';

/**
 * The framework items a preparer writes text for: each HKEX aspect (its general disclosure, the
 * policies and compliance of ESG Guide Part C) and each GRI standard (its management approach, GRI 3-3),
 * and every disclosure that asks for a description rather than numbers.
 */
export function narrativeSlots(framework: FrameworkId): FrameworkItem[] {
  return getFramework(framework).items.filter(
    (item) =>
      item.kind === 'aspect' ||
      item.kind === 'standard' ||
      (!item.quantitative &&
        (item.kind === 'requirement' || item.kind === 'kpi' || item.kind === 'disclosure')),
  );
}

/** The requirement a narrative answers, as shown beside the editor: the catalogue's title and note. */
export function requirementText(item: FrameworkItem): string {
  return item.note === undefined ? item.title : `${item.title}. ${item.note}`;
}
