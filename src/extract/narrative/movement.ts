// "97 employees left the Group", "45 staff joined us": the verb, not the noun, says what a count of
// people is. GRI 401-1 asks for new hires and turnover apart from the headcount (GRI 2-7), so such a
// count is named the way the catalogue names leavers and hires, never as a headcount.
const PEOPLE = /^(?:employees|staff|personnel|workers|people|persons|colleagues)$/i;
const LEFT = /^\s+(?:have\s+|had\s+)?(?:left|resigned|quit|departed|retired)\b/i;
const JOINED = /^\s+(?:have\s+|had\s+)?(?:joined|were\s+(?:newly\s+)?(?:hired|recruited|employed))\b/i;

/**
 * The name of a count of people from the verb after it: "employees who left" for leavers, "new
 * employees" for hires; `noun` itself when no movement verb follows.
 */
export function movementNoun(noun: string, after: string): string {
  const head = noun.split(' ').pop() ?? '';
  if (!PEOPLE.test(head)) return noun;
  if (LEFT.test(after)) return `${noun} who left`;
  if (JOINED.test(after) && !/^new\b/i.test(noun)) return `new ${noun}`;
  return noun;
}
