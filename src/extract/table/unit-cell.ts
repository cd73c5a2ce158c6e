import { tryParseUnit } from '../../core/index.js';

/**
 * Whether a table cell is a unit ("Person", "Tons (CO2 equivalent)/tons", "RMB 10,000", "kWh").
 * A unit column is told apart from a label column by its vocabulary: every word is a unit word,
 * a scale or a connector. The unit registry in core converts units; this only recognises them.
 */

const UNIT_WORDS = new Set(
  [
    `% ‰ percent percentage person persons people headcount hour hours hrs h day days ton tons`,
    `tonne tonnes t kg g mg kt mt tco2e tco2 kgco2e ktco2e mtco2e co2 co2e mwh kwh gwh twh tj`,
    `gj mj pj m3 m2 cubic meter meters metre metres square liter liters litre litres l ml km`,
    `rmb hkd usd eur gbp sek yuan us$ hk$ $ ¥ million billion thousand '000 000 10,000 tce tec`,
    `kgce standard coal equivalent piece pieces pcs unit units number no. no # case cases times`,
    `time session sessions of per in ratio rate coefficient minutes year years ppm mg/l mg/m3 nm3 gallons`,
    `barrels boe mmboe tonnes-km sqm sq ft hectares ha kl kilolitre kilolitres kiloliter kiloliters kℓ`,
    `megalitres megaliters tco2eq krw jpy yen thb baht idr inr ₹ rs rs. php ₱ zar twd ntd nt$ s$ sgd rm`,
    `myr aud a$ cad € £ chf crore crores lakh lakhs mmbtu gallon therms`,
    // Indonesian and Malay: rupiah, thousand, million, billion, person, hour, day, year.
    `rp ribu juta miliar milyar bilion orang jam hari tahun`,
    // Spanish and Portuguese: hours, cases, days, persons, rate, number.
    `horas casos caso días dias personas pessoas tasa taxa número numero`,
    // French: hours, days, number, persons, rate.
    `heures heure jours jour nombre personnes taux`,
    // Chinese counted nouns, a unit column's whole cell: persons, headcount, person-times, times,
    // cases (起, 宗 in Hong Kong), items, suppliers or companies (家), sites, vehicles.
    `人 名 人次 位 次 起 宗 件 例 家 个 個 项 項 台 辆 輛 户 戶 所 篇 场 場 批`,
    // Korean: persons (명), cases (건), times (회), items (개), companies (개사), sites (곳), hours (시간),
    // days (일), tonnes (톤).
    `명 건 회 개 개사 곳 시간 일 톤`,
    // Turkish: persons (kişi), hours (saat), items or cases (adet), days (gün), lira (TL), thousand, million.
    `kişi saat adet gün tl bin milyon`,
    // Thai: persons (คน), cases (ราย, ครั้ง), hours, days, tonnes, percent (ร้อยละ), baht, million baht.
    `คน ราย ครั้ง ชั่วโมง วัน ตัน ร้อยละ บาท ล้านบาท ล้าน`,
    // Arabic: employee(s), person, hour(s), day(s), tonne, case(s), riyal, dirham, pound, thousand, million.
    `موظف موظفين شخص ساعة ساعات يوم أيام طن حالة حالات ريال درهم جنيه ألف مليون`,
    // Finnish: persons, pieces (kpl), number (lkm), hours, days, tonnes, thousand, million, euros.
    `henkilöä henkilöt kpl lkm tuntia päivää tonnia tuhatta milj. euroa`,
    // Danish and Swedish: persons, pieces, number, thousand, million.
    `personer stk st antal tusind mio.`,
    // Czech and Slovak: persons, pieces (ks), number, hours, days, tonnes, thousand, million.
    `osob osoby osôb ks počet hodin hodiny hodín dní dny tun tis. mil. kč`,
    // Hungarian: persons (fő), pieces (db), number, cases (eset), hours, days, tonnes, thousand, million,
    // forint.
    `fő db szám eset óra órák nap tonna ezer millió ft`,
    // Hebrew: employees, number, hours, days, tonne(s), shekel, thousands, millions (of shekels).
    `עובדים מספר שעות ימים טון טונות ש"ח אלפי מיליוני`,
    // Malay: workers, tonnes; Italian: persons, employees, number, days, tonnes, thousands, millions ("ore",
    // hours, is left out: "GJ/t ore" is mined ore).
    `pekerja tan persone dipendenti numero n. giorni tonnellate migliaia milioni`,
    // Romanian: persons, employees, number (număr, nr.), days, tonnes, thousand, million, billion, lei.
    `persoane salariați angajați număr nr. zile tone tonă mii mil. mld. milioane lei ron`,
    // Spanish and Portuguese: staff, employees, workers, tonnes, number (nº), thousand, million, reais, pesos.
    `colaboradores empleados trabajadores funcionários empregados toneladas tonelada nº n.º núm. mil miles`,
    `milhares millones milhões r$ mxn pesos brl`,
    // Estonian: persons, employees, number, hours, days, tonnes, thousand, euros (partitive).
    `inimest töötajat arv tundi päeva tonni tonnid tuh tuh. eurot`,
    // Latvian: persons, employees, number, pieces, cases (gadījumi), hours, days, tonnes, thousand, euro.
    `personas darbinieki skaits gab. gadījumi gadījumu stundas dienas tonnas tūkst. tūkst eiro`,
    // Lithuanian: persons (asm.), employees, number, pieces (vnt.), hours (val.), days, tonnes, million.
    `asm. darbuotojai skaičius vnt. val. valandos dienos tonos mln. eurų`,
    // Serbian, in Latin and Cyrillic letters: persons, employees, number, pieces, hours, days, tonnes,
    // thousand, dinars.
    `lica zaposlenih broj kom. sati časova dana tona hilj. din. dinara`,
    `лица запослених број ком. сати часова дана тона хиљ. дин. динара`,
    // Uzbek: persons (nafar, kishi), number (soni), hours (soat), days (kun), tonnes, thousand (ming), million,
    // billion (mlrd), the sum (so‘m, its apostrophe printed any way), a coefficient (koeff.), per cent (foiz).
    `nafar kishi soni soat kun tonna ming mln mlrd so‘m so'm soʻm so’m koeff. foiz`,
    // Armenian: persons (մարդ), employees, cases (դեպք), days (օր), hours (ժամ), a coefficient (գործակից),
    // pieces (հատ), bottles (շիշ), tonnes (տ), thousand (հազ.), million, billion, the dram.
    `մարդ աշխատակից դեպք օր ժամ գործակից հատ շիշ տ հազ. մլն մլրդ դրամ`,
    // Macedonian: persons, employees, number, cases, hours, days, tonnes, thousand, million, denars.
    `лица вработени број случаи часови денови тони илј. мил. ден. денари`,
    // Kazakh and Kyrgyz: persons (адам, киши), number (саны), cases (жағдай, учур), hours, days, tonnes,
    // thousand (мың, миң), million, billion, tenge, som.
    `адам киши саны жағдай учур сағат саат күн тонна мың миң млн млрд теңге сом`,
  ]
    .join(' ')
    .toLowerCase()
    .split(' '),
);

