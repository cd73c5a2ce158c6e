import { makeFinding, showNumber, whereOf, type CheckFinding } from '../finding/index.js';
import { dec, type Decimal } from '../../core/index.js';
import type { Figure } from '../precision/index.js';
import type { Rule } from './rule.js';

// The metric extraction gives a site table's share of sites a standard certifies, and a sentence's claimed
// share (all of them, or a per cent) (extract/pipeline/certification-coverage.ts: check does not import it).
const METRIC = 'management.certified_site_share';

const printedIn = (f: Figure, how: 'table' | 'text'): boolean =>
  f.fact.provenance.kind === 'document' && f.fact.provenance.extraction === how;

/** How far a claim may stand from the table's share: half its last printed place, plus the table's 0.05 rounding. */
function tolerance(claim: Figure): Decimal {
  const places =
    claim.fact.provenance.kind === 'document' ? placesIn(claim.fact.provenance.reported.value) : 0;
  return dec(5)
    .div(dec(10).pow(places + 1))
    .plus(dec('0.05'));
}

const placesIn = (printed: string | number): number => String(printed).split(/[.,]/u)[1]?.length ?? 0;

/** The claim in words: "every site (100%)" or "80% of sites". */
function claimed(claim: Figure): string {
  const share = `${showNumber(claim.value, placesIn(claim.value.toString()))}%`;
  return claim.value.eq(100) ? `every site (${share})` : `${share} of sites`;
}

/**
 * "Certified to ISO 14001 at all four plants (100% coverage)" while the site table answers no for one
 * plant under ISO 14001, or "ISO 45001 covers 80% of our sites" while it answers yes for two of three: a
 * claimed share of sites the table's yes/no cells do not give. Only the same standard in the same year is
 * compared; a warning, as a sentence may count sites the table leaves out.
 */
export const certifiedSitesRule: Rule = {
  id: 'coverage.certification',
  title: 'a claimed share of sites a standard certifies agrees with the site table',
  run(ctx) {
    const figures = ctx.facts.metric(METRIC);
    const findings: CheckFinding[] = [];
    for (const claim of figures.filter((f) => printedIn(f, 'text'))) {
      const standard = claim.fact.dims.standard;
      const tables = figures.filter(
        (f) =>
          printedIn(f, 'table') &&
          f.fact.dims.standard === standard &&
          f.fact.period.year === claim.fact.period.year,
      );
      // Two site tables of one standard may cover different sites: only a lone table is compared.
      const [table] = tables;
      if (tables.length !== 1 || !table || table.value.minus(claim.value).abs().lte(tolerance(claim)))
        continue;
      findings.push(
        makeFinding(certifiedSitesRule.id, {
          severity: 'warning',
          message:
            `${standard ?? 'A standard'} is claimed to certify ${claimed(claim)} (${whereOf(claim)}), but the ` +
            `site table (${whereOf(table)}) shows ${table.fact.label ?? 'another share'}: ${showNumber(table.value, 1)}%.`,
          figures: [claim, table],
          expected: table.value.toString(),
          actual: claim.value.toString(),
        }),
      );
    }
    return findings;
  },
};
