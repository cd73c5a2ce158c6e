import { englishWords } from './english-words.js';
import type { TableHeader } from './header.js';

/**
 * Columns naming the company's own operations beside the whole: "Klipbank | Leeuspruit | Sekgopo |
 * Corporate | Group F2025 | Group F2024", as mining and multi-plant reports print a figure for each mine
 * or plant and the group. A figure under such a column is that site's (`site` dim); the whole's column
 * keeps none. Read only when every other column is the whole ("Group", "Total", "Company", each with or
 * without a year) and at least half the names are not English words (the places' own names), so that
 * "Hazardous | Non-hazardous | Total" or "Employees | Contractors | Total" name no sites.
 */

// The whole in the other languages multi-plant tables print: Vietnamese "Tổng cộng" / "Toàn công ty",
// Indonesian "Jumlah", German "Gesamt" / "Konzern", Dutch "Totaal", Italian "Totale", Polish "Razem" /
// "Łącznie", Turkish "Toplam", Russian "Итого" / "Всего", Slovene "Skupaj", Slovak "Spolu" / "Celkom",
// Czech "Celkem", German "Insgesamt", Hungarian "Összesen", Georgian "სულ" / "ჯამი".
const WHOLE =
  /^(?:group|total|company|consolidated|combined|ukupno|grupa|skupaj|spolu|celkom|celkem|összesen|tổng(?: cộng)?|toàn công ty|jumlah|gesamt|insgesamt|konzern|totaal|totale|razem|łącznie|toplam|итого|всего|합계|총계|전사|合計|合计|總計|总计|全社|連結|სულ|ჯამი)$/iu;
// Croatian "Ukupno" (total) and "Grupa" (group) head the whole too, as the Slovene, Slovak, Czech and
// Hungarian totals do; beside them the Croatian names of two
// groups ("Žene | Muškarci | Ukupno", "Opasni | Neopasni | Ukupno") are no English words either, so at
// least three names are needed to be places.
const LOCAL_WHOLE = /^(?:ukupno|grupa|skupaj|spolu|celkom|celkem|összesen|სულ|ჯამი)$/iu;
const YEAR = /\b(?:FY|CY)?\s?'?(?:19|20)\d{2}(?:\s?[/–-]\s?\d{2})?\b/gi;
// A place's name: capitalised short words ("Sekgopo", "Hub Plant", "Head office"), no figure, unit or
// initial ("A | C | I | W" are the race groups of South Africa's employment equity tables); a name of more
// words may open on a short one ("Hà Nội", "Le Havre"). A header
// stacked over lines may add the site's district and crop under its name ("Kiriella" over "Ratnapura"
// over "Rubber/Tea"). A site may open on its code of capitals and a number before its name ("DC2 North
// Quay"); a code alone ("DC2") may be a unit's or a product's.
const NAME =
  /^(?:\p{Lu}{1,4}\d{1,2}(?:\s+\p{Lu}[\p{L}'’.&-]*){1,3}|\p{Lu}[\p{L}'’.&-]{2,}(?:\s+[\p{L}'’.&-]+(?:\/[\p{L}'’.&-]+)?){0,2}|\p{Lu}[\p{L}'’.&-]+(?:\s+[\p{L}'’.&-]+(?:\/[\p{L}'’.&-]+)?){1,2})$/u;

// A place named in Korean, Japanese or Chinese ends on the kind of place it is: a steelworks, plant or
// workplace (제철소, 공장, 사업장), the head office (본사, 本社, 总部), a works (工場, 製作所, 工厂), an
// establishment (事業所) or a base (基地). Such scripts have no capitals to tell a name.
const CJK_NAME =
  /^[\p{Script=Han}\p{Script=Hangul}\p{Script=Katakana}ー]{0,10}(?:제철소|공장|사업장|본사|연구소|工場|製作所|事業所|本社|工厂|厂区|基地|总部|總部)$/u;

// A place named in Georgian, which has no capitals: one to three words, the last maybe a bracketed
// abbreviation of what the place is ("თბილისი (ლოჯ.)", the Tbilisi logistics centre).
const GEORGIAN_NAME =
  /^\p{Script=Georgian}{3,}(?:\s+\p{Script=Georgian}+){0,2}(?:\s+\(\p{Script=Georgian}+\.?\))?$/u;

const cache = new WeakMap<TableHeader, ReadonlySet<number>>();

/** The site a header column names, or undefined when the table has no site columns. */
export function siteOfColumn(header: TableHeader | undefined, index: number | undefined): string | undefined {
  if (!header || index === undefined) return undefined;
  let sites = cache.get(header);
  if (!sites) {
    sites = siteColumns(header);
    cache.set(header, sites);
  }
  return sites.has(index) ? header.columns.find((c) => c.index === index)?.text.trim() : undefined;
}

/**
 * Whether a column comes after the whole's in a table whose sites precede it ("Plant A | Plant B |
 * Total | Permit limit"): such a column holds a limit, a target or a ratio of the row, no site's figure
 * and no figure of the whole.
 */
export function followsWhole(header: TableHeader | undefined, index: number | undefined): boolean {
  if (!header || index === undefined || !hasSiteColumns(header)) return false;
  const wholes = header.columns.filter((c) => isWhole(c.text));
  const sites = header.columns.filter((c) => siteOfColumn(header, c.index) !== undefined);
  const lastWhole = Math.max(...wholes.map((c) => c.index));
  return sites.every((c) => c.index < lastWhole) && index > lastWhole;
}

const isWhole = (text: string) => WHOLE.test(text.replace(YEAR, '').trim());

/** Whether a column heading names the whole of a site table ("Total", "Group 2025", "Gesamt"). */
export const isWholeColumn = isWhole;

/** Whether some column of the header names a site. */
export function hasSiteColumns(header: TableHeader | undefined): boolean {
  return header !== undefined && header.columns.some((c) => siteOfColumn(header, c.index) !== undefined);
}

function siteColumns(header: TableHeader): ReadonlySet<number> {
  const none = new Set<number>();
  const named = header.columns.filter((c) => c.text.trim() !== '');
  const wholes = named.filter((c) => isWhole(c.text));
  // Sites are printed before the whole: a column after it ("Permit limit") is no site.
  const firstWhole = Math.min(...wholes.map((c) => c.index));
  const before = named.filter((c) => !wholes.includes(c) && c.index < firstWhole);
  const names = before.length >= 2 ? before : named.filter((c) => !wholes.includes(c));
  const local = wholes.some((c) => LOCAL_WHOLE.test(c.text.replace(YEAR, '').trim()));
  if (wholes.length === 0 || names.length < (local ? 3 : 2)) return none;
  const isName = (text: string) => NAME.test(text) || CJK_NAME.test(text) || GEORGIAN_NAME.test(text);
  if (names.some((c) => c.year !== undefined || !isName(c.text.trim()))) return none;
  // Each site heads one column: a name printed twice is a sub-column under groups.
  if (new Set(names.map((c) => c.text.trim().toLowerCase())).size < names.length) return none;
  const english = englishWords();
  const foreign = names.filter((c) =>
    c.text
      .toLowerCase()
      .split(/[^\p{L}]+/u)
      .some((w) => w !== '' && !english.has(w)),
  );
  return foreign.length * 2 >= names.length ? new Set(names.map((c) => c.index)) : none;
}
