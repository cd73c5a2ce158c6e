// How German sentences word a change between years. German puts the participle of a perfect or passive
// last ("Die Emissionen haben wir gegenüber dem Vorjahr um 12 % gesenkt", "… wurden um 3 % reduziert"),
// after the figure; a simple past comes second ("Der Wasserverbrauch sank um 4 %", "ging um 2 % zurück").
// "verbessert" / "verschlechtert" (improved / worsened) say better or worse, the way only with the metric.

// The clause a subject starts: a sentence's start, a clause break, or a conjunction.
const START = String.raw`(?:^|[,;:(]|(?<!\p{L})(?:und|während|wobei|obwohl|da)(?!\p{L}))\s*`;
// A subject's words: no clause break, a short parenthesis allowed ("Scope-1-Emissionen (marktbasiert)").
const WORDS = String.raw`(?:[^,;:()]|\([^,;:()]{1,30}\))`;
// Words a figure may hedge with ("um rund 5 %").
const HEDGE = String.raw`(?:(?:rund|etwa|ca\.|circa|knapp|fast|über|mehr\s+als)\s+)?`;

/** "… haben wir (gegenüber dem Vorjahr) um", "… wurden um", "… ist um": an auxiliary before "um" and the figure. */
const AUXILIARY_BEFORE = new RegExp(
  String.raw`${START}(\p{L}${WORDS}{2,80}?)\s+(?:haben|hat|konnten|konnte|ist|sind|wurde|wurden|war|waren)(?:\s+(?:wir|sich))?\s+(?:[^,;:]{0,40}?\s+)?um\s+${HEDGE}$`,
  'iu',
);

/** The participle right after the figure ("12 % gesenkt"), with a comparison between them allowed. */
const PARTICIPLE_AFTER =
  /^[\d.,]+\s?(?:%|prozent)\s+(?:(?:gegenüber|im\s+vergleich\s+zu[mr]?|verglichen\s+mit)\s+[^,;.]{1,40}?\s+)?(gesenkt|reduziert|verringert|vermindert|gemindert|zurückgegangen|gesunken|gefallen|abgenommen|erhöht|gesteigert|gestiegen|angestiegen|zugenommen|verbessert|verschlechtert)(?!\p{L})/iu;

/** "Der Wasserverbrauch sank (gegenüber dem Vorjahr) um": a simple past second, then "um" and the figure. */
const PAST_BEFORE = new RegExp(
  String.raw`${START}(\p{L}${WORDS}{2,80}?)\s+(sank(?:en)?|fiel(?:en)?|stieg(?:en)?|verringerten?\s+sich|reduzierten?\s+sich|erhöhten?\s+sich|verbesserten?\s+sich|verschlechterten?\s+sich|ging(?:en)?|nahm(?:en)?)\s+(?:[^,;:]{0,40}?\s+)?um\s+${HEDGE}$`,
  'iu',
);

/** The particle that finishes a separable verb after its figure: "ging um 2 % zurück", "nahm um 3 % ab". */
const PARTICLE_AFTER = /^[\d.,]+\s?(?:%|prozent)\s+(?:[^,;.]{0,40}?\s+)?(zurück|ab|zu)(?!\p{L})/iu;

/** A German change and its subject read around a figure: the direction word and the words naming what changed. */
export function germanVerbWorded(lead: string, rest: string): { word: string; subject: string } | undefined {
  const participle = PARTICIPLE_AFTER.exec(rest)?.[1];
  const auxiliary = participle === undefined ? null : AUXILIARY_BEFORE.exec(lead);
  if (participle !== undefined && auxiliary?.[1]) return { word: participle, subject: auxiliary[1] };
  const past = PAST_BEFORE.exec(lead);
  if (!past?.[1] || !past[2]) return undefined;
  const verb = past[2].toLowerCase();
  if (!/^(?:ging|gingen|nahm|nahmen)$/.test(verb)) return { word: verb, subject: past[1] };
  const particle = PARTICLE_AFTER.exec(rest)?.[1]?.toLowerCase();
  if (particle === undefined || (particle === 'zurück' && verb.startsWith('nahm'))) return undefined;
  return { word: particle === 'zu' ? 'zugenommen' : 'abgenommen', subject: past[1] };
}

/** "haben wir … gesenkt": the company telling what it did, in the first person. */
export const GERMAN_FIRST_PERSON = /(?<!\p{L})(?:haben|konnten)\s+wir(?!\p{L})/iu;

/** A change noun and its "um"/"von": "ein Rückgang um", "eine Steigerung von", "ein Plus von". */
export const GERMAN_CHANGE_NOUNS = String.raw`rückgang|reduktion|reduzierung|senkung|verringerung|minderung|anstieg|steigerung|zunahme|erhöhung|plus|minus|verbesserung|verschlechterung`;

/**
 * What a change is set against: the year before (group 1) or a year (group 2): "gegenüber dem Vorjahr",
 * "im Vergleich zum Vorjahr", "gegenüber 2024", "gegenüber dem Basisjahr 2021".
 */
export const GERMAN_AGAINST =
  /(?<!\p{L})(?:gegenüber|im\s+vergleich\s+zu[mr]?|verglichen\s+mit)\s+(?:(?:dem|den|der)\s+)?(?:(vorjahr(?:eswert|eszeitraum)?|vorjahresniveau)|(?:(?:basisjahr|bezugsjahr|geschäftsjahr|jahr)\s+)?(?:GJ\s?)?((?:19|20)\d{2}))/iu;

/** German change words pointing up. */
export const GERMAN_UP =
  /^(?:erhöht|gesteigert|gestiegen|angestiegen|zugenommen|stieg(?:en)?|erhöhten?\s+sich|anstieg|steigerung|zunahme|erhöhung|plus)$/i;

/** German change words pointing down. */
export const GERMAN_DOWN =
  /^(?:gesenkt|reduziert|verringert|vermindert|gemindert|zurückgegangen|gesunken|gefallen|abgenommen|sank(?:en)?|fiel(?:en)?|verringerten?\s+sich|reduzierten?\s+sich|rückgang|reduktion|reduzierung|senkung|verringerung|minderung|minus)$/i;

/** Articles and possessives that open a German subject ("der Wasserverbrauch", "unsere Emissionen"). */
export const GERMAN_ARTICLE =
  /^(?:(?:der|die|das|den|dem|des|unser(?:e|en|er|em|es)?|ihr(?:e|en|er)?)\s+)+(?=\S)/i;
