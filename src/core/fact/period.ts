/**
 * The time a fact is for. ESG facts are yearly; a fiscal year is named by the calendar year in which
 * it ends (FY2023 ending 30 June 2023 is year 2023), as the extract-output spec requires.
 */
export interface Period {
  /** The reporting year (the year the period ends). */
  readonly year: number;
  /** First day of the period (ISO date), when known. */
  readonly start?: string;
  /** Last day of the period (ISO date), when known. */
  readonly end?: string;
}

/** A calendar-year period. */
export function calendarYear(year: number): Period {
  return { year, start: `${year}-01-01`, end: `${year}-12-31` };
}
