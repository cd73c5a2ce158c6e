import { foldTraditionalChinese, isTotalLabel, type Dims } from '../../core/index.js';
import { englishWords } from '../table/index.js';
import { ageBand, headsAgeGroups } from './age-band.js';
import { categoryEnding, isCategoryName } from './category-words.js';
import { employmentTypeOf, namesEmploymentType } from './employment-type.js';
import { japaneseBoundary } from './japanese-dims.js';
import { genderOf, withoutGenderWords } from './gender-words.js';
import { withoutGreekCyrillicGender } from './greek-cyrillic-dims.js';
import { bracketedPlace, namesRegion } from './place-names.js';
import { scope2MethodOf } from './scope2-method.js';
import { scope3Category } from './scope3-category.js';

/**
 * Breakdown dimensions read from a row label and the group above it, normalised the way
 * spec/extract-output.md fixes them: gender male/female, age bands like "<30", "30-50", ">50",
 * employment type, Scope 2 method; region and employee category as printed. Region and category
 * are read only from table rows (`row`): in a sentence, "China" or "management" name no breakdown.
 */
export function inferDims(printed: string, group: string, row = true): Dims {
  const label = row ? englishSide(printed) : printed;
  const whole = labelDims(label, group, row);
  const dashed = row && whole.scope3_category === undefined ? DASHED.exec(label) : null;
  if (!dashed) return whole;
  // "Turnover rate — aged 50 and above", "Suppliers by geographical region — Mainland China": the
  // measure, a dash, then the part; the part is read under the words before the dash.
  const [, head = '', part = ''] = dashed;
  const split = { ...labelDims(head, group, row), ...labelDims(part, `${head} ${group}`, row) };
  return Object.keys(split).length > 0 ? split : whole;
}

// A label printing the home language, a slash, then English ("Beyaz yaka / White-collar – Female").
const SLASHED = /^([^/]*\p{L}[^/]*?)\s+\/\s+([^/]*\p{L}[^/]*)$/u;

/**
 * The English side of a row label printing two languages ("Kadın oranı / Share of women (white-collar)")
 * in a report whose prose is English, so the table reader left the label whole: its breakdown is read
 * from the English, as the other rows' are. Taken only when no word before the slash is English and some
 * word after it is: "Male / Female" and "Nurses / Midwives" stay whole, and so does an age band.
 */
function englishSide(label: string): string {
  const [, local = '', english = ''] = SLASHED.exec(label) ?? [];
  const known = englishWords();
  const isEnglish = (w: string) => known.has(w) || w.split('-').every((p) => known.has(p));
  const words = (t: string) => t.toLowerCase().match(/\p{L}[\p{L}-]+/gu) ?? [];
  const [before, after] = [words(local), words(english)];
  // "35 - 45 tahun / years" translates a unit word only: the figures are before the slash.
  if (before.length === 0 || after.length === 0 || /\d/.test(local)) return label;
  return !before.some(isEnglish) && after.some(isEnglish) ? english : label;
}

// A measure and its part joined by a spaced dash; a hyphen inside a word ("part-time") joins nothing,
// nor a spaced dash after a bare number ("30 - 50 tahun / years" is an age band).
const DASHED = /^(?!\d+\s+[—–-])(.+?)\s+[—–-]\s+(.+)$/;

