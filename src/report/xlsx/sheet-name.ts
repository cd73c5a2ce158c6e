/** Excel's limit on a worksheet name's length. */
export const MAX_SHEET_NAME = 31;

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
  let name = clean.slice(0, MAX_SHEET_NAME).trim();
  for (let n = 2; taken.has(name.toLowerCase()); n++) {
    const suffix = ` (${n})`;
    name = `${clean.slice(0, MAX_SHEET_NAME - suffix.length).trim()}${suffix}`;
  }
  taken.add(name.toLowerCase());
  return name;
}
