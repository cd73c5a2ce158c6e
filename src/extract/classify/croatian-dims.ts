/**
 * Breakdowns Croatian tables word in their own language (ESRS S1-6 and E1-6 as the Croatian
 * translation of the ESRS words them): contracts "na neodređeno vrijeme" (open-ended: permanent) and
 * "na određeno vrijeme" (fixed-term: temporary), Zakon o radu čl. 11 and 12; working time "puno radno
 * vrijeme" (full-time) and "nepuno radno vrijeme" (part-time), in the nominative or as "s punim radnim
 * vremenom"; and the Scope 2 method, "lokacijska metoda" or "tržišna metoda" ("metoda temeljena na
 * lokaciji / tržištu"). Labels arrive lowercased.
 */

// "Na neodređeno" alone (the time word left out, as headcount rows often do) says the same.
const CONTRACT = /(?<!\p{L})(?:(ne)?određen(?:o|im)\s+vr(?:ij)?eme(?:nom)?|na\s+(ne)?određeno)(?!\p{L})/u;
// Serbian prints the same words in Cyrillic ("на неодређено време") and, in Latin, "vreme" (ekavian).
const CONTRACT_CYRILLIC = /(?<!\p{L})(?:(не)?одређен(?:о|им)\s+времен?(?:ом)?|на\s+(не)?одређено)(?!\p{L})/u;
// Estonian "tähtajatu" (open-ended) and "tähtajaline leping"; Latvian "beztermiņa" and "terminēts" or
// "noteikta laika" (fixed-term); Lithuanian "neterminuota" and "terminuota sutartis".
const CONTRACT_BALTIC =
  /(?<!\p{L})(?:(tähtajatu|beztermiņa|neterminuot)|tähtajali|terminēt|noteikta\s+laika|terminuot)\p{L}*/u;
const WORKING_TIME = /(?<!\p{L})(ne)?pun(?:o|im)\s+radn(?:o|im)\s+(?:vrijeme|vremenom)(?!\p{L})/u;

/** The employment type a Croatian, Serbian or Baltic label names, as ESRS S1-6 counts it; undefined when none. */
export function croatianEmployment(l: string): string | undefined {
  const contract = CONTRACT.exec(l) ?? CONTRACT_CYRILLIC.exec(l) ?? CONTRACT_BALTIC.exec(l);
  if (contract) return contract[1] || contract[2] ? 'permanent' : 'temporary';
  const time = WORKING_TIME.exec(l);
  if (time) return time[1] ? 'part-time' : 'full-time';
  return undefined;
}

// "Stalni zaposlenici", "stalno zaposleni" (permanent staff) in Croatian, Bosnian, Serbian and Montenegrin
// rows; prose's "stalni rast" is constant growth, so rows only.
const STAFF_PERMANENT = /(?<!\p{L})staln(?:i|ih|o|a|e|im)(?!\p{L})/u;

/** The employment type a Croatian or Serbian row's "stalni" names (permanent); undefined when none. */
export function croatianRowEmployment(l: string): string | undefined {
  return STAFF_PERMANENT.test(l) ? 'permanent' : undefined;
}

const METHOD =
  /(?<!\p{L})(?:(lokacijsk|tržišn)\p{L}*\s+metod|metod\p{L}*\s+(?:temeljen\p{L}*\s+)?na\s+(?:temelju\s+)?(lokacij|tržišt))/u;

/** The Scope 2 method a Croatian label names ("opseg 2 – tržišna metoda"); undefined when none. */
export function croatianMethod(l: string): 'location' | 'market' | undefined {
  const m = METHOD.exec(l);
  const word = m?.[1] ?? m?.[2];
  if (word === undefined) return undefined;
  return word.startsWith('lokacij') ? 'location' : 'market';
}
