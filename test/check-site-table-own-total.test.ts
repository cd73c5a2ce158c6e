// A whole printed twice with values that disagree (a waste table's total, and the "Total" row of a table
// by site): the site table's own total row is checked against its sites, so a slip there is found even
// though no one printing of the whole can be taken. A dash in another column (a site that uses no
// energy) adds nothing to that column. Company and figures are invented.
import { describe, expect, it } from 'vitest';
import { checkFacts } from '../src/check/index.js';
import { extractDocument } from '../src/extract/index.js';
import { docFromText } from './support/doc-from-text.js';

const report = (siteTotal: string) =>
  [
    'Greenway Plastics - Sustainability Report 2025',
    '',
    'Table 5. Waste (t)',
    'Indicator                       2024        2025',
    'Hazardous waste                 120.4       131.2',
    'Non-hazardous waste           2,410.6     2,508.3',
    'Total waste generated         2,531.0     2,639.5',
    '',
    'Table 8. Indicators by site, 2025',
    'Site                Energy [MWh]     Waste [t]    Staff',
    'North plant             41,250         1,402.7      212',
    'South plant                  –         1,028.1      148',
    'Sales office             1,120           208.7       31',
    `Total                   42,370         ${siteTotal}      391`,
  ].join('\n');

const onSiteTotal = (text: string) =>
  checkFacts({ facts: extractDocument(docFromText(text)).facts.map((f) => f.fact) }).findings.filter(
    (f) => f.severity !== 'info' && f.source.some((s) => s.line === 14),
  );

describe("a site table's total row against its sites", () => {
  it('reports a total the sites miss when the whole is printed otherwise elsewhere', () => {
    const found = onSiteTotal(report('2,693.5'));
    // The sites' rows add up to 2,639.5 (the dash is a site using no energy, adding nothing), as the
    // waste table's total says: the site table's total row is the one off.
    expect(found.map((f) => f.rule)).toContain('sum.table-rows');
    expect(found[0]?.message).toContain('2,639.5');
  });

  it('says nothing when the sites add up', () => {
    expect(onSiteTotal(report('2,639.5'))).toEqual([]);
  });
});
