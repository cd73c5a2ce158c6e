import { averageImpliedRule } from './average-implied.js';
import { averageOfTotalRule } from './average-of-total.js';
import { averagePayrollRule } from './average-payroll.js';
import { averageRangeRule } from './average-range.js';
import { averageSentenceRule } from './average-sentence.js';
import { certifiedSitesRule } from './certified-sites.js';
import { fullCoverageClaimRule } from './full-coverage-claim.js';
import { gasGwpRule } from './gas-gwp-rows.js';
import { countGroupRule } from './count-group.js';
import { countPopulationRule } from './count-population.js';
import { duplicateValueRule } from './duplicate-value.js';
import { impliedCoalFactorRule } from './implied-coal-factor.js';
import { impliedGridFactorRule } from './implied-grid-factor.js';
import { injuryRateRule } from './injury-rate.js';
import { injuryRateHeadcountRule } from './injury-rate-headcount.js';
import { intensityBoundaryRule } from './intensity-boundary.js';
import { intensityDenominatorRule } from './intensity-denominator.js';
import { intensityPartRule } from './intensity-part.js';
import { intensityRowRule } from './intensity-row.js';
import { magnitudeRule } from './magnitude.js';
import { namedRowSlipRule } from './named-row-slip.js';
import { pueEnergiesRule } from './pue-energies.js';
import type { Rule } from './rule.js';
import { rowFactorRule } from './row-factor.js';
import { rowOutlierRule } from './row-outlier.js';
import { scaleSlipRule } from './scale-slip.js';
import { shareOfCountRule } from './share-of-count.js';
import { shareOfGroupRowRule } from './share-of-group-row.js';
import { shareListedPartsRule } from './share-listed-parts.js';
import { shareCombinedRowsRule } from './share-combined-rows.js';
import { shareOfTotalRule } from './share-of-total.js';
import { shareNamedRowsRule } from './share-named-rows.js';
import { shareOfNamedRowRule } from './share-of-named-row.js';
import { shareOfWhichRule } from './share-of-which.js';
import { sharePartRowRule } from './share-part-row.js';
import { shareStatedFractionRule } from './share-stated-fraction.js';
import { shareTableColumnRule } from './share-table-column.js';
import { shareTableCountsRule } from './share-table-counts.js';
import { shareTableRowRule } from './share-table-row.js';
import { sharedBaseRule } from './shared-base.js';
import { sharePartitionRule } from './share-partition.js';
import { statedChangeRule } from './stated-change.js';
import { statedFactorRule } from './stated-factor.js';
import { rowConversionRule } from './row-conversion.js';
import { statedGridFactorRule } from './stated-grid-factor.js';
import { subsetCountRule } from './subset-count.js';
import { sumBreakdownRule } from './sum-breakdown.js';
import { sumComponentsRule } from './sum-components.js';
import { sumTableColumnsRule } from './sum-table-columns.js';
import { sumTableRowsRule } from './sum-table-rows.js';
import { sumTableSharesRule } from './sum-table-shares.js';
import { turnoverBreakdownRule } from './turnover-breakdown.js';
import { yearOnYearRule } from './year-on-year.js';

/** Every consistency rule, in the order findings are listed. */
export const RULES: readonly Rule[] = [
  sumBreakdownRule,
  sumComponentsRule,
  shareOfCountRule,
  shareOfTotalRule,
  shareStatedFractionRule,
  shareOfWhichRule,
  sharePartRowRule,
  shareNamedRowsRule,
  shareOfNamedRowRule,
  shareOfGroupRowRule,
  shareListedPartsRule,
  shareCombinedRowsRule,
  sharedBaseRule,
  sharePartitionRule,
  averageOfTotalRule,
  averageRangeRule,
  averageImpliedRule,
  averageSentenceRule,
  averagePayrollRule,
  certifiedSitesRule,
  fullCoverageClaimRule,
  injuryRateRule,
  injuryRateHeadcountRule,
  subsetCountRule,
  countGroupRule,
  countPopulationRule,
  turnoverBreakdownRule,
  duplicateValueRule,
  scaleSlipRule,
  namedRowSlipRule,
  intensityDenominatorRule,
  intensityBoundaryRule,
  impliedGridFactorRule,
  impliedCoalFactorRule,
  statedFactorRule,
  gasGwpRule,
  statedGridFactorRule,
  magnitudeRule,
  yearOnYearRule,
  statedChangeRule,
  sumTableRowsRule,
  sumTableColumnsRule,
  shareTableCountsRule,
  shareTableColumnRule,
  shareTableRowRule,
  sumTableSharesRule,
  rowFactorRule,
  rowConversionRule,
  rowOutlierRule,
  intensityRowRule,
  intensityPartRule,
  pueEnergiesRule,
];
