/** Excel's limit on a worksheet name's length. */
export const MAX_SHEET_NAME = 31;

/** Cuts text to `max` characters at a word boundary when there is one, without a dangling bracket. */
function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max + 1);
  const space = cut.lastIndexOf(' ');
  const words = space > max / 2 ? cut.slice(0, space) : text.slice(0, max);
  return words.replace(/[\s(,;-]+$/, '');
}

/**
 * A worksheet name Excel accepts, unique among `taken`: no `[]:*?/\`, no leading or trailing apostrophe,
 * at most 31 characters, and a numeric suffix when the shortened name is already used.
 */
export function sheetName(title: string, taken: Set<string>): string {
  const clean =
    title
      .replace(/[[\]:*?/\\]/g, ' ')
      .replace(/\s+/g, ' ')
      .replace(/^'+|'+$/g, '')
      .trim() || 'Sheet';
  let name = shorten(clean, MAX_SHEET_NAME);
  for (let n = 2; taken.has(name.toLowerCase()); n++) {
    const suffix = ` (${n})`;
    name = `${shorten(clean, MAX_SHEET_NAME - suffix.length)}${suffix}`;
  }
  taken.add(name.toLowerCase());
  return name;
}
