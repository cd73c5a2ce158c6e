// "97 employees left the Group", "45 staff joined us", "the 174 employees who left": the verb, not the noun, says what a count of
// people is. GRI 401-1 asks for new hires and turnover apart from the headcount (GRI 2-7), so such a
// count is named the way the catalogue names leavers and hires, never as a headcount.
const PEOPLE = /^(?:employees|staff|personnel|workers|people|persons|colleagues)$/i;
const LEFT = /^\s+(?:who\s+)?(?:have\s+|had\s+)?(?:left|resigned|quit|departed|retired)\b/i;
const JOINED =
  /^\s+(?:who\s+)?(?:have\s+|had\s+)?(?:joined|were\s+(?:newly\s+)?(?:hired|recruited|employed))\b/i;

// "52 employees took parental leave", "49 of them returned to work": GRI 401-3 counts people by what
// they did, so the verb and its object name the count (parental leave taken, returned to work).
const TOOK_LEAVE =
  /^\s+(?:have\s+|had\s+)?((?:took|taken|went on|returned (?:from|after))\b[^,;:.()]{0,50}?\bleave|returned to work(?:\s+after\b[^,;:.()]{0,40}?\bleave)?)\b/i;

// "2,400 employees were trained", "3,126 staff received training": GRI 404-1 / HKEX B3.1 count the people
// trained, which is not the headcount.
const TRAINED =
  /^\s+(?:have\s+|had\s+)?(?:(?:were|was|have\s+been|had\s+been)\s+trained|(?:received|attended|completed|took\s+part\s+in|participated\s+in|joined)\s+(?:(?:\w+\s+){0,3}?)(?:training|courses?|learning))\b/i;
// "1,420 employees received 52,300 hours of training": the hours received stand between the verb and
// "training". "Our 1,870 employees completed 40,766 hours of training" still names the whole workforce.
const TRAINED_HOURS =
  /^\s+(?:received|attended|completed|logged)\s+(?:a\s+total\s+of\s+)?[\d.,]+\s+(?:\w+\s+){0,2}?(?:hours?|h)\s+of\s+(?:\w+\s+)?training\b/i;
const WHOLE_WORKFORCE = /\b(?:our|all|its|their)\s+$/i;

// "318 employees volunteered 2,544 hours": people who volunteered are volunteers (HKEX B8.2), not the headcount.
const VOLUNTEERED =
  /^\s+(?:have\s+|had\s+)?(?:volunteered|(?:took\s+part|participated|joined|engaged)\s+in\s+(?:\w+\s+){0,2}?volunteer)/i;
const TRAINED_BEFORE =
  /\b(?:trained|provided\s+training\s+(?:to|for)|training\s+(?:covered|reached))\s+(?:a\s+total\s+of\s+|about\s+|around\s+|over\s+|more\s+than\s+|nearly\s+|some\s+|all\s+)?$/i;

/**
 * The name of a count of people from the verb after it: "employees who left" for leavers, "new
 * employees" for hires, "employees trained", "employee volunteers", "employees who took parental leave"; `noun` itself when no
 * such verb follows. `before` is the text before the number ("we trained 3,126 employees").
 */
export function movementNoun(noun: string, after: string, before = ''): string {
  const head = noun.split(' ').pop() ?? '';
  if (!PEOPLE.test(head)) return noun;
  if (LEFT.test(after)) return `${noun} who left`;
  if (TRAINED.test(after) || TRAINED_BEFORE.test(before)) return `${noun} trained`;
  if (TRAINED_HOURS.test(after) && !WHOLE_WORKFORCE.test(before)) return `${noun} trained`;
  if (VOLUNTEERED.test(after)) return `${noun.replace(/(?<=e)s$/, '')} volunteers`;
  if (JOINED.test(after) && !/^new\b/i.test(noun)) return `new ${noun}`;
  const leave = TOOK_LEAVE.exec(after)?.[1];
  if (leave !== undefined) return `${noun} who ${leave.replace(/\s+/g, ' ')}`;
  return noun;
}
