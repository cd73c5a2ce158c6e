export { toSpecOutput, toSpecFact, type SpecOutput, type SpecFact } from './spec-json.js';
export { toCsv } from './csv.js';
export { toTextTable } from './text-table.js';
