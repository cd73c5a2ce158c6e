// Whether a row label says the row totals others, in some forty languages: read by check's table rules and
// fact index (a total row stands for its series when the rows it adds were read as the same metric) and by
// extract's site-table reader (a total row is no site), so both layers share one list from core.

/** Leading item marks of a label: "(11) Total …", "3. Total …", "• Total …", "a) Total …". */
const ITEM_MARK = /^\s*(?:\(\s*[0-9ivx]{1,4}\s*\)|[0-9]{1,2}[.)]|[a-z][.)]|[•·▪\-–—*])\s*/i;

/**
 * Totals in French, Spanish, Portuguese, Italian and German as their tables word them ("Consommation totale
 * d'énergie", "Emissioni totali", "Total general", "Insgesamt", "Summe"); "Part …"/"Anteil …" rows are
 * shares of a total, never one.
 */
const SHARE_OF =
  /^(?:share|percentage|proportion|part|parte|quota|anteil|cuota|porcentaje|pourcentage|percentual)\b/i;
const ROMANCE_TOTAL =
  /^(?:(?:[\p{L}'’-]+\s){0,3}(?:totale?s?|totali|totaal)\b|insgesamt\b|gesamt\b|summe\b|somme\b|suma\b|soma\b)/iu;

/**
 * Totals in Polish ("Razem", "Odpady ogółem"), Czech and Slovak ("Celkem", "Celkom", "Spolu", and first the
 * adjective: "Celková spotreba energie"), Slovene ("Skupaj", "Skupna poraba energije"), Danish ("Samlet
 * energiforbrug"), Hungarian ("Teljes energiafelhasználás"), Finnish compounds ("Kokonaisenergiankulutus"), Turkish
 * ("Toplam"), the Scandinavian languages ("Totalt", "I alt", Swedish "Summa"), Finnish ("Yhteensä", "Jätteet
 * yhteensä"), Hungarian ("Összesen", "Összes hulladék"), Estonian ("Kokku", "Jäätmed kokku"), Latvian ("Kopā"),
 * Lithuanian ("Iš viso"), Azerbaijani ("Cəmi", "Cəmi su götürülməsi", "Scope 1 cəmi"), Uzbek ("Jami", "Jami energiya iste’moli", "Suv olish, jami"), Kazakh ("Барлығы", "Жиыны", "Барлығы / Всего") and Kyrgyz ("Бардыгы", "Суу алуу, бардыгы"), Mongolian ("Нийт", "Нийт хог хаягдал", "Хог хаягдал, нийт"), Icelandic ("Samtals", "Úrgangur samtals", "Alls"), Armenian ("Ընդամենը", "Ջրառ ընդամենը"), Georgian ("სულ", "ჯამი", "წყლის აღება სულ") and Croatian and Serbian ("Ukupno", "Ukupna potrošnja energije", "Sveukupno", Cyrillic
 * "Укупно", Ukrainian "Забір води, разом"): the word alone or last after the row's measure; "Celkem", "Toplam", "Totalt", "Yhteensä",
 * "Összesen", the Baltic words and the Croatian and Serbian words also first ("Toplam enerji"), while a Polish "razem" first means
 * "together with".
 */
const OTHER_TOTAL =
  /^(?:სულ|ჯამი|ընդամենը|барлығы|бардыгы|жиыны|нийт|samtals|alls|c[əe]mi|jami|celkem|celkom|celkov(?:ý|á|é|ého|ých|ou)|skupaj|skupn(?:a|o|i|e)|samlet|samlede|teljes|toplam|totalt|yhteensä|összesen|összes|kokku|kop[āa]|iš\s+viso|(?:sve)?ukupn(?:o|a|i|e|an)|укупн(?:о|а|и|е|ан))(?!\p{L})|^kokonais\p{L}{4,}|(?<!\p{L})(?:სულ|ჯამი|ընդամենը|барлығы|бардыгы|жиыны|нийт|samtals|alls|c[əe]mi|jami|razem|ogółem|celkem|celkom|spolu|skupaj|toplam|totalt|summa|yhteensä|összesen|i\s+alt|kokku|kop[āa]|iš\s+viso|(?:sve)?ukupno|укупно|разом|усього|всього|загалом)\s*(?:\([^()]*\))?:?$/iu;

/**
 * Totals in Korean ("합계", "소계 (Subtotal)", "총계", a bare "계") and Vietnamese ("Tổng cộng", "Tổng số lao
 * động", "Tổng lượng nước khai thác"): the word first; a Vietnamese "tổng" before any other word is
 * no total ("Tổng giám đốc", the general director).
 */
const CJK_TOTAL =
  /^(?:(?:합계|소계|총계|계)(?!\p{L})|tổng\s+(?:cộng|số|lượng|khối\s+lượng|phát\s+thải|tiêu\s+thụ)(?!\p{L})|tổng(?!\s*\p{L}))/iu;

/**
 * Totals in Cyrillic ("Итого цемент", "Всего", Bulgarian "Общо Обхват 1", Ukrainian "Разом", "Усього"), Greek ("Σύνολο", "Συνολική
 * κατανάλωση"), Thai ("รวม", "รวมทั้งสิ้น", "ยอดรวม"), Arabic ("المجموع", "الإجمالي"), Hebrew ("סה״כ", the
 * abbreviation of "סך הכל", and "סך פליטות", the sum of) and Indonesian or Malay ("Jumlah") tables: the word first. Thai writes no spaces, so its word may run on into the next.
 */
const WORLD_TOTAL =
  /^(?:(?:итого|всего|общо|разом|усього|всього|загалом|σύνολο|συνολικ\p{L}*|المجموع|الإجمالي|إجمالي|jumlah|סה["״]כ|סך)(?!\p{L})|(?:ยอด)?รวม)/iu;

/**
 * Totals in the Indic scripts, word first: Nepali and Hindi ("कुल", "कुल पानी प्रयोग", Nepali "जम्मा", Hindi "योग"),
 * Bengali ("মোট"), Sinhala ("එකතුව", "මුළු"), and Amharic ("ጠቅላላ", "ድምር"); a vowel sign after the word makes
 * another word ("कुली", a porter). Khmer ("សរុប"), Lao ("ລວມ") and Burmese ("စုစုပေါင်း") write no spaces, so their
 * word may run on into the next, as Thai's does.
 */
const INDIC_TOTAL = /^(?:(?:कुल|जम्मा|योग|মোট|එකතුව|මුළු|ጠቅላላ|ድምር)(?![\p{L}\p{M}])|សរុប|ລວມ|စုစုပေါင်း)/u;

/**
 * True when a row label says the row totals others ("Total", "Sub-total", "Total energy consumption
 * (MWh)", "Energy, total", "合计"). "Total" elsewhere in a label ("Share of total energy", "Total
 * recordable injury rate" is a rate, read by its unit) does not make a total row.
 */
export function isTotalLabel(label: string): boolean {
  const text = label.replace(ITEM_MARK, '').trim();
  if (
    /^(?:合计|总计|小计|總計|合計|小計|総計)/.test(text) ||
    CJK_TOTAL.test(text) ||
    WORLD_TOTAL.test(text) ||
    INDIC_TOTAL.test(text)
  )
    return true;
  // Chinese also puts the word after the row's measure: "範疇一合計", "废弃物总计（吨）".
  if (/\p{Script=Han}(?:合计|总计|小计|總計|合計|小計)\s*(?:[(（][^()（）]*[)）])?$/u.test(text)) return true;
  if (/^(?:grand\s+|sub-?\s?)?totals?\b/i.test(text)) return !/^total\s+(?:recordable|lost)\b/i.test(text);
  // "as a share of total", "in total" name a whole the row is measured against, not the row itself.
  if (/\b(?:of|in|to|from|vs\.?)\s+(?:the\s+)?(?:sub-?)?total\s*(?:\([^()]*\))?\s*$/i.test(text))
    return false;
  if (SHARE_OF.test(text)) return false;
  if (ROMANCE_TOTAL.test(text) || OTHER_TOTAL.test(text)) return true;
  return /[\s,:–—-](?:sub-?)?totals?\s*(?:\([^()]*\))?\s*$/i.test(` ${text}`);
}
