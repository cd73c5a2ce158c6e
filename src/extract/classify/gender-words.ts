import { namesMen, namesWomen } from './greek-cyrillic-dims.js';

// Gender words of row and column labels, for the gender dim (spec/extract-output.md: male / female).

// The gender words of a label in English and in the other languages reports print beside it: Spanish
// (CMF NCG 461 "Mujeres | Hombres"; "Varones", as Argentine and Uruguayan reports name men), Portuguese,
// French, German, Romanian ("Femei | Bărbați"), Dutch ("Vrouwen | Mannen"), Polish ("Kobiety |
// Mężczyźni", "w tym kobiet"), Norwegian ("Kvinner | Menn"), Danish ("Kvinder | Mænd"), Swedish
// ("Kvinnor | Män") and Croatian ("Žene | Muškarci", "ženski", "muški"; \b cannot mark a word opening on
// "ž", so a letter before it is ruled out instead). A share's row puts the word in the genitive
// plural ("Ponderea femeilor", Slovene "Delež žensk") or, in German, as one word ("Frauenanteil",
// "Frauenquote"), so those forms are listed with the nominative.
const FEMALE =
  /\b(?:female|women|woman|females|mujer(?:es)?|mulher(?:es)?|femmes?|frauen(?:anteil|quote)?|femei(?:le|lor)?|vrouw(?:en|elijke?)?|kobiet(?:y|a)?|kvinn(?:e|er|a|or)|kvind(?:e|er))(?![\p{L}])|(?<!\p{L})žen(?:e|a|ama|sk(?:[aeiou]|ih|im|ah|am|ami)?)(?!\p{L})/u;
const MALE =
  /\b(?:male|men|man|males|hombres|var[oó]n(?:es)?|homens|hommes?|m(?:ä|ae)nner(?:anteil)?|b[aă]rba[tțţ]i(?:i|lor)?|mannen|mannelijke?|m[eę][zż]czy(?:[zź]ni|zn|zna)|menn|mann|m(?:æ|ae)nd|mand|män|mušk(?:arci|araca|arcima|[aeiou]))(?![\p{L}])/u;

// Chinese (Simplified and Traditional): "女性", "女员工", "男性雇员"; "子女" (children) names no woman.
const FEMALE_ZH = /(?<!子)女/u;
const MALE_ZH = /男/u;
// Korean: "여성", "여자", "여직원"; "남성", "남자", "남직원" (a bare 남 or 여 is a syllable of many words).
const FEMALE_KO = /여성|여자|여직원/u;
const MALE_KO = /남성|남자|남직원/u;

// Vietnamese: "Nữ", "lao động nữ", "phụ nữ"; "Nam" is a man only as a column or row of its own, in "nam giới"
// or after a word for staff ("lao động nam"): it is also the south (Việt Nam, miền Nam, Hà Nam).
const FEMALE_VI = /(?<!\p{L})(?:nữ|phụ nữ)(?!\p{L})/u;
const MALE_VI =
  /^\s*nam\s*(?:\([^()]*\))?\s*$|(?<!\p{L})nam giới(?!\p{L})|(?<!\p{L})(?:lao động|nhân viên|công nhân|người lao động|cán bộ|quản lý) nam(?!\p{L})/u;

// Turkish: "Kadın", "Kadın çalışan sayısı", "Erkekler", genitive "Kadınların oranı" (ı may be folded to i
// before this reads it).
// Uzbek: "Ayollar", "ayollar ulushi", genitive "ayollarning", "xotin-qizlar" (women and girls); "Erkaklar".
const FEMALE_TR = /(?<!\p{L})(?:kad[ıi]n(?:lar)?(?:[ıi]n)?|ayol(?:lar)?(?:ning)?|xotin-qizlar)(?!\p{L})/iu;
const MALE_TR = /(?<!\p{L})(?:erkek(?:ler)?(?:in)?|erkak(?:lar)?(?:ning)?)(?!\p{L})/iu;
// Thai: "หญิง" (woman, also in "เพศหญิง", "พนักงานหญิง"), "ชาย" (man, "เพศชาย"); "ชายฝั่ง" is a coast,
// "ชายแดน" a border. Arabic: "إناث" / "الإناث", "نساء", "موظفات" (female staff); "ذكور", "رجال".
const FEMALE_TH_AR = /หญิง|(?<!\p{L})(?:ال)?(?:إناث|اناث|نساء|موظفات)(?!\p{L})/u;
const MALE_TH_AR = /ชาย(?!ฝั่ง|แดน|หาด)|(?<!\p{L})(?:ال)?(?:ذكور|رجال)(?!\p{L})/u;