function labelDims(label: string, group: string, row: boolean): Dims {
  const dims: Record<string, string> = {};
  const l = label.toLowerCase();
  const gender = genderOf(l);
  if (gender) dims.gender = gender;
  // ESRS S1-6 counts employees by gender as male, female, other and not reported: under a gender
  // heading, the last two rows are gender groups too, so the four add up to the headcount.
  else if (row && /\b(?:gender|sex)\b/i.test(group) && OTHER_GENDER.test(l.trim())) dims.gender = l.trim();
  // A row that names its own gender group ("Another gender", "Gender diverse") needs no heading.
  else if (row && SELF_NAMED_GENDER.test(l.trim())) dims.gender = l.trim();
  // "管理层人数", "女性管理者占比": a Chinese label names the management category among its measure's words.
  if (row && (MANAGEMENT_ZH.test(foldTraditionalChinese(l)) || MANAGEMENT_KO.test(l)))
    dims.employee_category = 'management';
  // "Ledere | 31 | 9 | 40" under "Menn | Kvinner | Totalt": a Nordic row of managers counted by gender is
  // the management category, the group a key-figures row's "% kvinner i ledelsen" is a share of.
  if (row && !gender && MANAGERS_NORDIC.test(l.trim())) dims.employee_category = 'management';
  // "Der Frauenanteil in Führungspositionen stieg auf 20,7 %": a sentence's share names the leadership it
  // is of as a table's row does; it is no share of the whole headcount.
  if (!row && gender && LEADERSHIP_DE.test(l)) dims.employee_category = 'management';
  // "女性管理者占比为27.3%", "其中女性管理人员45人": so is a Chinese sentence's share or count of one gender.
  if (!row && gender && MANAGEMENT_ZH.test(foldTraditionalChinese(l))) dims.employee_category = 'management';
  // "30 to 50" names an age band only under an age heading ("By age group", "Theo độ tuổi").
  const age = ageBand(l, row && headsAgeGroups(group));
  if (age) dims.age = age;
  const employment = employmentTypeOf(l, row);
  if (employment && employment !== 'dispatched') dims.employment_type = employment.replace(' ', '-');
  const method = scope2MethodOf(l, group);
  if (method) dims.scope2_method = method;
  const boundary = row ? japaneseBoundary(l) : undefined;
  if (boundary) dims.boundary = boundary;
  const category = scope3Category(l, group.toLowerCase());
  // A Scope 3 category is the row's breakdown; "by category" above it names no employee category.
  if (category) return { ...dims, scope3_category: category };
  // "Executive Female", "Managers aged 30-50": a category row broken down by gender or age in one label
  // (Bursa Malaysia's C3(a) "by gender and age group, for each employee category").
  // "Ratio of female managers": a share's lead words and a footnote mark name no category themselves.
  const rest = gender || age ? withoutPersonalWords(l).replace(SHARE_LEAD, '').replace(NOTE_MARK, '') : '';
  if (row && rest !== '' && !employment && !MEASURE_WORDS.test(rest) && isCategoryName(rest)) {
    dims.employee_category = dimValue(rest);
  }
  // "Managers | 1,342" over "of which female | 118": a part row is the category above it, by gender.
  const above = row && (gender || age) && PART_WORDS.test(rest) ? categoryEnding(group) : undefined;
  if (above !== undefined) dims.employee_category = above;
  // "Outdoor workers (headcount)": staff named by where or how they work are some of the headcount,
  // counted across the categories (outdoor workers are in operations and in trucking), so a scope.
  const qualified = row && !gender && !age && !employment ? QUALIFIED_STAFF.exec(l.trim())?.[1] : undefined;
  if (qualified !== undefined) return { ...dims, scope: qualified };
  // A region or category is a short name ("Beijing", "Middle management"), not a measure.
  const g = group.toLowerCase();
  // A country's full name may be long ("United Kingdom of Great Britain and Northern Ireland") where
  // the heading says the rows are countries.
  const words = REGION_GROUP.test(g) ? 10 : 6;
  if (
    !row ||
    gender ||
    age ||
    employment ||
    l.split(' ').length > words ||
    MEASURE_WORDS.test(l) ||
    WHOLE_WORDS.test(l.trim()) ||
    // "合计", "합계", "Tổng cộng", "Σύνολο" under "by position" or "by region": the table's total row is
    // every category's and every place's, none of its own.
    isTotalLabel(label) ||
    MEASURE_WORDS_ZH.test(foldTraditionalChinese(l))
  ) {
    // "Waste recycling rate (Japan)": a measure of one place, beside columns or rows of the whole.
    const place = row && !REGION_GROUP.test(g) ? bracketedPlace(label) : undefined;
    return place === undefined || dims.region !== undefined ? dims : { ...dims, region: place };
  }
  // Education levels are a breakdown of their own (CASS-CSR and mainland exchange guidelines ask for
  // it), not an employee category: "Junior college" is a school, not a rank.
  if (EDUCATION_GROUP.test(g) || isEducationLevel(l)) dims.education = dimValue(label).toLowerCase();
  // "Employees by region and category": the heading names both, so the row's own words decide.
  else if (REGION_GROUP.test(g) && CATEGORY_GROUP.test(g) && isCategoryName(l) && !isRegionName(l))
    dims.employee_category = dimValue(label).toLowerCase();
  // The whole of a table of places, in any language core's total words know ("Ընդամենը 2025 թ.",
  // "Барлығы"), is no place of its own.
  else if (isTotalLabel(label) && (BY_SITE_GROUP.test(g) || REGION_GROUP.test(g) || SITE_GROUP.test(g)))
    return dims;
  // Under "… by site", a row naming its place ("Hong Kong head office") is a site, not a region.
  else if (BY_SITE_GROUP.test(g) && !REGION_GROUP.test(g)) dims.site = dimValue(label);
  else if (REGION_GROUP.test(g) || isRegionName(l)) dims.region = dimValue(label);
  else if (SITE_GROUP.test(g)) dims.site = dimValue(label);
  else if ((CATEGORY_GROUP.test(g) && !/supplier/.test(l)) || isCategoryName(l)) {
    dims.employee_category = dimValue(label).toLowerCase();
  }
  return dims;
}

