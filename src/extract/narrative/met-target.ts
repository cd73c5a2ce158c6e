// "we exceeded our target of twenty hours", "met the goal set for the year": a target reached or
// missed is the yardstick of an actual figure, so it does not make the sentence forward-looking.
const MET_TARGET =
  /\b(?:exceeded|met|achieved|surpassed|beat|reached|missed|outperformed)\s+(?:(?:our|the|its|their|this|that|a|an)\s+)?(?:[\w-]+\s+){0,3}?(?:targets?|goals?)\b/gi;

/**
 * The sentence with each target it says was reached or missed blanked out, at the same length so
 * figure offsets still hold: what the year-and-basis reading (figureTime) should see.
 */
export function withoutMetTargets(sentence: string): string {
  return sentence.replace(MET_TARGET, (m) => ' '.repeat(m.length));
}
