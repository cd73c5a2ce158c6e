export { statedYear, statedYears } from './stated-year.js';
export { relativeClauseYears, yearsBackOf, YEAR_BEFORE_NAME } from './relative-year.js';
