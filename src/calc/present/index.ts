export { ROUNDING_RULE, printedDecimals, printedValue } from './rounding.js';
export { factJson, resultJson } from './fact-json.js';
export { factsTable, factsCsv } from './fact-table.js';
export { explainFact, explainMetric } from './explain.js';
