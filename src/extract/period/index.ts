export { statedYear, statedYears } from './stated-year.js';
export { yearsBackOf } from './relative-year.js';
