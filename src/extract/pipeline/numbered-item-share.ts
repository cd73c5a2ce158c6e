import type { ClassifiedMention } from '../classify/index.js';

/**
 * SASB accounting metrics list their parts as numbered items of one code: "(1) Hazardous waste from
 * manufacturing", then "(2) percentage recycled" (TC-SC-150a.1, RT-CH-150a.1). The later item's
 * share is a share of the first item's amount, which its own words leave out: a waste recycling rate
 * under a first item of one waste type is that type's rate, and one under a first item that is no
 * waste at all (water withdrawn) is no waste rate.
 */

// "(2) percentage recycled", "(ii) share recycled": a numbered item whose words are a share and no subject.
const LATER_ITEM = /^\s*\(\s*(?:[2-9]|ii|iii|iv|[b-e])\s*\)\s*(?:percentage|percent|share|proportion|%)\b/i;
const FIRST_ITEM = /^\s*\(\s*(?:1|i|a)\s*\)\s*\S/i;
// The first item sits on one of the few lines above (a wrapped item takes two).
const MAX_LINES_BETWEEN = 4;
const TYPE_OF: Readonly<Record<string, string>> = {
  'waste.hazardous': 'hazardous',
  'waste.non_hazardous': 'non-hazardous',
};

/** The list with each later numbered item's waste recycling rate read as a share of its first item. */
export function numberedItemShares(list: readonly ClassifiedMention[]): ClassifiedMention[] {
  const firsts = list.filter((f) => FIRST_ITEM.test(f.mention.label));
  return list.map((c) => {
    const m = c.mention;
    if (c.metric?.id !== 'waste.recycling_rate' || c.dims.waste_type !== undefined) return c;
    if (!LATER_ITEM.test(m.label)) return c;
    // The nearest first item above: a list of codes prints one "(1)" per code.
    const first = firsts
      .filter(
        (f) =>
          f.mention.line < m.line &&
          m.line - f.mention.line <= MAX_LINES_BETWEEN &&
          f.mention.page === m.page,
      )
      .sort((a, b) => b.mention.line - a.mention.line)[0];
    const id = first?.metric?.id;
    if (id === undefined) return c;
    const type = TYPE_OF[id];
    if (type !== undefined) return { ...c, dims: { ...c.dims, waste_type: type } };
    if (id.startsWith('waste.')) return c;
    // "(1) Total water withdrawn … (2) percentage recycled": a share of water, not of waste.
    return { mention: m, phrase: '', dims: c.dims, codes: [], otherCodes: [], quantity: c.quantity };
  });
}
