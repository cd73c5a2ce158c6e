export { statedYear, statedYears } from './stated-year.js';
