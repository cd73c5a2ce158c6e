import type { NamedBefore } from './named-before.js';

// A gas's name as reports print it before or after its GWP: words and formulas ("nitrous oxide", "N2O",
// "SF6"), refrigerant and HFC codes ("R-410A", "HFC-134a") and anaesthetic names ("desflurane").
const GAS = String.raw`((?:[\p{L}][\p{L}\p{N}₂₄₆]*(?:[-\s][\p{L}\p{N}₂₄₆]+){0,2}))`;

// "GWP of nitrous oxide 273, of desflurane 2,590 and of R-410A 2,088", "global warming potential for
// methane: 28": a GWP named first, then each gas with "of" or "for" before its number (a list may go on
// past the figures before, which the reach bounds).
const GWP_THEN_GAS = new RegExp(
  String.raw`\b(?:GWPs?|global\s+warming\s+potentials?)(?:100)?\b[^.;]{0,100}?\b(?:of|for)\s+${GAS}\s*(?:is|was|=|:|at)?\s*$`,
  'iu',
);

// "N2O (GWP 265)", "SF6, GWP = 23,500", "methane with a GWP of 28": the gas first, the GWP right after.
const GAS_THEN_GWP = new RegExp(
  String.raw`${GAS}\s*[(,]?\s*(?:(?:with|at)\s+an?\s+)?(?:100-year\s+)?\b(?:GWP|global\s+warming\s+potential)(?:100)?\s*(?:of|=|:|is)?\s*$`,
  'iu',
);

// A GWP is tonnes of CO2 equivalent per tonne of the gas (IPCC AR6 WG1 7.6.1.1): the unit the check
// multiplies a gas's mass by.
const GWP_UNIT = 'tCO2e/t';

// What after the number gives it its own unit or noun ("GWP of 28 years", "for methane 12%").
const OWN_UNIT_AFTER = /^\s?(?:%|per\s*cent|years?|times)\b/i;

/**
 * A GWP the report states for a gas, read as that gas's factor in tCO2e per tonne: "GWP of nitrous
 * oxide 273" says each tonne of N2O is 273 tCO2e, so the check can hold the gas's rows to it.
 */
export const NAMED_GWP: readonly NamedBefore[] = [GWP_THEN_GAS, GAS_THEN_GWP].map((words) => ({
  words,
  reach: 160,
  unit: GWP_UNIT,
  measured: true,
  notBefore: OWN_UNIT_AFTER,
  namesFigure: true,
}));
