/**
 * Years named by their place rather than their number: "Current year | Prior year", "This year |
 * Last year", "Current Financial Year | Previous Financial Year". UK annual reports (the Companies Act
 * 2006 s.414C strategic report, its SECR tables) and SEBI's BRSR format head comparatives so; the
 * report's own period says which years they are.
 */

// The name alone, as a column header prints it.
const RELATIVE_NAME =
  /^(?:the\s+)?(current|this|reporting|prior|previous|preceding|last)\s+(?:(?:financial|fiscal|reporting)\s+)?(?:year|period)$/i;

// German reports head the comparative column "Vorjahr" (the year before; "Vj." for short, "Vorjahreswert"
// its figure) beside the report year's, which some name "Berichtsjahr" (the reporting year).
const GERMAN_NAME =
  /^(?:(vorjahr(?:es(?:wert|zeitraum))?|vj\.|vorperiode)|berichts(?:jahr|zeitraum|periode))$/i;

/**
 * The year before named in place of its number at the head of a comparative in brackets after a
 * figure ("77,3 % (Vorjahr: 75,1 %)", "(prior year: 81.2)", "(año anterior: 4,1)"): English, German,
 * Slovak, Czech, Polish, Italian, French, Spanish, Portuguese, Dutch, Romanian, Hungarian and Nordic
 * wordings. A regular-expression source with no group captures, matched case-insensitively.
 */
export const YEAR_BEFORE_NAME = [
  String.raw`(?:prior|previous|preceding|last)\s+(?:financial\s+|fiscal\s+|reporting\s+)?year|vorjahr(?:eswert)?|vj\.`,
  String.raw`(?:predchádzajúci|predošlý|minulý|předchozí|předcházející)\s+rok|rok\s+(?:wcześniej|poprzedni)|poprzedni\s+rok`,
  String.raw`(?:anno|esercizio)\s+precedente|année\s+précédente|exercice\s+précédent|(?:año|ejercicio)\s+anterior`,
  String.raw`(?:ano|exercício)\s+anterior|vorig\s+jaar|voorgaand\s+jaar|anul\s+(?:anterior|precedent)|előző\s+év`,
  String.raw`(?:föregående|foregående|forrige)\s+år|edellinen\s+vuosi`,
].join('|');

// Chinese and Japanese reports head the comparative columns "本年 | 上年 | 同比变动" (this year, last year,
// change), "本期 | 上期", "本报告期 | 上年同期", "今年 | 去年", or "当年度 | 前年度" (Japanese); a trailing
// "数" or "数据" (figure) may follow. The first group names the year before.
const CJK_NAME =
  /^(?:(上年(?:度|同期)?|上一年度?|上期|上年同期|去年(?:同期)?|前年度|前期|前一年度?)|本年度?|本期|本报告期|报告期|本報告期|報告期|今年|当年度?|當年度?|当期|當期)(?:数据?|數據?|值)?$/u;

/** How many years before the report's own a relative year name is (0 current, 1 prior), or undefined. */
export function yearsBackOf(name: string): number | undefined {
  const t = name.trim();
  const german = GERMAN_NAME.exec(t);
  if (german) return german[1] === undefined ? 0 : 1;
  const cjk = CJK_NAME.exec(t);
  if (cjk) return cjk[1] === undefined ? 0 : 1;
  const word = RELATIVE_NAME.exec(t)?.[1];
  return word === undefined ? undefined : backOf(word);
}

/** 0 for the report's own year ("current", "this"), 1 for the year before ("prior", "last"). */
function backOf(word: string): number {
  return /^(?:current|this|reporting)$/i.test(word) ? 0 : 1;
}

// A clause that opens on a relative year dates the figures after it: "Prior year factors: natural gas
// 0.18293 …", "(market-based: 8,426.4 tCO2e; prior year 10,218.6 tCO2e)", "In the current year the
// Group's emissions were …". Mid-clause ("compared with the prior year") it names a comparison, not a date.
const CLAUSE_OPENING =
  /(?:^|[;(]\s*|[.:]\s+)(?:(?:in|for|during|over)\s+)?(?:the\s+)?(current|this|reporting|prior|previous|preceding|last)\s+(?:(?:financial|fiscal|reporting)\s+)?(?:year|period)(?:['’]s)?(?![\w-]|\s+(?:end|ended|ending|on|against|to)\b)/gi;

/**
 * The years that clauses still open at the end of `text` name by opening on a relative year ("Prior
 * year factors: …"), with their offsets. A clause ends at a semicolon or at the bracket it sits in:
 * in "(prior year: £806.3m), of which £612.4m", the second figure is the report year's again.
 */
export function relativeClauseYears(text: string, reportYear: number): { year: number; index: number }[] {
  const out: { year: number; index: number }[] = [];
  for (const m of text.matchAll(CLAUSE_OPENING)) {
    const opened = m[0].trimStart().startsWith('(') ? 1 : 0;
    if (clauseEnds(text.slice(m.index + m[0].length), opened)) continue;
    out.push({ year: reportYear - backOf(m[1] ?? ''), index: m.index });
    if (out.length >= 20) break;
  }
  return out;
}

/** True when a ";" or a bracket closing the clause's own comes in `rest` (`opened`: the clause opened a bracket). */
function clauseEnds(rest: string, opened: number): boolean {
  let depth = opened;
  for (const ch of rest) {
    if (ch === '(') depth += 1;
    else if (ch === ')') depth -= 1;
    if (depth < 0 || (opened === 1 && depth === 0) || (ch === ';' && depth <= opened)) return true;
  }
  return false;
}
