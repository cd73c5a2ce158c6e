import type { CheckFinding } from '../finding/index.js';
import type { Coverage, CoverageItem } from './coverage-types.js';

/**
 * What coverage tells a reader beyond the grid: a quantitative disclosure the index points to but
 * whose figures are nowhere (000: A1.1, A1.3, A1.4 mapped to a chapter whose notes say they are not
 * disclosed), and a mandatory disclosure that is neither reported nor explained.
 */
export function coverageFindings(coverage: Coverage): CheckFinding[] {
  const out: CheckFinding[] = [];
  for (const item of coverage.items) {
    if (item.status === 'disclosed' && item.quantitative && item.facts === 0 && item.location !== undefined) {
      out.push(
        finding(
          'coverage.no-figures',
          'info',
          `The content index points ${item.code} (${item.title}) to "${item.location}", but no figures for it were found.`,
          item,
        ),
      );
    }
    if (item.facts > 0 && (item.indexStatus === 'omitted' || item.indexStatus === 'not_applicable')) {
      out.push(
        finding(
          'coverage.figures-despite-omission',
          'info',
          `The content index marks ${item.code} (${item.title}) ${item.indexStatus === 'omitted' ? 'omitted' : 'not applicable'}, ` +
            `yet ${item.facts} figure${item.facts === 1 ? '' : 's'} for it ${item.facts === 1 ? 'was' : 'were'} found.`,
          item,
        ),
      );
    }
    if (item.status === 'missing' && item.level === 'mandatory') {
      out.push(
        finding(
          'coverage.mandatory-missing',
          'warning',
          `${item.code} (${item.title}) is mandatory under ${coverage.framework} but is neither reported nor explained.`,
          item,
        ),
      );
    }
  }
  return out;
}

function finding(
  rule: string,
  severity: CheckFinding['severity'],
  message: string,
  item: CoverageItem,
): CheckFinding {
  // A row the preparer wrote in the app has no printed line: the message names what it comes from.
  const from = item.source === undefined && item.origin ? ` (from the stored ${item.origin})` : '';
  return {
    rule,
    severity,
    message: `${message}${from}`,
    source: item.source ? [item.source] : [],
    facts: [],
  };
}
