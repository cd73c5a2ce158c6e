// "% 2025/2024", "% 2030 / base year": the change from one year to another in per cent, as Nordic
// statements head the column after the years.
const YEAR_OVER_YEAR = /^%\s*(?:19|20)\d{2}\s*\/\s*(?:(?:19|20)\d{2}|base(?:line)?(?:\s+year)?)$/i;

/**
 * True for the heading of a column that compares the years ("% change", "YoY", "Δ in %", "Var. 25/24", "Évolution",
 * "% 2025/2024", Polish "Zmiana r/r", Dutch "Verschil", Turkish "Değişim", Norwegian "Endring", Danish
 * "Ændring", Swedish "Förändring", Croatian "Promjena", Serbian "Promena", Slovene "Sprememba", Bulgarian
 * "Промяна", "Изм. 24/23", Russian "Изменение", "Отклонение", "Прирост", Indonesian and Malay "Perubahan",
 * Finnish "Muutos", Estonian "Muutus", Latvian "Izmaiņas", Lithuanian "Pokytis", Serbian Cyrillic "Промена" and
 * Macedonian "Пром. %",
 * Czech "Změna", Slovak "Zmena", Hungarian "Változás", Hebrew "שינוי", Italian "Variazione", Romanian
 * "Variație", "Evoluție", "Modificare", Vietnamese "Thay đổi", "Tăng/giảm"), or gives one
 * year as a percentage of another ("2025/2024 (%)", as Vietnamese reports print it: 104.2 is +4.2%; a bare
 * "Indeks" or "Index", as Serbian, Croatian, Slovene and Czech tables head this year ÷ last year × 100).
 */
export function isChangeHeading(text: string): boolean {
  const t = text.trim();
  return (
    INDEX_HEADING.test(t) ||
    /^(?:(?:%|percentage)(?:\s+|\s*-\s*))?(?:changes?|[ée]carts?|abweichung|variazione|varia[țţt]i[ae]|evolu[țţt]i[ae]|modificare|diferen[țţt][aă]|diff\.|yoy|y-o-y|year[- ]on[- ]year|variance|var\.|variation|variaci[oó]n|varia[cç][aã]o|[ée]volution|ver[äa]nderung|zmiana|dynamika|r\/r\b|verschil|verandering|mutatie|wijziging|de[ğg]i[şs]im|endring|[æa]ndring|f[öo]r[äa]ndring|promj?ena|sprememba|изм\.|изменени|промяна|разлика|отклонени|прирост|ръст|perubahan|muutos|muutus|izmai[ņn]as|pokytis|промена|пром\.|zm[ěe]na|v[áa]ltoz[áa]s|שינוי|thay\s+đổi|tăng\s*\/?\s*giảm|increase|decrease|growth|difference|\+\/-|±|[Δ∆]|delta\b)/i.test(
      text,
    ) ||
    /^(?:19|20)\d{2}\s*\/\s*(?:19|20)\d{2}\s*\(%\)$/.test(t) ||
    YEAR_OVER_YEAR.test(t) ||
    CHINESE_CHANGE.test(t) ||
    isLaterOverEarlier(t)
  );
}

// "Indeks", "Index (%)": the heading alone; with more words ("Indeks zadovoljstva", "GRI Index") it names a row.
const INDEX_HEADING = /^(?:indeks|index)(?:\s*\(?%\)?)?$/i;

// Chinese (Simplified and Traditional): "同比变化", "同比增减（%）", "较上年变动", "变化率", "增减幅度",
// "2025年较2024年变化": a column comparing the years, as SSE/SZSE and HKEX tables head it.
const CHINESE_CHANGE =
  /^(?:%\s*)?(?:(?:(?:19|20)\d{2}\s*年(?:度)?\s*)?(?:较|較|比|相比)\s*(?:上年|去年|上一年|(?:19|20)\d{2}\s*年(?:度)?)\s*)?(?:同比)?(?:变化|變化|变动|變動|增减|增減|增长|增長|升降|幅度|差异|差異)|^同比(?:\s*[(%]|$)/u;

// "25/24", "2025/2024", "Index 25/24", "% 25/24": a later year over an earlier one compares them. A fiscal
// year runs the other way ("2024/25", "FY24/25"), so a pair printed later first is never one.
const YEAR_PAIR = /^(?:index\s+|%\s*)?((?:19|20)?\d{2})\s*\/\s*((?:19|20)?\d{2})(?:\s*\(?%\)?)?$/i;

/** True for a pair of years printed later first ("25/24", "Index 2025/2024"): a comparison, not a fiscal year. */
function isLaterOverEarlier(text: string): boolean {
  const m = YEAR_PAIR.exec(text);
  if (!m?.[1] || !m[2] || m[1].length !== m[2].length) return false;
  return Number(m[1]) > Number(m[2]);
}