// Georgian: "ქალი", "ქალები", genitive plural "ქალთა წილი" (women's share); "კაცი", "მამაკაცი", "კაცები",
// "მამაკაცთა". Whole words: "ქალაქი" is a city.
const FEMALE_KA = /(?<!\p{L})ქალ(?:ი|ებ(?:ი|ის)|თა|ის)(?!\p{L})/u;
const MALE_KA = /(?<!\p{L})(?:მამა)?კაც(?:ი|ებ(?:ი|ის)|თა|ის)(?!\p{L})/u;
// Armenian: "Կանայք" (women), "կին", genitive "կանանց" ("կանանց մասնաբաժին", women's share), "իգական";
// "Տղամարդիկ" (men), "տղամարդ", genitive "տղամարդկանց", "արական". Whole words.
const FEMALE_HY = /(?<!\p{L})(?:կին|կանայք|կանանց|իգական)(?!\p{L})/iu;
const MALE_HY = /(?<!\p{L})(?:տղամարդ(?:իկ|կանց|ու)?|արական)(?!\p{L})/iu;

// Finnish ("Naiset | Miehet", "naisten osuus"), Czech and Slovak ("Ženy | Muži", "ženské", "mužov"),
// Slovene ("Ženske | Moški"), Estonian ("Naised | Mehed", "naiste osakaal", after a count "216 naist"), Latvian ("Sievietes |
// Vīrieši"), Lithuanian ("Moterys | Vyrai", "moterų"), Icelandic ("Konur | Karlar", genitive "hlutfall kvenna", "karla"; never "kona" or "konum", Turkish for location), Hungarian ("Nők | Férfiak", "női"), Italian ("Donne | Uomini"), Malay and Indonesian ("Wanita",
// "Perempuan" | "Lelaki", "Laki-laki", "Pria") and Hebrew ("נשים | גברים", with the article or a
// preposition glued on: "הנשים", "לגברים"). A word of its own, so "hommes" or "nap" are no "nő". The
// genitive plurals a share's row prints ("Podiel žien", Czech "ženách") and the adjectives columns and
// shares use ("weiblich", "femenino", "féminin", "femminile", Romanian "feminin"; "taux de
// féminisation") name a gender too.
const FEMALE_MORE =
  /(?<!\p{L})(?:nai(?:nen|set|sia|sten)|žen(?:y|a|ám|ách|ami)?|žien|žensk(?:[áéýí]|ého|ých)|nők?|női|donn[ae]|femmin[ei]|femminil[ei]|wanita|perempuan|weiblich(?:e|er|en|es)?|femenin[oa]s?|f[ée]minin(?:[oa]s?|es?|ă)?|f[ée]minisation|nais(?:ed|te|i|t)|naine|sievietes|sieviešu|sieviete|moter(?:ys|ų|is)|konur|kvenna|kvenkyns|[הלבו]?(?:נשים|אישה))(?!\p{L})/u;
const MALE_MORE =
  /(?<!\p{L})(?:mie(?:het|s|hiä|sten)|mošk(?:i|ih|im|a)|muž(?:i|ů|ov|om)?|mužsk(?:[áéýí]|ého|ých)|f[ée]rfi(?:ak)?|uomin[ie]|uomo|maschi|maschil[ei]|lelaki|laki-laki|pria|m(?:ä|ae)nnlich(?:e|er|en|es)?|masculin(?:[oa]s?|es?|ă)?|mehed|meeste|mehi|mees|meest|vīrieši|vīriešu|vīrietis|vyr(?:ai|ų|as)|karl(?:ar|a|kyns)|karlmenn|[הלבו]?(?:גברים|גבר))(?!\p{L})/u;

// The gender words of each language but Vietnamese, which is matched composed, and Greek, Russian and
// Bulgarian, which are matched without accents (greek-cyrillic-dims.ts).
const FEMALE_WORDS = [
  FEMALE,
  FEMALE_ZH,
  FEMALE_KO,
  FEMALE_TR,
  FEMALE_TH_AR,
  FEMALE_KA,
  FEMALE_HY,
  FEMALE_MORE,
] as const;
const MALE_WORDS = [MALE, MALE_ZH, MALE_KO, MALE_TR, MALE_TH_AR, MALE_KA, MALE_HY, MALE_MORE] as const;

/** The gender a label names, in any language read; undefined when it names none or both. */
export function genderOf(label: string): 'male' | 'female' | undefined {
  // "Man-hours" ("man-h"), "man-days" and "manpower" measure work, not men; so do "horas hombre" (Spanish).
  const l = label.replace(/\bman[- ]?(?:h|hrs?|hours?|days?|months?|power)\b|\bhoras?[- ]hombres?\b/g, ' ');
  // Vietnamese words are matched composed (NFC): a PDF may print "nữ" as "n" + "ư" + a tone mark.
  const composed = l.normalize('NFC');
  const female = FEMALE_WORDS.some((p) => p.test(l)) || FEMALE_VI.test(composed) || namesWomen(l);
  const male = MALE_WORDS.some((p) => p.test(l)) || MALE_VI.test(composed) || namesMen(l);
  if (female && !male) return 'female';
  if (male && !female) return 'male';
  return undefined;
}

/** The label with its English and European gender words blanked ("Female executives" → " executives"). */
export function withoutGenderWords(l: string): string {
  return l.replace(new RegExp(FEMALE.source, 'gu'), ' ').replace(new RegExp(MALE.source, 'gu'), ' ');
}