const SHARE_LEAD = /^(?:(?:ratio|proportion|percentage|share|number)\s+of|aandeel|percentage)\s+/;
const NOTE_MARK = /\s*[*†‡]\d{0,2}$/;
const PART_WORDS = /^(?:of which|of whom|thereof|including|incl\.?)$/;
// The words that open a part row in English, Dutch and German ("waarvan Nederland", "davon Inland").
const PART_LEAD = /^(?:of which|of whom|thereof|waarvan|davon|hiervan|daarvan)\s*:?\s+(?=\S)/i;

const SELF_NAMED_GENDER =
  /^(?:(?:another|other|diverse|unspecified)\s+genders?(?:\s+identit(?:y|ies))?|gender[- ]diverse|non[- ]binary|gender\s+(?:not\s+(?:disclosed|reported)|undisclosed))$/;

const OTHER_GENDER =
  /^(?:other|not reported|not disclosed|undisclosed|prefer not to say|non-binary|diverse)$/;

const EDUCATION_GROUP = /\b(?:education(?:al)?(?: background| level)?|academic qualifications?|degree)\b/;
const EDUCATION_WORDS =
  /\b(?:doctor(?:ate|al)?|ph\.?d|master'?s?|bachelor'?s?|undergraduate|postgraduate|college|high school|secondary school|technical secondary|vocational|diploma|junior high|primary school)\b/;

function isEducationLevel(l: string): boolean {
  return EDUCATION_WORDS.test(l) && l.split(' ').length <= 6;
}

/**
 * The company's own places a title may break its rows down by ("Training by estate", "Water by mine"),
 * not a kind of them ("by plant type", "by site category").
 */
export const SITE_WORDS = String.raw`(?:sites?|plants?|facilit(?:y|ies)|factor(?:y|ies)|estates?|farms?|mines?|mills?|plantations?)\b(?!\s+(?:types?|categor|kinds?|class))`;

const BY_SITE_GROUP = new RegExp(String.raw`\bby\s+${SITE_WORDS}`);

// A table of the company's own places: "Property | '000 kWh", "Electricity by plant", "Staff by estate".
const SITE_GROUP = new RegExp(
  String.raw`\b(?:propert(?:y|ies)|sites?|plants?|facilit(?:y|ies)|factor(?:y|ies)|hotels?|business units?)\b|${BY_SITE_GROUP.source}`,
);

const QUALIFIED_STAFF =
  /^((?:outdoor|indoor|field|office|shift|site|manual|skilled|unskilled)(?:-based)?\s+(?:workers?|staff|employees|personnel))(?:\s*\((?:headcount|number|persons|people)\))?$/;
// Macedonian headings name the rows' places "Локација" / "Регион" and their staff categories "Категорија"
// (\b knows no Cyrillic letters, so those stems stand outside it).
// A district, county or province names an administrative area ("Harvest by district").
const REGION_GROUP =
  /\b(?:region|geograph|location|country|countries|area|places? of operation|districts?|county|counties|provinces?|prefectures?|ländern|regionen)\b|локациј|регион/u;
// "Workforce by nationality and function": a table of staff by function counts each function's people.
const CATEGORY_GROUP =
  /\b(?:employee categor\w*|staff categor\w*|category|rank|position|grade|employment type|employee type|job level|job grade|management level|(?:job |business )?functions?)\b|категориј/;
// German rows naming the whole ("Gesamt", "Summe", "Konzern": the group) are no part of it either.
const MEASURE_WORDS =
  /\b(?:total|number|rate|ratio|proportion|percentage|share|amount|headcount|trained|hours|days|emissions?|consumption|waste|water|energy|accidents?|incidents?|cases|disease|fatalit\w*|injur\w*|gesamt|insgesamt|summe|konzern)\b/;

// The whole in one word, as a site or category table's last row prints it in other languages: Slovak
// "Spolu" / "Celkom", Czech "Celkem", Slovene "Skupaj", Polish "Razem" / "Ogółem" / "Łącznie", Croatian
// "Ukupno", Malay and Indonesian "Jumlah", Turkish "Toplam", Azerbaijani "Cəmi", Uzbek "Jami", Georgian "სულ" / "ჯამი", Scandinavian "Totalt", Finnish "Yhteensä",
// Hungarian "Összesen", Dutch "Totaal", Italian "Totale", Russian "Итого" / "Всего", Ukrainian "Усього" /
// "Всього" / "Разом", Bulgarian "Общо", Macedonian "Вкупно", Serbian "Укупно": no place or category of its own.
const WHOLE_WORDS =
  /^(?:spolu|celkom|celkem|skupaj|razem|ogółem|łącznie|ukupno|sveukupno|jumlah|toplam|c[əe]mi|jami|სულ|ჯამი|totalt|yhteensä|összesen|totaal|totale|итого|всего|усього|всього|разом|общо|вкупно|укупно)$/iu;

