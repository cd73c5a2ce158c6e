import { dec, type Decimal } from '../../core/index.js';
import {
  decimalString,
  makeFinding,
  showFigure,
  showRange,
  whereOf,
  type CheckFinding,
} from '../finding/index.js';
import { midpoint, overlaps, scaleInterval, type Figure } from '../precision/index.js';
import { baseRange } from './convert-figure.js';
import type { RuleContext } from './rule.js';
import { siteGroupExpected, siteGroupRowsOf, type SiteGroupRows } from './site-group-grid-rows.js';

/**
 * Scope 2 rows of a group of sites ("Hong Kong (CLP): RV1 and HB2") that are not the sites' electricity
 * times the grid factor the report states for that grid and year. Each is a warning naming, when one
 * does, the other year's factor the figure follows: for the whole group, or for one of its sites (a site
 * left on last year's factor when the others moved on).
 */
export function siteGroupFindings(
  ctx: RuleContext,
  stated: readonly Figure[],
  reported: ReadonlySet<Figure>,
  ruleId: string,
): CheckFinding[] {
  const out: CheckFinding[] = [];
  const seen = new Set<Figure>(reported);
  for (const factor of stated) {
    const year = factor.fact.period.year;
    const rows = siteGroupRowsOf(ctx, factor, year);
    if (!rows || seen.has(rows.scope2)) continue;
    const printed = baseRange(rows.scope2);
    const want = siteGroupExpected(rows, () => factor);
    if (overlaps(want, printed)) continue;
    seen.add(rows.scope2);
    // The same grid's factors of other years: stated in the same sentence, naming the same row.
    const others = stated.filter(
      (o) =>
        o.fact.period.year !== year &&
        quoteOf(o) === quoteOf(factor) &&
        siteGroupRowsOf(ctx, o, year)?.scope2 === rows.scope2,
    );
    out.push(finding(ruleId, rows, factor, want, followedFactor(rows, factor, others, printed)));
  }
  return out;
}

/** The words saying which other year's factor the printed figure follows, or ''. */
function followedFactor(
  rows: SiteGroupRows,
  factor: Figure,
  others: readonly Figure[],
  printed: ReturnType<typeof baseRange>,
): string {
  for (const other of others) {
    const y = other.fact.period.year;
    if (
      overlaps(
        siteGroupExpected(rows, () => other),
        printed,
      )
    )
      return ` It matches the factor stated for ${y}, ${showFigure(other)}: the wrong year's factor may have been applied.`;
    // Factors printed to two decimals may let several sites fit: the one nearest the printed figure.
    const gap = (site: string) => {
      const want = siteGroupExpected(rows, (name) => (name === site ? other : factor));
      return overlaps(want, printed) ? midpoint(want).minus(midpoint(printed)).abs() : undefined;
    };
    const site = rows.sites
      .map((s) => ({ s, gap: gap(s.site) }))
      .filter((g): g is { s: (typeof rows.sites)[number]; gap: Decimal } => g.gap !== undefined)
      .sort((a, b) => a.gap.comparedTo(b.gap))[0]?.s;
    if (site)
      return ` It matches ${site.site}'s electricity at the factor stated for ${y}, ${showFigure(other)}, and the other sites' at ${factor.fact.period.year}'s: that site may have kept the wrong year's factor.`;
  }
  return '';
}

function finding(
  ruleId: string,
  rows: SiteGroupRows,
  factor: Figure,
  want: ReturnType<typeof baseRange>,
  followed: string,
): CheckFinding {
  const { scope2 } = rows;
  const year = factor.fact.period.year;
  const shown = scaleInterval(want, dec(1).div(dec(scope2.unit.toBase)));
  const sites = rows.sites
    .map((s) => `${s.site} ${showFigure(s.electricity)} (${whereOf(s.electricity)})`)
    .join(' + ');
  return makeFinding(ruleId, {
    severity: 'warning',
    message:
      `Scope 2 ${showFigure(scope2)} in ${year} (${whereOf(scope2)}) is not the electricity of the sites it names, ` +
      `${sites}, times the grid factor the report states for ${year}, ${showFigure(factor)} ` +
      `(${whereOf(factor)}): that gives ${showRange(shown, 1)} ${scope2.unit.symbol}.${followed}`,
    figures: [scope2, ...rows.sites.map((s) => s.electricity), factor],
    expected: decimalString(midpoint(shown), 1),
    actual: decimalString(scope2.value, 1),
  });
}

function quoteOf(f: Figure): string {
  return f.fact.provenance.kind === 'document' ? f.fact.provenance.quote : '';
}
