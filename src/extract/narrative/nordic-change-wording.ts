// How Norwegian, Danish and Swedish sentences word a change between years, as fragments the patterns of
// change-wording.ts take in: "utslippene falt med 8,6 %", "energiforbruket økte med 3 %", Danish
// "vandforbruget faldt med 4 %", Swedish "utsläppen minskade med 5 %"; "med" is the "by" of the figure.

/** A change verb in the past, or a passive: "falt", "økte", "gikk ned", "ble redusert", "minskade". */
export const NORDIC_CHANGE_VERBS = String.raw`falt|faldt|sank|steg|økte|øgede|ökade|minskade|gikk\s+(?:ned|opp)|gik\s+(?:ned|op)|(?:ble|blev)\s+(?:redusert|reduceret|reducerad|økt|øget|ökad)`;

/** What a Nordic change is "by", with a hedge: "med", "med om lag", "med nesten", "med cirka". */
export const NORDIC_APPROX = String.raw`(?:med\s+)(?:(?:om\s+lag|omtrent|nesten|næsten|nästan|cirka|ca\.|rundt|knapt|over|drøyt)\s+)?`;

/** "og" (and), "mens" (whereas), "och", "medan": conjunctions that join two clauses of changes. */
export const NORDIC_AND = String.raw`og|mens|och|medan`;

/**
 * "sammenlignet med 2024", "sammenlignet med året før", "fra fjoråret", Swedish "jämfört med 2024": group 1
 * the year before, group 2 a year.
 */
export const NORDIC_AGAINST =
  /(?<!\p{L})(?:sammenlignet\s+med|sammenlignet\s+mod|jämfört\s+med|i\s+forhold\s+til|fra|från)\s+(?:(året\s+før|året\s+innan|året\s+forinden|fjoråret|fjor|sidste\s+år|förra\s+året)|((?:19|20)\d{2}))(?!\p{L})/iu;

/** "under", "lavere", "lägre", "over", "højere": a level set against another, as "below" and "above" are. */
export const NORDIC_COMPARATIVES = String.raw`under|over|lavere|lägre|højere|høyere|högre`;

/** The base year as Danish and Norwegian ("basisåret") and Swedish ("basåret") name it before the year. */
export const NORDIC_BASE_YEAR = String.raw`basisåret|basisår|basåret|basår|referenceåret|referanseåret`;

/** Nordic change words pointing up. */
export const NORDIC_UP =
  /^(?:steg|økte|øgede|ökade|gikk\s+opp|gik\s+op|(?:ble|blev)\s+(?:økt|øget|ökad)|over|højere|høyere|högre)$/i;

/** Nordic change words pointing down. */
export const NORDIC_DOWN =
  /^(?:falt|faldt|sank|minskade|gikk\s+ned|gik\s+ned|(?:ble|blev)\s+(?:redusert|reduceret|reducerad)|under|lavere|lägre)$/i;
