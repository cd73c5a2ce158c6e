/**
 * Breakdowns Japanese tables word in their own language: the Scope 2 method as the GHG Protocol's
 * Japanese edition and the Ministry of the Environment's guidelines name it, "ロケーション基準" /
 * "マーケット基準" (also "…ベース", "…手法"); and the employment type, "正社員" / "正規雇用" (regular,
 * open-ended: permanent), "非正規" / "契約社員" / "有期雇用" / "嘱託" / "臨時" (fixed-term: temporary) and
 * "パートタイム" / "短時間" (part-time), as the Labour Contract Act (労働契約法 art. 17-18) and the
 * Part-Time and Fixed-Term Employment Act distinguish them.
 */

const METHOD = /(ロケーション|マーケット)(?:基準|ベース|手法)/u;

// A row the table reader names by its measure and boundary cells ("購入電力 単体"): 単体 (also 個別) is
// the parent company alone, as the Companies Act's consolidated and non-consolidated statements divide
// a Japanese group (see table/boundary-cell.ts).
const PARENT_ALONE = /(?:^|\s)(?:単体|個別)$/u;

/** The Scope 2 method a Japanese label names ("スコープ2（マーケット基準）"); undefined when none. */
export function japaneseMethod(l: string): 'location' | 'market' | undefined {
  const m = METHOD.exec(l)?.[1];
  if (m === undefined) return undefined;
  return m === 'ロケーション' ? 'location' : 'market';
}

const TEMPORARY = /非正規|契約社員|有期雇用|嘱託|臨時/u;
const PART_TIME = /パートタイム|短時間(?:労働者|社員)/u;
const PERMANENT = /正社員|正規(?:雇用|社員|従業員)/u;

/** The employment type a Japanese label names ("うち正社員", "契約社員"); undefined when none. */
export function japaneseEmployment(l: string): string | undefined {
  if (TEMPORARY.test(l)) return 'temporary';
  if (PART_TIME.test(l)) return 'part-time';
  return PERMANENT.test(l) ? 'permanent' : undefined;
}

/**
 * The boundary a Japanese row label closes on: `単体` for the parent company alone; the consolidated
 * group (連結) is the report's whole and gives none.
 */
export function japaneseBoundary(l: string): string | undefined {
  return PARENT_ALONE.test(l.trim()) ? '単体' : undefined;
}
