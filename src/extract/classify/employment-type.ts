import { croatianEmployment, croatianRowEmployment } from './croatian-dims.js';
import { greekCyrillicEmployment } from './greek-cyrillic-dims.js';
import { japaneseEmployment } from './japanese-dims.js';
import { polishEmployment } from './polish-employment.js';

// The employment type (GRI 2-7, ESRS S1-6: permanent, temporary, full-time, part-time) a label or a
// sentence names, in English and the home languages esgkit reads.

/**
 * The employment type a lower-cased label names ("permanent", "part-time", "fixed term"), or undefined.
 * A sentence (`row` false) is read without what its whole includes.
 */
export function employmentTypeOf(l: string, row: boolean): string | undefined {
  // "Workers, including contract workers, worked …": what a sentence's whole includes does not narrow
  // it (a table's row "Including: contract" is a part of the row above, and is read as one).
  // "Employees and contractors" together are the whole workforce, no one type of it.
  const own = row ? l : l.replace(INCLUDED, ' ');
  return BOTH_GROUPS.test(l)
    ? undefined
    : (notPermanent(own) ??
        (row ? seasonal(l) : undefined) ??
        romanceContractTerm(l) ??
        singular(EMPLOYMENT_TYPE.exec(own)?.[1]) ??
        germanEmployment(l) ??
        balticEmployment(l) ??
        croatianEmployment(l) ??
        polishEmployment(l) ??
        japaneseEmployment(l) ??
        // Russian "постоянно" (constantly) and "временно" (for now) are prose words: tables only.
        (row ? (greekCyrillicEmployment(l) ?? croatianRowEmployment(l)) : undefined));
}

/** Whether a lower-cased label holds an English employment-type word ("contractors", "interns"). */
export function namesEmploymentType(l: string): boolean {
  return EMPLOYMENT_TYPE.test(l);
}

// A column "Contractors" and a sentence's "contractor LTIFR" name one group (GRI 403-9 b's workers who
// are not employees): one value, so the group's rate pairs with its injuries and hours.
function singular(word: string | undefined): string | undefined {
  return word === 'contractors' ? 'contractor' : word;
}

const INCLUDED = /\b(?:including|inclusive of)\s+[^,;:()]*/g;

// "Casual" (daily-paid workers hired without a contract term: Indonesia's harian lepas, Australia's
// and Malaysia's casual employees) is an employment type beside permanent and fixed-term, so the three
// add up to the headcount.
const BOTH_GROUPS = /\b(?:employees|staff)\s+(?:and|&)\s+(?:sub)?contractors\b/;
const EMPLOYMENT_TYPE =
  /\b(full[- ]time|part[- ]time|permanent|temporary|fixed[- ]term|casual|non[- ]guaranteed hours|contract(?:ed|ors?|ual)?|interns?|dispatched)\b/;
// SEBI's BRSR counts "Other than Permanent" employees and workers (temporary, contractual and casual)
// beside the permanent ones; "non-permanent" says the same. Either is the type that is not permanent.
const NOT_PERMANENT = /\b(?:other\s+than|non)[- ]?permanent\b/;

function notPermanent(l: string): string | undefined {
  return NOT_PERMANENT.test(l) ? 'temporary' : undefined;
}

// Seasonal workers (a harvest's or a peak season's hands: English "seasonal", Macedonian and Serbian
// "сезонски", Croatian and Bosnian "sezonski") are hired for a term, so temporary (GRI 2-7) and no part
// of the year-end headcount of permanent staff beside them. Rows only: prose's "seasonal" is often the
// weather's or the demand's.
const SEASONAL = /\bseasonal\b|(?<!\p{L})(?:сезонск|sezonsk)\p{L}*/u;

function seasonal(l: string): string | undefined {
  return SEASONAL.test(l) ? 'temporary' : undefined;
}

// Contracts of open-ended term (permanent) and of fixed term: Romanian "pe durată / perioadă nedeterminată"
// and "determinată" (Codul muncii art. 12 and 82), Portuguese "prazo indeterminado" / "determinado" (CLT
// art. 443), Spanish "tiempo / plazo indeterminado" / "determinado" (Mexico's Ley Federal del Trabajo art. 35).
const ROMANCE_TERM =
  /(?:durat[aă]|perioad[aă])\s+(ne)?determinat[aă]|(?:prazo|tempo|tiempo|plazo)\s+(in)?determinado/;

