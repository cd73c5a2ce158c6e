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

/**
 * What a narrative answers, as shown beside the editor, from the catalogue's own words (its titles are
 * paraphrases; the standards' text is copyrighted): an aspect's general disclosure and the KPIs under
 * it, a standard's disclosures, or the item's title, each with the catalogue's note when it has one.
 */
export function requirementText(framework: FrameworkId, item: FrameworkItem): string {
  const items = getFramework(framework).items;
  const children = items.filter((c) => c.parent === item.code);
  const note = item.note === undefined ? '' : ` ${item.note}`;
  if (item.kind === 'aspect') {
    const gd = children.find((c) => c.kind === 'general_disclosure');
    const kpis = children.filter((c) => c.kind === 'kpi').map((c) => `${c.code} ${c.title}`);
    const general = gd ? `General disclosure: ${gd.title}.` : `${item.title}.`;
    return `${general}${kpis.length > 0 ? ` KPIs: ${kpis.join('; ')}.` : ''}${note}`;
  }
  if (item.kind === 'standard' && children.length > 0)
    return `${item.title}. Disclosures: ${children.map((c) => `${c.code} ${c.title}`).join('; ')}.${note}`;
  return `${item.title}.${note}`;
}
