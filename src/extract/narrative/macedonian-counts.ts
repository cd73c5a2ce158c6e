/**
 * Counts of staff in Macedonian sentences named by the verb before them: "компанијата ја напуштија 57
 * вработени" (57 employees left the company; GRI 401-1 leavers), said in the catalogue's Macedonian words
 * ("заминати вработени"), never as the headcount.
 */
const LEFT_BEFORE = /(?<!\p{L})(?:(?:ја\s+|го\s+)?напуштија|заминаа|си\s+заминаа)\s+$/iu;

/** The name of a Macedonian count of employees from the verb before it; undefined when none is printed. */
export function macedonianMovement(noun: string, before: string): string | undefined {
  const head = noun.split(' ').pop() ?? '';
  if (!/^вработен/iu.test(head)) return undefined;
  return LEFT_BEFORE.test(before) ? 'заминати вработени' : undefined;
}
