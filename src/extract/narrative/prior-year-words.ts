// Words for the year before the one reported, printed after a figure to date it: Polish ("rok wcześniej",
// "w poprzednim roku"), German ("im Vorjahr"), Dutch ("vorig jaar", "een jaar eerder"), Nordic ("året før",
// "i fjor", "föregående år", "ett år tidigare") and Czech ("o rok dříve", "v předchozím roce", "loni").
const OTHER_LANGUAGES = [
  String.raw`rok\s+(?:wcześniej|temu)|(?:w\s+)?(?:poprzednim|ubiegłym)\s+roku|w\s+roku\s+(?:poprzednim|ubiegłym)|przed\s+rokiem`,
  String.raw`im\s+vorjahr\b|vorig\s+(?:boek)?jaar\b|een\s+jaar\s+(?:eerder|geleden)\b`,
  String.raw`året\s+(?:før|innan|forinden)|i\s+fjor\b|(?:föregående|forrige|foregående)\s+år\b|ett\s+år\s+tidigare\b`,
  String.raw`o\s+rok\s+(?:dříve|dřív)|v\s+(?:předchozím|minulém)\s+roce|loni\b`,
].join('|');

// "in the previous year", "a year earlier".
const ENGLISH = [
  String.raw`(?:in\s+|for\s+)?(?:the\s+)?(?:previous|prior|preceding|last)\s+(?:financial\s+|reporting\s+)?(?:year|period)\b`,
  String.raw`a\s+year\s+(?:earlier|before|ago)\b`,
].join('|');

/** Words for the year before the one reported, in English and the languages above. */
export const YEAR_BEFORE_WORDS = new RegExp(`${ENGLISH}|${OTHER_LANGUAGES}`, 'iu');

const OPENS_WITH_OTHER = new RegExp(`^(?:${OTHER_LANGUAGES})`, 'iu');

/**
 * True when `text` opens with another language's words for the year before ("rok wcześniej …"): the
 * noun phrase after a figure ends there (English ones open with a word that already ends it).
 */
export function opensWithPriorYear(text: string): boolean {
  return OPENS_WITH_OTHER.test(text);
}
