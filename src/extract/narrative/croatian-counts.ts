/**
 * Counts in Croatian sentences: the counted noun follows its number in the case the number asks for
 * ("3 člana", "1.248 zaposlenika", "164 zaposlenika"), and what follows the noun is its predicate or a
 * qualifier in the genitive, never more of the noun. Croatian plurals do not end in -s, so its people
 * and events are listed: employees ("zaposlenik", "zaposleni", "djelatnik"), workers, persons,
 * members, suppliers, participants, trainees, volunteers, cases, injuries, complaints, meetings.
 */
export const CROATIAN_COUNTED =
  /^(?:zaposlen(?:ik|ika|ici|icima|ih|ica|ice)|djelatni(?:k|ka|ci)|radni(?:k|ka|ci)|osob[ae]|člano?va|član(?:a|ice|ica)|dobavlja(?:č|ča|či)|sudioni(?:k|ka|ci)|polazni(?:k|ka|ci)|volonter(?:a|i)|slučaj(?:a|eva)?|ozljed[ae]|pritužb[ie]|sjednic[ae])$/iu;

/** True for a Croatian counted noun as a number governs it ("zaposlenika", "članova", "slučajeva"). */
export function isCroatianCounted(word: string): boolean {
  return CROATIAN_COUNTED.test(word);
}

// "Društvo je napustilo 164 zaposlenika": the verb before the count says they left (GRI 401-1 leavers).
const LEFT_BEFORE = /(?<!\p{L})(?:napustil[oaie]|otišl[oaie])(?:\s+(?:je|su))?\s+$/iu;
// "1.284 zaposlenika prošlo je … obuku", "312 radnika završilo je osposobljavanje": people trained.
const TRAINED_AFTER =
  /^\s+(?:(?:je|su)\s+)?(?:prošl[oaie]|završil[oaie]|pohađal[oaie])\s+(?:(?:je|su)\s+)?(?:[^\s,.;:]+\s+){0,4}?(?:obuk|osposoblj|edukacij|tečaj|izobrazb)/iu;

/**
 * The name of a Croatian count of employees from the verb around it, in the catalogue's Croatian words:
 * leavers ("zaposlenici koji su napustili"), people trained ("osposobljeni zaposlenici"); undefined when
 * no such verb is printed or the noun is not staff.
 */
export function croatianMovement(noun: string, after: string, before: string): string | undefined {
  const head = noun.split(' ').pop() ?? '';
  if (!/^(?:zaposlen|djelatni)/iu.test(head)) return undefined;
  if (LEFT_BEFORE.test(before)) return 'zaposlenici koji su napustili';
  if (TRAINED_AFTER.test(after)) return 'osposobljeni zaposlenici';
  return undefined;
}
