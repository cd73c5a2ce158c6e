/**
 * Regions are written `CN`, `CN-North`, `CN-Guangdong`, `HK-CLP`: a country, then a grid region,
 * province or utility. Matching ignores case, spaces and underscores so `CN-Inner Mongolia` finds
 * `CN-InnerMongolia`.
 */
export function regionKey(region: string): string {
  return region
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, '');
}

/** The region and its ancestors, most specific first, ending in `global`: cn-guangdong → cn → global. */
export function regionChain(region: string): readonly string[] {
  const key = regionKey(region);
  const chain: string[] = [];
  let current = key;
  while (current) {
    chain.push(current);
    const cut = current.lastIndexOf('-');
    current = cut > 0 ? current.slice(0, cut) : '';
  }
  if (chain.at(-1) !== 'global') chain.push('global');
  return chain;
}
