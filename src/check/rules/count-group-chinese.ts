import { foldTraditionalChinese } from '../../core/index.js';

// How Chinese reports (Simplified, and HKEX's Traditional folded to Simplified) count the staff who took
// part in something and total the staff. Used by `count.group`.

/**
 * "共6,436名雇员完成了反贪污培训", "3,120位员工参加…", "1,204名员工均已接受…": a count, its classifier
 * (名 / 位), the staff noun, then within the clause a verb of taking part.
 */
const STAFF_TOOK_PART =
  /(?<![\d.,])(\d{1,3}(?:,\d{3})+|\d+)\s*[名位]\s*(?:全体)?(雇员|员工|职工|同事)[^，。；,;!?！？]{0,12}?(?:完成|参加|参与|接受|出席|修读|受训)/gu;

/** The Chinese words for the whole staff, as a group a count names. */
export const CHINESE_STAFF = /^(?:全体)?(?:雇员|员工|职工|同事)$/u;

/** The row of a headcount table that totals the staff: "僱員總數", "员工总人数", "在职员工总数". */
const STAFF_TOTAL_ROW =
  /^\s*(?:在职)?(?:雇员|员工|职工)(?:总数|总人数|人数合计|合计)|^\s*总(?:雇员|员工|职工)人数/u;

/** Each count of staff a Chinese sentence says took part in something: the printed count and its group. */
export function chineseStaffCounts(text: string): { printed: string; group: string }[] {
  return [...foldTraditionalChinese(text).matchAll(STAFF_TOOK_PART)].map((m) => ({
    printed: m[1] ?? '',
    group: m[2] ?? '',
  }));
}

/** True for a Chinese headcount row totalling the staff. */
export function isChineseStaffTotal(label: string): boolean {
  return STAFF_TOTAL_ROW.test(foldTraditionalChinese(label));
}
