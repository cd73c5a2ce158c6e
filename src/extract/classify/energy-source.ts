import type { Metric } from '../../core/index.js';

// ESRS E1-5 (AR 34) splits energy consumption into fossil, nuclear and renewable sources, and
// renewable energy into fuels, purchased energy and self-generated non-fuel energy; German statements
// word them "fossil", "Kernenergie", "erneuerbar" and "eigenerzeugt" / "Eigenstrom" (power a company
// makes itself). GRI 302-1 a/b splits fuel into non-renewable and renewable sources, and BRSR
// Principle 6 prints "From non-renewable sources" beside "From renewable sources": the negated word
// ("non-renewable", "non renewable", "nonrenewable", "nicht erneuerbar") is its own source, never the
// renewable one.
const SOURCES = [
  ['fossil', /\bfossil(?:e[nmrs]?)?\b/i],
  ['nuclear', /\bnuclear\b|\bkernenergie\b/i],
  ['non-renewable', /\bnon[- ]?renewable\b|\bnicht[- ]erneuerbar/i],
  ['renewable', /(?<!\bnon[- ]?)\brenewable\b|(?<!\bnicht[- ])\berneuerbar/i],
  ['self-generated', /\bself[- ]generated\b|\beigen(?:erzeug|strom)|\bselbst erzeugt/i],
  // BRSR's "Energy consumption through other sources (C)": the sources besides the rows above, a part.
  ['other', /\b(?:through|from)\s+other\s+sources?\b/i],
] as const;

/**
 * The energy source a row of an energy metric names ("… from fossil sources" → fossil), when the
 * metric is broken down by source and the row names one source only; the metric's own source
 * ("renewable" for renewable energy) says nothing more.
 */
export function energySource(metric: Metric | undefined, label: string): string | undefined {
  if (!metric?.dims.includes('energy_source')) return undefined;
  // "Self-generated non-fuel renewable energy" names where renewable energy came from.
  const named = SOURCES.filter(([, re]) => re.test(label) && !re.test(metric.id.replace(/_/g, ' ')));
  return named.length === 1 ? named[0]?.[0] : undefined;
}
