/**
 * A key-figures box printing its figures as `Name: figure` items side by side ("▪ Guest nights: 96.512
 * ▪ Revenue: 12,4 mil. €", "Employees: 1,204   Water: 88,410 m³"), as a report's "at a glance" page
 * sets them. One line of words to every other reader, its items are no sentence: each is a name and a
 * figure, and the line is cut into those cells, name then figure, so that the table readers read each
 * pair as a key-figures list does (its figures restate the report's tables).
 */

// A bullet or a box's rule leading an item, or set between two items.
const MARK = '[▪▫•◦‣●○■□►▸▶➢➤◆◇❖|¦·]';
// Where two items part: a tab, three spaces or more, or a mark between spaces.
const BETWEEN = new RegExp(String.raw`\t|\s{3,}|\s${MARK}\s`, 'u');
const LEADING_MARKS = new RegExp(String.raw`^(?:${MARK}\s*)+`, 'u');
// The name: words (three letters at least), no figure of its own beyond a short number ("Scope 1 and 2").
const NAME = /^(?=[^:]*\p{L}{3})\p{L}[^:\d]*(?:\d{1,2}[^:\d]*)*$/u;
// The figure: an optional sign or currency, a number, and a short unit after it ("6.876,6 t CO₂e",
// "48,6 mil. €", "75,6 %", "€ 12.4m"), never a second number or a bracket ("(2024: 5,120)").
const FIGURE = /^[-+−]?(?:\p{Lu}{0,3}\s?\p{Sc}\s?)?\d[\d.,\u00a0\u202f ]*(?:\s?[^\d\s():][^():]{0,23})?$/u;
const LONE_MARK = new RegExp(`^${MARK}$`, 'u');
const ITEM = /^(.+?):\s+(.+)$/u;
// A name dating its figure ("FY 2024-25 (Current Financial Year)", "2024") belongs to a year's pair, no key figure.
const YEAR = /(?:19|20)\d{2}/;

/** One `Name: figure` item as its name and figure, or undefined for any other text. */
function itemOf(text: string): [string, string] | undefined {
  const m = ITEM.exec(text.replace(LEADING_MARKS, '').trim());
  const name = m?.[1]?.trim() ?? '';
  const figure = m?.[2]?.trim() ?? '';
  if (!NAME.test(name) || YEAR.test(name) || !FIGURE.test(figure)) return undefined;
  // The unit holds at most a formula's digit ("t CO2e", "m3"): a longer number after it is a second figure.
  const unit = figure.replace(/^\D*\d[\d.,\u00a0\u202f ]*/u, '');
  if (/\d{2}|\d[.,]\d/u.test(unit)) return undefined;
  return [name, figure];
}

/**
 * The cells of a line printing two or more `Name: figure` items side by side, each name followed by its
 * figure, or undefined for any other line.
 */
export function colonPairCells(raw: string): string[] | undefined {
  const parts = raw
    .trim()
    .replace(LEADING_MARKS, '')
    .split(BETWEEN)
    .map((p) => p.trim())
    .filter((p) => p !== '' && !LONE_MARK.test(p));
  if (parts.length < 2) return undefined;
  const items = parts.map(itemOf);
  if (items.some((i) => i === undefined)) return undefined;
  return items.flatMap((i) => i ?? []);
}
