// How Polish sentences word a change between years, as fragments the patterns of change-wording.ts take
// in: "emisje spadły o 9,4% r/r", "pobór wody zmniejszył się o 3,8%", "przychody wzrosły o około 5%".
// A Polish past verb agrees with its subject's gender and number ("spadł", "spadła", "spadło", "spadły").

/** Past-tense endings of a verb after its stem: masculine, feminine, neuter, plural. */
const PAST = String.raw`(?:ł|ła|ło|ły|li)`;

/** A change verb in the past: "spadły", "wzrósł", "zmniejszyła się", "obniżyły się", "zmalało". */
export const POLISH_CHANGE_VERBS = [
  String.raw`spad${PAST}`,
  String.raw`(?:wzrósł|wzrosł[aoy]|wzrośli)`,
  String.raw`zmala${PAST}`,
  String.raw`(?:zmniejszy|zwiększy|obniży|podwyższy|ograniczy)${PAST}\s+się`,
].join('|');

/** What a Polish change is "by", with a hedge: "o", "o około", "o prawie", "o ponad". */
export const POLISH_APPROX = String.raw`(?:o\s+)(?:(?:około|ok\.|prawie|niemal|blisko|ponad)\s+)?`;

/**
 * "i" (and), "natomiast", "podczas gdy" (whereas): conjunctions that join two clauses of changes ("a" is left
 * out, as it is also the English article).
 */
export const POLISH_AND = String.raw`i|natomiast|podczas\s+gdy|zaś`;

/** "r/r", "rok do roku", "w ujęciu rocznym": the year before. */
export const POLISH_YEAR_ON_YEAR =
  /(?<![\p{L}/])(?:r\/r|rdr|rok\s+do\s+roku|w\s+ujęciu\s+rocznym)(?![\p{L}/])/iu;

/** Polish change words pointing up. */
export const POLISH_UP = /^(?:wzrósł|wzrosł[aoy]|wzrośli|(?:zwiększy|podwyższy)(?:ł|ła|ło|ły|li)\s+się)$/i;

/** Polish change words pointing down. */
export const POLISH_DOWN =
  /^(?:spad(?:ł|ła|ło|ły|li)|zmala(?:ł|ła|ło|ły|li)|(?:zmniejszy|obniży|ograniczy)(?:ł|ła|ło|ły|li)\s+się)$/i;
