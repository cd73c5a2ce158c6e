import data from './place-names.data.json' with { type: 'json' };

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const alternatives = (names: readonly string[]) =>
  [...names]
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join('|');

// A region stands between non-letters anywhere in the label, longest name first ("south asia" before
// "asia"), so "uk" is not read in "ukraine".
const REGION = new RegExp(String.raw`(?<!\p{L})(?:${alternatives(data.regions)})(?!\p{L})`, 'u');
// A country is the whole label, a footnote mark aside ("Cambodia", "Viet Nam*").
const COUNTRY = new RegExp(String.raw`^(?:${alternatives(data.countries)})\s*[*¹²³]?$`, 'u');

/** Whether a lower-cased label names a region anywhere in it ("mainland china", "hong kong office"). */
export function namesRegion(label: string): boolean {
  return REGION.test(label);
}

/** Whether a label is a country's name only, no region the older list reads anywhere ("cambodia", not "japan"). */
export function onlyCountry(label: string): boolean {
  const l = label.trim().toLowerCase();
  return COUNTRY.test(l) && !REGION.test(l);
}

// A place a measure's label closes on in brackets ("Waste recycling rate (Japan)", "Energy use (Europe)").
const BRACKETED = /\(\s*([^()]+?)\s*\)\s*[*¹²³]?$/u;
const REGION_ALONE = new RegExp(`^(?:${REGION.source})$`, 'u');

/**
 * The place a row label names in closing brackets, as printed: a listed region or country, the bracket whole
 * ("Waste recycling rate (Japan)" → "Japan"); the row is that place's figure, not the whole's.
 */
export function bracketedPlace(label: string): string | undefined {
  const place = BRACKETED.exec(label)?.[1];
  // The bracket's words are those of a cell naming a place alone; a mark inside it ("(Asia*)") is a note.
  return place === undefined ? undefined : placeAlone(place);
}

/**
 * The place a cell names and nothing else, as printed ("Domestic", "Overseas", "Hong Kong"): a listed
 * region or country, a footnote mark aside; undefined for any longer words.
 */
export function placeAlone(cell: string): string | undefined {
  const t = cell.trim();
  const l = t.toLowerCase();
  return COUNTRY.test(l) || REGION_ALONE.test(l.replace(/\s*[*¹²³]$/u, '')) ? t : undefined;
}
