import { dec, foldTraditionalChinese, type Decimal } from '../../core/index.js';
import type { Figure } from '../precision/index.js';

/**
 * "per million hours worked", "per 1,000,000 man-hours", "/200,000 hrs", "per 200k hours": the number of
 * hours a frequency rate is per. The hours word is required, so "per million" of revenue never counts.
 */
const PER_HOURS =
  /(?:\bper|\/)\s*(one\s+million|1\s*million|million|mn|\d[\d,\s]*\d|\d)\s*(k\b)?\s*(?:man[- ]?|person[- ]?|working\s+|work\s+|employee\s+|labou?r\s+)?(?:hours|hrs|hr|h|mh|hh)\b/i;

/**
 * "por 1 milhão HHT" (horas-homem trabalhadas), "por millón de horas trabajadas", "por cada 1.000.000 HH",
 * "par million d'heures travaillées": the base as Portuguese, Spanish and French reports print it.
 */
const PER_HOURS_ROMANCE =
  /\b(?:por|par)\s+(?:cada\s+)?(?:(?:um|un|uno|une|1)\s+)?(milh[ãa]o|mill[óo]n|million|\d{1,3}(?:[.,\s]\d{3})+)\s+(?:de\s+|d['’]\s*)?(?:horas|heures|hht?\b)/i;

/**
 * "pro 1.000.000 Arbeitsstunden", "je 1 Mio. geleistete Arbeitsstunden", "pro Million Stunden": the base as
 * German reports print it.
 */
const PER_HOURS_GERMAN =
  /(?<!\p{L})(?:pro|je)\s+(?:(?:eine|einer|1)\s+)?(millionen|million|mio\.?|\d{1,3}(?:[.,\s]\d{3})+)\s+(?:geleistete[n]?\s+|gearbeitete[n]?\s+)?(?:arbeitsstunden|stunden|std\.)/iu;

/** "百万工时" (per million working hours), as mainland reports print LTIFR's base. */
const MILLION_WORK_HOURS_ZH = /百万(?:工时|工作小时|人工时)/;
/** "每200,000工作小时", "每20万工时" (Traditional folded to Simplified): the base printed in digits. */
const PER_WORK_HOURS_ZH = /每\s*(\d{1,3}(?:,\d{3})+|\d+)\s*(万)?\s*(?:个)?(?:工作小时|工时|人工时|工作时数)/u;

/**
 * "per 100 employees", "per 1,000 workers", "je 1.000 Beschäftigte", Polish "na 1 000 zatrudnionych" (the
 * GUS accident frequency rate): a rate of headcount, not of hours worked.
 */
const PER_HEADCOUNT =
  /(?:\bper|\/)\s*[\d,]+\s*(?:full[- ]time\s+)?(?:employees|workers|persons|people|staff|fte)\b|每(?:百|千)(?:名)?(?:员工|人)|(?<!\p{L})(?:pro|je)\s+[\d.,]+\s*(?:vollzeit)?(?:beschäftigte|mitarbeitende|mitarbeiter|versicherte)|(?<!\p{L})na\s+\d[\d.,\s]*(?:zatrudnionych|pracowników|osób\s+zatrudnionych)/iu;

// The number of people a rate is per, as PER_HEADCOUNT prints it: "per 1,000 employees", "na 1 000
// zatrudnionych", "je 1.000 Beschäftigte"; "每千名员工" is per thousand, "每百名员工" per hundred.
const HEADCOUNT_BASE =
  /(?:\bper|\/|(?<!\p{L})(?:pro|je|na))\s*(\d{1,3}(?:[.,\s]\d{3})+|\d+)\s*(?:full[- ]time\s+)?(?:employees|workers|persons|people|staff|fte|vollzeit|beschäftigte|mitarbeitende|mitarbeiter|versicherte|zatrudnionych|pracowników|osób)/iu;
const HEADCOUNT_BASE_ZH = /每(百|千)(?:名)?(?:员工|人)/u;

/**
 * The number of people a rate printed per headcount is per (1,000 for "per 1,000 employees", the GUS
 * accident frequency rate's "na 1 000 zatrudnionych"); undefined when its words print none.
 */
export function headcountBase(rate: Figure): Decimal | undefined {
  for (const text of textsOf(rate)) {
    if (!PER_HEADCOUNT.test(text)) continue;
    const zh = HEADCOUNT_BASE_ZH.exec(foldTraditionalChinese(text))?.[1];
    if (zh !== undefined) return dec(zh === '百' ? 100 : 1000);
    const digits = HEADCOUNT_BASE.exec(text)?.[1]?.replace(/[.,\s]/g, '');
    // A base is a round number of people (100, 1,000, 10,000); "per 7 employees" is something else.
    if (digits !== undefined && /^10{2,}$/.test(digits)) return dec(digits);
  }
  return undefined;
}

/** True when a rate's words say it is per a number of people (HKEX B2.1 style), not per hours worked. */
export function perHeadcount(rate: Figure): boolean {
  return textsOf(rate).some((t) => PER_HEADCOUNT.test(t));
}

/**
 * The base in hours a printed injury rate says it is per, read from its denominator dim, label, printed
 * unit and source text; undefined when none is printed (GRI 403-9 lets the reporter choose 200,000 or
 * 1,000,000 hours, so the rule then tries both).
 */
export function printedRateBase(rate: Figure): Decimal | undefined {
  for (const text of textsOf(rate)) {
    const base = baseIn(text);
    if (base) return base;
  }
  return undefined;
}

/** Where a rate prints what it is per: its denominator dim, its label, its unit and its source text. */
function textsOf(rate: Figure): string[] {
  const p = rate.fact.provenance;
  return [
    rate.fact.dims.denominator ?? '',
    rate.fact.label ?? '',
    p.kind === 'document' ? `${p.reported.unit} ${p.quote}` : '',
  ];
}

/** The hours a text says a rate is per, or undefined. */
export function baseIn(text: string): Decimal | undefined {
  if (MILLION_WORK_HOURS_ZH.test(text)) return dec(1_000_000);
  const zh = PER_WORK_HOURS_ZH.exec(foldTraditionalChinese(text));
  if (zh?.[1] !== undefined) {
    const base = dec(zh[1].replace(/,/g, '')).times(zh[2] === undefined ? 1 : 10_000);
    if (base.gte(1000)) return base;
  }
  const romance = (PER_HOURS_ROMANCE.exec(text) ?? PER_HOURS_GERMAN.exec(text))?.[1]?.replace(/[.,\s]/g, '');
  if (romance !== undefined) return /^\d+$/.test(romance) ? dec(romance) : dec(1_000_000);
  const m = PER_HOURS.exec(text);
  const n = m?.[1]?.toLowerCase().replace(/[,\s]/g, '');
  if (n === undefined) return undefined;
  if (/million|mn$/.test(n)) return dec(1_000_000);
  const value = dec(n).times(m?.[2] ? 1000 : 1);
  // A base is a round number of hours (100,000; 200,000; 1,000,000); a lone "1" or "8" is something else.
  return value.gte(1000) ? value : undefined;
}
