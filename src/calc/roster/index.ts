export { AGE_BANDS, ROSTER_COLUMNS, ageBand, readPerson, type AgeBand, type Person } from './person.js';
export { Tally, RowSet, tallyPerson, viewsOf } from './tally.js';
export { TURNOVER_FORMULAS, workforceFacts, trainingFacts, type TurnoverFormula } from './workforce.js';
