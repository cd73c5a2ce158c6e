import type { ChangeSense } from './change-sense.js';
import type { ChangeDirection } from './stated-change.js';

/**
 * The words around a percentage in Chinese and Japanese prose that state it as a change: "同比下降",
 * "较上年减少", "较2030年增长" before it, Japanese "前年度比" before and "減少" / "増加" after it. A word
 * of sense ("较上年改善", "同比恶化", Japanese "前年度比3.1%改善") says better or worse; which way the
 * figure moved then comes from its metric (pipeline/change-sense.ts).
 */

// "同比下降", "较上年减少", "较2030年增长", "比去年同期提高了": a change against an earlier year.
const CHANGE_BEFORE =
  /(?:同比|按年|较|較|比|相比)(?:上年|上一年|去年|上年度|((?:19|20)\d{2})\s*年度?)?(?:同期)?\s*(?:(下降|减少|減少|降低|下跌|减|減)|(增长|增長|增加|上升|提高|提升|上涨|上漲|增)|(改善|优化|優化)|(恶化|惡化))(?:了)?(?:约|約)?\s*$/u;
// Japanese puts the verb after the percentage: "前年度比6.2%減少", "前年比3.1%増加しました".
const JA_CHANGE_BEFORE = /前年(?:度)?(?:同期)?比\s*$/u;
const JA_CHANGE_AFTER = /^\s*(?:の)?(?:(減少|削減|低下|減)|(増加|上昇|向上|増)|(改善)|(悪化))/u;

/** A stated change around a percentage: where its words start, the year it is against, its direction. */
export interface ChangeWords {
  readonly index: number;
  readonly since: number | undefined;
  readonly direction: ChangeDirection | ChangeSense;
}

// The way a match's groups of words name: down, up, better, else worse.
function wayOf(
  down: string | undefined,
  up: string | undefined,
  better: string | undefined,
): ChangeWords['direction'] {
  if (down !== undefined) return 'decrease';
  if (up !== undefined) return 'increase';
  return better !== undefined ? 'better' : 'worse';
}

/** The change words around a percentage, `before` and `after` it in its sentence; undefined when none. */
export function changeAround(before: string, after: string): ChangeWords | undefined {
  const zh = CHANGE_BEFORE.exec(before);
  if (zh)
    return {
      index: zh.index,
      since: zh[1] === undefined ? undefined : Number(zh[1]),
      direction: wayOf(zh[2], zh[3], zh[4]),
    };
  const ja = JA_CHANGE_BEFORE.exec(before);
  const verb = ja ? JA_CHANGE_AFTER.exec(after) : null;
  if (!ja || !verb) return undefined;
  return { index: ja.index, since: undefined, direction: wayOf(verb[1], verb[2], verb[3]) };
}