// Words that are units only as a denominator ("tCO2e per employee", "kg/million revenue").
const DENOMINATOR_WORDS = new Set('employee employees capita revenue person sales output'.split(' '));

// A unit cell that is only "ore" (Romanian and Italian hours) names hours: the registry leaves the word out,
// as in "GJ/t ore" it is mined ore, but a whole unit cell never prints the ore.
const HOURS_WORD = /^\s*ore\s*$/i;

/** True when every word of `text` is unit vocabulary (and the text is short). */
export function looksLikeUnit(text: string): boolean {
  // A lone capital letter names a row or column of a form ("Permanent (D)", "Total (A)" in SEBI's
  // BRSR), not days or grams; "L" alone is the litre's symbol.
  if (/^[A-KM-Z]$/.test(text.trim())) return false;
  // "Workers' Welfare Fund (2%)", "Tier 1 capital (10.5 %)": a percentage printed in a name is a rate
  // the row is set at, not the unit its figures are in.
  if (/^\s*\d+(?:[.,]\d+)?\s*%\s*$/.test(text)) return false;
  // "Other(8)": a bracketed number of one or two digits is a note mark; a scale is printed in hundreds
  // or thousands ("(000)", "(10,000)").
  if (/^\s*\d{1,2}\s*$/.test(text)) return false;
  // NFKC makes "m³" m3 and "kℓ" kl.
  const t = text.trim().normalize('NFKC').toLowerCase();
  if (t === '' || t.length > 60) return false;
  // "VND million/" over "person/month": a ratio's unit broken after its slash, its denominator below.
  if (/[^/\s]\s*\/$/.test(t)) return looksLikeUnit(text.trim().replace(/\s*\/$/, ''));
  if (HOURS_BASE.test(t)) return true;
  // "Hours worked ('000)": the thousands mark alone is a scale, its apostrophe no word of its own.
  if (/^['’]000s?$/u.test(t)) return true;
  // A figure beside a measured unit is a note on it ("t CO2e (Vorjahr: 72.129)", its prior year), the unit
  // still read; beside a count or a currency it is the cell's own value or a band ("nad 50 rokov").
  if (printsFigure(t)) return measured(text);
  if (inVocabulary(t) || englishUnit(text) !== undefined || HOURS_WORD.test(t)) return true;
  // Symbols the registry knows beyond this vocabulary ("gCO2e/MJ", "MtCO2e"); bare nouns are labels.
  const unit = tryParseUnit(text.trim(), { countNouns: false });
  return (unit !== undefined && unit.symbol !== '' && !unit.dimension.startsWith('count')) || perNoun(text);
}

// A number standing on its own in a cell ("1 187", "12.5", the "50" of "nad 50 rokov", over 50 years),
// not glued to a unit's letters ("m3", "CO2e") nor to a scale's mark ("'000", "¥100").
const STANDALONE_NUMBER =
  /(?<![\p{L}\p{N}'’$¥€£₹.,])\d{1,3}(?:[ ,.]\d{3})+(?![\p{L}\p{N}])|(?<![\p{L}\p{N}'’$¥€£₹.,])\d+(?:[.,]\d+)?(?![\p{L}\p{N}.,])/gu;

/**
 * Whether a cell prints a figure rather than a scale: a unit's number is a power of ten ("000 RSD",
 * "RMB 10,000", "l/100 km"), and one printed alone a thousand or more ("10,000"); a count ("132"), a
 * bound of an age band ("nad 50 rokov", "under 30") or a decimal is a value or a label.
 */
function printsFigure(t: string): boolean {
  const alone = /^[\d\s,.()[\]]+$/.test(t);
  return [...t.matchAll(STANDALONE_NUMBER)]
    .map((m) => m[0].replace(/[ ,.]/g, ''))
    .some((n) => !/^(?:10*|0{3,})$/.test(n) || (alone && /^1\d{0,2}$/.test(n)));
}

/** Whether the registry reads a cell as a unit of a measured quantity (mass, energy, volume), not a count or money. */
function measured(text: string): boolean {
  const unit = tryParseUnit(text.trim(), { countNouns: false });
  return unit !== undefined && unit.symbol !== '' && !/^(?:count|money)/.test(unit.dimension);
}

// "saat / hours", "adet / no.", "gün / days": a bilingual report prints its unit in the home language,
// a spaced slash, then in English. The home-language word is any short word; the English one decides.
const TRANSLATED = /^\s*(\p{L}[\p{L}.]{0,15})\s+\/\s+(\S.{0,30}?)\s*$/u;

/** The English side of a translated unit cell as printed ("saat / hours" → "hours"), else undefined. */
function englishUnit(text: string): string | undefined {
  const english = TRANSLATED.exec(text)?.[2];
  const words = english?.normalize('NFKC').toLowerCase();
  // "Birim / Unit" heads the unit column; it is no unit of its own.
  return words !== undefined && !/^units?$/.test(words) && inVocabulary(words) ? english : undefined;
}

/** The unit a cell names: the English side of a translated unit ("saat / hours" → "hours"), else the cell. */
export function unitOfCell(text: string): string {
  return englishUnit(text) ?? (HOURS_WORD.test(text) ? 'hours' : text);
}

// The hours an injury rate is per, in a unit column (GRI 403-9): "per one million MH", "per 1,000,000
// man-hours", "per million hours worked", "por 1 milhão HHT" (horas-homem trabalhadas), "por millón de
// horas trabajadas", "par million d'heures travaillées".
const HOURS_BASE = new RegExp(
  [
    String.raw`^(?:per|por|par|pro|/)\s*(?:cada\s+)?(?:(?:one|1|um|un|uno|une)\s+)?`,
    String.raw`(?:million|mill[oó]n|milh[aã]o|mn|\d{1,3}(?:[,.\s]\d{3})+|\d{3}\s*k)\s+(?:de\s+|d['’]\s*)?`,
    String.raw`(?:(?:man|person|working|work|employee|labou?r)[- ]?hours|hours|hrs|hr|h|hh|hht|mh|`,
    String.raw`horas(?:[- ](?:hombre|homem|persona|pessoa))?|heures)`,
    String.raw`(?:\s+(?:worked|trabajadas|trabalhadas|travaill[ée]es))?$`,
  ].join(''),
  'u',
);

// A unit over a plain noun, what an intensity is per ("kWh/guest night", "kgCO2e per room", the South
// Slavic "kg CO2e po noćenju").
const PER_NOUN = /^(.+?)\s*(?:\/|\bper\b|(?<!\p{L})po(?!\p{L}))\s*(\p{L}+(?: \p{L}+){0,2})$/iu;

/** A ratio whose numerator is a unit of a quantity and whose denominator is a counted noun. */
function perNoun(text: string): boolean {
  const numerator = PER_NOUN.exec(text.trim())?.[1] ?? '';
  // A symbol ("kWh", "m³", "gCO2e", "GJ"), not a word that heads a column too ("Hours per head"); in
  // Chinese a unit's own characters ("千克标准煤/头", kilograms of standard coal per head).
  if (!/[\d³²]|\p{Ll}\p{Lu}|^\p{L}{1,3}$|^\p{Script=Han}+$/u.test(numerator)) return false;
  const unit = tryParseUnit(numerator, { countNouns: false });
  return unit !== undefined && unit.symbol !== '' && !unit.dimension.startsWith('count');
}

function inVocabulary(t: string): boolean {
  const words = t
    .replace(/[()[\]]/g, ' ')
    .replace(/\//g, ' / ')
    // "t-CO2" is t of CO2; "¥100 million" a currency glued to its scale.
    .replace(/([a-z])-([a-z])/g, '$1 $2')
    .replace(/([^\d\s,.])(\d)/g, (m: string, mark: string, d: string) =>
      /[a-z]/.test(mark) ? m : `${mark} ${d}`,
    )
    .split(/\s+/)
    .filter((w) => w !== '');
  let denominator = false;
  let seen = 0;
  for (const w of words) {
    if (w === '/' || w === 'per') {
      denominator = true;
      continue;
    }
    seen++;
    const ok =
      UNIT_WORDS.has(w) || /^\d{1,3}(?:,\d{3})*$/.test(w) || (denominator && DENOMINATOR_WORDS.has(w));
    if (!ok) return false;
  }
  return seen > 0;
}
