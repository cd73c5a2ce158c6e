export { statedYear, statedYears } from './stated-year.js';
export { relativeClauseYears, yearsBackOf } from './relative-year.js';
