// Extraction and check together: a sentence claims a standard certifies every site, or a share of sites,
// while the site table's yes/no cells give another share under that standard. Invented sites, standards and figures.
import { describe, expect, it } from 'vitest';
import { checkFacts } from '../src/check/index.js';
import { checkedFacts, extractDocument } from '../src/extract/index.js';
import { docFromText } from './support/doc-from-text.js';

const REPORT = (claim: string): string =>
  [
    'Operations 2033',
    '',
    'Table 3: Mills',
    'Mill        Province    Workers   Energy (GJ)   ISO 45001   ISO 50001',
    'Ostrava     North           318        41,220   Ano         Ano',
    'Brno        South           276        37,905   Ano         Ne',
    'Zlín        East            149        18,640   Ano         Ano',
    '',
    claim,
  ].join('\n');

function coverage(claim: string): [string | undefined, string | undefined, string][] {
  const facts = checkedFacts(extractDocument(docFromText(REPORT(claim)), { year: 2033 })).map((f) => f.fact);
  return checkFacts({ facts })
    .findings.filter((f) => f.rule === 'coverage.certification')
    .map((f) => [f.expected, f.actual, f.severity]);
}

describe('a claim of full certification against the site table', () => {
  it('warns when the table answers no for a site under the standard claimed', () => {
    const claim = 'All three mills are certified to ISO 50001:2018 (coverage 100%).';
    // 2 of 3 mills: 66.7%.
    expect(coverage(claim)).toEqual([['66.7', '100', 'warning']]);
  });

  it('is silent when the table certifies every site under the standard claimed', () => {
    expect(coverage('Every mill holds ISO 45001 (100% of mills).')).toEqual([]);
  });

  it('is silent when the claim names a standard the table does not', () => {
    expect(coverage('All our mills are certified to ISO 14001 (100% coverage).')).toEqual([]);
  });

  it.each([
    'All 3 mills are certified to ISO 50001.',
    'All three of our mills hold ISO 50001 certification.',
    'Alle 3 Werke sind nach ISO 50001 zertifiziert.',
    'Tous les 3 sites sont certifiés ISO 50001.',
    'Wszystkie 3 zakłady posiadają certyfikat ISO 50001.',
    'Všechny 3 závody jsou certifikovány podle ISO 50001.',
  ])('reads "all N sites" as a claim of full coverage with no share printed: %s', (claim) => {
    // 2 of 3 mills: 66.7%.
    expect(coverage(claim)).toEqual([['66.7', '100', 'warning']]);
  });

  it('reads no claim from "not all N sites" or from a count that is no "all"', () => {
    expect(coverage('Not all 3 mills are certified to ISO 50001 yet.')).toEqual([]);
    expect(coverage('2 of the 3 mills are certified to ISO 50001.')).toEqual([]);
  });

  it.each([
    ['80% of our mills are certified to ISO 50001.', '80'],
    ['ISO 50001 certification covers 33.3% of the mills.', '33.3'],
    ['80 % unserer Werke sind nach ISO 50001 zertifiziert.', '80'],
  ])('compares a share of sites with the share of yes cells: %s', (claim, actual) => {
    // 2 of 3 mills: 66.7%.
    expect(coverage(claim)).toEqual([['66.7', actual, 'warning']]);
  });

  it('is silent on a share of sites the table gives, or a share of something else', () => {
    expect(coverage('67% of our mills are certified to ISO 50001.')).toEqual([]);
    expect(coverage('Since adopting ISO 50001 the mills cut energy use by 80%.')).toEqual([]);
  });
});

// A Persian site table (بله yes, خیر no) and its claim, as the layout reader gives a right-to-left report.
const PERSIAN = (claim: string): string =>
  [
    'گزارش پایداری ۱۴۱۲',
    '',
    'جدول ۵ — گواهینامه‌های سایت‌ها',
    'سایت                 کارکنان    ISO 9001   ISO 14001',
    'کارخانه شیراز            512       بله        بله',
    'کارخانه قزوین            347       بله        خیر',
    'کارخانه رشت              288       بله        بله',
    'کارخانه ساوه             190       خیر        خیر',
    '',
    claim,
  ].join('\n');

function persianCoverage(claim: string): [string | undefined, string | undefined][] {
  const facts = checkedFacts(extractDocument(docFromText(PERSIAN(claim)), { year: 2033 })).map((f) => f.fact);
  return checkFacts({ facts })
    .findings.filter((f) => f.rule === 'coverage.certification')
    .map((f) => [f.expected, f.actual]);
}

describe('a Persian claim against a Persian site table', () => {
  it.each([
    'هر چهار کارخانه دارای گواهینامه ISO 14001 هستند.',
    'پوشش گواهینامه ISO 14001 در کارخانه‌ها 100 درصد است.',
  ])('reads "each of the N plants" and "100 درصد" as full coverage: %s', (claim) => {
    // 2 of 4 plants answer بله under ISO 14001.
    expect(persianCoverage(claim)).toEqual([['50', '100']]);
  });

  it('compares a share of plants in درصد with the share of بله cells', () => {
    expect(persianCoverage('گواهینامه ISO 9001 در 50 درصد کارخانه‌ها استقرار دارد.')).toEqual([['75', '50']]);
    expect(persianCoverage('گواهینامه ISO 9001 در 75 درصد کارخانه‌ها استقرار دارد.')).toEqual([]);
  });
});

// A site table whose certification row names the standards each site holds, in one row under the sites.
const STANDARD_ROW = (claim: string): string =>
  [
    'Operations 2033',
    '',
    'Table 2: Depots',
    '                          Harwick depot     Olsby depot       Tarn depot        Total',
    'Electricity (MWh)                 4,118             2,906             1,377        8,401',
    'Certification             ISO 45001 / 9001  ISO 9001 only*    ISO 45001 / 9001',
    '* Olsby depot: ISO 45001 audit planned for 2034.',
    '',
    claim,
  ].join('\n');

describe('a claim of full certification against a row naming each site’s standards', () => {
  const certification = (claim: string): [string | undefined, string | undefined][] =>
    checkFacts({
      facts: checkedFacts(extractDocument(docFromText(STANDARD_ROW(claim)), { year: 2033 })).map(
        (f) => f.fact,
      ),
    })
      .findings.filter((f) => f.rule === 'coverage.certification')
      .map((f) => [f.expected, f.actual]);

  it('warns when a site’s cell leaves out the standard claimed, and is silent when every cell names it', () => {
    // 2 of 3 depots name ISO 45001: 66.7%.
    expect(certification('ISO 45001 now covers all three of our depots.')).toEqual([['66.7', '100']]);
    expect(certification('ISO 9001 now covers all three of our depots.')).toEqual([]);
  });
});
