// A line of rule characters only: dashes, equals signs, underscores, box-drawing lines ("-----",
// "=====", "─────", "+-----+-----+").
const RULE_LINE = /^\s*[-–—=_─━═+|]{3,}\s*$/;

/** True for a rule printed under or between a plain-text table's rows: it carries no cells. */
export function isRuleLine(text: string): boolean {
  return RULE_LINE.test(text);
}
