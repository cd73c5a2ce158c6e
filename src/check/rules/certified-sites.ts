import { makeFinding, showNumber, whereOf, type CheckFinding } from '../finding/index.js';
import type { Figure } from '../precision/index.js';
import type { Rule } from './rule.js';

// The metric extraction gives a site table's share of sites a standard certifies, and a sentence's claim
// that it certifies all of them (extract/pipeline/certification-coverage.ts: check does not import it).
const METRIC = 'management.certified_site_share';

const printedIn = (f: Figure, how: 'table' | 'text'): boolean =>
  f.fact.provenance.kind === 'document' && f.fact.provenance.extraction === how;

/**
 * "Certified to ISO 14001 at all four plants (100% coverage)" while the site table answers no for one
 * plant under ISO 14001: a claim of full coverage the table's yes/no cells do not give. Only the same
 * standard in the same year is compared; a warning, as a sentence may count sites the table leaves out.
 */
export const certifiedSitesRule: Rule = {
  id: 'coverage.certification',
  title: 'a claim that a standard certifies every site agrees with the site table',
  run(ctx) {
    const figures = ctx.facts.metric(METRIC);
    const findings: CheckFinding[] = [];
    for (const claim of figures.filter((f) => printedIn(f, 'text') && f.value.eq(100))) {
      const standard = claim.fact.dims.standard;
      const tables = figures.filter(
        (f) =>
          printedIn(f, 'table') &&
          f.fact.dims.standard === standard &&
          f.fact.period.year === claim.fact.period.year,
      );
      // Two site tables of one standard may cover different sites: only a lone table is compared.
      const [table] = tables;
      if (tables.length !== 1 || !table || table.value.gte(100)) continue;
      findings.push(
        makeFinding(certifiedSitesRule.id, {
          severity: 'warning',
          message:
            `${standard ?? 'A standard'} is claimed to certify every site (100%, ${whereOf(claim)}), but the ` +
            `site table (${whereOf(table)}) shows ${table.fact.label ?? 'fewer sites'}: ${showNumber(table.value, 1)}%.`,
          figures: [claim, table],
          expected: table.value.toString(),
          actual: '100',
        }),
      );
    }
    return findings;
  },
};