// A Chinese label naming a measure, not a place or a category: a count (数, 数目, 人次), an amount (量,
// 额), a rate (率, 比例, 占比), hours (时长), emissions, consumption, complaints, training, injuries.
// Management staff in Chinese: 管理层 (management), 管理者 / 管理人员 (managers), 高管 (senior managers);
// 行政管理人员 and 财务管理人员 are administrative and finance staff, not management.
const MANAGEMENT_ZH = /管理层|管理者|高管|高级管理|中层管理|(?<!行政|财务)管理人员/u;
// The Korean words for managers and executives ("여성 관리자 비율", "관리직", "임원").
const MANAGEMENT_KO = /관리자|관리직|임원(?!\s*및\s*직원)/u;
const MEASURE_WORDS_ZH = /[数量率额耗排投捐训伤亡]|比例|占比|时长|事故/u;

/** The label without its gender and age words: "executive between 30-50" → "executive". */
function withoutPersonalWords(l: string): string {
  return withoutGenderWords(withoutGreekCyrillicGender(l))
    .replace(
      /\b(?:between|under|below|over|above|aged?|years?(?: old)?)\b|\d{2}\s*(?:-|–|to|and)\s*\d{2}|[<>≤≥]?\d{2}\+?/g,
      ' ',
    )
    .replace(/\s+/g, ' ')
    .trim();
}

// Places in German: the home market and abroad, continents, and the countries of Central Europe.
const GERMAN_REGION_WORDS =
  /(?<!\p{L})(?:inland|ausland|deutschland|österreich|schweiz|europa|asien|amerika|afrika|tschechien|slowakei|ungarn|polen|slowenien|kroatien|rumänien|italien|frankreich|übrige länder|sonstige länder)(?!\p{L})/u;

// Places in Dutch: home and abroad, continents, and the Netherlands' neighbours and main markets.
const DUTCH_REGION_WORDS =
  /(?<!\p{L})(?:binnenland|buitenland|nederland|belgi[ëe]|duitsland|frankrijk|luxemburg|verenigd koninkrijk|spanje|itali[ëe]|oostenrijk|zwitserland|denemarken|zweden|noorwegen|finland|ierland|tsjechi[ëe]|hongarije|roemeni[ëe]|europa|azi[ëe]|amerika|afrika|overige landen|rest van (?:europa|de wereld))(?!\p{L})/u;

function isRegionName(l: string): boolean {
  return (
    (namesRegion(l) || GERMAN_REGION_WORDS.test(l) || DUTCH_REGION_WORDS.test(l)) && l.split(' ').length <= 6
  );
}

// Managers opening a Danish, Norwegian or Swedish row label ("Ledere pr. 31.12.", "Chefer").
const MANAGERS_NORDIC = /^(?:ledere|ledare|chefer)(?!\p{L})/u;
// German leadership a share of women is printed of: "in Führungspositionen", "in Führungsfunktionen".
const LEADERSHIP_DE = /\bin\s+(?:der\s+)?führungs(?:positionen|position|funktionen|funktion|ebenen|ebene)\b/u;

/**
 * A counted noun that names a staff category ("managers", "First/Mid-Level Officials & Managers"), as
 * the dimension value a table row of that category gets; undefined for people in general or a group
 * no category word names.
 */
export function staffCategory(noun: string): string | undefined {
  const l = noun.toLowerCase().replace(/\s+/g, ' ').trim();
  if (!isCategoryName(l) || genderOf(l) !== undefined || namesEmploymentType(l)) return undefined;
  return dimValue(l);
}

/** The label as a dimension value: spaces collapsed, a trailing "employees" dropped ("Overseas employees"). */
function dimValue(label: string): string {
  // "of which Belgium", "waarvan België", "davon Österreich": a part row's lead word is no part of its name;
  // "Share of women (white-collar)": the category in brackets is named without them.
  const t = label
    .replace(/\s+/g, ' ')
    .trim()
    .replace(PART_LEAD, '')
    .replace(/^\(([^()]+)\)$/, '$1');
  return t.replace(/ (?:employees?|staff|personnel)$/i, '') || t;
}