function romanceContractTerm(l: string): string | undefined {
  const m = ROMANCE_TERM.exec(l);
  return m ? (m[1] || m[2] ? 'permanent' : 'fixed term') : undefined;
}

// German contract and working-time types: "unbefristet" (permanent), "befristet" (fixed-term, ESRS S1-6's
// temporary employees), "Teilzeit", "Vollzeit"; whole words ("befristete", "Teilzeitkräfte"), so
// "unbefristet" is never "befristet" and "Vollzeitäquivalente" (FTE) no working time.
const GERMAN_EMPLOYMENT: Readonly<Record<string, string>> = {
  unbefristet: 'permanent',
  befristet: 'temporary',
  teilzeit: 'part-time',
  vollzeit: 'full-time',
};
const GERMAN_EMPLOYMENT_WORD =
  /(?<!\p{L})(unbefristet|befristet|teilzeit|vollzeit)(?:e[nrs]?|besch(?:ä|ae)ftigte[n]?|kr(?:ä|ae)fte|mitarbeiter|mitarbeitende[n]?)?(?!\p{L})/u;
// Norwegian and Danish "fast ansatte" / "fastansatte", "midlertidig(e) ansatte".
const NORDIC_EMPLOYMENT: Readonly<Record<string, string>> = {
  fast: 'permanent',
  faste: 'permanent',
  midlertidig: 'temporary',
  midlertidige: 'temporary',
  midlertidigt: 'temporary',
};
const NORDIC_EMPLOYMENT_WORD =
  /(?<!\p{L})(fast|faste|midlertidig|midlertidige|midlertidigt)\s*ansatte(?!\p{L})/u;

// Finnish contract and working-time types: "vakituinen" / "vakinainen" (permanent), "määräaikainen"
// (fixed-term, Työsopimuslaki 1:3; ESRS S1-6's temporary employees),
// "osa-aikainen", "kokoaikainen"; the stem at a word's start with any ending ("vakituiset", "määräaikaisia").
const FINNISH_EMPLOYMENT: Readonly<Record<string, string>> = {
  vakitui: 'permanent',
  vakinai: 'permanent',
  määräaikai: 'temporary',
  'osa-aikai': 'part-time',
  kokoaikai: 'full-time',
};
const FINNISH_EMPLOYMENT_WORD = /(?<!\p{L})(vakitui|vakinai|määräaikai|osa-aikai|kokoaikai)\p{L}*/u;

// Latvian "pastāvīgie" / "pastāvīgais" (permanent), "pagaidu" (temporary), "uz noteiktu laiku" (fixed-term),
// "nepilna laika" (part-time), and Lithuanian "nuolatiniai" (permanent), "laikinieji" (temporary): the
// stem at a word's start with any ending.
const BALTIC_EMPLOYMENT_WORD =
  /(?<!\p{L})(?:(pastāvīg|nuolatin)\p{L}*|(pagaidu|laikin\p{L}*|uz\s+noteiktu\s+laiku)|(nepilna\s+laika))(?!\p{L})/u;

function balticEmployment(l: string): string | undefined {
  const m = BALTIC_EMPLOYMENT_WORD.exec(l);
  return m?.[1] ? 'permanent' : m?.[2] ? 'temporary' : m?.[3] ? 'part-time' : undefined;
}

function germanEmployment(l: string): string | undefined {
  const word = GERMAN_EMPLOYMENT_WORD.exec(l)?.[1];
  if (word !== undefined) return GERMAN_EMPLOYMENT[word];
  const nordic = NORDIC_EMPLOYMENT_WORD.exec(l)?.[1];
  if (nordic !== undefined) return NORDIC_EMPLOYMENT[nordic];
  const finnish = FINNISH_EMPLOYMENT_WORD.exec(l)?.[1];
  return finnish === undefined ? undefined : FINNISH_EMPLOYMENT[finnish];
}
