// Test-only fixture: a turnover table printing each year's leavers and rate side by side, the year first
// in each heading ("FY2031 leavers | FY2031 rate (%) | FY2030 leavers | FY2030 rate (%)"), under a staff
// table counting each age group. Invented staff and figures; the first age group's 2031 rate (line 8) is
// the caller's.

/** The report's text, with `youngRate` as the first age group's FY2031 turnover rate. */
export const TURNOVER = (youngRate: string): string =>
  [
    'Employees at 30 June                              Unit             FY2031      FY2030',
    '  By age group',
    '  Below 35                                          persons              430         401',
    '  35 and over                                       persons              270         262',
    '  Total employees                                   persons              700         663',
    '',
    'Employee turnover             FY2031 leavers   FY2031 rate (%)   FY2030 leavers   FY2030 rate (%)',
    `  Below 35                                  52              ${youngRate}               47              11.7`,
    '  35 and over                               21               7.8               20               7.6',
    '  Total                                     73              10.4               67              10.1',
    'Turnover rate = leavers in the year ÷ employees in the group at 30 June × 100.',
  ].join('\n');
