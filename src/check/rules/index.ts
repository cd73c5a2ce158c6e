export type { MetricView, Rule, RuleContext } from './rule.js';
export { ruleContext } from './context.js';
export { catalogueMetric } from './catalogue-view.js';
export { kindFromUnit, isAdditive } from './metric-kind.js';
export { readDenominator, type Denominator } from './denominator.js';
export { RULES } from './all-rules.js';
